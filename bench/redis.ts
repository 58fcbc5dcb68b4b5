/**
 * Pages per second on the Redis queue with 1, 2 and 4 worker processes, on a site that answers every request after
 * `delayMs` (50 ms in the bench: workers wait on the network as on the real web, so the one writer must keep up
 * with N workers' results): `claimscope worker` children, and
 * `claimscope crawl URL --wait` timed from enqueue to "all indexed". Every run gets its own throwaway
 * `redis-server` on a free loopback port (the integration tests' helper), never `REDIS_URL`: workers remember
 * each page's validators in Redis, so a second crawl of the site on the same Redis would be a recrawl of
 * unchanged pages, not a crawl.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRedisServer, type TestRedis } from '../test/helpers/redis-server.js';
import { spawnBenchSite } from './site.js';

export interface BenchRedisOptions {
    articles: number;
    /** Worker process counts to measure, e.g. [1, 2]. */
    workers: readonly number[];
    concurrency: number;
    /** The site's answer delay per request. @default 0 */
    delayMs?: number;
}

export type BenchRedisResult =
    | { measured: true; pages: number; pagesPerSecond: Record<string, number> }
    | { measured: false; reason: string };

const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
/** How long a worker may take to come up. */
const START_TIMEOUT_MS = 15_000;

function stopChild(child: ChildProcess): Promise<void> {
    return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
    });
}

function runCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
    return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs one queued crawl with `workers` worker processes; resolves to pages crawled and wall seconds. */
async function crawlOnQueue(siteUrl: string, redisUrl: string, workers: number, options: BenchRedisOptions, maxPages: number) {
    const dataDir = await mkdtemp(join(tmpdir(), 'claimscope-bench-redis-'));
    const env = { REDIS_URL: redisUrl, CLAIMSCOPE_CONCURRENCY: String(options.concurrency) };
    const children = Array.from({ length: workers }, () => runCli(['worker', '--data-dir', dataDir], env));
    try {
        // a worker logs "processing jobs" once it is connected
        await Promise.all(children.map((child) => new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('worker did not start')), START_TIMEOUT_MS);
            child.stderr!.on('data', (chunk: Buffer) => {
                if (chunk.toString().includes('processing jobs')) (clearTimeout(timer), resolve());
            });
            child.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)));
        })));
        const started = performance.now();
        const crawl = runCli(['crawl', `${siteUrl}/`, '--wait', '--data-dir', dataDir, '--max-pages', String(maxPages)], env);
        let stderr = '';
        crawl.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const code = await new Promise<number | null>((resolve) => crawl.once('exit', resolve));
        const seconds = (performance.now() - started) / 1000;
        const pages = Number(/crawled (\d+) pages on the queue/.exec(stderr)?.[1] ?? NaN);
        if (code !== 0 || !Number.isFinite(pages)) throw new Error(`queued crawl failed (exit ${code}): ${stderr.slice(-500)}`);
        return { pages, seconds };
    } finally {
        await Promise.all(children.map(stopChild));
        await rm(dataDir, { recursive: true, force: true });
    }
}

/** Measures the queue with each worker count, each on a fresh Redis, or says why it could not. */
export async function benchRedis(options: BenchRedisOptions): Promise<BenchRedisResult> {
    const site = await spawnBenchSite({ articles: options.articles, delayMs: options.delayMs });
    try {
        const pagesPerSecond: Record<string, number> = {};
        let pages = 0;
        for (const workers of options.workers) {
            let redis: TestRedis;
            try {
                redis = await startRedisServer();
            } catch (err) {
                return { measured: false, reason: `redis-server could not start (${(err as Error).message})` };
            }
            try {
                const run = await crawlOnQueue(site.url, redis.url, workers, options, site.pages + 10);
                pages = run.pages;
                pagesPerSecond[`workers${workers}`] = run.pages / run.seconds;
            } finally {
                await redis.stop();
            }
        }
        return { measured: true, pages, pagesPerSecond };
    } catch (err) {
        return { measured: false, reason: (err as Error).message };
    } finally {
        await site.close();
    }
}
