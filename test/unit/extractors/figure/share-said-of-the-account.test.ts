/**
 * A share of the contribution base said in a sentence that names the personal account before it is the account's
 * credit rate, whatever the page's title is about; a general statement with no place has none. Sentences written for
 * these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

function rates(line: string): Array<[string, string | null, number]> {
    const passages = canonicalPage(passagesFromLines([{ text: line }])).passages;
    return extractFigures(passages, { url: 'https://example.test/a.html', title: '异地就医备案怎么办？', published: null })
        .filter((c) => c.unit === 'percent')
        .map((c) => [c.metric, c.region, c.value]);
}

describe('a share of the base said of the personal account', () => {
    it.each([
        ['上班的时候，个人账户里的钱大多是自己交的那份，一般是缴费基数的2%。'],
        ['在职期间，个账的钱通常是缴费基数的百分之二。'],
        ['在职职工医保账户的资金，大致相当于缴费基数的2%。'],
    ])('is the employees\' credit rate, with no place: %s', (line) => {
        expect(rates(line)).toEqual([['employee_credit_rate', null, 2]]);
    });

    it.each([
        ['个人账户的钱不能提现，单位缴费按缴费基数的8%缴纳。'],
        ['个人账户的钱可用于门诊报销，报销比例为缴费基数的2%以内。'],
        ['缴费基数的2%是多少，可以在小程序里查。'],
    ])('is no credit where the sentence pays, reimburses or names no account: %s', (line) => {
        expect(rates(line)).toEqual([]);
    });
});
