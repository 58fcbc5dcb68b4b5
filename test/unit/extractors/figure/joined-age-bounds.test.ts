/**
 * An age joined to its direction by a connective (`及`, `以及`, `和`, `或`, the age said again or not) keeps the age
 * in: `X岁及以后` starts at X, `X岁及以前` ends at X. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { findAges } from '../../../../extractors/figure/parse-age.js';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const bounds = (text: string) => findAges(text).map((a) => [a.ageMin, a.ageMax]);

describe('an age joined to its direction', () => {
    it.each([
        ['80岁及以后的老人'], ['80周岁及往后'], ['80岁及之后的'], ['80岁以及以上的'], ['80岁及其以上'], ['80岁和80岁以上的'],
        ['80周岁或80周岁以上'], ['80岁及开外'], ['80及以上的'],
    ])('starts at the age: %s', (text) => {
        expect(bounds(text)).toEqual([[80, null]]);
    });

    it.each([['79岁及以前的'], ['79周岁和之前'], ['79岁及79岁以下'], ['79岁或以下']])('ends at the age itself: %s', (text) => {
        expect(bounds(text)).toEqual([[null, 79]]);
    });

    it('joins no two different ages: `70岁和80岁以上` starts at 80 only', () => {
        expect(bounds('70岁和80岁以上')).toEqual([[80, null]]);
    });

    it.each([
        ['鄂州退休职工个账按岁数分档:不满80岁的记入66元/月,80岁及以后记入77元/月。'],
        ['鄂州退休职工个账按岁数分档:没到八十岁,每月记入六十六元;八十岁以及往后,每月记入七十七元。'],
        ['鄂州退休职工个账按岁数分档:80岁及之后记入77元/月,不满80岁的记入66元/月。'],
    ])('puts the amount after the open bracket in it, not in the closed one before it: %s', (sentence) => {
        expect(figures([sentence]).sort((a, b) => a[2]! - b[2]!)).toEqual([
            [null, 79, 66],
            [80, null, 77],
        ]);
    });
});

const figures = (lines: string[]) => retireeCredits(lines, '鄂州退休职工个账记入档次');
