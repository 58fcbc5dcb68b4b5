/**
 * Two ways a bracket reaches its amount: a bracket given by both bounds whose lower end's direction is spoken
 * (`X周岁(含)往上、不满Y周岁`), and a card's short title line over a field line (`▎某类人员（X周岁以下）` over
 * `每月记入：N元`). Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { findAges } from '../../../../extractors/figure/parse-age.js';
import { extractPage } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

const bounds = (text: string) => findAges(text).map((a) => [a.ageMin, a.ageMax]);

describe('a bracket given by both bounds, the lower one spoken', () => {
    it.each([['65周岁（含）往上、不满75周岁的老人'], ['65岁往上，不满75岁的'], ['65周岁(含)朝上但未满75周岁']])('keeps both: %s', (text) => {
        expect(bounds(text)).toEqual([[65, 74]]);
    });

    it('a lone spoken lower bound stays open', () => {
        expect(bounds('65周岁往上的老人')).toEqual([[65, null]]);
    });
});

function credits(paragraphs: readonly string[]): [number | null, number | null, number][] {
    const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
    const html = `<html><head><title>个账早知道</title></head><body><h1>个账早知道</h1>${body}</body></html>`;
    return extractPage(html, 'https://example.test/card.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure' && c.metric === 'retiree_account_credit')
        .map((c) => [c.ageMin, c.ageMax, c.value]);
}

describe('a card title line over a field line', () => {
    it('gives the field its bracket, the chatty line before it ending its own sentence', () => {
        expect(credits([
            '朋友们，伊宁县退休人员的个账新标准出炉啦～',
            '▎退休人员（不满65周岁）', '每月记入：71元',
            '▎退休人员（65周岁及以上）', '每月记入：79元',
        ])).toEqual([[null, 64, 71], [65, null, 79]]);
    });

    it('not when the line above ends a sentence or is no title of a field', () => {
        expect(credits(['伊宁县退休人员不满65周岁的请留意。', '每月记入：71元'])).toEqual([[null, null, 71]]);
        expect(credits(['伊宁县退休人员（不满65周岁）', '另外说明一下个账每月记入71元的情况'])).not.toContainEqual([null, 64, 71]);
    });
});
