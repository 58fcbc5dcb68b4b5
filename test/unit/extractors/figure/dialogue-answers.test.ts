/**
 * A dialogue's bare answer to a question about another bracket of the figure just stated. Turns written for these
 * tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const credits = (lines: string[]) => retireeCredits(lines, '说医保');

describe('a bare answer after a question about another bracket', () => {
    it.each([
        [['甲:在乐山,七十五岁以下的退休职工,医保卡每月给八十六。', '乙:那七十五岁以上的呢?', '甲:九十八!']],
        [['记者:乐山退休人员75岁以下每月划入86元?', '答:是的,乐山退休人员75岁以下每月划入86元。', '记者:75岁以上的呢?', '答:98元。']],
        [['问:乐山退休人员75岁以下每月划入多少?', '答:乐山退休人员75岁以下每月划入86元。', '问:那75岁及以上呢?', '答:98块']],
    ])('states the figure for the bracket asked about: %j', (lines) => {
        expect(credits(lines)).toEqual([
            [null, 74, 86],
            [75, null, 98],
        ]);
    });

    it('states nothing when the question names no bracket, or the figure before it none', () => {
        expect(credits(['甲:乐山退休职工医保卡每月给八十六。', '乙:那七十五岁以上的呢?', '甲:九十八!'])).toEqual([[null, null, 86]]);
        expect(credits(['甲:乐山七十五岁以下的退休职工医保卡每月给八十六。', '乙:那在职的呢?', '甲:九十八!'])).toEqual([[null, 75, 86]]);
    });

    it('states nothing when the answer is more than a number', () => {
        expect(credits(['甲:乐山七十五岁以下的退休职工医保卡每月给八十六。', '乙:那七十五岁以上的呢?', '甲:九十八号窗口去问!'])).toEqual([[null, 74, 86]]);
    });
});
