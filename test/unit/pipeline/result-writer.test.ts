import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageRowsOf } from '../../../src/pipeline/build-claims.js';
import { ResultWriter } from '../../../src/pipeline/result-writer.js';
import { liveClaimsOf } from '../../../src/storage/claim-records.js';
import { PageStore, type StoreResult } from '../../../src/storage/page-store.js';
import { pageRecordFromText } from '../../helpers/page-record.js';

const article = (n: number) =>
    pageRecordFromText(
        `https://a.example/${n}.html`,
        `第${n}号城市退休人员医保卡每月返多少钱?\n\n70岁以下退休人员每月划入${60 + n}元,70岁及以上每月划入${100 + n}元。\n\n可以在经办窗口查询个人账户余额。`,
    );

const link = (path: string) => ({ key: `https://a.example/${path}`, url: `https://a.example/${path}`, depth: 1 });

let dirs: string[] = [];
beforeEach(() => {
    dirs = [];
});
afterEach(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function openStore(): Promise<PageStore> {
    const dir = await mkdtemp(join(tmpdir(), 'claimscope-result-writer-'));
    dirs.push(dir);
    return PageStore.open(dir);
}

function wordsOf(store: PageStore): Record<string, string> {
    const urls = store.db.prepare('SELECT url FROM page_claims').pluck().all() as string[];
    return Object.fromEntries(urls.flatMap((url) => liveClaimsOf(store.db, url).map((claim) => [claim.doc.id, claim.words])));
}

describe('ResultWriter', () => {
    it('commits results handed in together, each caller learning only the links its own page added', async () => {
        const store = await openStore();
        const writer = new ResultWriter(store);
        const applied = await Promise.all(
            Array.from({ length: 120 }, (_, n) =>
                writer.write({ kind: 'changed', key: `https://a.example/${n}.html`, page: article(n), links: [link('shared.html'), link(`only-${n}.html`)] }),
            ),
        );
        expect(store.counts().pages).toBe(120);
        expect(applied[0]!.newLinks.map((l) => l.key)).toEqual([link('shared.html').key, link('only-0.html').key]);
        for (let n = 1; n < 120; n++) expect(applied[n]!.newLinks.map((l) => l.key)).toEqual([link(`only-${n}.html`).key]);
        store.close();
    });

    it('rejects every result of a transaction that fails, and stores none of them', async () => {
        const store = await openStore();
        const writer = new ResultWriter(store);
        const bad = { kind: 'changed', page: { ...article(2), title: null } } as unknown as StoreResult;
        const outcomes = await Promise.allSettled([writer.write({ kind: 'changed', page: article(1) }), writer.write(bad)]);
        expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
        expect(store.counts().pages).toBe(0);
        await writer.write({ kind: 'changed', page: article(3) });
        expect(store.counts().pages).toBe(1);
        store.close();
    });
});

describe('PageStore.apply', () => {
    it('stops taking results once its time is up, always applying at least one', async () => {
        const store = await openStore();
        const results: StoreResult[] = [1, 2, 3].map((n) => ({ kind: 'changed', page: article(n) }));
        expect(store.apply(results, performance.now() - 1)).toHaveLength(1);
        expect(store.counts().pages).toBe(1);
        expect(store.apply(results.slice(1))).toHaveLength(2);
        expect(store.counts().pages).toBe(3);
        store.close();
    });

    it('stores rows worked out before the write exactly as it would work them out itself', async () => {
        const pages = [1, 2, 3].map(article);
        expect(pages.every((page) => page.claims.length > 0)).toBe(true);
        const prepared = await openStore();
        prepared.apply(pages.map((page) => ({ kind: 'changed' as const, page, rows: pageRowsOf(page) })));
        const inStore = await openStore();
        inStore.apply(pages.map((page) => ({ kind: 'changed', page })));
        expect(await prepared.all()).toEqual(await inStore.all());
        expect([...prepared.claimDocuments()]).toEqual([...inStore.claimDocuments()]);
        expect(wordsOf(prepared)).toEqual(wordsOf(inStore));
        prepared.close();
        inStore.close();
    });
});
