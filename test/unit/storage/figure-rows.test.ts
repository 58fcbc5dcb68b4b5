/**
 * The figure projection kept beside each claim record (src/storage/figure-rows.ts): what comparing reads must be the
 * live figure claims as export prints them, in block order, whether the projection was written with the records or
 * filled by store migration 7 on a data dir of the schema before it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeClaimRecord } from '../../../src/storage/claim-records.js';
import { figureBlocksOf } from '../../../src/storage/figure-rows.js';
import { PageStore } from '../../../src/storage/page-store.js';
import { STORE_MIGRATIONS, STORE_OWNER } from '../../../src/storage/schema.js';
import type { ClaimDocument } from '../../../src/search/types.js';
import { pageRecordFromText } from '../../helpers/page-record.js';

const copied = '北京医保\n北京市退休人员医保个人账户每月返款180元,按月划入个人账户,次月起可在定点药店使用。';
const pages = [
    pageRecordFromText('https://b.example/2.html', copied),
    pageRecordFromText('https://a.example/1.html', copied),
    pageRecordFromText('https://c.example/3.html', '上海医保\n上海市退休人员医保个人账户每月返款95元。城乡居民基础养老金每人每月提高20元。'),
    pageRecordFromText('https://d.example/4.html', '北京养老\n北京市城乡居民基础养老金每人每月最低标准为924元,60周岁以上按月领取。'),
];

let dataDir: string;
beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'claimscope-figure-rows-'));
});
afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
});

type Figure = Extract<ClaimDocument, { kind: 'figure' }>;
const blockOf = (doc: Figure) => JSON.stringify([doc.region, doc.metric, doc.population, doc.ageMin, doc.ageMax, doc.unit]);
/** What a comparison reads of a figure, to set beside what export prints. */
const compared = (doc: Figure) => [blockOf(doc), doc.url, doc.value, doc.period, doc.site, doc.title, doc.cluster, doc.quote, doc.basis];

/** The live figure claims as export prints them, ordered the way comparing reads them: by block, then export order. */
function exportedInBlockOrder(store: PageStore): unknown[][] {
    const figures = [...store.claimDocuments()].filter((doc): doc is Figure => doc.kind === 'figure');
    const order = (doc: Figure) => [blockOf(doc), doc.url] as const;
    return figures
        .map((doc, position) => ({ doc, position }))
        .sort((x, y) => {
            const [a, b] = [order(x.doc), order(y.doc)];
            return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : x.position - y.position;
        })
        .map(({ doc }) => compared(doc));
}

function readBlocks(store: PageStore): unknown[][][] {
    return store.transaction(() => [...figureBlocksOf(store.db)].map((block) => block.map((row) => compared(row as Figure))));
}

describe('the figure projection beside each claim record', () => {
    it('reads the live figure claims as settled, a block per region, metric, population, ages and unit, in export order', async () => {
        const store = await PageStore.open(dataDir);
        for (const page of pages) await store.put(page);
        await store.settleClusters();
        const blocks = readBlocks(store);
        const expected = exportedInBlockOrder(store);
        expect(blocks.flat()).toEqual(expected);
        for (const block of blocks) expect(new Set(block.map((row) => row[0])).size).toBe(1);
        expect(new Set(blocks.map((block) => block[0]![0])).size).toBe(blocks.length);
        // The copied passage settled into one cluster: its figures carry it, as export prints them.
        const copies = expected.filter((row) => row[1] === 'https://a.example/1.html' || row[1] === 'https://b.example/2.html');
        expect(copies.length).toBeGreaterThan(0);
        expect(new Set(copies.map((row) => row[6])).size).toBe(1);
        expect(copies[0]![6]).not.toBeNull();
        store.close();
    });

    it('is replaced when its page is written again and removed with its record', async () => {
        const store = await PageStore.open(dataDir);
        for (const page of pages) await store.put(page);
        await store.put({ ...pageRecordFromText('https://d.example/4.html', '广州医保\n广州市退休人员医保个人账户每月返款95元。'), contentHash: 'next' });
        expect(readBlocks(store).flat()).toEqual(exportedInBlockOrder(store));
        expect(readBlocks(store).flat().filter((row) => row[1] === 'https://d.example/4.html').map((row) => row[2])).toEqual([95]);

        const pagesWithFigures = store.db.prepare('SELECT count(*) FROM figure_pages').pluck().get() as number;
        store.transaction(() => removeClaimRecord(store.db, 'https://d.example/4.html'));
        expect(store.db.prepare('SELECT count(*) FROM figure_pages').pluck().get()).toBe(pagesWithFigures - 1);
        expect(readBlocks(store).flat().some((row) => row[1] === 'https://d.example/4.html')).toBe(false);
        store.close();
    });

    it('is filled once by store migration 7 on a data dir of schema 6, as the writer writes it', async () => {
        expect(STORE_MIGRATIONS).toHaveLength(7);
        const store = await PageStore.open(dataDir);
        for (const page of pages) await store.put(page);
        await store.settleClusters();
        const projection = store.db.prepare('SELECT p.url, stored_json(f.blocks) AS blocks FROM figure_pages f JOIN page_claims p ON p.id = f.page ORDER BY p.url').all();
        const blocks = readBlocks(store);
        expect(blocks.flat()).toHaveLength(exportedInBlockOrder(store).length);
        store.db.exec(`DROP TABLE figure_pages; DELETE FROM schema_migrations WHERE owner = '${STORE_OWNER}' AND version = 7;`);
        store.close();

        const reopened = await PageStore.open(dataDir);
        expect(reopened.db.prepare('SELECT p.url, stored_json(f.blocks) AS blocks FROM figure_pages f JOIN page_claims p ON p.id = f.page ORDER BY p.url').all()).toEqual(projection);
        expect(readBlocks(reopened)).toEqual(blocks);
        reopened.close();
    });
});
