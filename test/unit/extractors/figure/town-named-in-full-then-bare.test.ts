/**
 * A county the page names once with its suffix (`某某县`) is a place under its bare name elsewhere on that page; a
 * page that never names it in full keeps needing the suffix. So is the town a question title asks about bare, once a post
 * names it bare too. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

function regions(lines: string[], title: string): Array<[string | null, number]> {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/t.html', title, published: null })
        .filter((c) => c.metric === 'retiree_account_credit')
        .map((c) => [c.region, c.value]);
}

describe('a town named in full, then bare', () => {
    it('reads the bare name as the town the page named', () => {
        expect(regions(['舅舅原先在德清县的毛纺厂上班。', '听他讲，德清那边退了休的人每月医保卡里进83元。'], '闲话家常')).toEqual([['德清', 83]]);
    });

    it('keeps a bare name unread on a page that never names the town in full (near miss)', () => {
        expect(regions(['舅舅原先在毛纺厂上班。', '听他讲，德清那边退了休的人每月医保卡里进83元。'], '闲话家常')).toEqual([[null, 83]]);
    });

    it('reads the bare town a question title asks about in a post that names it too', () => {
        expect(regions(['刚退下来，想问问大家。', '德清这里都是一样的，医保卡每月打进83元。'], '德清退休的各位，卡里每月有多少？')).toEqual([['德清', 83]]);
    });

    it('keeps the bare name unread under a title that asks nothing (near miss)', () => {
        expect(regions(['刚退下来，想问问大家。', '德清这里都是一样的，医保卡每月打进83元。'], '德清退休的各位的医保卡')).toEqual([[null, 83]]);
    });
});
