/**
 * Forms a note-taker or a terse list writes: arrows and a plus sign for age brackets, money said to go `进` the
 * account (named in full or as `个账`), items under the paragraph that introduces them, and a place the body states
 * after one only confirmed from the title. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

function figures(lines: Array<{ text: string; hint?: 'item' }>, title: string): FigureDraft[] {
    const passages = passagesFromLines(lines);
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/n.html', title, published: null });
}

describe('age brackets written with signs', () => {
    it.each([
        ['乐山市退休人员个人账户每月划入:72↓ 每月 86 元 / 72↑(含72)每月 97 元'],
        ['乐山市退休人员个人账户每月划入:72岁↓每月86元,72岁↑每月97元。'],
    ])('reads ↓ as a loose upper bound and ↑ as a start: %s', (sentence) => {
        expect(retireeCredits([sentence], '退休人员个人账户划入标准')).toEqual([
            [null, 71, 86],
            [72, null, 97],
        ]);
    });

    it('reads `X岁+` as a start', () => {
        expect(retireeCredits(['乐山市退休人员个人账户每月划入:60-79岁每月86元,80岁+每月97元。'], '退休人员个人账户划入标准')).toEqual([
            [60, 79, 86],
            [80, null, 97],
        ]);
    });

    it('does not read an arrow after a number that is no age', () => {
        expect(retireeCredits(['乐山市退休人员个人账户每月划入86元,比去年12↑。'], '退休人员个人账户划入标准')).toEqual([[null, null, 86]]);
    });
});

describe('money said to go into the account', () => {
    it.each([
        ['在职职工个人缴的2%全进个账。'],
        ['在职职工自己交的2%全部进个人账户。'],
        ['在职职工个人缴纳的2%进入个人账户。'],
    ])('is a credit: %s', (sentence) => {
        expect(figures([{ text: sentence }], '职工医保怎么交').map((c) => [c.metric, c.value])).toEqual([['employee_credit_rate', 2]]);
    });

    it('leaves a rate paid with nothing said to go into the account alone', () => {
        expect(figures([{ text: '在职职工个人缴的2%由单位代扣。' }], '职工医保怎么交')).toEqual([]);
    });
});

describe('items under the paragraph that introduces them', () => {
    const items = [{ text: '① 退休:定额,每月 86 元', hint: 'item' as const }, { text: '② 共济:可给配偶用', hint: 'item' as const }];

    it('take what the paragraph is about as their topic', () => {
        const got = figures([{ text: '内容:乐山市职工医保个人账户政策' }, ...items], '学习笔记');
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([['retiree_account_credit', '乐山', 86]]);
    });

    it('state nothing when the paragraph is about something else', () => {
        expect(figures([{ text: '内容:乐山市社区活动安排' }, ...items], '学习笔记')).toEqual([]);
    });
});

describe('a place the body states after confirming the title', () => {
    it('holds for the figures after it', () => {
        const got = figures([
            { text: '很多眉山的老人都问医保卡返多少钱。' },
            { text: '四川省医保局统一规定,全省退休人员个人账户按上年度基本养老金月人均额的2%划入。' },
            { text: '在职人员自己缴的2%全部进个人账户。' },
        ], '眉山退休人员医保卡每月返多少');
        expect(got.map((c) => [c.metric, c.region])).toEqual([
            ['retiree_credit_rate', '四川'],
            ['employee_credit_rate', '四川'],
        ]);
    });

    it('leaves the title place when the body states no other', () => {
        const got = figures([
            { text: '很多眉山的老人都问医保卡返多少钱。' },
            { text: '在职人员自己缴的2%全部进个人账户。' },
        ], '眉山退休人员医保卡每月返多少');
        expect(got.map((c) => [c.metric, c.region])).toEqual([['employee_credit_rate', '眉山']]);
    });
});

describe('a share named as what the account is credited by', () => {
    it.each([
        ['退休人员的个人账户,是照着上年度人均养老金的一个比例来打的,这个比例普遍是2%到2.6%之间。'],
        ['退休人员的个人账户按人均养老金的比例来划,一般在2%到2.6%之间。'],
    ])('reads the range as the credit rate: %s', (sentence) => {
        expect(figures([{ text: sentence }], '医保卡里的钱从哪来').map((c) => [c.metric, c.value, c.valueMax])).toEqual([
            ['retiree_credit_rate', 2, 2.6],
        ]);
    });

    it('leaves a ratio with no crediting verb alone', () => {
        expect(figures([{ text: '退休人员看病报销的比例打了折扣,一般在2%到2.6%之间浮动。' }], '看病报销')).toEqual([]);
    });
});

describe('a figure worked out from the speaker\'s own input', () => {
    it.each([
        ['我每个月养老金四千一,这么一算,每月能划一百二十三块。'],
        ['我的养老金是4100元,这样算下来每月能划123元。'],
    ])('is an example with no place: %s', (sentence) => {
        expect(figures([{ text: sentence }], '医保个人账户划入').map((c) => [c.value, c.example, c.region])).toEqual([[123, true, null]]);
    });

    it('leaves a rule that says `统一算` alone', () => {
        expect(figures([{ text: '退休人员个人账户统一算入每月123元。' }], '医保个人账户划入').map((c) => [c.value, c.example])).toEqual([[123, false]]);
    });
});

describe('记入, the homophone of 计入', () => {
    it.each([
        ['在职职工每月按缴费基数的2%记入个人账户。', 'employee_credit_rate', 2],
        ['退休人员个人账户每月记入96元。', 'retiree_account_credit', 96],
    ])('credits the account: %s', (sentence, metric, value) => {
        expect(figures([{ text: sentence }], '医保政策').map((c) => [c.metric, c.value])).toEqual([[metric, value]]);
    });

    it('leaves a figure only written down, with no account, alone', () => {
        expect(figures([{ text: '请把缴费基数的2%记在本子上。' }], '医保政策')).toEqual([]);
    });
});
