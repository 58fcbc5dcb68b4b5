/**
 * Scale-out against a real redis-server: worker processes (`claimscope worker`) crawl the demo sites from
 * the queue, one writer fills the data dir, and `claimscope export` shows what an embedded crawl shows.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, FigureClaim } from '../../src/claims/schema.js';
import type { ClaimChange, StatusReport } from '../../src/ops/index.js';
import { loadCorpus, startDemoServer, type DemoServer } from '../demo/server.js';
import { startRedisServer, type TestRedis } from '../helpers/redis-server.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');
const QUIET_ENV = { MEILI_URL: '', CLAIMSCOPE_RETRY_DELAY_MS: '100' };
/**
 * A job's lock: short where a killed worker's pages must move on within the test, long elsewhere, because a worker
 * starved of CPU on a loaded machine that misses a renewal has its job taken as stalled and the page fetched again.
 */
const KILL_TEST_LOCK_MS = 2_000;
const LOCK_MS = 15_000;

function claimscope(args: string[], redisUrl: string) {
    return run(process.execPath, [CLI, ...args], { maxBuffer: 64 << 20, env: { ...process.env, ...QUIET_ENV, REDIS_URL: redisUrl } });
}

interface Cluster {
    redis: TestRedis;
    demo: DemoServer;
    dataDir: string;
    workers: ChildProcess[];
    stop(): Promise<void>;
}

function startWorker(redisUrl: string, dataDir: string, lockMs: number): ChildProcess {
    return spawn(process.execPath, [CLI, 'worker', '--concurrency', '4', '--data-dir', dataDir], {
        env: { ...process.env, ...QUIET_ENV, CLAIMSCOPE_QUEUE_LOCK_MS: String(lockMs), REDIS_URL: redisUrl },
        stdio: 'ignore',
    });
}

async function exited(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => child.once('exit', resolve));
}

async function startCluster(workerCount: number, lockMs: number): Promise<Cluster> {
    const [redis, demo, dataDir] = await Promise.all([
        startRedisServer(),
        startDemoServer(),
        mkdtemp(join(tmpdir(), 'claimscope-redis-it-')),
    ]);
    const workers = Array.from({ length: workerCount }, () => startWorker(redis.url, dataDir, lockMs));
    return {
        redis,
        demo,
        dataDir,
        workers,
        async stop() {
            for (const worker of workers) worker.kill('SIGTERM');
            await Promise.all(workers.map(exited));
            await Promise.all([redis.stop(), demo.close(), rm(dataDir, { recursive: true, force: true })]);
        },
    };
}

async function exportClaims(dataDir: string): Promise<Claim[]> {
    const { stdout } = await run(process.execPath, [CLI, 'export', '--data-dir', dataDir], { maxBuffer: 64 << 20, env: { ...process.env, REDIS_URL: '', MEILI_URL: '' } });
    return stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Claim);
}

/** Claims as comparable text: each demo server listens on its own port, so the origin is left out. */
const sorted = (claims: Claim[]) => claims.map((c) => JSON.stringify(c).replace(/127\.0\.0\.1:\d+/g, 'demo')).sort();

/** GETs of pages (robots.txt is fetched once per worker process, by design). */
function pageGets(demo: DemoServer, from = 0) {
    return demo.requests.slice(from).filter((r) => r.method === 'GET' && r.path !== '/robots.txt');
}

/**
 * The reference: the same demo web crawled by the embedded default, without Redis. Run alongside the queued
 * crawl it is compared with, so both see the same extractor code.
 */
async function embeddedCrawl(): Promise<Claim[]> {
    const demo = await startDemoServer();
    const dataDir = await mkdtemp(join(tmpdir(), 'claimscope-embedded-'));
    try {
        await claimscope(['crawl', `${demo.url}/`, '--data-dir', dataDir], '');
        return await exportClaims(dataDir);
    } finally {
        await Promise.all([demo.close(), rm(dataDir, { recursive: true, force: true })]);
    }
}

describe('three workers on one Redis', () => {
    let cluster: Cluster;
    let firstCrawlGets: number;
    let embeddedClaims: Claim[];

    beforeAll(async () => {
        cluster = await startCluster(3, LOCK_MS);
        const reference = embeddedCrawl();
        const { stdout, stderr } = await claimscope(['crawl', `${cluster.demo.url}/`, '--wait'], cluster.redis.url);
        embeddedClaims = await reference;
        expect(stdout.trim()).toMatch(/^crawl-/);
        expect(stderr).toMatch(/all indexed/);
        firstCrawlGets = cluster.demo.requests.length;
    });

    afterAll(async () => {
        await cluster?.stop();
    });

    it('fetch each page exactly once between them', () => {
        const paths = pageGets(cluster.demo).map((r) => r.path);
        expect(paths.length).toBeGreaterThan(80);
        expect(paths.length).toBe(new Set(paths).size);
        expect(paths.some((p) => p.includes('/private/'))).toBe(false);
    });

    it('leave the data dir exactly as an embedded crawl would: export shows the same claims', async () => {
        const claims = await exportClaims(cluster.dataDir);
        expect(claims.length).toBeGreaterThan(100);
        expect(sorted(claims)).toEqual(sorted(embeddedClaims));
    });

    it('report the robots.txt refusal by reason in status', async () => {
        const { stdout } = await claimscope(['status', '--json', '--data-dir', cluster.dataDir], cluster.redis.url);
        const status = JSON.parse(stdout) as StatusReport;
        expect(status.mode).toBe('redis');
        expect(status.failuresByReason).toEqual({ robots_disallowed: 1 });
        expect(status.workers).toBe(3);
        const pages = status.queues.find((q) => q.name === 'pages')!;
        expect(pages.waiting + pages.active).toBe(0);
        expect(pages.completed).toBeGreaterThan(80);
    });

    it('recrawl: an edited figure is logged as a claim change, unchanged pages are answered 304', async () => {
        const figure = (await exportClaims(cluster.dataDir)).find(
            (c): c is FigureClaim => c.kind === 'figure' && c.region !== null && c.quote.split(String(c.value)).length === 2,
        )!;
        const article = loadCorpus().find((a) => figure.url.endsWith(new URL(a.url).pathname) && a.text.includes(figure.quote))!;
        const newValue = figure.value + 1;
        cluster.demo.setArticleText(article.id, article.text.replace(figure.quote, figure.quote.replace(String(figure.value), String(newValue))));

        const before = new Date().toISOString();
        const { stderr } = await claimscope(['crawl', `${cluster.demo.url}/`, figure.url, '--wait'], cluster.redis.url);
        expect(stderr).toMatch(/ 1 new or changed articles/);

        const { stdout } = await claimscope(['changes', '--json', '--since', before, '--data-dir', cluster.dataDir], cluster.redis.url);
        const changes = JSON.parse(stdout) as ClaimChange[];
        const change = changes.find((c) => c.url === figure.url && c.change === 'modified');
        expect(change?.fields).toContainEqual({ field: 'value', before: figure.value, after: newValue });
        expect(change?.region).toBe(figure.region);

        const stored = new Set(embeddedClaims.map((c) => new URL(c.url).pathname));
        const articleGets = pageGets(cluster.demo, firstCrawlGets).filter((r) => stored.has(r.path));
        const editedPath = new URL(figure.url).pathname;
        expect(articleGets.find((r) => r.path === editedPath)?.status).toBe(200);
        const others = articleGets.filter((r) => r.path !== editedPath);
        expect(others.length).toBeGreaterThan(10);
        expect(others.every((r) => r.status === 304 && r.headers['if-none-match'])).toBe(true);

        const updated = (await exportClaims(cluster.dataDir)).filter((c) => c.url === figure.url && c.quote.includes(String(newValue)));
        expect(updated.length).toBeGreaterThan(0);
    });
});

describe('a worker killed with SIGKILL mid-crawl', () => {
    let cluster: Cluster;

    beforeAll(async () => {
        cluster = await startCluster(3, KILL_TEST_LOCK_MS);
    });

    afterAll(async () => {
        await cluster?.stop();
    });

    it('loses nothing: its jobs are recovered and every page is stored once', async () => {
        const reference = embeddedCrawl();
        const crawl = claimscope(['crawl', `${cluster.demo.url}/`, '--wait'], cluster.redis.url);
        const victim = cluster.workers[0]!;
        // Kill it once the crawl is well under way, while pages are in flight.
        while (pageGets(cluster.demo).length < 25) await new Promise((resolve) => setTimeout(resolve, 20));
        victim.kill('SIGKILL');
        await exited(victim);
        const { stderr } = await crawl;
        expect(stderr).toMatch(/all indexed/);
        const claims = await exportClaims(cluster.dataDir);
        expect(sorted(claims)).toEqual(sorted(await reference));
    });
});
