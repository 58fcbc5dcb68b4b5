/**
 * A Chinese main-content set's own consistency (test/body-zh, test/body-zh2): every page has a hand-cut body, the ids
 * match the files, every body is text the page really shows, in the page's order (so a scorer can never ask for text
 * that is not there, or for two passages in an order no reader could produce), and its GBK pages are stored as GBK.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/fetch/decode-html.js';

export interface BodySet {
    /** The set's folder: `html/<id>.html` and `ground-truth.json`. */
    dir: string;
    /** How many pages it holds at least, and how many of them are GBK. */
    minPages: number;
    minGbkPages: number;
}

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

/** The set's ground truth as its JSON file holds it. */
export function groundTruthOf(dir: string): Record<string, { articleBody: string; url: string }> {
    return JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
}

/** Declares the consistency tests of one set (call inside a test file). */
export function describeBodySet(name: string, { dir, minPages, minGbkPages }: BodySet): void {
    const gold = groundTruthOf(dir);
    const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html'));

    describe(`${name} ground truth`, () => {
        it('has a page file for every id and an id for every page file', () => {
            expect(files.map((f) => f.replace(/\.html$/, '')).sort()).toEqual(Object.keys(gold).sort());
            expect(files.length).toBeGreaterThanOrEqual(minPages);
        });

        it.each(Object.keys(gold))('%s: the body is non-empty text the page shows, in order', (id) => {
            const { articleBody, url } = gold[id]!;
            expect(articleBody.trim().length).toBeGreaterThan(0);
            expect(url).toMatch(/^https?:\/\//);
            const lines = articleBody.split('\n').map((l) => l.replace(/\s+/g, '')).filter(Boolean);
            const text = visibleText(readFileSync(join(dir, 'html', `${id}.html`)));
            const missing = lines.filter((_, i) => positionsInOrder(text, lines)[i] === -1);
            expect(missing).toEqual([]);
        });

        it('stores the GBK pages as GBK bytes that decode by their <meta> charset', () => {
            const gbk = files.filter((f) => /<meta[^>]+charset=["']?gbk/i.test(readFileSync(join(dir, 'html', f), 'latin1')));
            expect(gbk.length).toBeGreaterThanOrEqual(minGbkPages);
            for (const f of gbk) {
                const bytes = readFileSync(join(dir, 'html', f));
                expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
                expect(decodeHtml(bytes).charset).toBe('gb18030');
            }
        });
    });
}
