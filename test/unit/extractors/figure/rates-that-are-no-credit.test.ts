/**
 * Percentages beside a credit rate that are not one, and a credit rate written as a product, in sentences and
 * tables written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(lines: string[], title = '职工医保个人账户政策'): FigureDraft[] {
    const passages = passagesFromLines(
        lines.map((text) => (text.startsWith('## ') ? { text: text.slice(3), hint: 'heading' as const } : { text })),
    );
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/t.html', title, published: null });
}

const brief = (got: FigureDraft[]) => got.map((c) => [c.metric, c.value]);

describe('percentages that are no credit rate', () => {
    it('leaves out a contribution rate followed by its paying verb, and keeps the credit rate beside it', () => {
        const got = figures(['职工按缴费基数的9%缴费,个人账户按缴费基数的2%划入。']);
        expect(brief(got)).toEqual([['employee_credit_rate', 2]]);
    });

    it('leaves out a change from last year in a statistics table (`增减(%)`)', () => {
        const got = figures(['项目 | 本期 | 上年同期 | 增减(%)', '划入个人账户 | 5,310 | 5,120 | 3.7']);
        expect(brief(got)).toEqual([]);
    });
});

describe('a credit rate written as a product', () => {
    it('reads `缴费基数×2%` under a heading about the account as the rate credited', () => {
        const got = figures(['## 个人账户怎么算', '在职人员:月缴费基数×2%。']);
        expect(brief(got)).toEqual([['employee_credit_rate', 2]]);
    });
});

describe('a rate paid and credited whole', () => {
    it('is the credit rate when no other rate follows it', () => {
        const got = figures(['在职职工按本人缴费基数的2%缴纳医保费,这部分全部计入个人账户。']);
        expect(brief(got)).toEqual([['employee_credit_rate', 2]]);
    });
});

describe('a bare 划 after a period and an adverb', () => {
    it('credits the amount (`每个月就划…`)', () => {
        const got = figures(['假如每月缴费基数4500元,每个月就划90元。']);
        expect(got.map((c) => [c.metric, c.value, c.example])).toEqual([['employee_account_credit', 90, true]]);
    });
});
