/**
 * Which task a time limit bounds (docs/claims.md § Metrics): the act right after it, else the question, field or
 * page it answers. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function limits(title: string, lines: string[]): number[] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/a/1.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure' && c.metric === 'transfer_days')
        .map((c) => c.value);
}

describe('a time limit belongs to the act right after it', () => {
    it.each([
        '员工离职后，医保关系按规定办理转移，人事部在3个工作日内开具离职证明。',
        '医保关系转出后，单位应在7个工作日内出具缴费明细。',
        '转移接续申请提交后，经办机构在10个工作日内答复申请人。',
    ])('reads no transfer limit in %s', (sentence) => {
        expect(limits('员工手册 社会保险', [sentence])).toEqual([]);
    });

    it.each([
        ['转入地经办机构在15个工作日内完成转移接续手续。', 15],
        ['受理后，转出地应在10个工作日内将个人账户余额转入新参保地。', 10],
        ['医保关系转移一般在20个工作日内办结。', 20],
    ])('reads the transfer limit in %s', (sentence, days) => {
        expect(limits('医保关系转移接续指南', [sentence])).toEqual([days]);
    });
});

describe('a bare completion is the limit of the task asked about or the page is about', () => {
    it('reads a guide field under a title naming the transfer', () => {
        expect(limits('职工医保关系转移接续（转出）', ['实施主体 | 某某市医疗保障局', '办理时限 | 自受理之日起9个工作日'])).toEqual([9]);
        expect(limits('职工医保关系转移接续办事指南', ['承诺办结时限：8个工作日'])).toEqual([8]);
    });

    it('reads an answer to a question about moving the insurance away', () => {
        expect(limits('某县医保问答', ['问：医保转到外地要多久？', '答：材料齐全的，12个工作日内办结。'])).toEqual([12]);
    });

    it.each([
        ['家里老人去世后个人账户的钱怎么取？', ['可携带证明到窗口申请，审核通过后余额转入继承人银行账户。', '材料齐全的，6个工作日内办结。']],
        ['医保卡补办指南', ['携带身份证到窗口申请补办。', '材料齐全的，6个工作日内办结。']],
        ['个人账户一次性支取办事指南', ['办理时限 | 自受理之日起6个工作日']],
    ])('reads none on a page about another task: %s', (title, lines) => {
        expect(limits(title, lines)).toEqual([]);
    });
});
