/**
 * One person's case told by exact age (`我妈今年七十六,每月…`) is an anecdote, no claim; kin at an age that bounds
 * a bracket (`老伴今年满七十了`) states that bracket's rule. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const credits = (sentence: string) => retireeCredits([sentence], '退休人员个人账户每月划多少');

describe("kin told of by exact age", () => {
    it.each([
        ['说得对,我老爸七十六,每月八十八。'],
        ['我妈今年76岁了,医保卡每月打进88元。'],
        ['俺爸八十一,个人账户每个月划入九十九块。'],
        ['家里老人都七十九了,每月划入88元。'],
    ])('is one person\'s case, no claim: %s', (sentence) => {
        expect(credits(sentence)).toEqual([]);
    });

    it.each([
        ['温州退休的每月划入88元,老伴今年满七十了,每月划入98元。', [[null, 69, 88], [70, null, 98]]],
        ['温州退休人员个人账户每月划入88元,我妈和我爸都一样。', [[null, null, 88]]],
    ])('still states the rule when the age bounds a bracket or none is given: %s', (sentence, expected) => {
        expect(credits(sentence)).toEqual(expected);
    });
});
