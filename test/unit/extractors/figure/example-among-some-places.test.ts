/**
 * A figure put on an unnamed subset of places (`有些地方…`) is no claim, but an example worked in the same sentence is:
 * its result stands as an example with no region. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function credits(text: string) {
    return extractFromText('鄂州老人医保卡一个月到账几块钱', text, 'https://example.test/post.html').claims
        .filter((c): c is FigureDraft => c.kind === 'figure' && c.metric === 'retiree_account_credit')
        .map((c) => [c.region, c.value, c.example]);
}

describe('an example among some places', () => {
    it.each([
        ['有些地方是照退休金的比例算,打个比方,王大妈退休金每月3600元,照2%算,她一月能进72元。'],
        ['部分地区照养老金比例给,比如张师傅养老金每月3600元,比例2%,每月划入72元。'],
        ['有的地方是按比例返的,假如养老金3600元,返2%,一个月就是72元。'],
    ])('keeps the result as an example with no place: %s', (sentence) => {
        expect(credits(sentence)).toEqual([[null, 72, true]]);
    });

    it('still claims nothing for a figure said only of some places', () => {
        expect(credits('有些地方每月划入72元上下,各地不一样。')).toEqual([]);
    });
});
