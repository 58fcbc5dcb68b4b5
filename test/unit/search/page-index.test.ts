/**
 * The embedded index as kept on disk: each page's claims packed in `index_pages`, written in the page's transaction
 * (src/search/page-index.ts). What a user would notice: a data dir of an earlier version is packed once and answers
 * as before; a reader that opened earlier follows pages replaced and set aside; words numbered in a transaction that
 * rolled back are never used for another word.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedIndex } from '../../../src/search/embedded-index.js';
import type { ClaimQuery, ClaimSearchResult } from '../../../src/search/types.js';
import { PageStore } from '../../../src/storage/page-store.js';
import { openStoreDatabase } from '../../../src/storage/schema.js';
import { CLAIMS } from '../../contract/fixtures.js';
import { pageRecordFromText } from '../../helpers/page-record.js';

let dataDir: string;
beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'claimscope-page-index-'));
});
afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
});

const QUERIES: ClaimQuery[] = [{ hitsPerPage: 100 }, { q: '返款', hitsPerPage: 100 }, { q: '家庭' }, { region: '北京市', age: 75 }, { minConfidence: 0.9, site: 'b.example.cn' }];

const quiet = () => {};
const values = (result: ClaimSearchResult) => result.hits.map((hit) => (hit.kind === 'figure' ? hit.value : null));

describe('packed page rows', () => {
    it('are packed once, saying so, in a data dir written before they existed, and the answers stay the same', async () => {
        const index = await openEmbeddedIndex(dataDir, quiet);
        await index.upsert(CLAIMS);
        const before = await Promise.all(QUERIES.map((query) => index.search(query)));
        await index.close();
        // The data dir as the previous version left it: claims with their words, no packed rows, no migration 3.
        const db = openStoreDatabase(dataDir);
        db.exec(`DROP TABLE index_pages; DROP TABLE index_terms; DELETE FROM schema_migrations WHERE owner = 'store' AND version = 3;
                 DELETE FROM meta WHERE key = 'index_pages';`);
        db.close();

        const notices: string[] = [];
        const reopened = await openEmbeddedIndex(dataDir, (line) => notices.push(line));
        const pages = new Set(CLAIMS.map((claim) => claim.url)).size;
        expect(notices).toEqual([`${dataDir}: packing the search index of ${pages} pages (once, for this version)`]);
        expect(await Promise.all(QUERIES.map((query) => reopened.search(query)))).toEqual(before);
        await reopened.close();

        const again: string[] = [];
        const third = await openEmbeddedIndex(dataDir, (line) => again.push(line));
        expect(again).toEqual([]);
        expect((await third.search({})).total).toBe(CLAIMS.length);
        await third.close();
    });

    it('let a reader opened earlier follow a page written again and a page set aside', async () => {
        const store = await PageStore.open(dataDir, { notice: quiet });
        const url = 'https://gov.example.cn/a.html';
        await store.put(pageRecordFromText(url, '北京医保\n北京市退休人员医保个人账户每月返款100元。'));
        const reader = await openEmbeddedIndex(dataDir, quiet);
        expect(values(await reader.search({ q: '返款' }))).toEqual([100]);

        await store.put(pageRecordFromText(url, '北京医保\n北京市退休人员医保个人账户每月划入120元。'));
        expect(values(await reader.search({ q: '返款' }))).toEqual([120]); // 划入 folds onto 返款
        expect((await reader.search({ q: '100元' })).total).toBe(0);
        expect((await reader.search({})).total).toBe(1);

        // A page whose stored claims cannot be read is set aside: its claims leave search at once.
        store.db.prepare("UPDATE pages SET drafts = 'not json' WHERE url = ?").run(url);
        expect(await store.get(url)).toBeUndefined();
        expect((await reader.search({})).total).toBe(0);
        await reader.close();
        store.close();
    });

    it('never reuse a word number handed out in a transaction that rolled back', async () => {
        const store = await PageStore.open(dataDir, { notice: quiet });
        const page = pageRecordFromText('https://gov.example.cn/b.html', '上海医保\n上海市退休人员医保个人账户每月返款200元。');
        expect(() =>
            store.transaction(() => {
                store.apply([{ kind: 'changed', page, logChanges: false }]);
                throw new Error('rolled back');
            }),
        ).toThrow('rolled back');
        // Another writer takes the numbers the rolled-back transaction had given out, for other words.
        const other = await openEmbeddedIndex(dataDir, quiet);
        await other.upsert(CLAIMS);
        store.apply([{ kind: 'changed', page, logChanges: false }]);

        expect(values(await other.search({ q: '上海市 返款', url: page.url }))).toEqual([200]);
        expect((await other.search({ q: '家庭共济', url: page.url })).total).toBe(0);
        await other.close();
        store.close();
    });
});
