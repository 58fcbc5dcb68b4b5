/**
 * A province's rule named first (`按照某省的办法…按全省…`) and the city's own clause after it (`；我市作为试点…`), and a
 * bare completion on a Q&A page, decided by the question the answer follows; a share of the base split across a
 * table row's cells. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText, extractPage } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(title: string, lines: string[]): string[] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/a/1.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure')
        .map((c) => `${c.metric}:${c.value}:${c.region ?? null}`);
}

describe("a city's clause after the province's rule it departs from", () => {
    const title = '枝江市医疗保障局：职工医保个账记入口径解读';

    it.each([
        '依照湖北省统一规定，退休职工个账按全省上年度人均退休费的2.4%每月记入；我市作为试点，改为每人每月记入93元。',
        '根据湖北省的统一口径，退休职工个账按全省人均退休费的2.4%记入，我市列为先行地区，退休职工每月记入93元。',
        '按照湖北省的部署，全省退休职工个账按人均退休费的2.4%记入；而本市退休职工统一按每月93元记入。',
    ])('gives the rate to the province and the amount to the city (%s)', (line) => {
        expect(figures(title, [line])).toEqual(['retiree_credit_rate:2.4:湖北', 'retiree_account_credit:93:枝江']);
    });

    it('leaves the province its clause when no city clause follows', () => {
        expect(figures(title, ['按照湖北省的统一口径，全省退休职工个账每月记入80元。'])).toEqual(['retiree_account_credit:80:湖北']);
    });

    it('a place named after the city clause still takes its own clause', () => {
        expect(figures(title, ['按照湖北省的办法，我市退休职工每月记入93元，宜都市是每月记入90元。'])).toEqual([
            'retiree_account_credit:93:枝江',
            'retiree_account_credit:90:宜都',
        ]);
    });
});

describe('a bare completion answers the question it follows', () => {
    const title = '枝江市医保答疑（个账专题）';
    const heir = ['问：个账余额能拿出来用吗？', '答：个账资金不能取现。参保人去世的，余额可以继承，步骤如下：', '带齐证明到服务大厅申请', '核准后余额打到继承人卡上'];

    it.each(['办完', '办好', '办妥', '办理完毕', '搞定', '办结'])('reads the transfer limit when the question asks about moving (%s)', (done) => {
        expect(figures(title, [...heir, '问：医保关系从外地转过来要多久？', `答：材料交到我市经办窗口后，通常12个工作日内${done}。`])).toEqual([
            'transfer_days:12:枝江',
        ]);
    });

    it('reads it after an earlier answer leading into an heir\'s steps as a list', () => {
        const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
<p>问：个账余额能拿出来用吗？</p><p>答：个账资金不能取现。参保人去世的，余额可由亲属继承，手续如下：</p>
<ol><li>带齐证明和身份证</li><li>到服务大厅窗口申请</li><li>核准后余额打到继承人卡上</li></ol>
<p>问：医保关系从外地转过来要多久？</p><p>答：材料交到我市经办窗口后，通常12个工作日内办完。</p></article></body></html>`;
        const limits = extractPage(html, 'https://example.test/a/2.html')
            .claims.filter((c): c is FigureDraft => c.kind === 'figure' && c.metric === 'transfer_days')
            .map((c) => c.value);
        expect(limits).toEqual([12]);
    });

    it('reads none when the question it follows asks about taking the balance out', () => {
        expect(figures(title, ['问：个账里的钱怎么取？', '答：携带证明到窗口申请，一般12个工作日内办完。'])).toEqual([]);
    });

    it('reads none when the answer says another act follows the limit', () => {
        expect(figures(title, ['问：医保关系从外地转过来要多久？', '答：材料交齐后，经办机构在5个工作日内答复。'])).toEqual([]);
    });
});

describe("an employees' share split across a table row's cells", () => {
    const title = '宜都市医疗保障局关于明年职工医保个账记入标准的通知';

    it.each([
        [['类别 | 年龄段 | 记入办法 | 数额', '在职职工 | — | 本人缴费基数的 | 2%']],
        [['类别 | 记入办法 | 数额', '在职职工 | 本人缴费基数× | 2%']],
        [['类别 | 记入办法 | 数额', '在职职工 | 缴费基数的 | 2%']],
    ])('reads the rate of the row (%j)', (lines) => {
        expect(figures(title, lines)).toEqual(['employee_credit_rate:2:宜都']);
    });

    it('reads no credit when the row pays the share', () => {
        expect(figures('宜都市职工医保缴费标准', ['类别 | 缴费办法 | 费率', '在职职工 | 按缴费基数缴纳 | 2%'])).toEqual([]);
    });
});
