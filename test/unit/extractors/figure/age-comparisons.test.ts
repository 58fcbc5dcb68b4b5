/**
 * An age bracket by the comparison said before the age — in words, negated reaching, or as a sign — and the time
 * before reaching an age (`年满X周岁前`) as the bracket below it. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { findAges } from '../../../../extractors/figure/parse-age.js';
import { findAmounts } from '../../../../extractors/figure/parse-amount.js';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const figures = (lines: string[]) => retireeCredits(lines, '退休人员个人账户划入标准');
const bounds = (text: string) => findAges(text).map((a) => [a.ageMin, a.ageMax]);

describe('age comparisons', () => {
    it.each([
        ['宜兴市退休人员年满七十五周岁前每月划入66元,自年满七十五周岁的次月起每月划入77元。'],
        ['宜兴市退休人员满75岁之前每月划入66元,满75岁以后每月划入77元。'],
        ['宜兴市退休人员没过75岁生日的每月66元,过了75岁生日的每月77元。'],
        ['宜兴市退休人员年龄小于75岁:66元/月;年龄大于等于75岁:77元/月。'],
        ['宜兴市退休人员年龄未到75周岁的每月66元,年龄已到75周岁的每月77元。'],
        ['宜兴市退休人员年龄<75岁的每月66元,年龄≥75岁的每月77元。'],
        ['宜兴市退休人员还没到75岁的每月66元,不低于75岁的每月77元。'],
    ])('reads the lower bracket as ending below the age and the upper one as starting at it: %s', (sentence) => {
        expect(figures([sentence])).toEqual([
            [null, 74, 66],
            [75, null, 77],
        ]);
    });

    it.each([
        ['年龄不超过74周岁的', [null, 74]],
        ['年龄小于等于74岁的', [null, 74]],
        ['年龄≤74岁的', [null, 74]],
        ['年龄大于74岁的', [75, null]],
        ['年龄>74岁的', [75, null]],
        ['年龄大于或等于75岁的', [75, null]],
    ])('keeps the bound in or out as the comparison says: %s', (text, expected) => {
        expect(bounds(text)).toEqual([expected]);
    });

    it.each([['每月不超过75元'], ['比例不低于75%'], ['大于等于75万元的部分'], ['未到75天的']])(
        'reads no age where the compared number is money, a share or days: %s',
        (text) => {
            expect(bounds(text)).toEqual([]);
        },
    );
});

describe('a period per person however it is joined', () => {
    it.each([['1300元/人·年'], ['1300元/(人·年)'], ['1300元/人年'], ['1300元/人/年'], ['1300元/人.年']])(
        'reads `%s` as yearly',
        (text) => {
            expect(findAmounts(text)[0]?.periodAfter).toBe('year');
        },
    );

    it('reads `元/人·月` as monthly and a bare `元/人` as no period', () => {
        expect(findAmounts('110元/人·月')[0]?.periodAfter).toBe('month');
        expect(findAmounts('110元/人')[0]?.periodAfter).toBeNull();
    });
});
