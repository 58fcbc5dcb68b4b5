/**
 * Pages per second on the Redis queue with 1, 2 and 4 worker processes, on a site that answers every request after
 * `delayMs` (50 ms in the bench: workers wait on the network as on the real web, so the one writer must keep up
 * with N workers' results): `claimscope worker` children, started (and connected) before the clock starts, and
 * `claimscope crawl URL --wait` timed from its first progress line (the crawl is queued) to "all indexed". The per-host limit is lifted to every worker's
 * slots: the bench site is our own, and politeness towards one host would otherwise cap every worker count alike.
 * `npx tsx bench/redis.ts [articles] [concurrency per worker] [delay ms] [--warm]` (`--warm`: see
 * {@link BenchRedisOptions.warm}). Every run gets its own throwaway
 * `redis-server` on a free loopback port (the integration tests' helper), never `REDIS_URL`: workers remember
 * each page's validators in Redis, so a second crawl of the site on the same Redis would be a recrawl of
 * unchanged pages, not a crawl.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { startRedisServer, type TestRedis } from '../test/helpers/redis-server.js';
import { spawnBenchSite } from './site.js';

export interface BenchRedisOptions {
    articles: number;
    /** Worker process counts to measure, e.g. [1, 2]. */
    workers: readonly number[];
    concurrency: number;
    /** The site's answer delay per request. @default 0 */
    delayMs?: number;
    /**
     * Measure workers that have been running a while: before the measured crawl they crawl another generated site
     * (other seed, same size). A fresh worker's first ~60 pages cost ~1 CPU s more (JIT, the extractors' caches).
     */
    warm?: boolean;
}

export type BenchRedisResult =
    | {
          measured: true;
          pages: number;
          pagesPerSecond: Record<string, number>;
          /** CPU seconds of all worker processes per crawled page, in milliseconds. */
          cpuMsPerPage: Record<string, number>;
          /**
           * With two or more workers: the CPU the writer lease holder spent beyond the mean of the other workers (which
           * crawl as it does, but write nothing), per crawled page, in milliseconds — the writing's share of the above.
           */
          writerCpuMsPerPage: Record<string, number>;
          /** CPU of redis-server per crawled page, in milliseconds: it shares the machine's cores with the workers. */
          redisCpuMsPerPage: Record<string, number>;
          /**
           * CPU seconds one worker process used to start (spawn to "processing jobs", mean over the processes): not
           * in the figures above, paid once per process lifetime rather than per crawl.
           */
          startupCpuSeconds: Record<string, number>;
          /** Pages/s with the most workers over pages/s with one (the target: 4 workers ≥ 3×). */
          scaling: number;
          /** One-minute load average at start and end: the machine is shared, so wall figures depend on it. */
          loadAverage: [start: number, end: number];
      }
    | { measured: false; reason: string };

const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
/** How long a worker may take to come up: loading a worker's modules takes seconds on a busy machine. */
const START_TIMEOUT_MS = 90_000;
/** Linux clock ticks per second, the unit of /proc/<pid>/stat's CPU times. */
const CLOCK_TICKS = 100;

/** User + system CPU seconds a live child process has used (Linux /proc), or NaN where that cannot be read. */
async function cpuSecondsOf(child: ChildProcess): Promise<number> {
    try {
        const stat = await readFile(`/proc/${child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime and stime are fields 14 and 15 of the line; the slice starts at field 3.
        return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    } catch {
        return NaN;
    }
}

/** CPU seconds redis-server has used (its `INFO cpu`, user + system). */
async function redisCpuSeconds(redisUrl: string): Promise<number> {
    const client = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    try {
        const info = await client.info('cpu');
        const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? NaN);
        return field('used_cpu_user') + field('used_cpu_sys');
    } finally {
        client.disconnect();
    }
}

/** Whether a child process has the data dir's database open: only the writer lease holder ever opens it. */
async function holdsDatabase(child: ChildProcess, dataDir: string): Promise<boolean> {
    const fds = `/proc/${child.pid}/fd`;
    for (const fd of await readdir(fds).catch(() => [])) {
        const target = await readlink(join(fds, fd)).catch(() => '');
        if (target.startsWith(dataDir)) return true;
    }
    return false;
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

/**
 * Runs `crawl URL --wait` against running workers; resolves to pages crawled, wall seconds from the crawl's first
 * progress line (the crawl is queued, its process loaded) to its end, and each worker's CPU seconds in that time.
 */
async function timedCrawl(siteUrl: string, dataDir: string, env: NodeJS.ProcessEnv, children: ChildProcess[], maxPages: number) {
    const crawl = runCli(['crawl', `${siteUrl}/`, '--wait', '--data-dir', dataDir, '--max-pages', String(maxPages)], env);
    let started: number | undefined;
    let cpuBefore: Promise<number[]> | undefined;
    let stderr = '';
    crawl.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (started === undefined && / pending, /.test(stderr)) {
            started = performance.now();
            cpuBefore = Promise.all(children.map(cpuSecondsOf));
        }
    });
    const code = await new Promise<number | null>((resolve) => crawl.once('exit', resolve));
    const ended = performance.now();
    const cpuAfter = await Promise.all(children.map(cpuSecondsOf));
    if (started === undefined || !cpuBefore) throw new Error(`queued crawl reported no progress (exit ${code}): ${stderr.slice(-500)}`);
    const cpuAtStart = await cpuBefore;
    const pages = Number(/crawled (\d+) pages on the queue/.exec(stderr)?.[1] ?? NaN);
    if (code !== 0 || !Number.isFinite(pages)) throw new Error(`queued crawl failed (exit ${code}): ${stderr.slice(-500)}`);
    return { pages, seconds: (ended - started) / 1000, used: cpuAfter.map((after, i) => after - cpuAtStart[i]!) };
}

/**
 * Runs one queued crawl with `workers` worker processes; resolves to pages crawled, wall seconds and CPU. With
 * `warmUpSiteUrl` the workers first crawl that site (not measured), as workers that have been running a while.
 */
async function crawlOnQueue(siteUrl: string, redisUrl: string, workers: number, options: BenchRedisOptions, maxPages: number, warmUpSiteUrl?: string) {
    const dataDir = await mkdtemp(join(tmpdir(), 'claimscope-bench-redis-'));
    const env = {
        REDIS_URL: redisUrl,
        CLAIMSCOPE_CONCURRENCY: String(options.concurrency),
        CLAIMSCOPE_HOST_CONCURRENCY: String(Math.min(64, options.concurrency * workers)),
    };
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
        const startupCpuSeconds = (await Promise.all(children.map(cpuSecondsOf))).reduce((a, b) => a + b, 0) / children.length;
        if (warmUpSiteUrl) await timedCrawl(warmUpSiteUrl, dataDir, env, children, maxPages);
        const redisCpuBefore = await redisCpuSeconds(redisUrl);
        const { pages, seconds, used } = await timedCrawl(siteUrl, dataDir, env, children, maxPages);
        const redisCpu = (await redisCpuSeconds(redisUrl)) - redisCpuBefore;
        const writer = (await Promise.all(children.map((child) => holdsDatabase(child, dataDir)))).indexOf(true);
        const cpuSeconds = used.reduce((sum, seconds) => sum + seconds, 0);
        const others = used.filter((_, i) => i !== writer);
        const writerExtraSeconds = writer < 0 || others.length === 0 ? NaN : used[writer]! - others.reduce((a, b) => a + b, 0) / others.length;
        return { pages, seconds, cpuSeconds, writerExtraSeconds, startupCpuSeconds, redisCpu };
    } finally {
        await Promise.all(children.map(stopChild));
        await rm(dataDir, { recursive: true, force: true });
    }
}

/** Measures the queue with each worker count, each on a fresh Redis, or says why it could not. */
export async function benchRedis(options: BenchRedisOptions): Promise<BenchRedisResult> {
    const site = await spawnBenchSite({ articles: options.articles, delayMs: options.delayMs });
    const warmUpSite = options.warm ? await spawnBenchSite({ articles: options.articles, delayMs: options.delayMs, seed: 2 }) : undefined;
    const loadAtStart = loadavg()[0]!;
    try {
        const pagesPerSecond: Record<string, number> = {};
        const cpuMsPerPage: Record<string, number> = {};
        const writerCpuMsPerPage: Record<string, number> = {};
        const redisCpuMsPerPage: Record<string, number> = {};
        const startupCpuSeconds: Record<string, number> = {};
        let pages = 0;
        for (const workers of options.workers) {
            let redis: TestRedis;
            try {
                redis = await startRedisServer();
            } catch (err) {
                return { measured: false, reason: `redis-server could not start (${(err as Error).message})` };
            }
            try {
                const run = await crawlOnQueue(site.url, redis.url, workers, options, Math.max(site.pages, warmUpSite?.pages ?? 0) + 10, warmUpSite?.url);
                pages = run.pages;
                pagesPerSecond[`workers${workers}`] = run.pages / run.seconds;
                cpuMsPerPage[`workers${workers}`] = (run.cpuSeconds * 1000) / run.pages;
                if (Number.isFinite(run.writerExtraSeconds)) writerCpuMsPerPage[`workers${workers}`] = (run.writerExtraSeconds * 1000) / run.pages;
                startupCpuSeconds[`workers${workers}`] = run.startupCpuSeconds;
                redisCpuMsPerPage[`workers${workers}`] = (run.redisCpu * 1000) / run.pages;
            } finally {
                await redis.stop();
            }
        }
        const most = Math.max(...options.workers);
        const scaling = pagesPerSecond[`workers${most}`]! / pagesPerSecond[`workers${Math.min(...options.workers)}`]!;
        return {
            measured: true,
            pages,
            pagesPerSecond,
            cpuMsPerPage,
            writerCpuMsPerPage,
            redisCpuMsPerPage,
            startupCpuSeconds,
            scaling,
            loadAverage: [loadAtStart, loadavg()[0]!],
        };
    } catch (err) {
        return { measured: false, reason: (err as Error).message };
    } finally {
        await Promise.all([site.close(), warmUpSite?.close()]);
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const args = process.argv.slice(2);
    const warm = args.includes('--warm');
    const [articles, concurrency, delayMs] = args.filter((arg) => arg !== '--warm').map(Number);
    const result = await benchRedis({ articles: articles || 300, workers: [1, 2, 4], concurrency: concurrency || 8, delayMs: delayMs ?? 50, warm });
    console.log(JSON.stringify(result));
}
