/**
 * Pages per second on the Redis queue with 1 and 2 worker processes: `claimscope worker` children, and
 * `claimscope crawl URL --wait` timed from enqueue to "all indexed". Uses `REDIS_URL` when set (each run's
 * crawl gets its own id, so earlier queue contents do not count), else a throwaway `redis-server` on a free
 * loopback port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnBenchSite } from './site.js';

export interface BenchRedisOptions {
    articles: number;
    /** Worker process counts to measure, e.g. [1, 2]. */
    workers: readonly number[];
    concurrency: number;
}

export type BenchRedisResult =
    | { measured: true; pages: number; pagesPerSecond: Record<string, number> }
    | { measured: false; reason: string };

const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
/** How long a redis-server or worker may take to come up. */
const START_TIMEOUT_MS = 15_000;

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address() as { port: number };
            server.close(() => resolve(port));
        });
    });
}

/** Starts `redis-server` without persistence on a free loopback port; resolves when it accepts connections. */
async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
    const port = await freePort();
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('redis-server did not start')), START_TIMEOUT_MS);
        child.once('error', (err) => (clearTimeout(timer), reject(err)));
        child.stdout!.on('data', (chunk: Buffer) => {
            if (/ready to accept connections/i.test(chunk.toString())) (clearTimeout(timer), resolve());
        });
    });
    return { url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

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

/** Measures the queue with each worker count, or says why it could not. */
export async function benchRedis(options: BenchRedisOptions): Promise<BenchRedisResult> {
    let redis: { url: string; stop(): Promise<void> };
    try {
        redis = process.env.REDIS_URL ? { url: process.env.REDIS_URL, stop: async () => {} } : await startRedis();
    } catch (err) {
        return { measured: false, reason: `no Redis: REDIS_URL unset and redis-server could not start (${(err as Error).message})` };
    }
    const site = await spawnBenchSite({ articles: options.articles });
    try {
        const pagesPerSecond: Record<string, number> = {};
        let pages = 0;
        for (const workers of options.workers) {
            const run = await crawlOnQueue(site.url, redis.url, workers, options, site.pages + 10);
            pages = run.pages;
            pagesPerSecond[`workers${workers}`] = run.pages / run.seconds;
        }
        return { measured: true, pages, pagesPerSecond };
    } catch (err) {
        return { measured: false, reason: (err as Error).message };
    } finally {
        await site.close();
        await redis.stop();
    }
}
