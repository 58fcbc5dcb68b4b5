/**
 * Kinds of sentence and page the extractors were not written for, each with invented examples (no corpus text):
 * county-level cities ranked or set bare in prose, gaps between places, spoken and scaled number forms, hearsay
 * reported by a caller, and the look-alikes each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

/** One passage per line; a line starting `## ` is a section heading. */
function figures(lines: string[], title = '退休人员医保个人账户每月划入多少'): FigureDraft[] {
    const passages = passagesFromLines(
        lines.map((text) => (text.startsWith('## ') ? { text: text.slice(3), hint: 'heading' as const } : { text })),
    );
    return extractFigures(passages, { url: 'https://example.test/p.html', title, published: null });
}

function brief(c: FigureDraft) {
    return [c.metric, c.region, c.ageMin, c.ageMax, c.value, c.unit, c.period];
}

describe('county-level cities ranked in prose', () => {
    it('gives each ranked city its own figure, whichever side of the name the ranking words stand', () => {
        const got = figures([
            '第一名是常熟,退休人员每月划入140元。',
            '太仓排在第二,退休人员每月划入136元。',
            '排在第三位的晋江,退休职工一年划入1560元。',
            '邳州垫底,退休人员每月只划入70元。',
        ]);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '常熟', null, null, 140, 'CNY', 'month'],
            ['retiree_account_credit', '太仓', null, null, 136, 'CNY', 'month'],
            ['retiree_account_credit', '晋江', null, null, 1560, 'CNY', 'year'],
            ['retiree_account_credit', '邳州', null, null, 70, 'CNY', 'month'],
        ]);
    });

    it('reads `在某地,` as the place of the sentence', () => {
        expect(figures(['在丹阳,退休人员每月划入个人账户98元。']).map(brief)).toEqual([
            ['retiree_account_credit', '丹阳', null, null, 98, 'CNY', 'month'],
        ]);
    });

    it('claims nothing for the gap to another place or rank (`与某地仅差4元`, `比上一名少6元`, `高出9元`)', () => {
        const got = figures([
            '紧随其后的是如皋,退休人员每月划入120元,与常熟仅差3元。',
            '第五名溧阳,退休人员每月划入114元,比上一名少6元。',
            '永康退休人员每月划入130元,比邻县高出9元。',
        ]);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '如皋', null, null, 120, 'CNY', 'month'],
            ['retiree_account_credit', '溧阳', null, null, 114, 'CNY', 'month'],
            ['retiree_account_credit', '永康', null, null, 130, 'CNY', 'month'],
        ]);
    });

    it('still reads bounds that look like gaps (`至少`, `最低`, `不少于`)', () => {
        const got = figures(['常熟退休人员每月划入不少于90元,最低90元。']);
        expect(got.map((c) => c.value)).toEqual([90]);
    });
});
