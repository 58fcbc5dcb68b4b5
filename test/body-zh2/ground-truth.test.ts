/**
 * The second Chinese main-content set's own consistency: every page has a hand-cut body, the ids match the files, and
 * every body is text the page really shows, in the page's order (so a scorer can never ask for text that is
 * not there, or for two passages in an order no reader could produce).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/fetch/decode-html.js';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const gold = JSON.parse(readFileSync(join(DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const files = readdirSync(join(DIR, 'html')).filter((f) => f.endsWith('.html'));

/** What a browser shows of the page, whitespace removed (layout spacing is not content). */
function visibleText(bytes: Buffer): string {
    const $ = cheerio.load(decodeHtml(bytes).text);
    $('script, style, noscript, template, head').remove();
    return $.root().text().replace(/\s+/g, '');
}

/** Where each of `passages` sits in `text`, searching after the previous one; -1 when one is missing there. */
function positionsInOrder(text: string, passages: string[]): number[] {
    let from = 0;
    return passages.map((passage) => {
        const at = text.indexOf(passage, from);
        if (at >= 0) from = at + passage.length;
        return at;
    });
}

describe('test/body-zh2 ground truth', () => {
    it('has a page file for every id and an id for every page file', () => {
        expect(files.map((f) => f.replace(/\.html$/, '')).sort()).toEqual(Object.keys(gold).sort());
        expect(files.length).toBeGreaterThanOrEqual(40);
    });

    it.each(Object.keys(gold))('%s: the body is non-empty text the page shows, in order', (id) => {
        const { articleBody, url } = gold[id]!;
        expect(articleBody.trim().length).toBeGreaterThan(0);
        expect(url).toMatch(/^https?:\/\//);
        const lines = articleBody.split('\n').map((l) => l.replace(/\s+/g, '')).filter(Boolean);
        const text = visibleText(readFileSync(join(DIR, 'html', `${id}.html`)));
        const missing = lines.filter((_, i) => positionsInOrder(text, lines)[i] === -1);
        expect(missing).toEqual([]);
    });

    it('stores the GBK pages as GBK bytes that decode by their <meta> charset', () => {
        const gbk = files.filter((f) => /<meta[^>]+charset=["']?gbk/i.test(readFileSync(join(DIR, 'html', f), 'latin1')));
        expect(gbk.length).toBeGreaterThanOrEqual(4);
        for (const f of gbk) {
            const bytes = readFileSync(join(DIR, 'html', f));
            expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
            expect(decodeHtml(bytes).charset).toBe('gb18030');
        }
    });
});
