/**
 * Opening a data dir repairs it: a 0.1 file layout is migrated once (a damaged page file set aside, named in one
 * line), stray temp files go; a crawl run is resumable until finished; one crawl lock per data dir.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireCrawlLock } from '../../../src/storage/crawl-lock.js';
import { PageStore } from '../../../src/storage/page-store.js';
import { pageRecordFromText } from '../../helpers/page-record.js';

let dataDir: string;
beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'claimscope-repair-'));
});
afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
});

const PAGE = pageRecordFromText('http://a.example/1.html', '北京医保返款标准\n\n北京:70岁以下退休人员每月划入100元,70岁及以上每月划入110元。');

describe('opening a data dir of claimscope 0.1', () => {
    it('migrates pages, failures and changes once, sets a damaged page file aside with one line, and keeps the old files', async () => {
        await mkdir(join(dataDir, 'pages'), { recursive: true });
        await mkdir(join(dataDir, 'failures'), { recursive: true });
        await mkdir(join(dataDir, 'index'), { recursive: true });
        await writeFile(join(dataDir, 'pages', 'aaa.json'), JSON.stringify(PAGE));
        await writeFile(join(dataDir, 'pages', 'aaa.html.gz'), await promisify(gzip)('<html><body>kept</body></html>'));
        await writeFile(join(dataDir, 'pages', 'bbb.json'), '{"url":"http://a.example/2.html","claims":[{"ki');
        await writeFile(join(dataDir, 'pages', 'ccc.json.1234.tmp'), '{');
        await writeFile(join(dataDir, 'failures', 'ddd.json'), JSON.stringify({ url: 'http://a.example/x', reason: 'http_404', message: 'gone', at: 'x' }));
        await writeFile(join(dataDir, 'index', 'claims.json'), '{"format":"claimscope-claims"');
        const notices: string[] = [];

        const store = await PageStore.open(dataDir, { notice: (line) => notices.push(line) });
        expect((await store.all()).map((page) => page.url)).toEqual([PAGE.url]);
        expect(await store.html(PAGE.url)).toBe('<html><body>kept</body></html>');
        expect((await store.failures()).map((f) => f.reason)).toEqual(['http_404']);
        expect([...store.claimDocuments()].map((doc) => (doc.kind === 'figure' ? doc.value : null))).toEqual([100, 110]);
        store.close();

        expect(notices).toHaveLength(2);
        expect(notices[0]).toMatch(/^set aside damaged file .*bbb\.json \(not a whole page record\)/);
        expect(notices[1]).toMatch(/^migrated 1 pages, 1 failures and 0 changes from the file layout of claimscope 0\.1/);
        expect((await readdir(dataDir)).filter((name) => !name.startsWith('claimscope.sqlite'))).toEqual(['layout-0.1']);
        expect(existsSync(join(dataDir, 'layout-0.1', 'pages', 'aaa.json'))).toBe(true);
        expect(existsSync(join(dataDir, 'layout-0.1', 'pages', 'ccc.json.1234.tmp'))).toBe(false);

        // Once: the next open has nothing to migrate.
        const again = await PageStore.open(dataDir, { notice: (line) => notices.push(line) });
        again.close();
        expect(notices).toHaveLength(2);
    });
});

describe('crawl runs', () => {
    it('continue an interrupted run of the same start URLs with what is not done, and start afresh after a finished one', async () => {
        const store = await PageStore.open(dataDir);
        const start = [{ key: 'http://a.example/', url: 'http://a.example/', depth: 0 }];
        expect(store.startRun(start, false).resumed).toBeNull();
        const [applied] = store.apply([
            { kind: 'not_article', key: 'http://a.example/', links: [1, 2, 3].map((n) => ({ key: `http://a.example/${n}`, url: `http://a.example/${n}`, depth: 1 })) },
        ]);
        expect(applied!.newLinks).toHaveLength(3);
        store.apply([{ kind: 'changed', key: 'http://a.example/1', page: PAGE }]);

        const resumed = store.startRun(start, false);
        expect(resumed.resumed?.done).toBe(2);
        expect(resumed.pending).toBe(2);
        expect(store.pendingAfter(0, 10).map((link) => link.url)).toEqual(['http://a.example/2', 'http://a.example/3']);
        const [second] = store.pendingAfter(0, 1);
        expect(store.pendingAfter(second!.rowid, 10).map((link) => link.url)).toEqual(['http://a.example/3']);
        // A link met again is not queued twice.
        expect(store.apply([{ kind: 'not_article', links: [{ key: 'http://a.example/2', url: 'http://a.example/2', depth: 1 }] }])[0]!.newLinks).toEqual([]);

        expect(store.startRun(start, true).resumed).toBeNull();
        store.finishRun();
        const fresh = store.startRun(start, false);
        expect(fresh.resumed).toBeNull();
        expect(fresh.pending).toBe(1);
        expect(store.pendingAfter(0, 10).map(({ key, url, depth }) => ({ key, url, depth }))).toEqual(start);
        store.close();
    });
});

describe('the crawl lock', () => {
    it('refuses a second holder naming the first PID, and takes over a lock whose process is gone', async () => {
        const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
        try {
            await writeFile(join(dataDir, 'crawl.lock'), `${sleeper.pid}\n`);
            expect(() => acquireCrawlLock(dataDir)).toThrow(`another crawl (PID ${sleeper.pid}) is writing ${dataDir}`);
        } finally {
            sleeper.kill('SIGKILL');
            await new Promise((resolve) => sleeper.once('exit', resolve));
        }
        const release = acquireCrawlLock(dataDir);
        release();
        expect(existsSync(join(dataDir, 'crawl.lock'))).toBe(false);
    });
});
