/**
 * Going to a hall to use a terminal standing there (docs/claims.md § Procedures): the terminal is the way, unless the
 * sentence names a staffed window or desk. Every page and sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function channels(title: string, body: string): string[] {
    const intro = '<p>本页汇总读者来信里问得最多的几件事，具体办理请以本地经办机构的答复为准。</p>';
    const outro = '<p>以上内容根据公开资料整理，如有变动请以官方发布为准，欢迎读者继续来信反映问题。</p>';
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${intro}<p>${body}</p>${outro}</body></html>`;
    return extractPage(html, 'https://example.test/page.html')
        .claims.filter((c): c is ProcedureDraft => c.kind === 'procedure')
        .map((p) => `${p.task}/${p.channel}`);
}

describe('a terminal in the hall the steps go to', () => {
    it.each([
        ['参保证明怎么开', '到街道政务服务中心，在自助机上刷身份证，点选“打印参保证明”就行。', 'print_record/kiosk'],
        ['医保余额怎么查', '去区人社服务大厅，找到自助查询终端，插入社保卡后点“账户余额”。', 'query_balance/kiosk'],
        ['医保余额怎么查', '前往镇便民服务中心，在一体机上刷卡，输入密码后点“余额查询”。', 'query_balance/kiosk'],
    ])('is the way (%s: %s)', (title, body, want) => {
        expect(channels(title, body)).toEqual([want]);
    });

    it.each([
        ['医保余额怎么查', '到街道政务服务中心，在综合窗口出示社保卡，请工作人员代为查询余额。', 'query_balance/counter'],
        ['参保证明怎么开', '到区医保服务大厅，取号后到窗口说明要开参保证明，工作人员核对无误后现场出具。', 'print_record/counter'],
    ])('leaves a staffed window the counter (%s: %s)', (title, body, want) => {
        expect(channels(title, body)).toEqual([want]);
    });
});

describe('what the staff at a counter do for the reader', () => {
    it.each([
        ['医保余额怎么查', '带上身份证到镇便民服务中心窗口，工作人员当场帮你查询账户余额。', 'query_balance/counter'],
        ['医保余额怎么查', '拿社保卡去镇医保经办窗口，经办人员现场为你查询余额。', 'query_balance/counter'],
        ['医保缴费怎么交', '带上社保卡到附近的某某银行网点，在柜台告知柜员要缴居民医保费即可。', 'pay_premium/bank'],
        ['医保余额怎么查', '拨打某市12345热线，说明要查医保余额，话务员会帮你转到医保专席。', 'query_balance/phone'],
    ])('are a step of the how-to (%s: %s)', (title, body, want) => {
        expect(channels(title, body)).toEqual([want]);
    });

    it('gives no procedure when staff are only mentioned', () => {
        expect(channels('医保余额怎么查', '街道便民服务中心的工作人员态度很好，大家评价都不错。')).toEqual([]);
    });
});
