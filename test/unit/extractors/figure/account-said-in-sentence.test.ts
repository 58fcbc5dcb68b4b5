/**
 * A terse amount per period in a sentence about the personal account itself (`个人账户每月95元`) is what the account
 * is credited, with no credit verb and under a title about something else; a fee or a payment is not. Sentences
 * written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

function claims(sentence: string): Array<[string, number | null, number | null, number]> {
    const passages = passagesFromLines([{ text: sentence }]);
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/d.html', title: '三月十五日 晴', published: null })
        .map((c) => [c.metric, c.ageMin, c.ageMax, c.value]);
}

describe('an amount per period said of the personal account', () => {
    it.each([
        ['咱们温州今年定了,七十岁以下的退休人员个人账户每月九十五,七十以上的每月一百零五。'],
        ['温州今年七十岁以下的退休人员医保账户每月95元,70以上的每月105元。'],
    ])('is a credit even with no credit verb: %s', (sentence) => {
        expect(claims(sentence)).toEqual([
            ['retiree_account_credit', null, 69, 95],
            ['retiree_account_credit', 70, null, 105],
        ]);
    });

    it.each([
        ['温州退休人员个人账户每月缴费95元。'],
        ['温州参保人用个人账户每月支付95元药费。'],
    ])('is no credit when the sentence pays: %s', (sentence) => {
        expect(claims(sentence).filter((c) => c[0].endsWith('_account_credit'))).toEqual([]);
    });
});
