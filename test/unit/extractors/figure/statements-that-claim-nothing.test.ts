/**
 * Sentences that carry a figure without stating a rule in force: a figure named as what does not exist, a reply
 * applying the rule to the one person it answers, a value set before a later time the sentence names, and an
 * example under a title whose `以X为例` the body never takes up. Each beside look-alikes that still claim.
 * Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(lines: string[], title = '个人账户政策问答'): FigureDraft[] {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/t.html', title, published: null });
}

const values = (lines: string[], title?: string) => figures(lines, title).map((c) => [c.metric, c.value, c.valueMax]);

describe('a figure named as what does not exist', () => {
    it.each([
        ['退休人员个人账户按本人养老金的2%按月划入,并没有“每月返300元”的规定。'],
        ['退休人员个人账户按本人养老金的2%按月划入,从未出台过每月返300元的政策。'],
        ['退休人员个人账户按本人养老金的2%按月划入,不存在“每月划入300元”这种说法。'],
    ])('is no claim; the rule beside it is: %s', (sentence) => {
        expect(values([sentence])).toEqual([['retiree_credit_rate', 2, null]]);
    });

    it('leaves a negation that ends its clause before the figure alone', () => {
        expect(values(['退休人员个人账户划入标准没有变化,仍为每月划入96元。'])).toEqual([['retiree_account_credit', 96, null]]);
    });
});

describe('a reply applying the rule to one person', () => {
    it.each([
        ['您母亲适用每月118元标准。'],
        ['您父亲属于每月118元这一档。'],
        ['您本人适用每月118元的标准。'],
    ])('claims the rule it states, not the application: %s', (reply) => {
        const got = values(['答:本市退休人员个人账户每月划入,75周岁以下每月104元,75周岁及以上每月118元。', reply]);
        expect(got).toEqual([
            ['retiree_account_credit', 104, null],
            ['retiree_account_credit', 118, null],
        ]);
        expect(figures([reply]).length).toBe(0);
    });

    it('still reads a rule addressed to every reader', () => {
        expect(values(['您所在的城市退休人员个人账户每月划入118元。'])).toEqual([['retiree_account_credit', 118, null]]);
    });
});

describe('a value set before a later time its sentence names', () => {
    it.each([
        ['去年退休人员个人账户每月划入八十七元,今年涨了。'],
        ['自今年起全市退休人员个人账户按养老金的2.6%划入,此前每月划入87元。'],
        ['原来退休人员个人账户每月划入87元,现在调整了。'],
    ])('is history: %s', (sentence) => {
        expect(values([sentence]).filter(([metric]) => metric === 'retiree_account_credit')).toEqual([]);
    });

    it('keeps the new value of a change framed after an old-time word', () => {
        expect(values(['从今年起,退休人员个人账户由原来的每月87元提高到每月97元。'])).toEqual([['retiree_account_credit', 97, null]]);
    });

    it('keeps an age bracket said with `以前`', () => {
        expect(values(['今年起,退休人员个人账户75岁以前的每月划入87元。'])).toEqual([['retiree_account_credit', 87, null]]);
    });
});

describe('an example under a title taking a place as its example', () => {
    const lines = (place: string) => [
        `${place}在职职工个人账户按本人缴费基数的2%计入。`,
        '举个例子,小王月缴费基数是5000元,那么他每个月计入个人账户的就是100元。',
    ];

    it('has no place when the body never names that place', () => {
        const example = figures(lines('目前'), '职工医保卡每月进多少?以某州为例算给你看').find((c) => c.example);
        expect(example).toMatchObject({ value: 100, region: null });
    });

    it('takes the place when the body names it too', () => {
        const example = figures(lines('绵阳'), '职工医保卡每月进多少?以绵阳为例算给你看').find((c) => c.example);
        expect(example).toMatchObject({ value: 100, region: '绵阳' });
    });
});
