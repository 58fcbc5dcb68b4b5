/**
 * A data dir survives the worst a user's machine does to a crawl, through the real CLI on the demo web: kill -9 at
 * random instants, Ctrl-C / SIGTERM, a second crawl on the same data dir, and a full disk. After each, the
 * follow-up crawl ends with exactly what an uninterrupted crawl exports, search counts exactly those claims, pages
 * already stored are never fetched again (the demo server's own request log says so), and nothing temporary stays.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.js';
import { CLI, exportLines, leftoverFiles, searchTotal } from '../helpers/data-dir-cli.js';

const execFileAsync = promisify(execFile);
// A gap between requests to the one demo host keeps every crawl several seconds long on a fast or slow machine alike,
// so kill instants spread over the crawl land among its fetches and commits.
const ENV = { ...process.env, REDIS_URL: '', MEILI_URL: '', CLAIMSCOPE_CONCURRENCY: '4', CLAIMSCOPE_HOST_DELAY_MS: '60' };
/** Pages a killed crawl may have had in flight (fetched, not yet committed): the concurrency. */
const IN_FLIGHT = 4;
const KILL_POINTS = 5;

interface Exit {
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
}

function startCrawl(server: DemoServer, dataDir: string, extra: string[] = []): { child: ChildProcess; exit: Promise<Exit> } {
    const child = spawn(process.execPath, [CLI, 'crawl', `${server.url}/`, '--data-dir', dataDir, ...extra], { env: ENV });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exit = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stderr })));
    return { child, exit };
}

/** Article and list page fetches (robots.txt aside) the server answered since `from`. */
function pageFetches(server: DemoServer, from: number): string[] {
    return server.requests.slice(from).filter((r) => r.method === 'GET' && !r.path.startsWith('/robots.txt')).map((r) => r.path);
}

/** What the data dir's frontier says was done when the crawl died, and whether that crawl had finished. */
function frontierAfterKill(dataDir: string): { done: Set<string>; finished: boolean } {
    const path = join(dataDir, 'claimscope.sqlite');
    if (!existsSync(path)) return { done: new Set(), finished: false };
    const db = new Database(path, { fileMustExist: true });
    try {
        const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
        if (!tables.has('frontier')) return { done: new Set(), finished: false };
        const done = new Set((db.prepare('SELECT url FROM frontier WHERE done = 1').pluck().all() as string[]).map((url) => new URL(url).pathname));
        const last = db.prepare('SELECT finished_at FROM crawl_runs ORDER BY id DESC LIMIT 1').pluck().get() as string | null | undefined;
        return { done, finished: typeof last === 'string' };
    } finally {
        db.close();
    }
}

/** Resolves once the server has answered `count` page fetches made after `from`, or the crawl has exited. */
async function fetchesAfter(server: DemoServer, from: number, count: number, exit: Promise<Exit>): Promise<void> {
    let exited = false;
    void exit.then(() => (exited = true));
    while (!exited && pageFetches(server, from).length < count) await new Promise((resolve) => setTimeout(resolve, 2));
}

describe('a crawl that is killed, stopped or starved of disk', () => {
    let server: DemoServer;
    let root: string;
    let baseline: string[];
    let baselineFetches: number;

    beforeAll(async () => {
        server = await startDemoServer();
        root = await mkdtemp(join(tmpdir(), 'claimscope-crash-'));
        const dataDir = join(root, 'baseline');
        const from = server.requests.length;
        const result = await startCrawl(server, dataDir).exit;
        expect(result.code, result.stderr).toBe(0);
        baselineFetches = pageFetches(server, from).length;
        baseline = await exportLines(dataDir);
        expect(baseline.length).toBeGreaterThan(100);
    }, 120_000);

    afterAll(async () => {
        await server.close();
        await rm(root, { recursive: true, force: true });
    });

    it(`after kill -9 at ${KILL_POINTS} random instants, the next crawl resumes and ends exactly where an uninterrupted one does`, async () => {
        let midCrawl = 0;
        for (let point = 0; point < KILL_POINTS; point++) {
            const dataDir = join(root, `killed-${point}`);
            // Spread over the crawl by its progress, not by the clock (a loaded machine stretches the crawl): early
            // fetches, the middle, the last pages and, after the last fetch, the final settling.
            const fetched = Math.max(1, Math.round((baselineFetches * (point + Math.random())) / KILL_POINTS));
            const firstFrom = server.requests.length;
            const { child, exit } = startCrawl(server, dataDir);
            await fetchesAfter(server, firstFrom, fetched, exit);
            child.kill('SIGKILL');
            const killed = await exit;
            const firstFetches = pageFetches(server, firstFrom);
            const { done, finished } = frontierAfterKill(dataDir);

            const secondFrom = server.requests.length;
            const resumed = await startCrawl(server, dataDir).exit;
            expect(resumed.code, `kill after ${fetched} fetches: ${resumed.stderr}`).toBe(0);
            const secondFetches = pageFetches(server, secondFrom);

            expect(await exportLines(dataDir), `kill after ${fetched} fetches`).toEqual(baseline);
            expect(await searchTotal(dataDir)).toBe(baseline.length);
            expect(await leftoverFiles(dataDir)).toEqual([]);
            if (killed.signal !== 'SIGKILL' || finished) continue; // the crawl had already ended: a recrawl follows
            midCrawl++;
            if (done.size > 0) expect(resumed.stderr).toMatch(new RegExp(`resuming crawl started \\S+: ${done.size} pages done, \\d+ to go`));
            // Nothing already stored is fetched again; only pages in flight at the kill are fetched twice.
            expect(secondFetches.filter((path) => done.has(path.split('?')[0]!))).toEqual([]);
            expect(firstFetches.length + secondFetches.length).toBeLessThanOrEqual(baselineFetches + IN_FLIGHT);
        }
        // Only the last instant may fall after the crawl's end.
        expect(midCrawl).toBeGreaterThanOrEqual(KILL_POINTS - 1);
    }, 600_000);

    it('stops gracefully on SIGTERM and SIGINT, saying so with 143 / 130, and the next crawl finishes the job', async () => {
        for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
            const dataDir = join(root, signal);
            const from = server.requests.length;
            const { child, exit } = startCrawl(server, dataDir);
            await fetchesAfter(server, from, Math.round(baselineFetches * 0.3), exit);
            child.kill(signal);
            const stopped = await exit;
            expect(stopped.code, stopped.stderr).toBe(code);
            expect(stopped.stderr).toMatch(new RegExp(`crawl stopped by ${signal} after \\d+ pages .*run the same command to resume`));
            const { done } = frontierAfterKill(dataDir);
            const resumedFrom = server.requests.length;
            const resumed = await startCrawl(server, dataDir).exit;
            expect(resumed.code, resumed.stderr).toBe(0);
            expect(pageFetches(server, resumedFrom).filter((path) => done.has(path.split('?')[0]!))).toEqual([]);
            expect(await exportLines(dataDir)).toEqual(baseline);
        }
    }, 240_000);

    it('refuses a second crawl on the same data dir with one line naming the first one’s PID', async () => {
        const dataDir = join(root, 'twice');
        const from = server.requests.length;
        const first = startCrawl(server, dataDir);
        // Fetching means it holds the lock. Held still meanwhile, so it cannot end before the second one has started
        // up, however slow the machine.
        await fetchesAfter(server, from, 1, first.exit);
        first.child.kill('SIGSTOP');
        const second = await startCrawl(server, dataDir).exit;
        first.child.kill('SIGCONT');
        expect(second.code).toBe(1);
        expect(second.stderr.trim().split('\n')).toEqual([
            `claimscope: another crawl (PID ${first.child.pid}) is writing ${dataDir}: wait for it to end or stop it first`,
        ]);
        expect((await first.exit).code).toBe(0);
        expect(await exportLines(dataDir)).toEqual(baseline);
    }, 120_000);

    it('on a full disk stops with one line naming the file and "disk full", keeps what it had, and finishes once space is freed', async (context) => {
        const dataDir = join(root, 'small-disk');
        await mkdir(dataDir, { recursive: true });
        try {
            await execFileAsync('mount', ['-t', 'tmpfs', '-o', 'size=600k', 'tmpfs', dataDir]);
        } catch (err) {
            context.skip(`cannot mount a small tmpfs here (${(err as Error).message.split('\n')[0]})`);
        }
        try {
            const full = await startCrawl(server, dataDir).exit;
            expect(full.code).toBe(1);
            const lines = full.stderr.split('\n').filter((line) => line.startsWith('claimscope:'));
            expect(lines).toEqual([`claimscope: ${join(dataDir, 'claimscope.sqlite')}: disk full — nothing was half-written; free some space and run the command again`]);
            // What was committed still answers, and search agrees with export.
            const held = await exportLines(dataDir);
            expect(await searchTotal(dataDir)).toBe(held.length);
            expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

            await execFileAsync('mount', ['-o', 'remount,size=64m', dataDir]);
            const again = await startCrawl(server, dataDir).exit;
            expect(again.code, again.stderr).toBe(0);
            expect(await exportLines(dataDir)).toEqual(baseline);
        } finally {
            await execFileAsync('umount', [dataDir]).catch(() => undefined);
        }
    }, 240_000);
});
