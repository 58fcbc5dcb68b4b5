/**
 * What a new user meets first, through the real CLI: a mistyped data dir, a usage error, an unknown metric, a
 * crawl cut short by --max-pages, robots.txt skips, and `serve` on a port that is taken or on every interface.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.js';
import { listen } from '../helpers/listen.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');
const READ_COMMANDS = [
    ['search', '返款'],
    ['compare'],
    ['conflicts'],
    ['sources'],
    ['export'],
    ['missing'],
    ['status'],
    ['changes'],
    ['reindex'],
    ['serve', '--port', '0'],
];

interface Result {
    code: number;
    stdout: string;
    stderr: string;
}

async function claimscope(args: string[]): Promise<Result> {
    try {
        const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...process.env, REDIS_URL: '', MEILI_URL: '' } });
        return { code: 0, stdout, stderr };
    } catch (err) {
        const e = err as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
}

/** Starts `serve` and resolves with the line it prints once it listens. */
async function serveLine(args: string[]): Promise<{ line: string; stop: () => void }> {
    const child = spawn(process.execPath, [CLI, 'serve', ...args], { env: { ...process.env, REDIS_URL: '', MEILI_URL: '' } });
    let stderr = '';
    const line = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
            stderr += chunk.toString();
            if (stderr.includes('\n')) resolve(stderr.split('\n')[0]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
    return { line, stop: () => child.kill('SIGTERM') };
}

describe('honest answers from the CLI', () => {
    let demo: DemoServer;
    let root: string;
    let crawled: string;
    let crawlOutput: Result;

    beforeAll(async () => {
        [demo, root] = await Promise.all([startDemoServer(), mkdtemp(join(tmpdir(), 'claimscope-cli-'))]);
        crawled = join(root, 'crawled');
        crawlOutput = await claimscope(['crawl', `${demo.url}/`, '--data-dir', crawled]);
    });

    afterAll(async () => {
        await demo?.close();
        await rm(root, { recursive: true, force: true });
    });

    it.each(READ_COMMANDS)('%s on a data dir that does not exist says so, exits 1 and creates nothing', async (...args) => {
        const dir = join(root, 'typo');
        const result = await claimscope([...args, '--data-dir', dir]);
        expect(result.code).toBe(1);
        expect(result.stderr).toBe(`claimscope: no crawl in ${dir} — run \`claimscope crawl <url> --data-dir ${dir}\` first\n`);
        expect(existsSync(dir)).toBe(false);
    });

    it('a read command on an existing data dir that holds no crawl leaves it empty', async () => {
        const dir = join(root, 'empty');
        await mkdir(dir);
        for (const args of [['conflicts'], ['search', '返款']]) {
            const result = await claimscope(['--data-dir', dir, ...args]);
            expect(result.code).toBe(1);
            expect(result.stderr).toContain(`no crawl in ${dir}`);
        }
        expect(await readdir(dir)).toEqual([]);
    });

    it('--version prints the package version', async () => {
        const result = await claimscope(['--version']);
        expect(result.code).toBe(0);
        expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    });

    it('a usage error is one line and a pointer to the command help, exit 2', async () => {
        const result = await claimscope(['crawl', '--data-dir', join(root, 'nothing-here')]);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('claimscope: give a start URL, or a site id of a sites file (--sites FILE)\nsee `claimscope crawl --help`\n');
        expect(existsSync(join(root, 'nothing-here'))).toBe(false);
        const own = await claimscope(['serve', '--port', 'abc', '--data-dir', crawled]);
        expect(own.code).toBe(2);
        expect(own.stderr.trim().split('\n')).toEqual(['claimscope: --port expects 0…65535, got "abc"', 'see `claimscope serve --help`']);
    });

    it('an unknown --metric or --population is refused with the valid ones', async () => {
        const metric = await claimscope(['search', '返款', '--metric', 'pension', '--data-dir', crawled]);
        expect(metric.code).toBe(2);
        expect(metric.stderr).toContain("argument 'pension' is invalid");
        expect(metric.stderr).toContain('retiree_account_credit');
        const population = await claimscope(['search', '返款', '--population', 'kids', '--data-dir', crawled]);
        expect(population.code).toBe(2);
        expect(population.stderr).toContain('retiree, employee, flexible, resident');
        const compare = await claimscope(['compare', '--metric', 'pension', '--data-dir', crawled]);
        expect(compare.code).toBe(2);
    });

    it('search --min-confidence keeps only surely read claims; a bound outside 0…1 is a usage error', async () => {
        type Hits = { total: number; hits: { confidence: number }[] };
        const all = JSON.parse((await claimscope(['search', '返款', '--json', '--data-dir', crawled])).stdout) as Hits;
        const sure = JSON.parse((await claimscope(['search', '返款', '--min-confidence', '0.9', '--json', '--data-dir', crawled])).stdout) as Hits;
        expect(sure.total).toBeLessThanOrEqual(all.total);
        expect(sure.hits.every((hit) => hit.confidence >= 0.9)).toBe(true);
        const bad = await claimscope(['search', '返款', '--min-confidence', '90', '--data-dir', crawled]);
        expect(bad.code).toBe(2);
        expect(bad.stderr.split('\n')[0]).toBe('claimscope: --min-confidence expects a number from 0 to 1 such as 0.9, got "90"');
    });

    it('a robots.txt skip is reported as skipped, not failed', () => {
        expect(crawlOutput.code).toBe(0);
        expect(crawlOutput.stderr).toMatch(/\b1 skipped \(robots\.txt\), 0 failed\b/);
        expect(crawlOutput.stderr).toContain('skipped http://127.0.0.1:');
        expect(crawlOutput.stderr).not.toContain('failed http');
    });

    it('a crawl stopped by --max-pages says so instead of "no articles found"', async () => {
        const result = await claimscope(['crawl', `${demo.url}/`, '--max-pages', '3', '--data-dir', join(root, 'capped')]);
        expect(result.code).toBe(0);
        expect(result.stderr).toContain('stopped at --max-pages 3');
        expect(result.stderr).not.toContain('no articles found');
    });

    it('serve on a port in use is one plain line', async () => {
        const holder = createServer();
        const port = await listen(holder);
        try {
            const result = await claimscope(['serve', '--port', String(port), '--data-dir', crawled]);
            expect(result.code).toBe(1);
            expect(result.stderr).toBe(`claimscope: port ${port} on 127.0.0.1 is already in use: stop what holds it, or choose another with --port\n`);
        } finally {
            holder.close();
        }
    });

    it('serve --host 0.0.0.0 prints the address it listens on', async () => {
        const server = await serveLine(['--host', '0.0.0.0', '--port', '0', '--data-dir', crawled]);
        try {
            expect(server.line).toMatch(/on http:\/\/0\.0\.0\.0:\d+\/ \(open http:\/\/127\.0\.0\.1:\d+\/ on this machine\)/);
        } finally {
            server.stop();
        }
    });
});
