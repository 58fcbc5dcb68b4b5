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
    it.each(['另加', '再加', '加发'])('reads a top-up (`%s`) given with its total as the bracket\'s level, not as a credit', (word) => {
        expect(figures([`襄阳市退休人员个人账户每月划入93元,78岁以上的${word}9元,即每月102元。`]).map(brief)).toEqual([
            ['retiree_account_credit', '襄阳', null, 77, 93],
            ['retiree_account_credit', '襄阳', 78, null, 102],
        ]);
    });

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

describe('an unbracketed amount before a top-up bracket on a later line', () => {
    it('bounds the base amount below a bracket given in a later clause or a footnote', () => {
        const got = figures(['自明年起,全市退休人员每人每月划入个人账户88元②。', '在职职工按本人缴费基数的2%计入。', '② 年满85周岁的每月划入100元。']);
        expect(got.filter((c) => c.unit === 'CNY').map(brief)).toEqual([
            ['retiree_account_credit', null, null, 84, 88],
            ['retiree_account_credit', null, 85, null, 100],
        ]);
    });

    it('does not bound it when another place, or another amount for everyone, comes between', () => {
        expect(figures(['南平市退休人员每月划入88元。', '三明市退休人员每月划入90元,年满85周岁的每月划入100元。']).map(brief)).toEqual([
            ['retiree_account_credit', '南平', null, null, 88],
            ['retiree_account_credit', '三明', null, 84, 90],
            ['retiree_account_credit', '三明', 85, null, 100],
        ]);
        expect(figures(['退休人员每月划入88元。', '灵活就业退休人员每月划入80元。', '年满85周岁的每月划入100元。']).map((c) => c.ageMax)).toEqual([
            null, 84, null,
        ]);
    });
});

describe('a bracket that keeps the level', () => {
    it('leaves the amount unbounded when the bracket after it keeps the same standard', () => {
        expect(figures(['襄阳市退休人员每月划入93元;年满85周岁以后仍按同一标准。']).map(brief)).toEqual([
            ['retiree_account_credit', '襄阳', null, null, 93],
        ]);
    });
});

