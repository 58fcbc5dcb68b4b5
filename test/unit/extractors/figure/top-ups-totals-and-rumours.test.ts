/**
 * A total said after a top-up is the upper bracket's level, in digits or said without a unit (`一共九十九`); `一月`
 * right before an amount is spoken `一个月`; a figure inside a quotation the sentence says is going round is not the
 * page's. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const figures = (lines: string[]) => retireeCredits(lines, '退休人员个人账户划入标准');

describe('a total after a top-up', () => {
    it.each([
        ['蓬莱区退休人员每月划入95元，年满80周岁的另加10元，合计105元。'],
        ['蓬莱区退休人员每月划入95元，年满80周岁的再加发10元，一共105元。'],
        ['蓬莱区退休人员一个月给九十五块，到了八十岁的再加十块钱，一共一百零五。'],
        ['蓬莱区退休人员一个月打进来九十五，满八十岁的再加十块，加起来一百零五。'],
    ])('is the upper bracket\'s level: %s', (sentence) => {
        expect(figures([sentence])).toEqual([
            [null, 79, 95],
            [80, null, 105],
        ]);
    });

    it('sums parts into the level already stated when no top-up comes before it', () => {
        expect(figures(['蓬莱区退休人员每月划入95元，其中统筹基金划入55元、单位缴费划入40元，共计95元。'])[0]).toEqual([null, null, 95]);
    });
});

describe('`一月` right before an amount', () => {
    it.each([
        ['蓬莱区没过八十岁生日的一月九十五，过了八十岁生日的一月一百零五。'],
        ['蓬莱区不满80岁的一月95元，满80岁的一月105元。'],
    ])('is per month, for the first bracket too: %s', (sentence) => {
        expect(figures([sentence])).toEqual([
            [null, 79, 95],
            [80, null, 105],
        ]);
    });
});

describe('a quotation going round', () => {
    it.each([
        ['一条“蓬莱区退休人员医保卡每月返300元，下月起执行”的消息在不少群里转发。'],
        ['最近“蓬莱区退休人员个人账户每月划入300元，年底前到账”的说法在网上流传。'],
        ['一段“蓬莱区退休人员每月多返300元，赶紧去查”的视频被大量转载。'],
    ])('states nothing: %s', (sentence) => {
        expect(figures([sentence])).toEqual([]);
    });

    it('leaves the figure outside the quotation standing', () => {
        expect(figures(['“每月返300元”的消息在群里转发，实际上蓬莱区退休人员每月划入95元。'])).toEqual([[null, null, 95]]);
    });
});
