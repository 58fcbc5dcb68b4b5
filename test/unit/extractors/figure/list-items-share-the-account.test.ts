/**
 * The points of one list speak of one thing: a terse amount in one item (`退休的：每月N元`) is an account credit
 * when another item of the list names the personal account, and stays unread when none does. Sentences written
 * for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function credits(items: string[]): [string, number | null, number][] {
    const list = items.map((item) => `<li>${item}</li>`).join('');
    const html = `<html><head><title>改革会安排</title></head><body><h1>改革会安排</h1><h2>会上要讲的</h2><ul>${list}</ul></body></html>`;
    return extractPage(html, 'https://example.test/points.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure' && c.metric === 'retiree_account_credit')
        .map((c) => [c.metric, c.ageMin, c.value]);
}

describe('a terse amount in a list item', () => {
    it('is a credit when a sibling item names the account', () => {
        expect(credits(['泰来县离退休人员：满七十岁者每人每个月99元；', '在职人员：个账按工资基数2%计入；'])).toEqual([
            ['retiree_account_credit', 70, 99],
        ]);
    });

    it('not when no item of the list names it', () => {
        expect(credits(['泰来县离退休人员：满七十岁者每人每个月99元；', '在职人员：工资按月足额发放；'])).toEqual([]);
    });
});
