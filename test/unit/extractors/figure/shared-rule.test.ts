/**
 * One sentence stating a rule for several places at once, written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(lines: string[], title: string): FigureDraft[] {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/t.html', title, published: null });
}

const rates = (got: FigureDraft[]) => got.filter((c) => c.metric === 'employee_credit_rate').map((c) => [c.region, c.value]);

describe('a rule several places share (`两市…均按2%`)', () => {
    it('is a claim about each place the title lists, when it lists that many', () => {
        const got = figures(['两市在职人员个账都按缴费基数的2%计入。'], '舟山、丽水两市个人账户标准对比');
        expect(rates(got)).toEqual([['舟山', 2], ['丽水', 2]]);
        expect(got[0]!.confidenceCues).toContain('region-from-subject');
    });

    it('falls back to the places the page names when the title names none', () => {
        const got = figures(
            ['舟山市 | 退休人员 | 每月90元', '丽水市 | 退休人员 | 每月88元', '上述两地在职职工都按缴费基数的2%划入。'],
            '个人账户标准对比',
        );
        expect(rates(got)).toEqual([['舟山', 2], ['丽水', 2]]);
    });

    it('stays place-less when the count does not match the places listed', () => {
        const got = figures(['三市在职人员个账都按缴费基数的2%计入。'], '舟山、丽水两市个人账户标准对比');
        expect(rates(got)).toEqual([[null, 2]]);
    });
});
