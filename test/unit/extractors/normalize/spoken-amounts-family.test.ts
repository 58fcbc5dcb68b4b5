/**
 * An amount said with no unit is money when what comes right before it makes it so — a period with where the money
 * lands, hedges or a crediting verb, or an age bracket with or without `的` — and it closes its clause, maybe past a
 * hedge or `进来`. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function credits(sentence: string): [number | null, number | null, number][] {
    return extractFromText('退休人员医保卡每月返多少钱', sentence, 'https://example.test/a.html').claims
        .filter((c): c is FigureDraft => c.kind === 'figure')
        .map((c) => [c.ageMin, c.ageMax, c.value]);
}

describe('a spoken amount', () => {
    it.each([
        ['洛阳退休的每个月卡里进九十五。', 95],
        ['洛阳的退休职工每月医保卡里有九十五。', 95],
        ['洛阳退休的每月大概九十五左右。', 95],
        ['洛阳退休人员医保卡每个月打九十五进来。', 95],
        ['洛阳退休老人每月能有一百一。', 110],
    ])('after a period and where the money lands: %s', (sentence, value) => {
        expect(credits(sentence)).toEqual([[null, null, value]]);
    });

    it.each([
        ['洛阳七十岁前每月八十二，七十岁后九十二。', [[null, 69, 82], [70, null, 92]]],
        ['洛阳七十往下每月八十八，七十往上九十八。', [[null, 69, 88], [70, null, 98]]],
    ])('after an age bracket said without 的: %s', (sentence, expected) => {
        expect(credits(sentence)).toEqual(expected);
    });

    it.each([
        '洛阳退休人员每月二十号到账。',
        '洛阳退休人员养老金三千八。',
        '洛阳退休的每个月的十五到账。',
        '洛阳退休的第一年缴费满十五，才能领。',
        '洛阳退休的每月大概几十。',
    ])('is no amount as a date, a pension level, a count or vague: %s', (sentence) => {
        expect(credits(sentence)).toEqual([]);
    });
});
