/**
 * Statements a page shows without asserting them, written for these tests (no corpus text): a quiz statement marked
 * wrong, a quoted rumour the page then rebuts, a proposal's values and a letter's hearsay; and the look-alikes each
 * rule must leave alone.
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

function brief(c: FigureDraft) {
    return [c.metric, c.value, c.ageMin, c.ageMax];
}

describe('a quiz statement marked wrong', () => {
    it('states nothing, while its explanation and a statement marked right do', () => {
        const got = figures([
            '退休人员个人账户每月划入130元。（×）',
            '解析:退休人员个人账户每月划入标准为95元。',
            '在职职工个人账户按缴费基数的2%划入。（√）',
        ]);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', 95, null, null],
            ['employee_credit_rate', 2, null, null],
        ]);
    });
});

describe('a quoted rumour the page rebuts', () => {
    it('states nothing when a passage after it says it does not match the rules', () => {
        const got = figures([
            '有帖子这样写道:',
            '“明年起退休老人每月能返200块,关系转移2个工作日办完。”',
            '经向医保部门核实,上述内容与实际政策不符。退休人员个人账户每月划入93元。',
        ]);
        expect(got.map(brief)).toEqual([['retiree_account_credit', 93, null, null]]);
    });

    it('is still read when nothing after it rebuts it (a notice the page quotes)', () => {
        const got = figures(['通知明确:', '“退休人员个人账户每月划入93元。”', '通知自发布之日起施行。']);
        expect(got.map(brief)).toEqual([['retiree_account_credit', 93, null, null]]);
    });
});

describe('an age bracket before a semicolon', () => {
    it('belongs to the statement before it, not to the next population', () => {
        const got = figures(['退休人员每月划入91元,80周岁及以上的每月划入101元;在职职工按本人缴费基数的2%划入。']);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', 91, null, 79],
            ['retiree_account_credit', 101, 80, null],
            ['employee_credit_rate', 2, null, null],
        ]);
    });
});

describe("a proposal's values", () => {
    it('are not claimed, while the values it says are in force are', () => {
        const got = figures([
            '目前退休人员个人账户每人每月划入70元。',
            '1.建议把高龄退休人员的月划入额从70元调高到90元。',
            '2.提议将转移手续的办结时间缩短为7个工作日。',
        ]);
        expect(got.map(brief)).toEqual([['retiree_account_credit', 70, null, null]]);
    });
});

describe("a letter's hearsay quoted back to its writer", () => {
    it('is not claimed, while the reply is', () => {
        const got = figures([
            '您在来信中提到“听朋友说别的城市退休人员每月能返180元”。',
            '经核实,本地退休人员个人账户每月划入93元。',
        ]);
        expect(got.map(brief)).toEqual([['retiree_account_credit', 93, null, null]]);
    });

    it('leaves a quotation of an official alone (`局长表示“…”`)', () => {
        const got = figures(['局长表示“退休人员个人账户每月划入93元”。']);
        expect(got.map(brief)).toEqual([['retiree_account_credit', 93, null, null]]);
    });
});
