/**
 * The embedded index's postings on disk in segments (src/search/index-segments.ts). What a user would notice:
 * search answers the same whether a reader loads segments or page rows, whether it opened before or after more
 * pages committed, and while the segments it reads are merged away under it; a data dir of the previous version
 * gets its segments once, saying so.
 *
 * Two data dirs receive the same writes; one has them segmented after every write (segments of one page, merged
 * three at a time, so a few dozen pages go through several merges), the other never (the page rows alone).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedIndex } from '../../../src/search/embedded-index.js';
import { flushSegments } from '../../../src/search/index-segments.js';
import type { ClaimDocument, ClaimQuery, SearchIndex } from '../../../src/search/types.js';
import type { Db } from '../../../src/storage/database.js';
import { openStoreDatabase } from '../../../src/storage/schema.js';
import { CLAIMS } from '../../contract/fixtures.js';

const SMALL_SEGMENTS = { flushPages: 1, fanIn: 3 };

const QUERIES: ClaimQuery[] = [
    { hitsPerPage: 1000 },
    { q: '返款', hitsPerPage: 1000 },
    { q: '返', hitsPerPage: 50 },
    { q: '北京 返款', hitsPerPage: 1000 },
    { q: '家庭', page: 2, hitsPerPage: 3 },
    { region: '北京', age: 75, hitsPerPage: 1000 },
    { region: null, hitsPerPage: 1000 },
    { minConfidence: 0.9, site: 'b.example.cn', hitsPerPage: 1000 },
    { kind: 'procedure', q: '医保', hitsPerPage: 1000 },
    { url: 'https://a.example.cn/yb/101.html?copy=3', hitsPerPage: 1000 },
];

/** The fixture claims as `copies` more pages each, copies numbered from `from`. */
function copies(from: number, count: number, claims: readonly ClaimDocument[] = CLAIMS): ClaimDocument[] {
    return Array.from({ length: count }, (_, i) =>
        claims.map((claim) => ({ ...claim, id: `${claim.id}-${from + i}`, url: `${claim.url}?copy=${from + i}` })),
    ).flat();
}

const quiet = () => {};
const answers = (index: SearchIndex) => Promise.all(QUERIES.map((query) => index.search(query)));
const segmentCount = (db: Db) => db.prepare('SELECT count(*) FROM index_segments').pluck().get() as number;

let dirs: string[] = [];
beforeEach(() => {
    dirs = [];
});
afterEach(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function dataDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'claimscope-segments-'));
    dirs.push(dir);
    return dir;
}

/** A data dir whose writes are segmented after each one, and one whose writes never are. */
async function twins() {
    const segmentedDir = await dataDir();
    const plainDir = await dataDir();
    const segmented = await openEmbeddedIndex(segmentedDir, quiet);
    const plain = await openEmbeddedIndex(plainDir, quiet);
    const flusher = openStoreDatabase(segmentedDir);
    return {
        segmentedDir,
        plainDir,
        flusher,
        /** Applies `write` to both, then segments the first. */
        async write(write: (index: SearchIndex) => Promise<void>) {
            await write(segmented);
            await write(plain);
            flushSegments(flusher, SMALL_SEGMENTS);
        },
        async close() {
            flusher.close();
            await segmented.close();
            await plain.close();
        },
    };
}

describe('segments of the embedded index', () => {
    it('answer every query as the page rows alone do, through replaced, removed and emptied pages and merges', async () => {
        const data = await twins();
        for (let batch = 0; batch < 6; batch++) await data.write((index) => index.upsert(copies(batch * 4, 4)));
        // Pages written again with other figures, pages removed, a page left without claims.
        await data.write((index) => index.upsert(copies(2, 3).map((claim) => (claim.kind === 'figure' ? { ...claim, value: claim.value + 1 } : claim))));
        await data.write((index) => index.deleteByUrls(copies(5, 2).map((claim) => claim.url)));
        await data.write((index) => index.upsert(copies(30, 2, CLAIMS.slice(0, 5))));
        const segments = segmentCount(data.flusher);
        expect(segments).toBeGreaterThan(1);
        // Nine flushes merged three at a time leave fewer segments than flushes.
        expect(segments).toBeLessThan(9);

        const fromSegments = await openEmbeddedIndex(data.segmentedDir, quiet);
        const fromRows = await openEmbeddedIndex(data.plainDir, quiet);
        const expected = await answers(fromRows);
        expect(expected[0]!.total).toBe(24 * CLAIMS.length - 2 * CLAIMS.length + 2 * 5);
        expect(await answers(fromSegments)).toEqual(expected);
        await fromSegments.close();
        await fromRows.close();
        await data.close();
    });

    it('give a fresh open the answers of a reader that stayed open, before and after more pages commit', async () => {
        const data = await twins();
        await data.write((index) => index.upsert(copies(0, 6)));
        const early = await openEmbeddedIndex(data.segmentedDir, quiet);
        const before = await answers(early);
        const freshBefore = await openEmbeddedIndex(data.segmentedDir, quiet);
        expect(await answers(freshBefore)).toEqual(before);
        await freshBefore.close();

        for (let batch = 2; batch < 8; batch++) await data.write((index) => index.upsert(copies(batch * 3, 3)));
        const after = await answers(early);
        expect(after[0]!.total).toBe(before[0]!.total + 18 * CLAIMS.length);
        const freshAfter = await openEmbeddedIndex(data.segmentedDir, quiet);
        expect(await answers(freshAfter)).toEqual(after);
        const plain = await openEmbeddedIndex(data.plainDir, quiet);
        expect(after).toEqual(await answers(plain));
        await Promise.all([early.close(), freshAfter.close(), plain.close()]);
        await data.close();
    });

    it('keep a reader right when the segments it read columns from are merged away before it reads postings', async () => {
        const data = await twins();
        for (let batch = 0; batch < 2; batch++) await data.write((index) => index.upsert(copies(batch * 4, 4)));
        const reader = await openEmbeddedIndex(data.segmentedDir, quiet);
        // Loads the columns of the segments there are; no word's postings read yet.
        expect((await reader.search({ hitsPerPage: 0 })).total).toBe(8 * CLAIMS.length);
        const loaded = new Set(data.flusher.prepare('SELECT id FROM index_segments').pluck().all());
        for (let batch = 2; batch < 6; batch++) await data.write((index) => index.upsert(copies(batch * 4, 4)));
        const now = data.flusher.prepare('SELECT id FROM index_segments').pluck().all();
        expect(now.some((id) => loaded.has(id))).toBe(false);

        const plain = await openEmbeddedIndex(data.plainDir, quiet);
        expect(await answers(reader)).toEqual(await answers(plain));
        await Promise.all([reader.close(), plain.close()]);
        await data.close();
    });

    it('are written once, saying so, for a data dir of the previous version, which then answers as before', async () => {
        const dir = await dataDir();
        const index = await openEmbeddedIndex(dir, quiet);
        await index.upsert(copies(0, 5));
        const before = await answers(index);
        await index.close();
        const db = openStoreDatabase(dir);
        expect(segmentCount(db)).toBe(0);
        // The previous version's data dir: page rows, no segments, migration 4 not applied.
        db.exec(`DROP TABLE index_postings; DROP TABLE index_segments; DELETE FROM schema_migrations WHERE owner = 'store' AND version = 4;
                 DELETE FROM meta WHERE key = 'index_segments';`);
        db.close();

        const notices: string[] = [];
        const upgraded = await openEmbeddedIndex(dir, (line) => notices.push(line));
        expect(notices).toEqual([`${dir}: writing the search index's postings of 35 pages (once, for this version)`]);
        expect(await answers(upgraded)).toEqual(before);
        await upgraded.close();
        const check = openStoreDatabase(dir);
        expect(segmentCount(check)).toBe(1);
        check.close();

        const again: string[] = [];
        const reopened = await openEmbeddedIndex(dir, (line) => again.push(line));
        expect(again).toEqual([]);
        expect(await answers(reopened)).toEqual(before);
        await reopened.close();
    });

    it('are left as they were when writing one fails midway, and written by the next flush', async () => {
        const data = await twins();
        await data.write((index) => index.upsert(copies(0, 2)));
        const segmentIds = () => data.flusher.prepare('SELECT id FROM index_segments ORDER BY id').pluck().all();
        const before = segmentIds();
        // The segment's own row goes in, then writing its postings fails, as on a full disk.
        data.flusher.exec("CREATE TEMP TRIGGER failing_postings BEFORE INSERT ON index_postings BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        await expect(data.write((index) => index.upsert(copies(2, 2)))).rejects.toThrow('disk full');
        expect(segmentIds()).toEqual(before);
        const plain = await openEmbeddedIndex(data.plainDir, quiet);
        const fresh = await openEmbeddedIndex(data.segmentedDir, quiet);
        expect(await answers(fresh)).toEqual(await answers(plain));
        await fresh.close();

        data.flusher.exec('DROP TRIGGER failing_postings');
        expect(flushSegments(data.flusher, SMALL_SEGMENTS)).toBe(true);
        expect(segmentIds().length).toBe(before.length + 1);
        const again = await openEmbeddedIndex(data.segmentedDir, quiet);
        expect(await answers(again)).toEqual(await answers(plain));
        await Promise.all([again.close(), plain.close()]);
        await data.close();
    });

    it('go with everything the index clears', async () => {
        const data = await twins();
        for (let batch = 0; batch < 3; batch++) await data.write((index) => index.upsert(copies(batch * 2, 2)));
        const reader = await openEmbeddedIndex(data.segmentedDir, quiet);
        expect((await reader.search({ q: '返款' })).total).toBeGreaterThan(0);
        await data.write((index) => index.clear());
        expect((await reader.search({ q: '返款' })).total).toBe(0);
        const fresh = await openEmbeddedIndex(data.segmentedDir, quiet);
        expect((await fresh.search({})).total).toBe(0);
        await data.write((index) => index.upsert(copies(9, 1)));
        expect((await reader.search({})).total).toBe(CLAIMS.length);
        expect((await fresh.search({})).total).toBe(CLAIMS.length);
        await Promise.all([reader.close(), fresh.close()]);
        await data.close();
    });
});
