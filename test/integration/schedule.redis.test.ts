/** Scheduled recrawls on BullMQ job schedulers, with an in-process worker against a real redis-server. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { getStatus, listSchedules, type ScheduleInfo } from '../../src/ops/index.js';
import { readCrawl, type CrawlState } from '../../src/queue/crawls.js';
import { runWorker, type RunningWorker } from '../../src/queue/run-worker.js';
import { ScheduleAdmin } from '../../src/queue/schedules.js';
import { PageStore } from '../../src/storage/page-store.js';
import { startDemoServer, type DemoServer } from '../demo/server.js';
import { startRedisServer, type TestRedis } from '../helpers/redis-server.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');
const HOUR = 3_600_000;

describe('claimscope schedule', () => {
    let redis: TestRedis;
    let demo: DemoServer;
    let dataDir: string;
    let worker: RunningWorker;
    let client: Redis;
    let schedule: ScheduleInfo;

    /** Run the schedule now and wait for the crawl it starts to be indexed. */
    async function runAndWait(admin: ScheduleAdmin, id: string): Promise<CrawlState> {
        const before = new Set(await client.keys('claimscope:crawl:sched-*'));
        await admin.runNow(id);
        for (;;) {
            const fresh = (await client.keys('claimscope:crawl:sched-*')).find((key) => !before.has(key) && key.split(':').length === 3);
            const state = fresh ? await readCrawl(client, fresh.split(':')[2]!) : undefined;
            if (state?.indexed) return state;
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
    }

    beforeAll(async () => {
        [redis, demo, dataDir] = await Promise.all([startRedisServer(), startDemoServer(), mkdtemp(join(tmpdir(), 'claimscope-sched-'))]);
        client = new Redis(redis.url);
        worker = runWorker(redis.url, loadConfig({ dataDir, queueLockMs: 2_000 }, {}));
    });

    afterAll(async () => {
        await worker?.close();
        client?.disconnect();
        await Promise.all([redis?.stop(), demo?.close(), rm(dataDir, { recursive: true, force: true })]);
    });

    it('add: the CLI creates a schedule whose first run is one interval away', async () => {
        const { stdout } = await run(process.execPath, [CLI, 'schedule', 'add', `${demo.url}/`, '--every', '6h', '--json'], {
            env: { ...process.env, REDIS_URL: redis.url },
        });
        schedule = JSON.parse(stdout) as ScheduleInfo;
        expect(schedule).toMatchObject({ target: `${demo.url}/`, everyMs: 6 * HOUR, every: '6h', minIntervalMs: 1.5 * HOUR, paused: false });
        const next = Date.parse(schedule.nextRunAt!);
        expect(Math.abs(next - (Date.now() + 6 * HOUR))).toBeLessThan(60_000);
        expect(await listSchedules({ redisUrl: redis.url })).toEqual([schedule]);
        const status = await getStatus({ dataDir, redisUrl: redis.url });
        expect(status.nextRuns).toEqual([{ id: schedule.id, target: schedule.target, at: schedule.nextRunAt }]);
    });

    it('run: crawls the site now; a second run skips the articles not yet due', async () => {
        const admin = ScheduleAdmin.open(redis.url);
        try {
            const first = await runAndWait(admin, schedule.id);
            expect(first.stored).toBeGreaterThan(50);
            const articles = new Set((await (await PageStore.open(dataDir)).all()).map((page) => new URL(page.url).pathname));
            expect(articles.size).toBe(first.stored);
            const requestsBefore = demo.requests.length;
            const second = await runAndWait(admin, schedule.id);
            // Every article's interval starts at 6h: none is due again, so only list pages are fetched.
            expect(second.stored + second.unchanged).toBe(0);
            expect(second.skipped).toBeGreaterThan(10);
            const refetched = demo.requests.slice(requestsBefore).filter((r) => articles.has(r.path));
            expect(refetched).toEqual([]);
        } finally {
            await admin.close();
        }
    });

    it('pause, resume and remove', async () => {
        const admin = ScheduleAdmin.open(redis.url);
        try {
            expect(await admin.pause(schedule.id)).toMatchObject({ paused: true, nextRunAt: null });
            expect((await admin.resume(schedule.id)).nextRunAt).not.toBeNull();
            await admin.remove(schedule.id);
            expect(await admin.list()).toEqual([]);
            await expect(admin.pause(schedule.id)).rejects.toThrow(/no schedule/);
        } finally {
            await admin.close();
        }
    });
});
