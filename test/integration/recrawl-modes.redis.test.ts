/**
 * Scheduled recrawls behave alike on the embedded default (schedules in the data dir, the crawl in this process)
 * and on Redis (job schedulers, a worker): conditional requests answered 304, the claim-level change log, and
 * per-page intervals that halve on a change and double otherwise. Real HTTP from the demo server, a real
 * redis-server for the Redis half.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChanges } from '../../src/changes/log.js';
import type { FigureClaim } from '../../src/claims/schema.js';
import { type Config, loadConfig } from '../../src/config/index.js';
import type { ScheduleInfo } from '../../src/ops/types.js';
import { readClaims } from '../../src/pipeline/open.js';
import { readCrawl } from '../../src/queue/crawls.js';
import { runWorker } from '../../src/queue/run-worker.js';
import { ScheduleAdmin } from '../../src/queue/schedules.js';
import { EmbeddedSchedules } from '../../src/schedules/embedded-schedules.js';
import { PageStore } from '../../src/storage/page-store.js';
import { loadCorpus, startDemoServer, type DemoServer } from '../demo/server.js';
import { startRedisServer } from '../helpers/redis-server.js';

/** Long enough for a run of one demo site to finish well inside a page's interval. */
const EVERY_MS = 10_000;
const SITE = '/m.jiankang-news.example/';

interface RunCounts {
    stored: number;
    unchanged: number;
    skipped: number;
}

interface Harness {
    dataDir: string;
    /** Add a paused schedule (runs come only from `run`, never from the clock) and return it. */
    add(target: string): Promise<ScheduleInfo>;
    run(id: string): Promise<RunCounts>;
    close(): Promise<void>;
}

async function embedded(dataDir: string): Promise<Harness> {
    const config: Config = loadConfig({ dataDir }, {});
    return {
        dataDir,
        add: (target) =>
            EmbeddedSchedules.use(config, async (s) => {
                const info = s.add({ target, everyMs: EVERY_MS });
                return s.pause(info.id);
            }),
        run: (id) => EmbeddedSchedules.use(config, async (s) => (await s.run(id)).summary),
        close: async () => {},
    };
}

async function redis(dataDir: string): Promise<Harness> {
    const server = await startRedisServer();
    const client = new Redis(server.url);
    const worker = runWorker(server.url, loadConfig({ dataDir, queueLockMs: 2_000 }, {}));
    return {
        dataDir,
        add: (target) =>
            ScheduleAdmin.use(server.url, async (admin) => {
                const info = await admin.add({ target, everyMs: EVERY_MS });
                return admin.pause(info.id);
            }),
        async run(id) {
            const before = new Set(await client.keys('claimscope:crawl:sched-*'));
            await ScheduleAdmin.use(server.url, (admin) => admin.runNow(id));
            for (;;) {
                const fresh = (await client.keys('claimscope:crawl:sched-*')).find((key) => !before.has(key) && key.split(':').length === 3);
                const state = fresh ? await readCrawl(client, fresh.split(':')[2]!) : undefined;
                if (state?.indexed) return state;
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
        },
        async close() {
            await worker.close();
            client.disconnect();
            await server.stop();
        },
    };
}

/** Paths of stored articles the site's list pages link to. */
async function listedArticles(home: string, articles: ReadonlySet<string>): Promise<Set<string>> {
    const listed = new Set<string>();
    for (const page of [home, `${home}list/2`]) {
        const html = await (await fetch(page)).text();
        for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
            const path = new URL(href!, page).pathname;
            if (articles.has(path)) listed.add(path);
        }
    }
    return listed;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each([
    ['embedded', embedded],
    ['redis', redis],
] as const)('scheduled recrawls (%s)', (_mode, start) => {
    let demo: DemoServer;
    let harness: Harness;
    let schedule: ScheduleInfo;
    let articles: Set<string>;
    let edited: { path: string; url: string; before: number; after: number };
    let firstRunEnded: number;
    let secondRun: { counts: RunCounts; ended: number; requestsFrom: number; since: string };

    beforeAll(async () => {
        demo = await startDemoServer();
        harness = await start(await mkdtemp(join(tmpdir(), 'claimscope-recrawl-')));
    });

    afterAll(async () => {
        await harness?.close();
        await Promise.all([demo?.close(), harness && rm(harness.dataDir, { recursive: true, force: true })]);
    });

    it('first run stores every article of the site', async () => {
        schedule = await harness.add(`${demo.url}${SITE}`);
        expect(schedule.paused).toBe(true);
        const first = await harness.run(schedule.id);
        firstRunEnded = Date.now();
        const pages = await (await PageStore.open(harness.dataDir)).all();
        articles = new Set(pages.map((p) => new URL(p.url).pathname));
        expect(first.stored).toBeGreaterThan(10);
        expect(articles.size).toBe(first.stored);
    });

    it('a run once the pages are due asks conditionally: unchanged pages answer 304, the edited one is logged as a claim change', async () => {
        // A 304 carries no links, so a recrawl reaches the articles its list pages link: edit one of those.
        const listed = await listedArticles(`${demo.url}${SITE}`, articles);
        const claims = await readClaims(await PageStore.open(harness.dataDir));
        const figure = claims.find(
            (c): c is FigureClaim =>
                c.kind === 'figure' && c.region !== null && listed.has(new URL(c.url).pathname) && c.quote.split(String(c.value)).length === 2,
        )!;
        const article = loadCorpus().find((a) => figure.url.endsWith(new URL(a.url).pathname) && a.text.includes(figure.quote))!;
        edited = { path: new URL(figure.url).pathname, url: figure.url, before: figure.value, after: figure.value + 1 };
        demo.setArticleText(article.id, article.text.replace(figure.quote, figure.quote.replace(String(figure.value), String(edited.after))));

        // Every page's first interval is the schedule's: wait until all are due (a tenth of it counts as due).
        await sleep(Math.max(0, firstRunEnded + EVERY_MS * 0.92 - Date.now()));
        const requestsFrom = demo.requests.length;
        const since = new Date().toISOString();
        const counts = await harness.run(schedule.id);
        secondRun = { counts, ended: Date.now(), requestsFrom, since };
        const articleGets = demo.requests.slice(requestsFrom).filter((r) => articles.has(r.path));
        expect(counts).toMatchObject({ stored: 1, unchanged: articleGets.length - 1, skipped: 0 });
        expect(articleGets.find((r) => r.path === edited.path)?.status).toBe(200);
        const others = articleGets.filter((r) => r.path !== edited.path);
        expect(others.length).toBeGreaterThanOrEqual(listed.size - 1);
        expect(others.every((r) => r.status === 304 && r.headers['if-none-match'])).toBe(true);

        const changes = await readChanges(harness.dataDir, since);
        const change = changes.find((c) => c.url === edited.url && c.change === 'modified');
        expect(change?.fields).toContainEqual({ field: 'value', before: edited.before, after: edited.after });
    });

    it('intervals adapt per page: the changed page is due again at half the interval, the unchanged ones are not', async () => {
        await sleep(Math.max(0, secondRun.ended + EVERY_MS / 2 - Date.now()));
        const requestsFrom = demo.requests.length;
        const third = await harness.run(schedule.id);
        const articleGets = demo.requests.slice(requestsFrom).filter((r) => articles.has(r.path));
        expect(articleGets.map((r) => r.path)).toEqual([edited.path]);
        expect(third.unchanged).toBe(1);
        expect(third.skipped).toBeGreaterThan(0);
    });
});
