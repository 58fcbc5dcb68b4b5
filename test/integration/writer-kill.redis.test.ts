/**
 * The worker holding the writer lease killed with -9 while it holds page results it has not finished applying.
 * Another worker must take the lease over, apply what the dead one held and everything after, and the crawl must
 * end exactly as an embedded crawl of the same web ends: the same export line for line, every article counted
 * once, nothing indexed twice. Against a real redis-server and worker processes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, QUEUE_PREFIX, QUEUES } from '../../src/queue/names.js';
import { startDemoServer, type DemoServer } from '../demo/server.js';
import { CLI, cli, exportLines, searchTotal } from '../helpers/data-dir-cli.js';
import { startRedisServer, type TestRedis } from '../helpers/redis-server.js';

function env(redisUrl: string): NodeJS.ProcessEnv {
    return { ...process.env, REDIS_URL: redisUrl, MEILI_URL: '', CLAIMSCOPE_HOST_DELAY_MS: '40', CLAIMSCOPE_QUEUE_LOCK_MS: '2000', CLAIMSCOPE_RETRY_DELAY_MS: '100' };
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
    while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 10));
}

const pagesFetched = (demo: DemoServer, from: number) => demo.requests.slice(from).filter((r) => r.method === 'GET' && r.path !== '/robots.txt').length;

interface Worker {
    child: ChildProcess;
    log: string;
}

function startWorker(redisUrl: string, dataDir: string): Worker {
    const child = spawn(process.execPath, [CLI, 'worker', '--concurrency', '4', '--data-dir', dataDir], {
        env: env(redisUrl),
        stdio: ['ignore', 'ignore', 'pipe'],
    });
    const worker = { child, log: '' };
    child.stderr!.setEncoding('utf8').on('data', (text: string) => (worker.log += text));
    return worker;
}

async function stopWorker({ child }: Worker): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
}

describe('the writer killed with -9 mid-batch', () => {
    let redis: TestRedis;
    let demo: DemoServer;
    let root: string;
    let dataDir: string;
    let reference: string[];
    let referenceArticles: number;
    let writer: Worker;
    let other: Worker;
    /** Results the writer had taken but not finished with when it was killed. */
    let heldAtKill: number;
    let crawl: { code: number; stderr: string };

    beforeAll(async () => {
        [redis, demo, root] = await Promise.all([startRedisServer(), startDemoServer(), mkdtemp(join(tmpdir(), 'claimscope-writer-kill-'))]);
        // The reference: the same web crawled by the embedded default, one process, nothing killed.
        const embedded = await cli(['crawl', `${demo.url}/`, '--data-dir', join(root, 'embedded')], env(''));
        expect(embedded.code, embedded.stderr).toBe(0);
        referenceArticles = Number(/(\d+) new or changed articles/.exec(embedded.stderr)![1]);
        reference = await exportLines(join(root, 'embedded'));

        dataDir = join(root, 'queued');
        const admin = new Redis(redis.url);
        // Started alone, the first worker takes the lease: the test knows which process writes.
        writer = startWorker(redis.url, dataDir);
        await until(async () => (await admin.exists(KEYS.writerLease)) === 1);
        other = startWorker(redis.url, dataDir);
        const from = demo.requests.length;
        const crawling = cli(['crawl', `${demo.url}/`, '--wait'], env(redis.url));

        // Freeze Redis writes, so the results the writer holds cannot be acknowledged while they are counted, then kill
        // it holding some.
        const active = `${QUEUE_PREFIX}:${QUEUES.results}:active`;
        for (;;) {
            await admin.call('CLIENT', 'PAUSE', '5000', 'WRITE');
            heldAtKill = await admin.llen(active);
            if (heldAtKill > 0 && pagesFetched(demo, from) >= 20) break;
            await admin.call('CLIENT', 'UNPAUSE');
            await new Promise((resolve) => setTimeout(resolve, 15));
        }
        writer.child.kill('SIGKILL');
        await new Promise((resolve) => writer.child.once('exit', resolve));
        await admin.call('CLIENT', 'UNPAUSE');
        admin.disconnect();
        crawl = await crawling;
    }, 240_000);

    afterAll(async () => {
        await Promise.all([writer, other].filter(Boolean).map(stopWorker));
        await Promise.all([redis?.stop(), demo?.close(), root && rm(root, { recursive: true, force: true })]);
    });

    it('was killed holding results, and the crawl still ended with every article counted once', () => {
        expect(heldAtKill).toBeGreaterThan(0);
        expect(crawl.code, `${crawl.stderr}\n${other.log}`).toBe(0);
        // (The queue counts the page robots.txt disallows as failed; the embedded crawl as skipped.)
        expect(crawl.stderr).toMatch(new RegExp(`: ${referenceArticles} new or changed articles, 0 unchanged, \\d+ failed; all indexed`));
    });

    it('exports exactly what the embedded crawl exports, line for line', async () => {
        expect(await exportLines(dataDir)).toEqual(reference);
    });

    it('indexed nothing twice: search counts exactly the exported claims, and no change was logged', async () => {
        expect(await searchTotal(dataDir)).toBe(reference.length);
        const changes = await cli(['changes', '--json', '--data-dir', dataDir], env(''));
        expect(changes.code, changes.stderr).toBe(0);
        expect(JSON.parse(changes.stdout)).toEqual([]);
    });
});
