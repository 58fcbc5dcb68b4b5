/**
 * Workers riding out trouble, against a real redis-server: Redis restarted mid-crawl (with the append-only file
 * a deployment runs with, so the queue survives) and a worker stopped with SIGTERM mid-crawl. In both, the
 * crawl must still end with every article exported once and no page fetched more often than the trouble
 * explains. Separate from queue-crawl.redis.test.ts because each scenario needs its own Redis and workers.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/schema.js';
import type { PageJob } from '../../src/queue/jobs.js';
import { QUEUE_PREFIX, QUEUES } from '../../src/queue/names.js';
import { startDemoServer, type DemoServer } from '../demo/server.js';
import { startRedisServer, type TestRedis } from '../helpers/redis-server.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');
/** Short job locks, so a lock lost while Redis is away shows up within the test, as it would in production. */
const WORKER_ENV = { MEILI_URL: '', CLAIMSCOPE_QUEUE_LOCK_MS: '2000', CLAIMSCOPE_RETRY_DELAY_MS: '100' };
/** The graceful stop: in-flight pages finish, the writer indexes what it holds; a few seconds at most. */
const SIGTERM_EXIT_MS = 5_000;

interface Worker {
    child: ChildProcess;
    /** What the worker logged (stderr), to show when an assertion fails. */
    log: string[];
}

function startWorker(redisUrl: string, dataDir: string): Worker {
    const child = spawn(process.execPath, [CLI, 'worker', '--concurrency', '4', '--data-dir', dataDir], {
        env: { ...process.env, ...WORKER_ENV, REDIS_URL: redisUrl },
        stdio: ['ignore', 'ignore', 'pipe'],
    });
    const log: string[] = [];
    child.stderr!.setEncoding('utf8').on('data', (text: string) => log.push(text));
    return { child, log };
}

async function exited(child: ChildProcess): Promise<number | null> {
    if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve));
    return child.exitCode;
}

function crawlAndWait(siteUrl: string, redisUrl: string) {
    return run(process.execPath, [CLI, 'crawl', `${siteUrl}/`, '--wait'], { env: { ...process.env, ...WORKER_ENV, REDIS_URL: redisUrl } });
}

async function exportClaims(dataDir: string): Promise<Claim[]> {
    const { stdout } = await run(process.execPath, [CLI, 'export', '--data-dir', dataDir], {
        maxBuffer: 64 << 20,
        env: { ...process.env, REDIS_URL: '', MEILI_URL: '' },
    });
    return stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Claim);
}

/** Claims as comparable text: each demo server listens on its own port, so the origin is left out. */
const comparable = (claims: Claim[]) => claims.map((c) => JSON.stringify(c).replace(/127\.0\.0\.1:\d+/g, 'demo')).sort();

/** How often each page was fetched (robots.txt is fetched once per worker process and crawl, by design). */
function fetchCounts(demo: DemoServer): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of demo.requests) if (r.method === 'GET' && r.path !== '/robots.txt') counts.set(r.path, (counts.get(r.path) ?? 0) + 1);
    return counts;
}

const pagesFetched = (demo: DemoServer) => [...fetchCounts(demo).values()].reduce((a, b) => a + b, 0);

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
    while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

/**
 * The reference: the demo web crawled by the embedded default, without Redis. Started once, alongside the
 * first queued crawl, so both see the same extractor code.
 */
let reference: Promise<Claim[]> | undefined;
function embeddedClaims(): Promise<Claim[]> {
    reference ??= (async () => {
        const demo = await startDemoServer();
        const dataDir = await mkdtemp(join(tmpdir(), 'claimscope-embedded-'));
        try {
            await run(process.execPath, [CLI, 'crawl', `${demo.url}/`, '--data-dir', dataDir], { env: { ...process.env, REDIS_URL: '', MEILI_URL: '' } });
            return await exportClaims(dataDir);
        } finally {
            await Promise.all([demo.close(), rm(dataDir, { recursive: true, force: true })]);
        }
    })();
    return reference;
}

interface Cluster {
    redis: TestRedis;
    demo: DemoServer;
    dataDir: string;
    workers: Worker[];
    stop(): Promise<void>;
}

/**
 * Redis, the demo web and `count` workers sharing one data dir. The first worker is started alone and becomes
 * the writer (it holds the lease before the others exist), so a test knows which process writes.
 */
async function startCluster(count: number, redisOptions: { appendonly?: boolean } = {}): Promise<Cluster> {
    const [redis, demo, dataDir] = await Promise.all([
        startRedisServer(redisOptions),
        startDemoServer(),
        mkdtemp(join(tmpdir(), 'claimscope-redis-restart-')),
    ]);
    const client = new Redis(redis.url);
    const workers = [startWorker(redis.url, dataDir)];
    await until(async () => (await client.exists('claimscope:writer')) === 1);
    client.disconnect();
    for (let i = 1; i < count; i++) workers.push(startWorker(redis.url, dataDir));
    return {
        redis,
        demo,
        dataDir,
        workers,
        async stop() {
            for (const { child } of workers) child.kill('SIGTERM');
            await Promise.all(workers.map(({ child }) => exited(child)));
            await Promise.all([redis.stop(), demo.close(), rm(dataDir, { recursive: true, force: true })]);
        },
    };
}

/** Demo paths of the page jobs BullMQ holds as active: fetched or being fetched, not yet completed. */
async function activePagePaths(client: Redis): Promise<Set<string>> {
    const ids = await client.lrange('claimscope:pages:active', 0, -1);
    const data = await Promise.all(ids.map((id) => client.hget(`claimscope:pages:${id}`, 'data')));
    return new Set(data.filter((d) => d !== null).map((d) => {
        const url = new URL((JSON.parse(d) as PageJob).url);
        return url.pathname + url.search;
    }));
}

describe('Redis restarted mid-crawl (append-only file on)', () => {
    let cluster: Cluster;
    let inFlight: Set<string>;
    let crawl: { stdout: string; stderr: string };
    let crawlSeconds: number;

    beforeAll(async () => {
        cluster = await startCluster(3, { appendonly: true });
        void embeddedClaims();
        const started = Date.now();
        const crawling = crawlAndWait(cluster.demo.url, cluster.redis.url);
        const admin = new Redis(cluster.redis.url, { retryStrategy: () => null });
        try {
            await until(() => pagesFetched(cluster.demo) >= 25);
            // Freeze every write (job moves, lock renewals) so the active list read next is exactly what is in
            // flight when Redis goes down; HTTP fetches already under way carry on meanwhile.
            await admin.call('CLIENT', 'PAUSE', '10000', 'WRITE');
            inFlight = await activePagePaths(admin);
        } finally {
            admin.disconnect();
        }
        await cluster.redis.restart();
        crawl = await crawling;
        crawlSeconds = (Date.now() - started) / 1000;
    });

    afterAll(async () => {
        await cluster?.stop();
    });

    it('restarted Redis while pages were in flight, and the crawl --wait still returned', () => {
        expect(inFlight.size).toBeGreaterThan(0);
        expect(crawl.stdout.trim()).toMatch(/^crawl-/);
        expect(crawl.stderr).toMatch(/all indexed/);
        expect(crawlSeconds).toBeLessThan(60);
    });

    it('exports every article exactly once, as an embedded crawl does', async () => {
        const claims = await exportClaims(cluster.dataDir);
        expect(claims.length).toBeGreaterThan(100);
        expect(comparable(claims)).toEqual(comparable(await embeddedClaims()));
    });

    it('fetched every page once, except at most a second time a page in flight at the restart', () => {
        const counts = fetchCounts(cluster.demo);
        expect(counts.size).toBeGreaterThan(80);
        const refetched = [...counts].filter(([, n]) => n > 1);
        const logs = cluster.workers.flatMap((w) => w.log).join('');
        expect(refetched.every(([path, n]) => n === 2 && inFlight.has(path)), `${JSON.stringify(refetched)}\n${logs}`).toBe(true);
    });

    it('kept the workers running: each reconnected and is listening on the queue again', async () => {
        expect(cluster.workers.every(({ child }) => child.exitCode === null)).toBe(true);
        const pages = new Queue(QUEUES.pages, { connection: { host: '127.0.0.1', port: cluster.redis.port }, prefix: QUEUE_PREFIX });
        try {
            expect(await pages.getWorkers()).toHaveLength(3);
        } finally {
            await pages.close();
        }
    });
});

describe('a worker stopped with SIGTERM mid-crawl', () => {
    let cluster: Cluster;

    beforeAll(async () => {
        cluster = await startCluster(3);
    });

    afterAll(async () => {
        await cluster?.stop();
    });

    it('exits 0 within seconds, finishing its pages; the others complete the crawl with nothing lost or fetched twice', async () => {
        const crawling = crawlAndWait(cluster.demo.url, cluster.redis.url);
        // The writer: the hardest process to stop, as the lease and the index must pass to another worker.
        const victim = cluster.workers[0]!;
        await until(() => pagesFetched(cluster.demo) >= 25);
        const stoppedAt = Date.now();
        victim.child.kill('SIGTERM');
        const code = await exited(victim.child);
        const stopMs = Date.now() - stoppedAt;
        expect(code, victim.log.join('')).toBe(0);
        expect(stopMs).toBeLessThan(SIGTERM_EXIT_MS);
        expect(victim.log.join('')).toMatch(/SIGTERM: finishing in-flight jobs[\s\S]*stopped/);

        const { stderr } = await crawling;
        expect(stderr).toMatch(/all indexed/);
        const counts = fetchCounts(cluster.demo);
        expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
        expect(comparable(await exportClaims(cluster.dataDir))).toEqual(comparable(await embeddedClaims()));
    });
});
