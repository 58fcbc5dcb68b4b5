/**
 * A credit is one person's standard: sums of ten thousand yuan or more credited to a whole population (a dashboard's
 * monthly total, a budget's yearly increase) are no credits, while one person's yearly credit said in 万 still is.
 * Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const figures = (lines: string[]) => retireeCredits(lines, '退休人员个人账户划入情况');

describe('sums the size of a fund', () => {
    it.each([
        ['全县参保退休人员3.1万人，本月个人账户划入资金512万元。'],
        ['此次调整后，每年将增加划入个人账户资金约25万元。'],
        ['今年以来累计向退休人员个人账户划入2.3亿元。'],
        ['全市退休人员个人账户本季度共划入资金10000元以上。'],
    ])('claims no credit: %s', (sentence) => {
        expect(figures([sentence])).toEqual([]);
    });

    it.each([
        ['蒲城退休人员个人账户每月划入96元，本月划入资金共计480万元。', [[null, null, 96]]],
        ['蒲城退休人员一年下来个人账户大约能划入0.12万元。', [[null, null, 1200]]],
    ])('keeps one person\'s credit beside or said in 万: %s', (sentence, expected) => {
        expect(figures([sentence])).toEqual(expected);
    });
});
