/**
 * A sentence building on the rule said right before it (`在此基础上`, `参照上述`, `照此`) states that rule's figure for its
 * own subject: the credit and the insured are the earlier sentence's. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(lines: readonly string[]): FigureDraft[] {
    const title = '某省个账记入新办法';
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/notice.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure');
}

const brief = (c: FigureDraft) => [c.metric, c.value];

describe('a figure building on the rule before it', () => {
    it('takes the metric and the insured of the rule it builds on, in the same passage or the next', () => {
        for (const later of ['在此基础上，玉林市定为2.7%。', '玉林市参照上述办法，按2.7%执行。', '在这一基础上上浮后，玉林市按2.7%执行。']) {
            for (const lines of [
                [`退休者个账依其养老金数额的2.4%记入。${later}`],
                ['退休者个账依其养老金数额的2.4%记入。', later],
            ]) {
                expect(figures(lines).map(brief), lines.join('|')).toEqual([
                    ['retiree_credit_rate', 2.4], ['retiree_credit_rate', 2.7],
                ]);
            }
        }
    });

    it('keeps the employees of the rule it builds on', () => {
        const found = figures(['在职的职工个账依其缴费基数乘以1.9%记入。各市可在此基础上上浮，玉林市按2.1%执行。']);
        expect(found.map(brief)).toEqual([['employee_credit_rate', 1.9], ['employee_credit_rate', 2.1]]);
    });

    it('claims nothing when the rule before it credits nothing', () => {
        expect(figures(['住院统筹报销比例为75%。各市可在此基础上提高，玉林市按80%执行。'])).toEqual([]);
    });

    it('claims nothing without words building on it', () => {
        expect(figures(['退休者个账依其养老金数额的2.4%记入。', '玉林市的失业保险费率按1%执行。']).map(brief))
            .toEqual([['retiree_credit_rate', 2.4]]);
    });
});
