import { describe, expect, it } from 'vitest';
import { bracketStarts, closedByLaterBracket, findAges, resolveAge } from '../../../../extractors/figure/parse-age.js';
import { findAmounts } from '../../../../extractors/figure/parse-amount.js';
import { findDurations, findYearCounts } from '../../../../extractors/figure/parse-duration.js';
import { findRates } from '../../../../extractors/figure/parse-rate.js';

describe('findAmounts', () => {
    it('reads single amounts, ranges in every joined form, 万 and a trailing period', () => {
        const text = '每月划入个人账户100元;天津50元至70元之间;40-60元不等;50-200元/年;超过 1.2万元;1680元/年';
        expect(findAmounts(text).map((a) => [a.value, a.valueMax, a.periodAfter])).toEqual([
            [100, null, null],
            [50, 70, null],
            [40, 60, null],
            [50, 200, 'year'],
            [12000, null, null],
            [1680, null, 'year'],
        ]);
    });

    it('ignores numbers that are not money: years, phone numbers, vague amounts', () => {
        expect(findAmounts('2025年拨打12393热线,一些地区只有几十元')).toEqual([]);
    });
});

describe('findRates', () => {
    it('reads single rates and ranges written 2%~3%, 2%-5%, 2%到3%, 2-3%', () => {
        expect(findRates('2.8% 2%~3% 2%-5% 2%到3% 2-3%').map((r) => [r.value, r.valueMax])).toEqual([
            [2.8, null], [2, 3], [2, 5], [2, 3], [2, 3],
        ]);
    });
});

describe('findAges and resolveAge', () => {
    it('reads the bracket forms CLAIMS.md lists', () => {
        const text = '70岁及以上;75周岁(含)以上;年满70周岁;不满70周岁;未满75岁;74岁及以下;60至69岁';
        expect(findAges(text).map((a) => [a.ageMin, a.ageMax])).toEqual([
            [70, null], [75, null], [70, null], [null, 69], [null, 74], [null, 74], [60, 69],
        ]);
    });

    it('reads a bracket whose ends a table joins with a dash (`65—74周岁`, `65——74岁`, `65–74岁`)', () => {
        expect(findAges('65—74周岁;65——74岁;65–74岁;65－74岁').map((a) => [a.ageMin, a.ageMax])).toEqual([
            [65, 74], [65, 74], [65, 74], [65, 74],
        ]);
    });

    it('reads a bracket whose lower end is marked included (`65岁(含)至74岁`)', () => {
        expect(findAges('65岁(含)至74岁;65周岁（含）到74周岁').map((a) => [a.ageMin, a.ageMax])).toEqual([[65, 74], [65, 74]]);
    });

    it('closes an open bracket at the next higher one the sentence states after its amount', () => {
        const text = '年满65周岁的每月划入91元;75岁以上的每月划入101元';
        const ages = findAges(text);
        const amountEnd = text.indexOf('元') + 1;
        expect(closedByLaterBracket(ages[0]!, ages, amountEnd)).toMatchObject({ ageMin: 65, ageMax: 74 });
        expect(closedByLaterBracket(ages[1]!, ages, text.length)).toMatchObject({ ageMin: 75, ageMax: null });
        const lower = findAges('75岁以上的每月101元;65岁以上的每月91元');
        expect(closedByLaterBracket(lower[0]!, lower, 12)).toMatchObject({ ageMin: 75, ageMax: null });
    });

    it('ends a bare X岁以下 at X-1 only when another bracket starts at X', () => {
        const page = findAges('70岁以下的退休人员每月100元,70岁及以上的每月110元');
        const starts = bracketStarts(page);
        expect(resolveAge(page[0]!, starts)).toEqual({ ageMin: null, ageMax: 69 });
        const shanghai = findAges('74岁以下退休人员每年返款1680元;75岁及以上退休人员每年返款1890元');
        expect(resolveAge(shanghai[0]!, bracketStarts(shanghai))).toEqual({ ageMin: null, ageMax: 74 });
    });

    it('does not take a bare age for a bracket', () => {
        expect(findAges('70岁或75岁是常见的分界线')).toEqual([]);
    });
});

describe('durations and year counts', () => {
    it('reads working days and 满N年', () => {
        expect(findDurations('整个转移流程一般在15个工作日内办结')).toMatchObject([{ value: 15, unit: 'workday' }]);
        expect(findYearCounts('医保缴费年限一般要求男满25年、女满20年').map((y) => y.value)).toEqual([25, 20]);
    });
});
