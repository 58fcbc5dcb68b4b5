/**
 * An amount stated without ages, followed in the same sentence by a bracket that opens upward, is the level for
 * everyone below that bracket. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(lines: string[]): FigureDraft[] {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(passages, { url: 'https://example.test/a.html', title: '退休人员个人账户划入标准', published: null });
}

function brief(c: FigureDraft) {
    return [c.metric, c.region, c.ageMin, c.ageMax, c.value];
}

describe('an unbracketed amount before an upward bracket', () => {
    it('bounds the first amount just below the bracket that follows (`年满N岁`)', () => {
        expect(figures(['襄阳市退休人员个人账户每月划入93元,年满85周岁的每月划入110元。']).map(brief)).toEqual([
            ['retiree_account_credit', '襄阳', null, 84, 93],
            ['retiree_account_credit', '襄阳', 85, null, 110],
        ]);
    });

    it('does the same for `N岁以上`', () => {
        expect(figures(['襄阳市退休人员每月划入93元,78岁以上每月划入101元。']).map(brief)).toEqual([
            ['retiree_account_credit', '襄阳', null, 77, 93],
            ['retiree_account_credit', '襄阳', 78, null, 101],
        ]);
    });

    it('leaves an amount with no later bracket unbounded', () => {
        expect(figures(['襄阳市退休人员个人账户每月划入93元。']).map(brief)).toEqual([
            ['retiree_account_credit', '襄阳', null, null, 93],
        ]);
    });

    it('leaves an amount before a closed bracket unbounded', () => {
        expect(figures(['襄阳市退休人员每月划入93元,其中60至69岁的另有说明。']).map(brief)[0]).toEqual([
            'retiree_account_credit', '襄阳', null, null, 93,
        ]);
    });
});
