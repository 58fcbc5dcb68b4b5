/**
 * An upper bound stated loosely (`以下`, `以内`, `之内`, `以前`, `之前`, `前`, `不到`, `不满`, `未满`) does not say by
 * itself whether the age it names is in: the adjoining bracket's stated start decides. Sentences written for these
 * tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const figures = (lines: string[]) => retireeCredits(lines, '退休人员个人账户划入标准');

describe('a loose upper bound beside a bracket starting at the same age', () => {
    it.each([
        ['绍兴市退休人员,年龄在72周岁以内的每月记入86元;72周岁及以上的每月记入97元。'],
        ['绍兴市退休人员个人账户每月划入:72岁之内86元,72岁起97元。'],
        ['绍兴市退休人员个人账户每月划入:72岁以下86元,年满72岁97元。'],
        ['绍兴市退休人员个人账户每月划入:七十二周岁以内八十六元,七十二周岁往上九十七元。'],
    ])('leaves the age out: %s', (sentence) => {
        expect(figures([sentence])).toEqual([
            [null, 71, 86],
            [72, null, 97],
        ]);
    });
});

describe('a loose upper bound beside a bracket starting one year later', () => {
    it.each([
        ['绍兴市退休人员个人账户每月划入:71岁以内86元,72岁起97元。'],
        ['绍兴市退休人员个人账户每月划入:71岁以下86元,72岁及以上97元。'],
        ['绍兴市退休人员个人账户每月划入:71岁以前的每月86元,72岁以后的每月97元。'],
        ['绍兴市退休人员个人账户每月划入:不满71岁的86元,72周岁以上的97元。'],
    ])('keeps the age in: %s', (sentence) => {
        expect(figures([sentence])).toEqual([
            [null, 71, 86],
            [72, null, 97],
        ]);
    });
});

describe('a loose upper bound with no adjoining bracket', () => {
    it('reads `以内` as keeping the age and `以前` as leaving it out', () => {
        expect(figures(['绍兴市退休人员个人账户每月划入:72岁以内86元。'])).toEqual([[null, 72, 86]]);
        expect(figures(['绍兴市退休人员个人账户每月划入:72岁以前的每月86元。'])).toEqual([[null, 71, 86]]);
    });

    it('lets a note naming the bound decide over the adjoining bracket', () => {
        expect(figures(['绍兴市退休人员个人账户每月划入:72岁以内(含72岁)86元,72岁以上97元。'])).toEqual([
            [null, 72, 86],
            [72, null, 97],
        ]);
    });
});
