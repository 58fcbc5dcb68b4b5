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
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/t.html', title: '鄂州医保月度数据', published: null })
        .map((c) => [c.metric, c.value, c.unit, c.period]);
}

describe('a unit in the row label', () => {
    it.each([
        ['退休职工个账月记入额(元/人) | 77 | —'],
        ['退休职工个账月记入额（元） | 77 | —'],
        ['退休职工个账记入额(元/人·月) | 77 | —'],
    ])('gives the row’s bare number its unit and period: %s', (row) => {
        expect(figures(['指标 | 本期 | 累计', '在册参保(人) | 50312 | —', row])).toEqual([['retiree_account_credit', 77, 'CNY', 'month']]);
    });

    it('reads a rate the same way', () => {
        expect(figures(['指标 | 本期 | 累计', '在职职工个账记入比例(%) | 2 | —'])).toEqual([['employee_credit_rate', 2, 'percent', null]]);
    });

    it.each([['个账记入合计(万元) | 401.7 | 4420.9'], ['跨省看病登记(人次) | 733 | 7012'], ['在册参保(人) | 50312 | —']])(
        'claims nothing for sums, counts and people: %s',
        (row) => {
            expect(figures(['指标 | 本期 | 累计', row])).toEqual([]);
        },
    );
});
