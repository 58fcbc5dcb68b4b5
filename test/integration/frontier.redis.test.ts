/**
 * The shared frontier against a real redis-server: a page's links are counted and enqueued once, however often the
 * page's enqueueing runs — again after a retry, or sent again by the client after a reconnect that lost the reply
 * (Redis had run it). A crawl that counted links it never enqueued would wait for them for good.
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeRedis, ConnectionWatch, createRedis, redisOptions } from '../../src/queue/connection.js';
import { enqueueUrls, pageJobId } from '../../src/queue/frontier.js';
import type { CrawlSpec, PageJob } from '../../src/queue/jobs.js';
import { KEYS, QUEUE_PREFIX, QUEUES } from '../../src/queue/names.js';
import { startRedisServer, type TestRedis } from '../helpers/redis-server.js';

const CRAWL = 'crawl-frontier';
const SPEC: CrawlSpec = { startUrls: ['http://127.0.0.1:9/'], allowHosts: [], maxDepth: 3, maxPages: 10 };
const entry = (path: string) => ({ key: `http://127.0.0.1:9${path}`, url: `http://127.0.0.1:9${path}` });
const LINKS = ['/a', '/b', '/c'].map(entry);

describe('the frontier', () => {
    let redis: TestRedis;
    let client: Redis;
    let pages: Queue<PageJob>;

    beforeAll(async () => {
        redis = await startRedisServer();
        client = createRedis(redis.url, 'command', new ConnectionWatch(redis.url));
        pages = new Queue<PageJob>(QUEUES.pages, { connection: redisOptions(redis.url, 'command'), prefix: QUEUE_PREFIX });
    });

    afterAll(async () => {
        await pages?.close();
        if (client) await closeRedis(client);
        await redis?.stop();
    });

    beforeEach(async () => {
        await client.flushdb();
        await client.hset(KEYS.crawl(CRAWL), { startedAt: new Date().toISOString(), pending: 0 });
    });

    const pending = async () => Number(await client.hget(KEYS.crawl(CRAWL), 'pending'));
    const queuedJobs = async () => (await Promise.all(LINKS.map((l) => pages.getJob(pageJobId(CRAWL, l.key))))).filter(Boolean).length;
    const fromPage = { crawlId: CRAWL, spec: SPEC, depth: 1, from: entry('/list').key };

    it('enqueues a page’s links again when its enqueueing runs again, and counts them once', async () => {
        await enqueueUrls(client, pages, fromPage, LINKS);
        expect(await pending()).toBe(3);
        // The jobs never made it (the process died, or the reply was lost and the client sent the script again).
        await Promise.all(LINKS.map((l) => pages.remove(pageJobId(CRAWL, l.key))));
        expect(await queuedJobs()).toBe(0);

        await enqueueUrls(client, pages, fromPage, LINKS);
        expect(await queuedJobs()).toBe(3);
        expect(await pending()).toBe(3);
    });

    it('enqueues and counts nothing for another page linking the same URLs, or for a start URL linked back', async () => {
        await enqueueUrls(client, pages, { crawlId: CRAWL, spec: SPEC, depth: 0 }, [entry('/')]);
        await enqueueUrls(client, pages, fromPage, LINKS);
        await Promise.all(LINKS.map((l) => pages.remove(pageJobId(CRAWL, l.key))));

        await enqueueUrls(client, pages, { ...fromPage, from: entry('/other').key }, [...LINKS, entry('/')]);
        expect(await queuedJobs()).toBe(0);
        expect(await pending()).toBe(4);
    });

    it('stops at the crawl’s page cap, counting only what it enqueued', async () => {
        const many = Array.from({ length: 15 }, (_, i) => entry(`/p${i}`));
        await enqueueUrls(client, pages, fromPage, many);
        expect(await pending()).toBe(SPEC.maxPages);
        expect(await pages.count()).toBe(SPEC.maxPages);
    });

    it('carries on a crawl whose frontier an older version kept as a set: its URLs stay known', async () => {
        await client.sadd(KEYS.frontier(CRAWL), ...LINKS.map((l) => l.key));
        await client.hset(KEYS.crawl(CRAWL), 'pending', 3);
        await enqueueUrls(client, pages, fromPage, [...LINKS, entry('/d')]);
        expect(await pending()).toBe(4);
        expect(await pages.count()).toBe(1);
        expect(await client.hlen(KEYS.frontier(CRAWL))).toBe(4);
    });

    it('enqueues nothing once the crawl’s hash is gone (Redis flushed or restarted without persistence)', async () => {
        await client.del(KEYS.crawl(CRAWL));
        await enqueueUrls(client, pages, fromPage, LINKS);
        expect(await pages.count()).toBe(0);
    });
});
