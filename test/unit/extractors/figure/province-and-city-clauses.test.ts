/**
 * `我省`/`本省`/`全省` opening a clause speaks of the province the page's place lies in, `我市`/`本市` of that place
 * itself, clause by clause, even in one sentence; a `全省` inside a clause (whose average) leaves its subject alone.
 * Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';

function places(lines: string[]): string[] {
    const title = '宜都市医疗保障局关于退休人员个人账户划入标准的解读';
    const page = extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/a.html');
    return page.claims
        .filter((c) => c.kind === 'figure')
        .map((c) => `${(c as { metric: string; value: number }).value}:${c.region}`);
}

describe('a province and its city in one sentence', () => {
    it.each([
        ['本省退休人员个人账户原则上按每人每月80元划入，我市作为先行地区，明年仍按每人每月95元执行。'],
        ['我省退休人员统一按每月80元划入个人账户；我市明年起按每月95元划入。'],
        ['全省退休人员个人账户每月划入80元，而我市退休人员每月划入95元。'],
        ['目前全省退休人员每人每月划入80元，其中我市退休人员每人每月划入95元。'],
    ])('gives the province its value and the city its own (%s)', (line) => {
        expect(places([line])).toEqual(['80:湖北', '95:宜都']);
    });

    it('gives the city its own value when it comes first', () => {
        expect(places(['我市退休人员每月划入95元，全省退休人员每月划入80元。'])).toEqual(['95:宜都', '80:湖北']);
    });

    it.each([
        ['我市退休人员按全省上年度月人均基本养老金的2.5%划入，每人每月95元。'],
        ['退休人员个人账户按全省上年度月人均基本养老金的2.5%划入，我市每人每月95元。'],
    ])('keeps the city when 全省 only says whose average (%s)', (line) => {
        expect(places([line])).toEqual(['2.5:宜都', '95:宜都']);
    });
});

describe("a distribution list at a document's foot", () => {
    function report(lines: string[]): string[] {
        const title = '宜都市医疗保障工作简报（第5期）';
        const page = extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/b.html');
        return page.claims.filter((c) => c.kind === 'figure').map((c) => `${(c as { value: number }).value}:${c.region}`);
    }

    it.each(['抄送：宜昌市医疗保障局、枝江市医疗保障局', '报送：市政府办公室    抄报：宜昌市医保局', '主送：宜昌市医疗保障局'])('names recipients, not the page\'s subject (%s)', (foot) => {
        expect(report(['现将宜都市本季度医保经办情况通报如下。', '退休人员个人账户每人每月划入91元。', foot])).toEqual(['91:宜都']);
    });

    it('a sentence naming another place still leaves the page without one subject', () => {
        expect(report(['现将宜都市本季度医保经办情况通报如下。', '退休人员个人账户每人每月划入91元。', '宜昌市经办机构派员到我局交流。'])).toEqual(['91:null']);
    });
});
