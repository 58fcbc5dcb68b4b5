/**
 * An age bracket is an age plus the direction it bounds in, said before it (`满了`, `年满`, `到了`) or after it
 * (`以前`, `起`, `以后`, `(含)往上`), with or without 岁; and an amount joined to the bracket after it (`X元的,是…`)
 * takes that bracket. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const figures = (lines: string[]) => retireeCredits(lines, '退休人员个人账户划入标准');

describe('ages bounded by a word after them', () => {
    it.each([
        ['宿迁市退休人员个人账户每月划入,七十五岁以前是每月六十八块,七十五岁起每月七十九块。'],
        ['宿迁市退休人员个人账户每月划入,75岁之前每月68元,75岁以后每月79元。'],
        ['宿迁市退休人员个人账户每月划入,75周岁以前每月68元,75周岁之后每月79元。'],
    ])('reads `以前`/`之前` as ending below the age and `起`/`以后`/`之后` as starting at it: %s', (sentence) => {
        expect(figures([sentence])).toEqual([
            [null, 74, 68],
            [75, null, 79],
        ]);
    });

    it.each([
        ['宿迁市退休人员个人账户按月划入,七十五岁以下每月68块,七十五岁(含)往上每月79块。'],
        ['宿迁市退休人员个人账户按月划入,75岁以下每月68元,75岁（含）向上每月79元。'],
    ])('lets `(含)` stand between an age and its direction, so the bracket below stops one year short: %s', (sentence) => {
        expect(figures([sentence])).toEqual([
            [null, 74, 68],
            [75, null, 79],
        ]);
    });
});

describe('ages bounded by a word before them', () => {
    it.each([
        ['宿迁的退休职工医保卡每月进六十八块钱,满了七十五岁就是七十九块。'],
        ['宿迁的退休职工医保卡每月进68元,到了75岁就是79元。'],
        ['宿迁市退休人员个人账户每月划入六十八元,年满七十五再加码,每月就是七十九元。'],
        ['宿迁市退休人员个人账户每月划入68元,年满75以后每月79元。'],
    ])('starts a bracket at an age reached, with or without 岁, and bounds the amount before it: %s', (sentence) => {
        expect(figures([sentence])).toEqual([
            [null, 74, 68],
            [75, null, 79],
        ]);
    });

    it.each([
        ['宿迁市退休人员个人账户每月划入68元,缴费满15年的人员每月另加5元。'],
        ['宿迁市退休人员个人账户每月划入68元,单笔满80元可用于药店购药。'],
    ])('does not read a number with a unit after `满` as an age: %s', (sentence) => {
        expect(figures([sentence])[0]).toEqual([null, null, 68]);
    });
});

describe('an amount whose bracket follows it after `的,是`', () => {
    it.each([
        ['宿迁市的规定是:每月返79元的,是年满75周岁的老人;每月返68元的,是75岁以下的退休职工。'],
        ['宿迁市的规定:每月划入79元的，为年满75周岁的退休人员；每月划入68元的，为75岁以下的退休人员。'],
        ['宿迁市规定,每月返79元的,指年满75周岁的老人;每月返68元的,指75岁以下的退休人员。'],
    ])('pairs each amount with the bracket its own statement names: %s', (sentence) => {
        expect(figures([sentence])).toEqual([
            [75, null, 79],
            [null, 74, 68],
        ]);
    });
});
