/**
 * A town's page whose steps use an app named after the province (CLAIMS.md § Regions): the town the title names and
 * the body confirms is the steps' place; a place named only inside a quoted app or account name states no subject.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(title: string, lines: string[]): ProcedureDraft[] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/notice/1.html').claims.filter(
        (c): c is ProcedureDraft => c.kind === 'procedure',
    );
}

const CONFIRMS_TOWN = '志愿者:各位邻居,韩城市今年退休职工的医保个账每月进账八十八元。';

describe('steps through a province-named app on a town page', () => {
    it('keeps the town when the app is quoted with curly quotes', () => {
        const found = procedures('社区答疑汇总(韩城市新城社区)', [CONFIRMS_TOWN, '志愿者:打开微信搜索“陕西医保”小程序,再点开“余额查询”,核验人脸后页面显示余额。']);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['query_balance', 'wechat', '韩城']]);
    });

    it('keeps the town when the app is quoted with corner brackets', () => {
        const found = procedures('社区答疑汇总(韩城市新城社区)', [CONFIRMS_TOWN, '志愿者:打开微信搜索「陕西医保」小程序,再点开「余额查询」,核验人脸后页面显示余额。']);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['query_balance', 'wechat', '韩城']]);
    });

    it('lets a body sentence stating another place as its subject outside quotes take over', () => {
        const found = procedures('社区答疑汇总(韩城市新城社区)', [
            CONFIRMS_TOWN,
            '志愿者:宝鸡市的退休人员这样查:打开微信搜索“医保服务”小程序,再点开“余额查询”,核验人脸后页面显示余额。',
        ]);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['query_balance', 'wechat', '宝鸡']]);
    });

    it('takes the town a title gives in brackets over the province its steps name unquoted', () => {
        const steps = '志愿者:打开微信搜索陕西医保小程序,再点开“余额查询”,核验人脸后页面显示余额。';
        expect(procedures('社区答疑汇总(韩城市新城社区)', [steps]).map((p) => p.region)).toEqual(['韩城']);
        expect(procedures('社区答疑汇总【韩城市新城社区】', [steps]).map((p) => p.region)).toEqual(['韩城']);
        // a title naming no town leaves the province the steps name
        expect(procedures('社区答疑汇总(新城社区)', [steps]).map((p) => p.region)).toEqual(['陕西']);
    });
});
