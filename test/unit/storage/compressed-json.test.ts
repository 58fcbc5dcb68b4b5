/**
 * A page's passages and claim drafts are stored compressed; pages written before that hold them as JSON text. Both
 * read back as written, and a column that does not inflate is set aside like any damaged record.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PageStore } from '../../../src/storage/page-store.js';
import type { PageRecord } from '../../../src/storage/types.js';

function record(n: number): PageRecord {
    return {
        url: `https://a.example/${n}.html`,
        site: 'a.example',
        title: `第${n}篇`,
        published: null,
        passages: [{ index: 0, text: `正文${n}：每月发放${n}元。`, kind: 'paragraph', section: null }],
        claims: [],
        contentHash: String(n),
        etag: null,
        lastModified: null,
        fetchedAt: '2025-01-01T00:00:00.000Z',
    };
}

let dataDir: string;
beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'claimscope-compressed-json-'));
});
afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
});

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
