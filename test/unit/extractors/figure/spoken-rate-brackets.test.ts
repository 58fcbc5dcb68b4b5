/**
 * Rates by age bracket said in spoken numerals, after a credit verb that follows the base the rate is taken of
 * (`按养老金返的`, `照退休金来划的`). Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function rates(text: string): [string, number | null, number | null, number][] {
    return extractFromText('退休人员医保个账怎么返', text, 'https://example.test/thread.html').claims
        .filter((c): c is FigureDraft => c.kind === 'figure')
        .map((c) => [c.metric, c.ageMin, c.ageMax, c.value]);
}

describe('spoken rates by age bracket', () => {
    it.each([
        ['我们这是按本人养老金返的,不满七十岁百分之二点六,满七十岁百分之三点一,自己算。', 70, 2.6, 3.1],
        ['俺们这退休的都按退休金来划的,不到75岁百分之二点四,满75岁百分之二点九。', 75, 2.4, 2.9],
        ['这边退休的照养老金打的,不满80岁百分之三,满80岁百分之三点五。', 80, 3, 3.5],
    ])('%s', (sentence, age, below, above) => {
        expect(rates(sentence)).toEqual([
            ['retiree_credit_rate', null, age - 1, below],
            ['retiree_credit_rate', age, null, above],
        ]);
    });

    it('reads no credit in a salary paid onto a card, nor in a base named without 按/照', () => {
        expect(rates('每月工资打的是2%那张卡。')).toEqual([]);
        expect(rates('养老金返的太少了,涨了百分之二。')).toEqual([]);
    });
});
