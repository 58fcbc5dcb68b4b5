/**
 * Consensus under copying, crawled for real: the generated web of bench/misprint-site.ts, each site on its own
 * loopback port (so each is its own host), crawled over HTTP with the embedded default. A sloppy site's misprints
 * are copied word for word by two sites and rewritten by a third; on the planted cities plain copy-aware counting
 * picks the misprint, the trust-weighted consensus the true figure.
 */
import { createServer, type Server } from 'node:http';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleHtml, misprintSite } from '../../bench/misprint-site.js';
import type { Claim } from '../../src/claims/schema.js';
import { analyseClaims } from '../../src/compare/index.js';
import { openBackends, readClaims } from '../../src/pipeline/open.js';
import { crawl, tempDataConfig } from '../e2e/support.js';
import { listen } from '../helpers/listen.js';

describe('planted misprints on a crawled web', () => {
    const site = misprintSite();
    const servers: Server[] = [];
    /** `127.0.0.1:port` → the generated site it serves. */
    const siteOfHost = new Map<string, string>();
    let claims: Claim[];
    let dataDir: string;

    beforeAll(async () => {
        const roots: string[] = [];
        for (const name of new Set(site.articles.map((a) => a.site))) {
            const pages = new Map(site.articles.filter((a) => a.site === name).map((a) => [a.path, articleHtml(a)]));
            const index = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${name}</title></head><body><ul>${[...pages.keys()]
                .map((path) => `<li><a href="${path}">${path}</a></li>`)
                .join('')}</ul></body></html>`;
            const server = createServer((req, res) => {
                const path = new URL(req.url ?? '/', 'http://x').pathname;
                const html = path === '/' ? index : pages.get(path);
                if (html === undefined) return res.writeHead(404).end();
                res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
            });
            servers.push(server);
            const port = await listen(server);
            siteOfHost.set(`127.0.0.1:${port}`, name);
            roots.push(`http://127.0.0.1:${port}/`);
        }
        const config = await tempDataConfig();
        dataDir = config.dataDir;
        await crawl(config, roots);
        const backends = await openBackends(config);
        try {
            claims = await readClaims(backends.store);
        } finally {
            await backends.close();
        }
    }, 180_000);

    afterAll(async () => {
        await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
        if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    it('reads every article', () => {
        expect(new Set(claims.map((c) => c.url)).size).toBe(site.articles.length);
    });

    it('picks the true figure on every planted city where plain copy-aware counting picks the misprint', () => {
        const consensus = (weighting: 'trust' | 'count') =>
            new Map(analyseClaims(claims, { weighting }).groups.map((g) => [g.region, g.consensus?.value ?? null]));
        const counted = consensus('count');
        const weighed = consensus('trust');
        for (const city of site.planted) {
            expect(counted.get(city)).toBe(site.truth.get(city)! + 20);
            expect(weighed.get(city)).toBe(site.truth.get(city));
        }
    });

    it('trusts the careful sites and distrusts the sloppy one, its copiers and its rewriter', () => {
        const trust = new Map(analyseClaims(claims).sources.map((s) => [siteOfHost.get(s.site), s.trust]));
        for (const careful of ['www.careful-a.example', 'www.careful-b.example', 'www.careful-c.example']) {
            expect(trust.get(careful)).toBeGreaterThan(0.9);
        }
        for (const sloppy of ['www.sloppy-origin.example', 'www.copy-one.example', 'www.copy-two.example', 'www.rewrite.example']) {
            expect(trust.get(sloppy)).toBeLessThan(0.3);
        }
    });
});
