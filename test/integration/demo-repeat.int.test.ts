/**
 * `npm run demo` run twice into one data dir: the second run recrawls the same URLs in place, so it prints the
 * same comparisons and conflicts and the same claim count, and its source links point where the demo serves.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../helpers/listen.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function freePort(): Promise<number> {
    const server = createServer();
    const port = await listen(server);
    await new Promise((resolve) => server.close(resolve));
    return port;
}

/** The demo's output without the crawl's progress and timing lines (the only lines that may differ). */
function withoutCrawlLines(stdout: string): string {
    return stdout
        .split('\n')
        .filter((line) => !/^crawled \d+ pages|pages done/.test(line.trim()))
        .join('\n');
}

describe('npm run demo, twice', () => {
    let dataDir: string;
    let port: number;
    const outputs: string[] = [];

    beforeAll(async () => {
        [dataDir, port] = await Promise.all([mkdtemp(join(tmpdir(), 'claimscope-demo-')), freePort()]);
        for (let i = 0; i < 2; i++) {
            const { stdout } = await run(TSX, ['test/demo/run-demo.ts', '--data-dir', dataDir, '--port', String(port)], {
                cwd: ROOT,
                env: { ...process.env, REDIS_URL: '', MEILI_URL: '' },
            });
            outputs.push(stdout);
        }
    });

    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    it('prints the same tables and the same claim count both times', () => {
        const claims = outputs.map((out) => /crawled \d+ pages .*, (\d+) claims/.exec(out)?.[1]);
        expect(claims[0]).toMatch(/^\d{3,}$/);
        expect(claims[1]).toBe(claims[0]);
        expect(withoutCrawlLines(outputs[1]!)).toBe(withoutCrawlLines(outputs[0]!));
        expect(outputs[1]).toMatch(/crawled \d+ pages .*: 0 new or changed articles/);
    });

    it('names where its source links open', () => {
        expect(outputs[0]).toContain(`Source links (http://127.0.0.1:${port}/…) open while the demo sites are served: npx tsx test/demo/serve.ts --port ${port}`);
    });
});
