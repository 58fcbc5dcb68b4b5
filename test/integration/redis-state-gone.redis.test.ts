/**
 * A crawl whose Redis state disappears under it (FLUSHALL, or a Redis without persistence restarted) is over:
 * the pages the workers had in flight finish, but their links must not start the crawl again from an empty
 * frontier. Against a real redis-server and worker process, on the demo web slowed by a per-host gap so the
 * crawl is still young when its state goes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.js';
import { CLI, cli } from '../helpers/data-dir-cli.js';
import { startRedisServer, type TestRedis } from '../helpers/redis-server.js';

const CONCURRENCY = 4;
/**
 * How long the test watches for pages fetched after the state went (many gaps between two requests): the pages in
 * flight finish within the first half; a crawl that went on would keep fetching through the second.
 */
const WATCH_MS = 4_000;

function env(redisUrl: string): NodeJS.ProcessEnv {
    return { ...process.env, REDIS_URL: redisUrl, MEILI_URL: '', CLAIMSCOPE_HOST_DELAY_MS: '80', CLAIMSCOPE_QUEUE_LOCK_MS: '2000' };
}

const pageGets = (demo: DemoServer) => demo.requests.filter((r) => r.method === 'GET' && r.path !== '/robots.txt').length;

async function until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe.each([
    {
        how: 'FLUSHALL',
        loseState: async (redis: TestRedis) => {
            const admin = new Redis(redis.url);
            await admin.flushall();
            admin.disconnect();
        },
    },
    { how: 'a restart of a Redis without persistence', loseState: (redis: TestRedis) => redis.restart() },
])('a crawl whose Redis state is lost by $how', ({ loseState }) => {
    let redis: TestRedis;
    let demo: DemoServer;
    let dataDir: string;
    let worker: ChildProcess;
    let workerLog = '';
    let waited: { code: number; stderr: string };
    let fetchedBefore: number;
    let fetchedMidway: number;
    let fetchedAfter: number;

    beforeAll(async () => {
        [redis, demo, dataDir] = await Promise.all([startRedisServer(), startDemoServer(), mkdtemp(join(tmpdir(), 'claimscope-state-gone-'))]);
        worker = spawn(process.execPath, [CLI, 'worker', '--concurrency', String(CONCURRENCY), '--data-dir', dataDir], {
            env: env(redis.url),
            stdio: ['ignore', 'ignore', 'pipe'],
        });
        worker.stderr!.setEncoding('utf8').on('data', (text: string) => (workerLog += text));
        const crawling = cli(['crawl', `${demo.url}/`, '--wait'], env(redis.url));
        await until(() => pageGets(demo) >= 10);
        await loseState(redis);
        fetchedBefore = pageGets(demo);
        waited = await crawling;
        await new Promise((resolve) => setTimeout(resolve, WATCH_MS / 2));
        fetchedMidway = pageGets(demo);
        await new Promise((resolve) => setTimeout(resolve, WATCH_MS / 2));
        fetchedAfter = pageGets(demo);
    }, 120_000);

    afterAll(async () => {
        if (worker && worker.exitCode === null) {
            const exited = new Promise((resolve) => worker.once('exit', resolve));
            worker.kill('SIGTERM');
            await exited;
        }
        await Promise.all([redis?.stop(), demo?.close(), dataDir && rm(dataDir, { recursive: true, force: true })]);
    });

    it('crawl --wait fails with one line saying the crawl is gone from Redis', () => {
        expect(waited.code).toBe(1);
        // Progress lines aside, one line says why it ended.
        const said = waited.stderr.split('\n').filter((line) => line.startsWith('claimscope:'));
        expect(said).toEqual([expect.stringMatching(/^claimscope: crawl crawl-\S+ is not in Redis \(was Redis flushed\?\)$/)]);
    });

    it('the workers finish the pages they had taken, then crawl nothing more', () => {
        // What was taken: the jobs in flight (a redirect costs a second request) — a few, not the rest of the site.
        expect(fetchedMidway - fetchedBefore, workerLog).toBeLessThanOrEqual(3 * CONCURRENCY);
        expect(fetchedAfter, workerLog).toBe(fetchedMidway);
    });

    it('a new crawl afterwards runs to the end on the same workers', async () => {
        const again = await cli(['crawl', `${demo.url}/`, '--wait'], env(redis.url));
        expect(again.code, `${again.stderr}\n${workerLog}`).toBe(0);
        expect(again.stderr).toMatch(/all indexed/);
        expect(worker.exitCode).toBeNull();
    });
});
