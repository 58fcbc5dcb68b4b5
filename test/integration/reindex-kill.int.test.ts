/**
 * `claimscope reindex` killed with -9 at three moments of its work, on a data dir large enough for several
 * re-extraction transactions (the bench web, a few hundred articles): before its first transaction commits,
 * between two of them, and while it settles clusters after the last. Each time, running it again must succeed and
 * leave exactly what an uninterrupted reindex leaves: the same export line for line, `search ''` counting exactly
 * those claims, and nothing temporary in the data dir.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBenchSite, type BenchSite } from '../../bench/site.js';
import { CLI, cli, EMBEDDED_ENV, exportLines, leftoverFiles, searchTotal } from '../helpers/data-dir-cli.js';

/** Enough articles for three of reindex's 200-page transactions. */
const ARTICLES = 450;

/** Pages written to the data dir so far (the store's own counter, read beside the running process). */
function pageWrites(dataDir: string): number {
    const path = join(dataDir, 'claimscope.sqlite');
    if (!existsSync(path)) return 0;
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
        return Number(db.prepare("SELECT value FROM meta WHERE key = 'page_writes'").pluck().get() ?? 0);
    } finally {
        db.close();
    }
}

function startReindex(dataDir: string): { child: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
    const child = spawn(process.execPath, [CLI, 'reindex', '--data-dir', dataDir], { env: EMBEDDED_ENV });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
        child.once('exit', (code, signal) => resolve({ code, signal, stderr })),
    );
    return { child, exit };
}

async function until(condition: () => boolean, what: string, exited: () => boolean): Promise<void> {
    while (!condition()) {
        if (exited()) throw new Error(`reindex ended before ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
    }
}

describe('reindex killed with -9', () => {
    let site: BenchSite;
    let root: string;
    let crawled: string;
    let baseline: string[];
    let writesBefore: number;
    let pages: number;
    /** From taking the crawl lock to its first committed transaction, in the uninterrupted run. */
    let firstCommitMs: number;

    beforeAll(async () => {
        site = await startBenchSite({ articles: ARTICLES, hosts: 3 });
        root = await mkdtemp(join(tmpdir(), 'claimscope-reindex-kill-'));
        crawled = join(root, 'crawled');
        const crawl = await cli(['crawl', `${site.url}/`, '--data-dir', crawled]);
        expect(crawl.code, crawl.stderr).toBe(0);
        writesBefore = pageWrites(crawled);

        const whole = join(root, 'whole');
        await cp(crawled, whole, { recursive: true });
        const { child, exit } = startReindex(whole);
        let done = false;
        void exit.then(() => (done = true));
        await until(() => existsSync(join(whole, 'crawl.lock')), 'taking its lock', () => done);
        const locked = Date.now();
        await until(() => pageWrites(whole) > writesBefore, 'its first commit', () => done);
        firstCommitMs = Date.now() - locked;
        const result = await exit;
        expect(result.code, result.stderr).toBe(0);
        const summary = /reindexed (\d+) pages \((\d+) extracted again/.exec(result.stderr);
        expect(summary, result.stderr).not.toBeNull();
        pages = Number(summary![2]);
        // More than two transactions, so a kill can fall between two of them.
        expect(pages).toBeGreaterThan(400);
        expect(pageWrites(whole)).toBe(writesBefore + pages);
        baseline = await exportLines(whole);
        expect(baseline.length).toBeGreaterThan(1_000);
        expect(child.exitCode).toBe(0);
    }, 300_000);

    afterAll(async () => {
        await site?.close();
        if (root) await rm(root, { recursive: true, force: true });
    });

    const moments = [
        {
            name: 'before its first transaction commits',
            reached: async (dataDir: string, exited: () => boolean) => {
                await until(() => existsSync(join(dataDir, 'crawl.lock')), 'taking its lock', exited);
                await new Promise((resolve) => setTimeout(resolve, Math.random() * firstCommitMs * 0.3));
            },
            written: (writes: number) => writes === writesBefore,
        },
        {
            name: 'between two transactions',
            reached: (dataDir: string, exited: () => boolean) => until(() => pageWrites(dataDir) > writesBefore, 'its first commit', exited),
            written: (writes: number) => writes > writesBefore && writes < writesBefore + pages,
        },
        {
            name: 'while it settles clusters after the last page',
            reached: (dataDir: string, exited: () => boolean) =>
                until(() => pageWrites(dataDir) === writesBefore + pages, 'its last page transaction', exited),
            written: (writes: number) => writes === writesBefore + pages,
        },
    ];

    it.each(moments)('$name: running it again ends exactly as an uninterrupted reindex', async ({ name, reached, written }) => {
        const dataDir = join(root, name.replace(/\W+/g, '-'));
        await cp(crawled, dataDir, { recursive: true });
        const { child, exit } = startReindex(dataDir);
        let done = false;
        void exit.then(() => (done = true));
        await reached(dataDir, () => done);
        child.kill('SIGKILL');
        const killed = await exit;
        expect(killed.signal, killed.stderr).toBe('SIGKILL');
        const writes = pageWrites(dataDir);
        expect(written(writes), `${writes} page writes at the kill (${writesBefore} before, ${pages} pages)`).toBe(true);
        expect((await readdir(dataDir)).filter((file) => file.endsWith('.tmp'))).toEqual([]);

        const again = await cli(['reindex', '--data-dir', dataDir]);
        expect(again.code, again.stderr).toBe(0);
        expect(again.stderr).toContain(`reindexed ${pages} pages`);
        expect(await exportLines(dataDir)).toEqual(baseline);
        expect(await searchTotal(dataDir)).toBe(baseline.length);
        expect(await leftoverFiles(dataDir)).toEqual([]);
    }, 300_000);
});
