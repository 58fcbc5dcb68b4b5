/**
 * The whole embedded pipeline over real HTTP: the demo sites on 127.0.0.1 → crawl → extract → dedup →
 * index → export/search, as a user runs it with `claimscope crawl` and `claimscope export`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, FigureClaim } from '../../src/claims/schema.js';
import { startDemoServer, type DemoServer } from '../demo/server.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');

async function claimscope(args: string[]) {
    return run(process.execPath, [CLI, ...args], { maxBuffer: 64 << 20, env: { ...process.env, REDIS_URL: '', MEILI_URL: '' } });
}

describe('claimscope crawl + export against the demo sites', () => {
    let server: DemoServer;
    let dataDir: string;
    let claims: Claim[];

    beforeAll(async () => {
        server = await startDemoServer();
        dataDir = await mkdtemp(join(tmpdir(), 'claimscope-it-'));
        const crawl = await claimscope(['crawl', `${server.url}/`, '--data-dir', dataDir]);
        expect(crawl.stderr).toMatch(/crawled \d+ pages/);
        const exported = await claimscope(['export', '--format', 'jsonl', '--data-dir', dataDir]);
        claims = exported.stdout.trim().split('\n').map((line) => JSON.parse(line) as Claim);
    });

    afterAll(async () => {
        await server?.close();
        await rm(dataDir, { recursive: true, force: true });
    });

    const figures = () => claims.filter((c): c is FigureClaim => c.kind === 'figure');

    it("reads 北京's two age brackets from the seed article", () => {
        const seed = figures().filter((c) => c.url.endsWith('/www.shebao.example/yibao/003_0c5cb0eb601e4a86.html') && c.region === '北京');
        expect(seed.map((c) => [c.ageMin, c.ageMax, c.value]).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
            [null, 69, 100],
            [70, null, 110],
        ]);
        expect(seed.every((c) => c.metric === 'retiree_account_credit' && c.monthly === c.value)).toBe(true);
    });

    it('gives every claim its page, site and quote, and fetches no page twice', () => {
        expect(claims.length).toBeGreaterThan(100);
        for (const claim of claims) {
            expect(claim.url.startsWith(server.url)).toBe(true);
            expect(claim.quote.length).toBeGreaterThan(0);
        }
        const gets = server.requests.filter((r) => r.method === 'GET' && r.path !== '/robots.txt').map((r) => r.path);
        expect(gets.length).toBe(new Set(gets).size);
    });

    it('never crawls what robots.txt disallows', () => {
        expect(server.requests.some((r) => r.path.includes('/private/'))).toBe(false);
    });

    it('a second crawl updates in place and never duplicates claims', async () => {
        await claimscope(['crawl', `${server.url}/`, '--data-dir', dataDir]);
        const again = await claimscope(['export', '--data-dir', dataDir]);
        expect(again.stdout.trim().split('\n').length).toBe(claims.length);
    });

    it('search finds claims by text and filters by region and age', async () => {
        const { stdout } = await claimscope(['search', '返款', '--region', '北京', '--age', '65', '--json', '--data-dir', dataDir]);
        const result = JSON.parse(stdout) as { hits: Claim[]; total: number };
        expect(result.total).toBeGreaterThan(0);
        expect(result.hits.some((hit) => hit.kind === 'figure' && hit.value === 100)).toBe(true);
        for (const hit of result.hits) {
            expect(hit.region).toBe('北京');
            // Procedures have no age bracket: they apply at any age.
            if (hit.kind !== 'figure') continue;
            expect(hit.ageMin === null || hit.ageMin <= 65).toBe(true);
            expect(hit.ageMax === null || hit.ageMax >= 65).toBe(true);
        }
    });

    it('shows 北京 70岁以下 100 vs 97 as a conflict, with quotes and URLs', async () => {
        const { stdout } = await claimscope(['conflicts', '--json', '--data-dir', dataDir]);
        const conflicts = JSON.parse(stdout) as { region: string; ageMax: number | null; values: { value: number; quotes: string[]; urls: string[] }[] }[];
        const beijing = conflicts.find((c) => c.region === '北京' && c.ageMax === 69);
        expect(beijing).toBeDefined();
        const values = beijing!.values.map((v) => v.value);
        expect(values).toEqual(expect.arrayContaining([100, 97]));
        for (const value of beijing!.values) {
            expect(value.quotes.length).toBeGreaterThan(0);
            expect(value.urls.length).toBeGreaterThan(0);
        }
    });
});

describe('claimscope crawl on bad input', () => {
    it('a bad start URL is a clear usage error, not a stack trace', async () => {
        const failed = await claimscope(['crawl', 'file:///etc/passwd', '--data-dir', join(tmpdir(), 'claimscope-none')]).catch((e) => e);
        expect(failed.code).toBe(2);
        expect(failed.stderr).toContain('not an http(s) URL');
        expect(failed.stderr).not.toMatch(/\n\s+at /);
    });

    it('an unreachable host exits non-zero with the reason', async () => {
        const dir = await mkdtemp(join(tmpdir(), 'claimscope-it-'));
        // Port 9 on loopback (discard) is closed here: the connection is refused at once.
        const failed = await claimscope(['crawl', 'http://127.0.0.1:9/', '--data-dir', dir]).catch((e) => e);
        await rm(dir, { recursive: true, force: true });
        expect(failed.code).toBe(1);
        expect(failed.stderr).toContain('connection_refused');
        expect(failed.stderr).not.toMatch(/\n\s+at /);
    });

    it('a site with no articles exits non-zero and says so', async () => {
        const server = await startDemoServer({ articles: [] });
        const dir = await mkdtemp(join(tmpdir(), 'claimscope-it-'));
        const failed = await claimscope(['crawl', `${server.url}/`, '--data-dir', dir]).catch((e) => e);
        await server.close();
        await rm(dir, { recursive: true, force: true });
        expect(failed.code).toBe(1);
        expect(failed.stderr).toContain('no articles found');
    });
});
