/**
 * A table of indicators (`指标 | 本期 | 累计`) prints each row's unit beside its name (`月划入标准(元/人)`), not over its
 * columns: the bare numbers of the row take it. Rows written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

function figures(lines: string[]) {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/t.html', title: '黄石市医保运行情况', published: null })
        .map((c) => [c.metric, c.value, c.unit, c.period]);
}

describe('a unit in the row label', () => {
    it.each([
        ['退休人员个人账户月划入标准(元/人) | 77 | —'],
        ['退休人员个人账户月划入标准（元） | 77 | —'],
        ['退休人员个人账户划入标准(元/人·月) | 77 | —'],
    ])('gives the row’s bare number its unit and period: %s', (row) => {
        expect(figures(['指标 | 本期 | 累计', '参保人数(人) | 41000 | —', row])).toEqual([['retiree_account_credit', 77, 'CNY', 'month']]);
    });

    it('reads a rate the same way', () => {
        expect(figures(['指标 | 本期 | 累计', '在职职工个人账户划入比例(%) | 2 | —'])).toEqual([['employee_credit_rate', 2, 'percent', null]]);
    });

    it.each([['个人账户划入总额(万元) | 356.2 | 3918.4'], ['异地就医备案(人次) | 612 | 6590'], ['参保人数(人) | 41000 | —']])(
        'claims nothing for sums, counts and people: %s',
        (row) => {
            expect(figures(['指标 | 本期 | 累计', row])).toEqual([]);
        },
    );
});
