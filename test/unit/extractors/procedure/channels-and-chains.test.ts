/**
 * Procedures as messages, answers and notices print them: a bank's own app, forms sent by post, a hyphen chain of
 * menu steps, and a message whose first clause says what the steps are for. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import { channelsIn } from '../../../../extractors/procedure/cues.js';
import { arrowLinks } from '../../../../extractors/procedure/parse-steps.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(text: string, title: string): ProcedureDraft[] {
    return extractFromText(title, text, 'https://example.test/p.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const brief = (p: ProcedureDraft) => [p.task, p.channel];

describe('channels', () => {
    it("reads a bank's own app as the bank, unless another app is named beside it", () => {
        expect(channelsIn('打开建设银行APP,搜索“医保”')).toEqual(['bank']);
        expect(channelsIn('打开农行App或国家医保服务平台APP')).toEqual(['bank', 'app']);
    });

    it('reads forms sent by post to the office as its counter', () => {
        expect(channelsIn('将申请表邮寄至市医疗保障服务中心')).toEqual(['counter']);
        expect(channelsIn('开通邮寄办理服务')).toEqual(['counter']);
        expect(channelsIn('社保卡制好后邮寄到家')).toEqual([]);
    });
});

describe('a hyphen chain of menu steps', () => {
    it('splits into steps when its first links are instructions', () => {
        expect(arrowLinks('打开微信-搜索“某市医保”-点进个人中心-看明细')).toEqual(['打开微信', '搜索“某市医保”', '点进个人中心', '看明细']);
    });

    it('is no chain inside a phone number or between words that are no instructions', () => {
        expect(arrowLinks('咨询电话:0571-8888-1234')).toBeNull();
        expect(arrowLinks('职工-居民-灵活就业人员')).toBeNull();
    });

    it('gives a procedure in the answer to a follow-up question', () => {
        const text = ['追问:每个月到账没有,在哪里能查到?', '回答:微信就能查。打开微信-搜索“某市医保”-点进个人账户-看余额。'].join('\n');
        const got = procedures(text, '退休职工医保卡一个月返多少');
        expect(got.map(brief)).toEqual([['query_balance', 'wechat']]);
    });
});

describe('a message whose first clause says what its steps are for', () => {
    it('names the task although the page title does not', () => {
        const got = procedures('【某市医保】温馨提示:查询个人账户余额,可拨打12393,按语音提示选择“余额查询”,输入卡号和密码。', '医保短信汇总');
        expect(got.map(brief)).toEqual([['query_balance', 'phone']]);
    });
});

describe('the place of a lead-in over steps', () => {
    it('is the place of the steps under it, though a step names where the insured is going', () => {
        const text = [
            '湖州参保人可以在“某某办”APP上自己办理异地就医备案：',
            '1. 打开“某某办”APP，进入“医疗保障”；',
            '2. 点击“异地就医备案”，备案类型选“异地长期居住”；',
            '3. 就医地选择海南省，提交后等待审核。',
        ].join('\n');
        const got = procedures(text, '老人去南方过冬，医保卡怎么用');
        expect(got.map((p) => [p.task, p.channel, p.region])).toEqual([['offsite_filing', 'app', '湖州']]);
    });
});

describe('a step offering two ways of doing it', () => {
    it('commits the steps to neither: the later steps say which way the how-to is', () => {
        const text = [
            '不会用手机缴费的老人，可以找社区网格员帮忙，流程如下：',
            '第一步，拨打网格员电话或到村委会登记；',
            '第二步，网格员核对参保人身份信息；',
            '第三步，网格员在镇政务服务中心的缴费窗口为参保人代缴。',
        ].join('\n');
        const got = procedures(text, '居民医保缴费找网格员');
        expect(got.map(brief)).toEqual([['pay_premium', 'counter']]);
    });
});
