/**
 * A past-time word that dates the base a rate is taken of (`按去年…人均养老金的N%`) does not make the rate an old
 * one; a past-time word before the rule itself still does. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(sentence: string): [string, number][] {
    const html = `<html><head><title>个账事项</title></head><body><h1>个账事项</h1><p>${sentence}</p></body></html>`;
    return extractPage(html, 'https://example.test/base-time.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure')
        .map((c) => [c.metric, c.value]);
}

describe('a past-time word', () => {
    it('dating the base leaves the rate and its result in force', () => {
        expect(figures('泰来县医保中心称，明年起离退休人员个账照去年全县平均养老金之2.6%拨入，折合每人每月约80元。')).toEqual([
            ['retiree_credit_rate', 2.6],
            ['retiree_account_credit', 80],
        ]);
    });

    it('before the rule itself still marks it old', () => {
        expect(figures('泰来县去年离退休者个账照全县人均养老金之2.6%拨入，今年起照3%拨入。').map(([, v]) => v)).not.toContain(2.6);
    });
});
