/**
 * Statements that are not claims: a draft's text put out for comment and what a draft proposes, one person's amount
 * in a note (`爸(7X岁)每月…`), and a hypothetical's input named after its amount (`领N元养老金的老人`) or a person
 * told by exact age (`比如某某今年N岁`), whose result alone is an example claim. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(blocks: readonly string[]): [string, number, boolean][] {
    const html = `<html><head><title>个账事项</title></head><body><h1>个账事项</h1>${blocks.join('')}</body></html>`;
    return extractPage(html, 'https://example.test/notice.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure')
        .map((c) => [c.metric, c.value, c.example]);
}

describe('a draft for comment', () => {
    it('states nothing in force under its heading or as the subject of a proposal; the current rule it cites is', () => {
        expect(figures([
            '<h3>附件一：某某办法（讨论稿）摘录</h3>', '<p>第五条 伊宁县退休者的个账每人每个月记入九十三元。</p>',
            '<h3>附件二：起草情况说明</h3>', '<p>伊宁县现行做法是退休职工每人每月记入71元。讨论稿拟分为两个档次，即93元与99元。</p>',
        ])).toEqual([['retiree_account_credit', 71, false]]);
    });

    it('a heading naming no draft keeps its figures', () => {
        expect(figures(['<h3>附件一：某某办法摘录</h3>', '<p>第五条 伊宁县退休者的个账每人每个月记入九十三元。</p>'])).toEqual([
            ['retiree_account_credit', 93, false],
        ]);
    });
});

describe('one person in a note', () => {
    it('is told by an age in brackets after the kin word', () => {
        expect(figures(['<p>伊宁县医保窗口答复：妈（77岁）每月进六十九元，爸（81岁）每月进七十四元。</p>'])).toEqual([]);
    });

    it('a bracket in brackets stays a rule', () => {
        expect(figures(['<p>伊宁县退休职工（75岁以上）每月进七十四元。</p>'])).toEqual([['retiree_account_credit', 74, false]]);
    });
});

describe('a hypothetical whose input is named after its amount', () => {
    it('gives its result as one example claim, its rate and input none', () => {
        expect(figures(['<p>打个比方，假如某县照养老金之3%拨进，一位月领2800元养老金的退休人员，一个月能进84元。</p>'])).toEqual([
            ['retiree_account_credit', 84, true],
        ]);
    });

    it('a statement with no marker of a hypothetical keeps its figures', () => {
        expect(figures(['<p>伊宁县退休者照个人养老金之3%拨进个账。</p>'])).toEqual([['retiree_credit_rate', 3, false]]);
    });
});

describe('an example worked for one person told by exact age', () => {
    it('gives its result as an example claim', () => {
        expect(figures(['<p>例如王大爷现年83岁，他一个月的记入额便是112元。</p>'])).toEqual([['retiree_account_credit', 112, true]]);
    });

    it('a bracket after the marker is no person: the figure stays a statement', () => {
        expect(figures(['<p>比如伊宁县，80岁以上的每月记入112元。</p>'])).toEqual([['retiree_account_credit', 112, false]]);
    });
});
