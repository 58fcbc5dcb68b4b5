import { describe, expect, it } from 'vitest';
import { canonicalPage, canonicalText, numeralValue } from '../../../../extractors/normalize/index.js';
import type { Passage } from '../../../../extractors/types.js';

/** The canonical text, after checking that the whole of it maps back to exactly the input. */
function canonical(text: string): string {
    const c = canonicalText(text);
    expect(c.verbatim(0, c.text.length)).toBe(text);
    return c.text;
}

describe('canonicalText', () => {
    it('folds full-width digits, signs and punctuation, but keeps circled list markers', () => {
        expect(canonical('每月８５元，约３.５％。')).toBe('每月85元,约3.5%。');
        expect(canonical('①登录后查看　明细')).toBe('①登录后查看 明细');
    });

    it('reads traditional script as simplified, phrase by phrase', () => {
        expect(canonical('醫保個人賬戶每月劃入，年滿七十歲')).toBe('医保个人账户每月划入,年满70岁');
        expect(canonical('帳戶乾淨')).toBe('账户干净');
    });

    it('turns Chinese numerals before a unit into digits, 两 and colloquial tails included', () => {
        expect(canonical('每人每月三百二十元')).toBe('每人每月320元');
        expect(canonical('一年两千四元')).toBe('一年2400元');
        expect(canonical('一万零五十元')).toBe('10050元');
        expect(canonical('六十五至七十四周岁')).toBe('65至74周岁');
        expect(canonical('十五个工作日内办结')).toBe('15个工作日内办结');
        expect(canonical('缴费满二十五年')).toBe('缴费满25年');
        expect(canonical('叁佰元')).toBe('300元');
        expect(canonical('三点五万元')).toBe('3.5万元');
    });

    it('writes percentages spelled out as digits with %', () => {
        expect(canonical('按百分之三点五划入')).toBe('按3.5%划入');
        expect(canonical('百分之二到百分之四')).toBe('2%到4%');
        expect(canonical('百分之6')).toBe('6%');
    });

    it('leaves numerals that are words, vague amounts and periods alone', () => {
        for (const text of ['四川和三明统一执行', '只有几十元', '数百元不等', '第一年', '按一年计算', '这一块内容', '三四十元', '十多元']) {
            expect(canonical(text)).toBe(text);
        }
    });

    it('reads thousands separators, currency signs and 块/块钱 as plain yuan', () => {
        expect(canonical('每人每年3,600元')).toBe('每人每年3600元');
        expect(canonical('¥1,250.5')).toBe('1250.5元');
        expect(canonical('￥９０元')).toBe('90元');
        expect(canonical('每月两百块钱,一年四十块')).toBe('每月200元,一年40元');
        expect(canonical('60岁以下100,60岁以上120元')).toBe('60岁以下100,60岁以上120元');
        expect(canonical('一块儿去')).toBe('一块儿去');
    });

    it('maps a canonical span back to the words the page printed', () => {
        const c = canonicalText('甲地：每月一百二十块钱，乙地：每月９０元。');
        const start = c.text.indexOf('乙地');
        expect(c.text).toBe('甲地:每月120元,乙地:每月90元。');
        expect(c.verbatim(0, c.text.indexOf(','))).toBe('甲地：每月一百二十块钱');
        expect(c.verbatim(start, c.text.length)).toBe('乙地：每月９０元。');
        expect(c.verbatimOf('每月120元')).toBe('每月一百二十块钱');
    });
});

describe('numeralValue', () => {
    it('reads well-formed numerals and refuses malformed runs', () => {
        expect(numeralValue('一千八百九十')).toBe(1890);
        expect(numeralValue('两百')).toBe(200);
        expect(numeralValue('一百五')).toBe(150);
        expect(numeralValue('十')).toBe(10);
        expect(numeralValue('零点五')).toBe(0.5);
        expect(numeralValue('三四十')).toBeNull();
        expect(numeralValue('万一')).toBeNull();
        expect(numeralValue('点五')).toBeNull();
    });
});

describe('canonicalPage', () => {
    it('gives readers canonical passages and sections, and claims back their verbatim quote and section', () => {
        const passages: Passage[] = [
            { index: 0, text: '一、甲省標準', kind: 'heading', section: '一、甲省標準', level: 1 },
            { index: 1, text: '退休人員每月劃入八十元。', kind: 'paragraph', section: '一、甲省標準', level: 1 },
        ];
        const page = canonicalPage(passages);
        expect(page.passages.map((p) => p.text)).toEqual(['一、甲省标准', '退休人员每月划入80元。']);
        expect(page.passages[1]!.section).toBe('一、甲省标准');
        const claim = page.verbatim({
            kind: 'procedure', task: 'query_balance', channel: 'app', steps: ['x'], region: null, province: null,
            section: '一、甲省标准', quote: '退休人员每月划入80元。', passage: 1,
        });
        expect(claim.quote).toBe('退休人員每月劃入八十元。');
        expect(claim.section).toBe('一、甲省標準');
    });
});
