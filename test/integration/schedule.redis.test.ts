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
    async function runAndWait(id: string): Promise<CrawlState> {
        const before = new Set(await client.keys('claimscope:crawl:sched-*'));
        await ScheduleAdmin.use(redis.url, (admin) => admin.runNow(id));
        for (;;) {
            const fresh = (await client.keys('claimscope:crawl:sched-*')).find((key) => !before.has(key) && key.split(':').length === 3);
            const state = fresh ? await readCrawl(client, fresh.split(':')[2]!) : undefined;
            if (state?.indexed) return state;
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
    }

    function cli(args: string[]) {
        return run(process.execPath, [CLI, ...args], { env: { ...process.env, REDIS_URL: redis.url } });
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
        const { stdout } = await cli(['schedule', 'add', `${demo.url}/`, '--every', '6h', '--json']);
        schedule = JSON.parse(stdout) as ScheduleInfo;
        expect(schedule).toMatchObject({ target: `${demo.url}/`, everyMs: 6 * HOUR, every: '6h', minIntervalMs: 1.5 * HOUR, paused: false });
        const next = Date.parse(schedule.nextRunAt!);
        expect(Math.abs(next - (Date.now() + 6 * HOUR))).toBeLessThan(60_000);
        expect(await listSchedules({ redisUrl: redis.url, dataDir })).toEqual([schedule]);
        const status = await getStatus({ dataDir, redisUrl: redis.url });
        expect(status.nextRuns).toEqual([{ id: schedule.id, target: schedule.target, at: schedule.nextRunAt }]);
    });

    it('run: crawls the site now; a second run skips the articles not yet due', async () => {
        const first = await runAndWait(schedule.id);
        expect(first.stored).toBeGreaterThan(50);
        const articles = new Set((await (await PageStore.open(dataDir)).all()).map((page) => new URL(page.url).pathname));
        expect(articles.size).toBe(first.stored);
        const requestsBefore = demo.requests.length;
        const second = await runAndWait(schedule.id);
        // Every article's interval starts at 6h: none is due again, so only list pages are fetched.
        expect(second.stored + second.unchanged).toBe(0);
        expect(second.skipped).toBeGreaterThan(10);
        const refetched = demo.requests.slice(requestsBefore).filter((r) => articles.has(r.path));
        expect(refetched).toEqual([]);
    });

    it('an indexed crawl leaves its keys to expire within a week, so Redis does not grow with every run', async () => {
        const crawlKeys = (await client.keys('claimscope:crawl:sched-*')).filter((key) => key.startsWith(`claimscope:crawl:${schedule.id}`));
        // Two runs so far, each with its hash, frontier and written set.
        expect(crawlKeys.length).toBe(6);
        for (const key of crawlKeys) {
            const ttl = await client.ttl(key);
            expect(ttl, key).toBeGreaterThan(6 * 24 * 3600);
            expect(ttl, key).toBeLessThanOrEqual(7 * 24 * 3600);
        }
    });

    it('pause, resume and remove', async () => {
        await ScheduleAdmin.use(redis.url, async (admin) => {
            expect(await admin.pause(schedule.id)).toMatchObject({ paused: true, nextRunAt: null });
            expect((await admin.resume(schedule.id)).nextRunAt).not.toBeNull();
            await admin.remove(schedule.id);
            expect(await admin.list()).toEqual([]);
            await expect(admin.pause(schedule.id)).rejects.toThrow(/no schedule/);
        });
    });

    it('a target below the root keeps its trailing slash, and each run fetches it once', async () => {
        // The demo serves a site's first list page at `/<host>/` and redirects `/<host>` there; the second list
        // page links back to `/<host>/`.
        const home = '/m.jiankang-news.example/';
        const { stdout } = await cli(['schedule', 'add', `${demo.url}${home}`, '--every', '1h', '--json']);
        const site = JSON.parse(stdout) as ScheduleInfo;
        try {
            expect(site.target).toBe(`${demo.url}${home}`);
            const requestsBefore = demo.requests.length;
            const state = await runAndWait(site.id);
            const requests = demo.requests.slice(requestsBefore).filter((r) => r.path !== '/robots.txt');
            expect(state.queued).toBeGreaterThan(3);
            expect(requests.map((r) => r.path)).toContain(`${home}list/2`);
            expect(requests.filter((r) => r.path === home)).toHaveLength(1);
            expect(requests.filter((r) => r.status === 301)).toEqual([]);
            const paths = requests.map((r) => r.path);
            expect(paths.length).toBe(new Set(paths).size);
        } finally {
            await ScheduleAdmin.use(redis.url, (admin) => admin.remove(site.id));
        }
    });

    const SEE_HELP = 'see `claimscope schedule add --help`\n';

    it('add: a bad --allow-host or an unknown site id is a usage error, and nothing is scheduled', async () => {
        const failures = await Promise.all([
            cli(['schedule', 'add', `${demo.url}/`, '--every', '1h', '--allow-host', 'not a host']).catch((err: unknown) => err),
            cli(['schedule', 'add', 'no-such-site', '--every', '1h']).catch((err: unknown) => err),
            // Demo sites are served on a port chosen at run time: their definitions list no start URLs.
            cli(['schedule', 'add', 'demo-portal', '--every', '1h']).catch((err: unknown) => err),
        ]);
        const [badHost, unknownSite, noStartUrls] = failures as { code: number; stderr: string }[];
        expect(badHost).toMatchObject({ code: 2, stderr: `claimscope: --allow-host expects a host or host:port, got "not a host"\n${SEE_HELP}` });
        expect(unknownSite).toMatchObject({ code: 2 });
        expect(unknownSite!.stderr).toMatch(/^claimscope: expected an http\(s\) start URL or a site id .*"no-such-site"\nsee `claimscope schedule add --help`\n$/);
        expect(noStartUrls).toMatchObject({ code: 2, stderr: `claimscope: site demo-portal has no start URLs in its definition: give a start URL instead\n${SEE_HELP}` });
        expect(await listSchedules({ redisUrl: redis.url, dataDir })).toEqual([]);
    });
});
