/**
 * A hand-written gold set's own consistency, for the blind sets: every gold claim sits on a listed page, quotes
 * text that page really shows (a sentence broken across lines or cells is compared without its whitespace), and
 * carries the claim fields (docs/claims.md); the server publishes every listed page under its host and path, and
 * no page file is left out of the list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PagesServer } from './pages-server.js';

export interface GoldSetFolder {
    /** Name used in the test titles. */
    name: string;
    /** Folder holding pages/, pages.txt and gold.jsonl. */
    dir: string;
    start(): Promise<PagesServer>;
    /** A page path under one of the set's hosts that the server does not hold. */
    missingPath: string;
}

const FIGURE_FIELDS = ['url', 'site', 'title', 'published', 'kind', 'metric', 'region', 'province', 'population', 'ageMin', 'ageMax',
    'value', 'valueMax', 'unit', 'period', 'monthly', 'approx', 'basis', 'example', 'quote'];
const PROCEDURE_FIELDS = ['url', 'site', 'title', 'published', 'kind', 'task', 'channel', 'region', 'steps', 'quote'];
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** Legacy pages declare a GB charset in their first kilobyte, as the pages server reads it. */
const declaresGb = (body: Buffer) => /charset=["']?gb/i.test(body.subarray(0, 1024).toString('latin1'));
const decodePage = (body: Buffer) => new TextDecoder(declaresGb(body) ? 'gb18030' : 'utf-8').decode(body);

/** Registers the set's consistency tests. */
export function describeGoldSet({ name, dir, start, missingPath }: GoldSetFolder): void {
    const pageUrls = readFileSync(join(dir, 'pages.txt'), 'utf8').split('\n').filter(Boolean);
    const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    const pageFile = (url: string): string => {
        const { host, pathname } = new URL(url);
        return join(dir, 'pages', host, pathname);
    };
    const visibleText = (url: string): string => {
        const $ = cheerio.load(decodePage(readFileSync(pageFile(url))));
        $('script, style').remove();
        return $.root().text().replace(/\s+/g, '');
    };

    describe(`${name} gold`, () => {
        it('lists at least 40 pages, each with a page file', () => {
            expect(pageUrls.length).toBeGreaterThanOrEqual(40);
            const files = new Set(pageUrls.map(pageFile));
            expect(files.size).toBe(pageUrls.length);
        });

        it.each(gold.map((claim, line) => [line + 1, claim] as const))('line %i quotes its page and has the CLAIMS.md fields', (_line, claim) => {
            const url = String(claim.url);
            expect(pageUrls).toContain(url);
            expect(claim.site).toBe(new URL(url).host);
            const text = visibleText(url);
            expect(text).toContain(squeeze(String(claim.quote)));
            if (claim.kind === 'procedure') {
                expect(Object.keys(claim)).toEqual(expect.arrayContaining(PROCEDURE_FIELDS));
                const steps = claim.steps as string[];
                expect(steps.length).toBeGreaterThan(0);
                for (const step of steps) expect(text).toContain(squeeze(step));
                return;
            }
            expect(claim.kind).toBe('figure');
            expect(Object.keys(claim)).toEqual(expect.arrayContaining(FIGURE_FIELDS));
            expect(claim.province === null).toBe(claim.region === null);
            if (claim.unit === 'CNY' && claim.period === 'month') expect(claim.monthly).toBe(claim.value);
            if (claim.unit === 'CNY' && claim.period === 'year') expect(claim.monthly).toBeCloseTo(Number(claim.value) / 12, 3);
            if (claim.unit !== 'CNY') expect(claim.monthly).toBeNull();
        });
    });

    describe(`${name} server`, () => {
        let server: PagesServer;
        beforeAll(async () => {
            server = await start();
        });
        afterAll(async () => {
            await server.close();
        });

        it('links every listed page from its index and serves each one', async () => {
            const index = await (await fetch(`${server.url}/`)).text();
            for (const url of pageUrls) {
                const { host, pathname } = new URL(url);
                expect(index).toContain(`href="/${host}${pathname}"`);
                const res = await fetch(`${server.url}/${host}${pathname}`);
                expect(res.status).toBe(200);
                const legacy = declaresGb(readFileSync(pageFile(url)));
                expect(res.headers.get('content-type')).toBe(legacy ? 'text/html' : 'text/html; charset=utf-8');
                await res.arrayBuffer();
            }
        });

        it('answers 404 for a page it does not hold', async () => {
            const res = await fetch(`${server.url}${missingPath}`);
            expect(res.status).toBe(404);
            await res.arrayBuffer();
        });
    });

    it('keeps no page file outside pages.txt', () => {
        const walk = (dir: string): string[] =>
            readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
        expect(walk(join(dir, 'pages')).sort()).toEqual(pageUrls.map(pageFile).sort());
    });
}
