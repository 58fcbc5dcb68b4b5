/**
 * A label line ending on a colon (`某县职工个人账户：`) says what the short rows under it are of (`不足60岁　每月N元`),
 * as a list lead says it of its items; a line that ends a sentence ends its rows. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function credits(paragraphs: readonly string[]): [number | null, number | null, number][] {
    const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
    const html = `<html><head><title>社区宣传栏</title></head><body><h1>社区宣传栏</h1><h3>小课堂</h3>${body}</body></html>`;
    return extractPage(html, 'https://example.test/board.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure' && c.metric === 'retiree_account_credit')
        .map((c) => [c.ageMin, c.ageMax, c.value]);
}

describe('the rows under a label line', () => {
    it('are of what the label names', () => {
        expect(credits(['乐东县退休职工个人账户如下：', '不足60岁　每月50元', '60岁及以上　每月58元'])).toEqual([[null, 59, 50], [60, null, 58]]);
    });

    it('end at a line that ends a sentence, and a label naming no account gives none', () => {
        expect(credits(['乐东县退休职工个人账户如下：', '记得常查看余额。', '不足60岁　每月50元'])).toEqual([]);
        expect(credits(['乐东县公交卡优惠：', '不足60岁　每月50元', '60岁及以上　每月58元'])).toEqual([]);
    });
});
