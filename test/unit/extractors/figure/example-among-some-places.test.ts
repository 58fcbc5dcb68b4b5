/**
 * A figure put on an unnamed subset of places (`有些地方…`) is no claim, but an example worked in the same sentence is:
 * its result stands as an example with no region. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function credits(text: string) {
    return extractFromText('黄石退休人员医保卡每月到账多少', text, 'https://example.test/post.html').claims
        .filter((c): c is FigureDraft => c.kind === 'figure' && c.metric === 'retiree_account_credit')
        .map((c) => [c.region, c.value, c.example]);
}

describe('an example among some places', () => {
    it.each([
        ['有些地方按养老金的比例划,举个例子,假设王大妈每月养老金4000元,当地按2%划,那么她一个月能进80元。'],
        ['部分地区按退休金的比例划入,比如张师傅每月退休金4000元,按2%算,每月划入80元。'],
        ['有的地方是按比例返的,假如养老金4000元,按2%返,一个月就是80元。'],
    ])('keeps the result as an example with no place: %s', (sentence) => {
        expect(credits(sentence)).toEqual([[null, 80, true]]);
    });

    it('still claims nothing for a figure said only of some places', () => {
        expect(credits('有些地方每月划入80元左右,具体以当地为准。')).toEqual([]);
    });
});
