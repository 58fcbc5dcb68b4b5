/**
 * The `pages` processor driven job by job against a real redis-server and a loopback HTTP server whose answers
 * the test controls: fetchers shared by the jobs of a crawl, a 429 with a long Retry-After, and a crawl whose
 * scope cannot be built. Separate from the crawl suites because each case needs one request held or refused.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRedis, ConnectionWatch, createRedis, redisOptions } from '../../src/queue/connection.js';
import { HostPoliteness } from '../../src/queue/host-politeness.js';
import type { CrawlSpec, PageJob, PageResult } from '../../src/queue/jobs.js';
import { KEYS, urlHash } from '../../src/queue/names.js';
import { MAX_RETRY_AFTER_MS, PageProcessor } from '../../src/queue/page-worker.js';
import { NO_PAGE_RETRIES, openQueues, type Queues } from '../../src/queue/queues.js';
import { startRedisServer, type TestRedis } from '../helpers/redis-server.js';

const LIST_PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>list</title></head><body><p>nothing here</p></body></html>';

/** A site on loopback: `/robots.txt` answers only when released while `holdRobots` is on; `/busy` is rate-limited. */
class TestSite {
    readonly requests: string[] = [];
    holdRobots = false;
    readonly #held: ServerResponse[] = [];
    readonly #server: Server = createServer((req, res) => {
        this.requests.push(req.url!);
        if (req.url === '/robots.txt') {
            if (this.holdRobots) this.#held.push(res);
            else res.writeHead(404).end();
        } else if (req.url === '/busy') {
            res.writeHead(429, { 'retry-after': '600' }).end();
        } else {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LIST_PAGE);
        }
    });

    get url(): string {
        return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    }

    get heldRobots(): number {
        return this.#held.length;
    }

    async listen(): Promise<void> {
        await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    }

    releaseRobots(): void {
        for (const res of this.#held.splice(0)) res.writeHead(404).end();
    }

    async close(): Promise<void> {
        this.releaseRobots();
        await new Promise((resolve) => this.#server.close(resolve));
    }
}

/** Just what the processor reads and calls on a BullMQ job; `delayedUntil` records a moveToDelayed. */
function fakeJob(data: PageJob): Job<PageJob> & { delayedUntil?: number } {
    const job = {
        data,
        attemptsStarted: 1,
        attemptsMade: 0,
        opts: { attempts: 3 },
        delayedUntil: undefined as number | undefined,
        async updateData(next: PageJob) {
            job.data = next;
        },
        async moveToDelayed(timestamp: number) {
            job.delayedUntil = timestamp;
        },
    };
    return job as unknown as Job<PageJob> & { delayedUntil?: number };
}

async function until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('the pages processor', () => {
    let redis: TestRedis;
    let site: TestSite;
    let client: Redis;
    let queues: Queues;
    let processor: PageProcessor;

    const spec = (): CrawlSpec => ({ startUrls: [`${site.url}/`], allowHosts: [], maxDepth: 0, maxPages: 100 });
    const pageJob = (crawlId: string, path: string, crawlSpec = spec()): PageJob => {
        const url = `${site.url}${path}`;
        return { crawlId, key: url, url, depth: 0, spec: crawlSpec };
    };
    const resultOf = async (job: PageJob) => (await queues.results.getJob(`${job.crawlId}--${urlHash(job.key)}`))?.data as PageResult | undefined;

    beforeAll(async () => {
        redis = await startRedisServer();
        site = new TestSite();
        await site.listen();
        const watch = new ConnectionWatch(redis.url);
        client = createRedis(redis.url, 'durable', watch);
        queues = openQueues(redisOptions(redis.url, 'durable'), NO_PAGE_RETRIES, watch);
        const politeness = new HostPoliteness(client, { concurrency: 4, delayMs: 0, leaseMs: 30_000 });
        processor = new PageProcessor(client, queues.pages, queues.results, politeness, {
            userAgent: 'claimscope-test',
            timeoutMs: 10_000,
            maxBytes: 1 << 20,
            maxRateLimited: 5,
        });
    });

    afterAll(async () => {
        await processor?.close();
        await queues?.close();
        if (client) await closeRedis(client);
        await Promise.all([site?.close(), redis?.stop()]);
    });

    it('keeps a crawl’s fetcher open while its job runs, however many other crawls come and go meanwhile', async () => {
        site.holdRobots = true;
        const slow = pageJob('crawl-slow', '/slow.html');
        const slowRun = processor.process(fakeJob(slow), 'token');
        await until(() => site.heldRobots === 1);
        site.holdRobots = false;
        // More crawls than the processor keeps fetchers for, each finishing while the first still waits.
        for (let i = 0; i < 12; i++) {
            expect(await processor.process(fakeJob(pageJob(`crawl-${i}`, `/list-${i}.html`)), 'token')).toBe('not_article');
        }
        site.releaseRobots();
        expect(await slowRun).toBe('not_article');
        expect(await resultOf(slow)).toMatchObject({ kind: 'not_article' });
    });

    it('holds a rate-limited page and its host back at most MAX_RETRY_AFTER_MS, whatever Retry-After asks', async () => {
        expect(MAX_RETRY_AFTER_MS).toBe(60_000);
        const job = fakeJob(pageJob('crawl-busy', '/busy'));
        const before = Date.now();
        await expect(processor.process(job, 'token')).rejects.toBeInstanceOf(DelayedError);
        // The server asked for 600 s.
        expect(job.delayedUntil! - before).toBeGreaterThan(MAX_RETRY_AFTER_MS - 5_000);
        expect(job.delayedUntil! - Date.now()).toBeLessThanOrEqual(MAX_RETRY_AFTER_MS);
        const hostPause = KEYS.hostNext(new URL(site.url).host);
        expect(await client.pttl(hostPause)).toBeGreaterThan(MAX_RETRY_AFTER_MS - 5_000);
        expect(await client.pttl(hostPause)).toBeLessThanOrEqual(MAX_RETRY_AFTER_MS);
        expect(job.data.rateLimited).toBe(1);
        await client.del(hostPause);
    });

    it('records a page of a crawl whose scope cannot be built as failed, for good, so the crawl can finish', async () => {
        const job = pageJob('crawl-bad-scope', '/a.html', { ...spec(), allowHosts: ['not a host'] });
        const requestsBefore = site.requests.length;
        await expect(processor.process(fakeJob(job), 'token')).rejects.toBeInstanceOf(UnrecoverableError);
        expect(await resultOf(job)).toMatchObject({ kind: 'failed', reason: 'invalid_scope', url: job.url });
        expect(site.requests.length).toBe(requestsBefore);
    });
});
