/**
 * Spoken forms: a verb giving the money after an age bracket's `的` (`七十往上的给九十八`) makes the bare number an
 * amount, and a closing check that the listener understood (`整明白没?`, `听懂了吗?`) makes no question of what was
 * told. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const credits = (sentence: string) => retireeCredits([sentence], '聊聊俺们温州医保卡', 'https://example.test/p.html');

describe('spoken brackets and tag questions', () => {
    it.each([
        ['俺们温州,八十以下的一个月给七十七,八十往上的给八十八,整明白没?'],
        ['温州这边,八十以下的一个月返七十七,八十往上的返八十八,听懂了吗?'],
        ['咱温州八十岁以下的每月打七十七,八十岁以上的就是八十八,大家记住了吧?'],
    ])('reads both brackets and their amounts: %s', (sentence) => {
        expect(credits(sentence)).toEqual([
            [null, 79, 77],
            [80, null, 88],
        ]);
    });

    it.each([
        ['温州八十往上的每月是八十八吗?'],
        ['温州八十往上的每月到底是八十八还是九十九,明白没?'],
    ])('still reads a real question as stating nothing: %s', (sentence) => {
        expect(credits(sentence)).toEqual([]);
    });
});
