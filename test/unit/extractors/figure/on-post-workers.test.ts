/**
 * `在岗` names people at work as `在职` does: a rate said of them is the employee rate, even when a later clause
 * of the same sentence speaks of retirees. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function rates(sentence: string): [string, number][] {
    const html = `<html><head><title>个账事项</title></head><body><h1>个账事项</h1><p>${sentence}</p></body></html>`;
    return extractPage(html, 'https://example.test/on-post.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure' && c.metric.endsWith('_rate'))
        .map((c) => [c.metric, c.value]);
}

describe('a rate of people at their posts', () => {
    it('is the employee rate', () => {
        expect(rates('泰来县下月起在岗人员个账记入比例改成2.6%；离退休的人暂不变。')).toEqual([['employee_credit_rate', 2.6]]);
    });

    it('while a rate said of retirees keeps the retiree reading', () => {
        expect(rates('泰来县下月起离退休者的个账照全县人均养老金之2.6%拨入。')).toEqual([['retiree_credit_rate', 2.6]]);
    });
});
