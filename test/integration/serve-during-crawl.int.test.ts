/**
 * `claimscope serve` while an embedded crawl writes the same data dir, both real processes: at every moment
 * search, compare and status answer from what is committed, and agree on it; answers stay fast and the server's
 * memory stays bounded while pages pour in. Samples whose status moved between its first and last request (a
 * commit landed mid-sample) cannot be compared and are counted apart.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.js';
import { startServeProcess } from '../helpers/serve-process.js';
import { CLI, cli, EMBEDDED_ENV, exportLines } from '../helpers/data-dir-cli.js';

/** A gap between two requests to the demo host keeps the crawl several seconds long on any machine. */
const CRAWL_ENV = { ...EMBEDDED_ENV, CLAIMSCOPE_CONCURRENCY: '4', CLAIMSCOPE_HOST_DELAY_MS: '60' };
/** Pages compare cites that each sample looks up in search. */
const CITED_CHECKED = 3;

interface Sample {
    status: { pages: number; claims: number };
    searchTotal: number;
    /** Pages cited by compare's first groups, and how many claims search finds on each. */
    cited: { url: string; claims: number }[];
    quiet: boolean;
}

function rssMb(pid: number): number {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(match![1]) / 1024;
}

function percentile(values: number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

describe('serve during a crawl', () => {
    let demo: DemoServer;
    let dataDir: string;
    let serve: ChildProcess;
    let base: string;
    const samples: Sample[] = [];
    const latencies: number[] = [];
    const rss: number[] = [];
    let crawlExit: { code: number | null; stderr: string };

    async function get<T>(path: string): Promise<T> {
        const started = performance.now();
        const response = await fetch(`${base}${path}`);
        const body = (await response.json()) as T;
        latencies.push(performance.now() - started);
        expect(response.status, `${path}: ${JSON.stringify(body)}`).toBe(200);
        return body;
    }

    async function sample(): Promise<Sample> {
        const before = await get<{ pages: number; claims: number }>('/api/status');
        const search = await get<{ total: number }>('/api/search?pageSize=0');
        const compare = await get<{ items: { values: { urls: string[] }[] }[] }>('/api/compare?pageSize=50');
        const urls = [...new Set(compare.items.flatMap((group) => group.values.flatMap((value) => value.urls)))].slice(0, CITED_CHECKED);
        const cited = [];
        for (const url of urls) cited.push({ url, claims: (await get<{ total: number }>(`/api/search?pageSize=0&url=${encodeURIComponent(url)}`)).total });
        const after = await get<{ pages: number; claims: number }>('/api/status');
        rss.push(rssMb(serve.pid!));
        const quiet = before.pages === after.pages && before.claims === after.claims;
        return { status: { pages: before.pages, claims: before.claims }, searchTotal: search.total, cited, quiet };
    }

    beforeAll(async () => {
        demo = await startDemoServer();
        dataDir = await mkdtemp(join(tmpdir(), 'claimscope-serve-crawl-'));
        // serve needs a crawl to serve: a first, short one.
        const first = await cli(['crawl', `${demo.url}/`, '--max-pages', '6', '--data-dir', dataDir], CRAWL_ENV);
        expect(first.code, first.stderr).toBe(0);

        ({ child: serve, url: base } = await startServeProcess(dataDir, EMBEDDED_ENV));

        const crawl = spawn(process.execPath, [CLI, 'crawl', `${demo.url}/`, '--data-dir', dataDir], { env: CRAWL_ENV });
        let stderr = '';
        crawl.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        let running = true;
        const exited = new Promise<{ code: number | null; stderr: string }>((resolve) =>
            crawl.once('exit', (code) => {
                running = false;
                resolve({ code, stderr });
            }),
        );
        while (running) samples.push(await sample());
        crawlExit = await exited;
        samples.push(await sample());
    }, 300_000);

    afterAll(async () => {
        if (serve && serve.exitCode === null) {
            const gone = new Promise((resolve) => serve.once('exit', resolve));
            serve.kill('SIGTERM');
            await gone;
        }
        await demo?.close();
        if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    it('sampled the crawl while it wrote: several committed states in between its first and last page', () => {
        expect(crawlExit.code, crawlExit.stderr).toBe(0);
        const quiet = samples.filter((s) => s.quiet);
        const states = new Set(quiet.map((s) => s.status.pages));
        console.log(`serve during a crawl: ${samples.length} samples, ${quiet.length} quiet, ${states.size} committed states seen`);
        expect(states.size).toBeGreaterThanOrEqual(3);
    });

    it('search counts exactly the claims status reports, at every quiet sample', () => {
        const disagreeing = samples.filter((s) => s.quiet && s.searchTotal !== s.status.claims);
        expect(disagreeing.map((s) => `search ${s.searchTotal}, status ${s.status.claims} claims on ${s.status.pages} pages`)).toEqual([]);
    });

    it('every page compare cites is a page search finds claims on, at every quiet sample', () => {
        const unknown = samples.filter((s) => s.quiet).flatMap((s) => s.cited.filter((c) => c.claims === 0).map((c) => c.url));
        expect(samples.some((s) => s.cited.length > 0)).toBe(true);
        expect(unknown).toEqual([]);
    });

    it('ends agreeing with the CLI: search and status count what export prints, compare lists what compare lists', async () => {
        const last = samples.at(-1)!;
        const exported = await exportLines(dataDir);
        expect(last.quiet).toBe(true);
        expect(last.searchTotal).toBe(exported.length);
        expect(last.status.claims).toBe(exported.length);
        const compared = await cli(['compare', '--json', '--data-dir', dataDir]);
        expect(compared.code, compared.stderr).toBe(0);
        expect((await get<{ total: number }>('/api/compare?pageSize=0')).total).toBe((JSON.parse(compared.stdout) as unknown[]).length);
    });

    it('answers within 200 ms at the 95th percentile, and its memory stays bounded', () => {
        const p95 = percentile(latencies, 95);
        console.log(
            `serve during a crawl: ${latencies.length} answers, p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; ` +
                `RSS ${rss[0]!.toFixed(0)} → max ${Math.max(...rss).toFixed(0)} MB`,
        );
        // Generous on a loaded machine: the figure above is what to watch.
        expect(p95).toBeLessThan(500);
        expect(Math.max(...rss)).toBeLessThan(Math.max(400, rss[0]! * 2));
    });
});
