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
        ['退休的个账是按养老金给的,72岁以下给百分之二点二,72岁以上给百分之二点七。', 72, 2.2, 2.7],
        ['咱这退休的,不满78岁返百分之二点一,满78岁返百分之二点六。', 78, 2.1, 2.6],
    ])('%s', (sentence, age, below, above) => {
        expect(rates(sentence)).toEqual([
            ['retiree_credit_rate', null, age - 1, below],
            ['retiree_credit_rate', age, null, above],
        ]);
    });

    it('reads no credit in a salary paid onto a card, nor in a base named without 按/照', () => {
        expect(rates('每月工资打的是2%那张卡。')).toEqual([]);
        expect(rates('养老金返的太少了,涨了百分之二。')).toEqual([]);
        expect(rates('住院报销给70%,门诊给50%。')).toEqual([]);
        expect(rates('工资涨了,今年给3%的涨幅。')).toEqual([]);
    });
});

describe('a fee word only in a column header', () => {
    function figures(lines: string[]): [string, number][] {
        return extractFromText('本月办事日历', lines.join('\n'), 'https://example.test/calendar.html').claims
            .filter((c): c is FigureDraft => c.kind === 'figure')
            .map((c) => [c.metric, c.value]);
    }

    it('yields to the row’s own credit verb', () => {
        expect(figures(['日期 | 事项', '3月2日 | 城乡居民医保缴费开始', '3月20日 | 退休人员个人账户当月划入(每人每月97元)'])).toEqual([
            ['retiree_account_credit', 97],
        ]);
    });

    it('still makes a row without a credit verb a fee', () => {
        expect(figures(['险种 | 缴费标准', '城乡居民医保 | 每人每年400元'])).toEqual([['premium', 400]]);
    });
});
