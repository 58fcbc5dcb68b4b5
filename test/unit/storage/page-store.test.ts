import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedIndex } from '../../../src/search/embedded-index.js';
import { liveClaimsOf } from '../../../src/storage/claim-records.js';
import { figureBlocksOf } from '../../../src/storage/figure-rows.js';
import { PageStore } from '../../../src/storage/page-store.js';
import { migrate, openDatabase } from '../../../src/storage/database.js';
import { STORE_MIGRATIONS, STORE_OWNER } from '../../../src/storage/schema.js';
import type { PageRecord } from '../../../src/storage/types.js';
import { pageRecordFromText } from '../../helpers/page-record.js';

function record(n: number): PageRecord {
    return {
        url: `https://a.example/${n}.html`,
        site: 'a.example',
        title: `第${n}篇`,
        published: null,
        passages: [{ index: 0, text: `正文${n}`, kind: 'paragraph', section: null }],
        claims: [],
        contentHash: String(n),
        etag: null,
        lastModified: null,
        fetchedAt: '2025-01-01T00:00:00.000Z',
    };
}

let dataDir: string;
beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'claimscope-page-store-'));
});
afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
});

async function collect(pages: AsyncIterable<PageRecord>): Promise<PageRecord[]> {
    const out: PageRecord[] = [];
    for await (const page of pages) out.push(page);
    return out;
}

describe('PageStore.pages', () => {
    it('yields every stored page once, the latest version of a page stored twice', async () => {
        const store = await PageStore.open(dataDir);
        for (let n = 0; n < 30; n++) await store.put(record(n));
        await store.put({ ...record(7), title: '改过的标题' });
        const streamed = await collect(store.pages());
        expect(streamed).toHaveLength(30);
        const byUrl = (a: PageRecord, b: PageRecord) => (a.url < b.url ? -1 : 1);
        expect([...streamed].sort(byUrl)).toEqual(await store.all());
        expect(streamed.find((page) => page.url === record(7).url)!.title).toBe('改过的标题');
    });

    it('yields nothing for an empty store and can be left early', async () => {
        const store = await PageStore.open(dataDir);
        expect(await collect(store.pages())).toEqual([]);
        for (let n = 0; n < 20; n++) await store.put(record(n));
        for await (const page of store.pages()) {
            expect(page.site).toBe('a.example');
            break;
        }
        expect(await collect(store.pages())).toHaveLength(20);
    });
});

describe('PageStore.settleClusters after clusterAsWritten', () => {
    const NOTICE = '温馨提示:本站提醒,退休人员每月医保返款金额可以达到250元左右,仅供参考。';
    const copied = (n: number, host = 'a.example') =>
        pageRecordFromText(
            `https://${host}/${n}.html`,
            `第${n}篇:医保卡每月返多少钱?\n\n北京:70岁以下退休人员每月划入${n % 2 === 0 ? 100 : 97}元,70岁及以上每月划入110元。\n\n${NOTICE}`,
        );

    /** Claims after writing `before`, then (clustering as written) `during`, then settling. */
    async function settledAfter(before: PageRecord[], during: PageRecord[], asWritten: boolean) {
        const dir = await mkdtemp(join(tmpdir(), 'claimscope-page-store-feed-'));
        const store = await PageStore.open(dir);
        try {
            store.apply(before.map((page) => ({ kind: 'changed', page })));
            if (asWritten) store.clusterAsWritten();
            for (const page of during) store.apply([{ kind: 'changed', page }]);
            await store.settleClusters();
            return [...store.claimDocuments()];
        } finally {
            store.close();
            await rm(dir, { recursive: true, force: true });
        }
    }

    const cases: [string, PageRecord[], PageRecord[]][] = [
        ['a new data dir', [], [1, 2, 3, 4].map((n) => copied(n)).concat(copied(5, 'b.example'))],
        ['pages stored before the crawl', [copied(1), copied(2)], [copied(3), copied(4, 'b.example')]],
        ['a page written twice', [copied(1)], [copied(2), copied(3), { ...copied(2), title: '改过的标题' }]],
    ];
    it.each(cases)('gives the same claims as settling from the stored pages alone: %s', async (_name, before, during) => {
        const expected = await settledAfter(before, during, false);
        expect(expected.some((doc) => doc.copies > 1)).toBe(true);
        expect(await settledAfter(before, during, true)).toEqual(expected);
    });
});

/** Passages and drafts are stored deflated; rows an earlier version wrote as JSON text read the same. */
describe('compressed page rows', () => {
    it('stores passages and drafts compressed, and reads pages written as JSON text the same way', async () => {
        const store = await PageStore.open(dataDir);
        await store.put(record(1));
        await store.put(record(2));
        const stored = store.db.prepare('SELECT typeof(passages) AS passages, typeof(drafts) AS drafts FROM pages').all();
        expect(stored).toEqual([
            { passages: 'blob', drafts: 'blob' },
            { passages: 'blob', drafts: 'blob' },
        ]);
        // A page as an earlier version wrote it.
        store.db
            .prepare('UPDATE pages SET passages = ?, drafts = ? WHERE url = ?')
            .run(JSON.stringify(record(2).passages), JSON.stringify(record(2).claims), record(2).url);
        expect(await store.all()).toEqual([record(1), record(2)]);
        store.close();
    });

    it('sets aside a page whose compressed passages are damaged, naming it, and keeps the rest', async () => {
        const notices: string[] = [];
        const store = await PageStore.open(dataDir, { notice: (line) => notices.push(line) });
        await store.put(record(1));
        await store.put(record(2));
        store.db.prepare('UPDATE pages SET passages = ? WHERE url = ?').run(Buffer.from('not deflated'), record(1).url);
        expect(await store.all()).toEqual([record(2)]);
        expect(notices).toHaveLength(1);
        expect(notices[0]).toContain(`page ${record(1).url}`);
        store.close();
    });
});

describe('the change counter', () => {
    const figurePage = (n: number) => pageRecordFromText(`https://gov.example.cn/${n}.html`, `北京医保\n北京市退休人员医保个人账户每月返款${100 + n}元。`);
    const pageSeqs = (store: PageStore) => store.db.prepare('SELECT seq FROM index_pages ORDER BY seq').pluck().all() as number[];

    it('moves once per write transaction, and a data dir of an earlier version carries on above its highest seq', async () => {
        const store = await PageStore.open(dataDir);
        await store.put(figurePage(1));
        const stamp = store.changeStamp();
        await store.put(figurePage(2));
        expect(store.changeStamp()).not.toBe(stamp);
        const [first, second] = pageSeqs(store);
        expect(second).toBeGreaterThan(first!);
        store.close();

        // A data dir as a version before the counter in meta left it: a removed claim's row at seq 7, no counter.
        const older = join(dataDir, 'older');
        const db = openDatabase(older);
        migrate(db, STORE_OWNER, STORE_MIGRATIONS.slice(0, 4));
        db.prepare("INSERT INTO claims (id, url, ord, live, seq, doc, words) VALUES ('gone', 'https://gov.example.cn/0.html', 0, 0, 7, '{}', '')").run();
        db.close();

        const reopened = await PageStore.open(older);
        expect(reopened.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'claims%'").pluck().get()).toBe(0);
        expect(reopened.claimCount()).toBe(0);
        await reopened.put(figurePage(3));
        expect(pageSeqs(reopened)).toEqual([8]);
        reopened.close();
    });
});

describe('a data dir whose claims were stored a row per claim (store schema 5)', () => {
    const text = '北京医保\n北京市退休人员医保个人账户每月返款180元,按月划入个人账户,次月起可在定点药店使用。';
    const pages = [
        pageRecordFromText('https://a.example/1.html', text),
        pageRecordFromText('https://b.example/2.html', text),
        pageRecordFromText('https://c.example/3.html', '上海医保\n上海市退休人员医保个人账户每月返款95元。'),
    ];

    /**
     * Turns a data dir of this version back into schema 5: each live claim a row with its document and words, no
     * records and no figure projection.
     */
    function backToRowPerClaim(store: PageStore): void {
        const urls = store.db.prepare('SELECT url FROM page_claims ORDER BY url').pluck().all() as string[];
        const rows = urls.flatMap((url) => liveClaimsOf(store.db, url).map((claim, ord) => ({ ...claim, url, ord })));
        store.db.exec(`
            CREATE TABLE claims (id TEXT PRIMARY KEY, url TEXT NOT NULL, ord INTEGER NOT NULL, live INTEGER NOT NULL, seq INTEGER NOT NULL,
                doc TEXT NOT NULL, words TEXT NOT NULL);
            CREATE INDEX claims_by_url ON claims (url, ord, id);
            CREATE INDEX claims_removed ON claims (seq) WHERE live = 0;
            DROP TABLE page_claims; DROP TABLE page_settled; DROP TABLE claim_ids; DROP TABLE figure_pages;
            DELETE FROM schema_migrations WHERE owner = '${STORE_OWNER}' AND version IN (6, 7);`);
        const insert = store.db.prepare('INSERT INTO claims (id, url, ord, live, seq, doc, words) VALUES (?, ?, ?, 1, 1, ?, ?)');
        for (const row of rows) insert.run(row.doc.id, row.url, row.ord, JSON.stringify(row.doc), row.words);
        // A claim removed earlier: kept as a row with live = 0, read by nobody.
        store.db.prepare("INSERT INTO claims (id, url, ord, live, seq, doc, words) VALUES ('gone', ?, 9, 0, 1, '{}', '')").run(pages[0]!.url);
    }

    it('is carried over once: export, counts, a claim by id, search and settling answer as before', async () => {
        expect(STORE_MIGRATIONS).toHaveLength(7);
        const store = await PageStore.open(dataDir);
        for (const page of pages) await store.put(page);
        await store.settleClusters();
        const exported = [...store.claimDocuments()];
        expect(exported.filter((doc) => doc.copies === 2 && doc.cluster !== null)).toHaveLength(2);
        const figureBlocks = store.transaction(() => [...figureBlocksOf(store.db)]);
        backToRowPerClaim(store);
        store.close();

        const reopened = await PageStore.open(dataDir);
        expect(reopened.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'claims'").pluck().get()).toBe(0);
        expect([...reopened.claimDocuments()]).toEqual(exported);
        expect(reopened.transaction(() => [...figureBlocksOf(reopened.db)])).toEqual(figureBlocks);
        expect(reopened.claimCount()).toBe(exported.length);
        expect(reopened.claimDocument(exported[1]!.id)).toEqual(exported[1]);
        expect(reopened.claimDocument('gone')).toBeUndefined();
        await reopened.put(pageRecordFromText('https://d.example/4.html', text));
        await reopened.settleClusters();
        const copies = [...reopened.claimDocuments()].filter((doc) => doc.quote === exported.find((e) => e.copies === 2)!.quote);
        expect(copies.map((doc) => doc.copies)).toEqual([3, 3, 3]);
        reopened.close();

        const index = await openEmbeddedIndex(dataDir, () => {});
        expect((await index.search({ q: '', hitsPerPage: 100 })).total).toBe(exported.length + 1);
        expect((await index.search({ q: '上海', hitsPerPage: 100 })).hits.map((hit) => hit.url)).toEqual(['https://c.example/3.html']);
        await index.close();
    });
});
