/**
 * "The rest" (CLAIMS.md § Ages): an amount said of the people the stated brackets leave over takes the ages they
 * leave uncovered, in either order, with every word for the rest. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function credits(text: string): [number | null, number | null, number][] {
    return extractFromText('退休后医保个人账户每月划入多少钱', text, 'https://example.test/rest.html').claims
        .filter((c): c is FigureDraft => c.kind === 'figure')
        .map((c) => [c.ageMin, c.ageMax, c.value]);
}

describe('the rest of the brackets', () => {
    it.each([
        ['年满七十五周岁的,每人每月一百一十元;其余退休人员每人每月九十五元。', 75],
        ['满80周岁的退休人员每月划入118元,其他退休人员每月划入97元。', 80],
        ['年满72周岁的每月划入101元;剩下的退休人员每月划入86元。', 72],
        ['年满78周岁的每月划入109元;除此之外的退休人员每月划入91元。', 78],
        ['年满76周岁的每月划入104元;余下的退休人员每月划入87元。', 76],
        ['年满74周岁的每月划入112元;别的退休人员每月划入96元。', 74],
    ])('a bracket stated first: %s', (sentence, start) => {
        const got = credits(`退休人员个人账户划入标准:${sentence}`);
        expect(got).toContainEqual([start, null, expect.any(Number)]);
        expect(got).toContainEqual([null, start - 1, expect.any(Number)]);
        expect(got).toHaveLength(2);
    });

    it('takes the complement when the rest is said first', () => {
        expect(credits('退休人员个人账户划入标准:其余退休人员每月划入93元,年满八十周岁的每月划入116元。')).toEqual([
            [null, 79, 93],
            [80, null, 116],
        ]);
    });

    it('takes the complement of an upper bracket', () => {
        expect(credits('退休人员个人账户划入标准:不满70周岁的每月划入84元;其余退休人员每月划入99元。')).toEqual([
            [null, 69, 84],
            [70, null, 99],
        ]);
    });

    it('reads the people outside a bracket as the rest (除…以外)', () => {
        expect(credits('退休人员个人账户划入标准:除年满八十周岁以外的退休人员,每月划入92元;八十周岁以上每月划入121元。')).toEqual([
            [null, 79, 92],
            [80, null, 121],
        ]);
    });

    it('fills the gap between a lower and an upper bracket', () => {
        expect(credits('退休人员个人账户划入标准:不满70岁的每月80元,年满80岁的每月110元,其余的每月95元。')).toEqual([
            [null, 69, 80],
            [80, null, 110],
            [70, 79, 95],
        ]);
    });

    it('gives no bracket to a rest said with no bracket beside it, nor to `另外` adding a statement', () => {
        expect(credits('退休人员个人账户划入标准:其他退休人员每月划入90元。')).toEqual([[null, null, 90]]);
        expect(credits('退休人员个人账户划入标准:年满75周岁的每月划入106元;另外,年满80周岁的每月划入120元。')).toEqual([
            [75, 79, 106],
            [80, null, 120],
        ]);
    });
});

describe('the rest of the brackets on the lines before', () => {
    function lines(...text: string[]): [number | null, number | null, number][] {
        return credits(text.join('\n'));
    }

    it('takes the complement of the brackets of the lines just before', () => {
        expect(lines('年满80周岁的:每月划入112元', '其他退休人员:每月划入94元')).toEqual([
            [80, null, 112],
            [null, 79, 94],
        ]);
        expect(lines('不满70周岁的,每人每月86元。', '其余退休人员,每人每月97元。')).toEqual([
            [null, 69, 86],
            [70, null, 97],
        ]);
    });

    it('takes the complement of an earlier sentence of the same line', () => {
        expect(lines('年满76周岁的,每人每月107元。剩下的退休人员每人每月89元。')).toEqual([
            [76, null, 107],
            [null, 75, 89],
        ]);
    });

    it('gives no bracket to the rest of the places', () => {
        expect(lines('年满80周岁的:每月划入112元', '其他地区的退休人员:每月划入94元')).toContainEqual([null, null, 94]);
    });
});
