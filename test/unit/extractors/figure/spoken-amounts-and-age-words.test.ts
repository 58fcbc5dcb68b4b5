/**
 * How the reader decides that a number is money when it is said with no unit, which words bound an age, and when
 * a sentence is a worked example — through the whole text path (normalisation, passages, figures), with sentences
 * written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import { canonicalText } from '../../../../extractors/normalize/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

const URL = 'https://example.test/thread.html';

function figures(text: string, title = '退休以后医保卡每个月打多少钱'): FigureDraft[] {
    return extractFromText(title, text, URL).claims.filter((c): c is FigureDraft => c.kind === 'figure');
}

const brief = (c: FigureDraft) => [c.metric, c.ageMin, c.ageMax, c.value, c.period, c.example];

describe('a number said with no unit is an amount after a period, a crediting verb or a bracket', () => {
    it.each([
        ['我们这边六十五岁以下的一个月八十三,六十五往上的九十七,月底前到。', [[null, 64, 83], [65, null, 97]]],
        ['老两口都退休了,八十岁之前每月打进来一百一十,八十岁往后每月一百三。', [[null, 79, 110], [80, null, 130]]],
        ['听社保的人讲,七十五以下的每个月能返八十六,七十五以上的一百零二。', [[null, 74, 86], [75, null, 102]]],
    ])('reads %s', (text, expected) => {
        expect(figures(text).map((c) => [c.ageMin, c.ageMax, c.value])).toEqual(expected);
    });

    it('reads a yearly amount said bare as one per year', () => {
        const [claim] = figures('我们这里是按年核定的,一年九百六,分到每个月打。');
        expect(claim && [claim.value, claim.period, claim.monthly]).toEqual([960, 'year', 80]);
    });

    it.each([
        '每月二十五号到账,七十岁以上的也一样。',
        '每个月一千多,够用了。',
        '一年一次,别忘了办。',
        '我妈每月养老金两千九,够花。',
    ])('leaves a date, a vague or a non-credited number alone: %s', (text) => {
        expect(figures(text)).toEqual([]);
    });

    it('keeps the page text verbatim while reading the spoken amount', () => {
        const text = '一个月八十三,往后每年看调整。';
        const canonical = canonicalText(text);
        expect(canonical.text).toBe('一个月83元,往后每年看调整。');
        expect(canonical.verbatim(0, canonical.text.length)).toBe(text);
    });
});

describe('Cantonese yuan and decades of life', () => {
    it('reads 蚊 as 元 and 或以上 as a lower bound, in traditional script', () => {
        const got = figures('喺我哋度,退休嘅醫保個人賬戶:六十五歲以下嘅,每個月入七十二蚊;六十五歲或以上嘅,每個月入八十二蚊。');
        expect(got.map((c) => [c.ageMin, c.ageMax, c.value, c.period])).toEqual([
            [null, 64, 72, 'month'],
            [65, null, 82, 'month'],
        ]);
    });

    it.each([
        ['八旬以上老人每月划入120元,八旬以下110元。', [[80, null, 120], [null, 79, 110]]],
        ['年满六旬的退休人员每月划入75元。', [[60, null, 75]]],
    ])('reads 旬 as tens of years: %s', (text, expected) => {
        expect(figures(text).map((c) => [c.ageMin, c.ageMax, c.value])).toEqual(expected);
    });
});

describe('Cantonese function words and shares said in points', () => {
    it('reads 喺 as 在, so the place of a Cantonese sentence is found', () => {
        const got = figures('喺江門,退休人士醫保個人賬戶每個月入九十蚊。');
        expect(got.map((c) => [c.region, c.value])).toEqual([['江门', 90]]);
    });

    it.each([
        ['退休的按全市平均养老金三个点划。', 3],
        ['在职的按缴费基数两个点计入个人账户。', 2],
    ])('reads %s as a rate', (text, value) => {
        expect(figures(text).map((c) => [c.unit, c.value])).toEqual([['percent', value]]);
    });

    it('leaves 几个点 and 个百分点 to their own readings', () => {
        expect(canonicalText('提高了几个点').text).toBe('提高了几个点');
        expect(canonicalText('按两个百分点计入').text).toBe('按2个百分点计入');
    });
});

describe('age bounds said with 以内 and 超过', () => {
    it.each([
        ['年龄在八十周岁以内的,每月划入100元;超过八十周岁的,每月划入115元。', [[null, 80, 100], [81, null, 115]]],
        ['65岁以内的退休人员每月划入70元,大于65岁的每月划入80元。', [[null, 65, 70], [66, null, 80]]],
    ])('%s', (text, expected) => {
        expect(figures(text).map((c) => [c.ageMin, c.ageMax, c.value])).toEqual(expected);
    });

    it.each([
        ['不到八十的每月是一百块,过了八十(含八十)就是一百一十块。', [[null, 79, 100], [80, null, 110]]],
        ['过了75岁(含75岁)的每月划入96元。', [[75, null, 96]]],
    ])('reads 过了 as an age reached and its (含X) as no deduction: %s', (text, expected) => {
        expect(figures(text).map((c) => [c.ageMin, c.ageMax, c.value])).toEqual(expected);
    });

    it('reads a bare 以上的 as an age beside a stated bracket', () => {
        const got = figures('我们这边七十五岁以下的返90元,七十五以上的返100元。');
        expect(got.map((c) => [c.ageMin, c.ageMax, c.value])).toEqual([[null, 74, 90], [75, null, 100]]);
    });
});

describe('a worked example opened by 比方 or 好比', () => {
    it.each([
        '打比方说,一位老人每月养老金四千,当地按百分之三划,那每月进账就是一百二十块。',
        '好比一个人养老金是4000元,按3%划入,每月就是120元。',
    ])('keeps only the result, as an example: %s', (text) => {
        expect(figures(text).map(brief)).toEqual([['retiree_account_credit', null, null, 120, 'month', true]]);
    });
});

describe('insurance relations moved, whatever the verb', () => {
    it.each([
        '医保关系从外省转回来,十二个工作日内就能办好。',
        '把医保关系转到新单位所在地,一般20个工作日办完。',
    ])('reads the time limit in %s', (text) => {
        expect(figures(text, '医保关系怎么转').map((c) => [c.metric, c.value])).toHaveLength(1);
    });

    it('reads no transfer in a balance moved to a replaced card', () => {
        expect(figures('补办的新卡10个工作日左右能拿到,个人账户余额会转到新卡上。', '医保卡丢了怎么补办')).toEqual([]);
    });
});
