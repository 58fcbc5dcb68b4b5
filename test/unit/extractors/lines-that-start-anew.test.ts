/**
 * Where a line starts anew although the line before it has no full stop: a pictograph opening it (a label or point
 * of its own), or a whole sentence after a line that ends on a whole figure. Lines written for these tests (no
 * corpus text).
 */
import { describe, expect, it } from 'vitest';
import { passagesFromLines } from '../../../extractors/passages/from-lines.js';
import { extractFromText } from '../../../extractors/index.js';
import type { FigureDraft } from '../../../src/claims/schema.js';

function texts(lines: string[]): string[] {
    return passagesFromLines(lines.map((text) => ({ text }))).map((p) => p.text);
}

describe('a line opening with a pictograph', () => {
    it.each([
        [['在职职工按缴费基数的2%计入,不分年龄', '📍临河', '退休人员每月划入95元。']],
        [['退休人员按养老金的2.5%划入,不分档次', '👉 下一县', '每月划入88元。']],
        [['具体办理流程如下,请提前准备材料', '✅第一步:带好身份证。']],
        [['每月划入标准没有变化,大家放心', '🔔温馨提示:余额可以家庭共济。']],
    ])('never continues the sentence before it: %j', (lines) => {
        expect(texts(lines)[0]).toBe(lines[0]);
    });

    it('keeps a broken sentence whole when no pictograph opens the next line', () => {
        expect(texts(['退休人员个人账户由统筹基金划入，单位缴费不再划入个人', '账户。'])).toHaveLength(1);
    });
});

describe('a line ending on a whole figure', () => {
    it.each([
        [['七十岁以下每月八十元,七十岁以上每月九十五元', '以上内容整理自公开资料,以官方发布为准。']],
        [['退休人员每月划入个人账户100元', '另外在职职工按2%计入。']],
        [['在职职工按缴费基数的百分之二', '具体以当地医保部门公布的为准。']],
    ])('is not run into a whole sentence after it: %j', (lines) => {
        expect(texts(lines)).toEqual(lines);
    });

    it('still joins a figure line to a clause that goes on without an end', () => {
        expect(texts(['退休人员个人账户每月划入的标准为每人每月90元', '其中年满七十周岁的退休人员每人每月划入个人账户']).length).toBe(1);
    });

    it('keeps the label of the lines that follow a pictograph label', () => {
        const text = ['整理了两个县的标准:', '📍桐乡', '退休人员按养老金的2.5%划入,不分年龄', '📍海宁', '退休人员每月划入个人账户的标准为每人每月93元', '以上信息仅供参考,以官方为准。'].join('\n');
        const got = extractFromText('几个县医保个账划入汇总', text, 'https://example.test/list.html').claims
            .filter((c): c is FigureDraft => c.kind === 'figure')
            .map((c) => [c.region, c.value]);
        expect(got).toEqual([['桐乡', 2.5], ['海宁', 93]]);
    });
});

describe('a post header in a thread', () => {
    it.each([
        [['我们这边退休的每个月到底划多少钱呢,有没有知道的', '2楼 山城老李', '每月划入九十元,满七十岁多十元。']],
        [['我们这边退休的每个月到底划多少钱呢,有没有知道的', '#3 河畔人家', '支付宝里能查到。']],
        [['我们这边退休的每个月到底划多少钱呢,有没有知道的', '沙发', '坐等答案。']],
        [['我们这边退休的每个月到底划多少钱呢,有没有知道的', '回复 #2 山城老李', '谢谢,明白了。']],
    ])('starts a post of its own: %j', (lines) => {
        expect(texts(lines)[0]).toBe(lines[0]);
        expect(texts(lines)).toContain(lines[1]);
    });

    it('leaves a line that only starts with a floor number in its sentence', () => {
        expect(texts(['住在这栋楼的退休职工反映每个月到账的金额和去年一样', '2楼的住户也是这么说的。'])).toHaveLength(1);
    });
});

describe('a dated entry of a calendar or a timeline', () => {
    it.each([
        [['3月8日 退休人员个人账户当月划入(每人每月91元)', '3月18日 在职职工个人账户划入(缴费基数的2%)']],
        [['2016—2019年:退休人员每月划入个人账户六十八元整', '2020年至今:退休人员每月划入个人账户八十元整']],
        [['2018年 退休人员个人账户每月划入六十二元,不分年龄', '2022年起 退休人员个人账户每月划入七十五元']],
    ])('is a line of its own: %j', (lines) => {
        expect(texts(lines)).toEqual(lines);
    });

    it('leaves a date that goes on in its sentence', () => {
        expect(texts(['参保人员的个人账户资金将在每月中旬统一划入,截止到', '3月8日前办结的按新标准计入。'])).toHaveLength(1);
    });

    it('reads the step marked in force among steps by spans of years', () => {
        const text = ['2016—2019年 每月划入68元', '2020—2022年 每月划入75元', '2023年至今 每月划入86元'].join('\n');
        const got = extractFromText('某县退休人员个账划入标准沿革', text, 'https://example.test/timeline.html').claims
            .filter((c): c is FigureDraft => c.kind === 'figure')
            .map((c) => c.value);
        expect(got).toEqual([86]);
    });
});
