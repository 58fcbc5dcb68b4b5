/**
 * Pages per second with N worker processes on one Redis, for the benchmark. The Redis at `redisUrl` must be
 * a throwaway instance: it is flushed first, so no earlier crawl's validators turn fetches into 304s.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeRedis, createRedis, redisOptions } from './connection.js';
import { submitCrawl } from './submit-crawl.js';
import { openQueues } from './queues.js';

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');

export interface BenchResult {
    workers: number;
    pages: number;
    seconds: number;
    pagesPerSecond: number;
}

/**
 * Start `workers` worker processes, wait until they are connected, crawl `siteUrl` to the end, time it.
 * The demo web is one host, so the per-host cap (`hostConcurrency`, default 4 as in production) bounds
 * throughput whatever the worker count: raise it to measure how workers scale.
 */
export async function benchWorkers(opts: {
    redisUrl: string;
    siteUrl: string;
    workers: 1 | 2;
    concurrency?: number;
    hostConcurrency?: number;
}): Promise<BenchResult> {
    const redis = createRedis(opts.redisUrl, 'command');
    await redis.flushdb();
    await closeRedis(redis);
    const dataDir = await mkdtemp(join(tmpdir(), 'claimscope-bench-'));
    const env = { ...process.env, REDIS_URL: opts.redisUrl, MEILI_URL: '', CLAIMSCOPE_HOST_CONCURRENCY: String(opts.hostConcurrency ?? 4) };
    const children = Array.from({ length: opts.workers }, () =>
        spawn(process.execPath, [CLI, 'worker', '--data-dir', dataDir, '--concurrency', String(opts.concurrency ?? 8)], { env, stdio: 'ignore' }),
    );
    const queues = openQueues(redisOptions(opts.redisUrl, 'command'), { maxRetries: 0, retryDelayMs: 0 });
    try {
        // Process start-up is not crawling: the clock starts once every worker listens on the queue.
        while ((await queues.pages.getWorkers()).length < opts.workers) await new Promise((r) => setTimeout(r, 100));
        const started = Date.now();
        const { state } = await submitCrawl(opts.redisUrl, { startUrls: [opts.siteUrl], allowHosts: [], maxDepth: 8, maxPages: 10_000 }, {
            maxRetries: 3,
            retryDelayMs: 1_000,
            wait: true,
        });
        const seconds = (Date.now() - started) / 1000;
        return { workers: opts.workers, pages: state!.queued, seconds, pagesPerSecond: state!.queued / seconds };
    } finally {
        await queues.close();
        for (const child of children) child.kill('SIGTERM');
        await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.once('exit', resolve)))));
        await rm(dataDir, { recursive: true, force: true });
    }
}
