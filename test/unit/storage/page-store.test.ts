import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageStore } from '../../../src/storage/page-store.js';
import type { PageRecord } from '../../../src/storage/types.js';

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
