import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildClaimDocuments } from '../../../src/pipeline/build-claims.js';
import { indexPages } from '../../../src/pipeline/index-stage.js';
import { openEmbeddedIndex } from '../../../src/search/embedded-index.js';
import type { ClaimDocument } from '../../../src/search/types.js';
import { PageStore } from '../../../src/storage/page-store.js';
import { pageRecordFromText } from '../../helpers/page-record.js';

const page = pageRecordFromText;

const NOTICE = '温馨提示:本站提醒,深圳的退休人员每月医保返款金额可以达到250元左右,仅供参考。';
const TEMPLATE = (city: string, amount: number) =>
    `${city}退休人员医保卡每月返多少钱?\n\n北京:70岁以下退休人员每月划入${amount}元,70岁及以上每月划入110元。\n\n${NOTICE}`;
const byUrlAndId = (docs: ClaimDocument[]) =>
    [...docs].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

let dataDir: string;
beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'claimscope-index-stage-'));
});
afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
});

describe('indexPages', () => {
    const pages = [
        ...['郑州', '南昌', '兰州', '杭州', '义乌'].map((city, n) => page(`http://a.example/${n}.html`, TEMPLATE(city, 100 - n))),
        page('http://b.example/x.html', TEMPLATE('石家庄', 100)),
    ];

    it('indexes, page by page from the store, exactly the claims derived from all pages at once', async () => {
        const store = await PageStore.open(dataDir);
        for (const p of pages) await store.put(p);
        const index = await openEmbeddedIndex(dataDir);
        const count = await indexPages(store, index);
        const expected = buildClaimDocuments(await store.all());
        expect(count).toBe(expected.length);
        expect(await index.all()).toEqual(byUrlAndId(expected));
        // the notice every a.example page repeats is boilerplate: its claim is kept once there
        expect((await index.all()).filter((doc) => doc.region === '深圳' && doc.site === 'a.example')).toHaveLength(1);
    });

    it('replaces the claims of a page that changed and updates the copies of the others', async () => {
        const store = await PageStore.open(dataDir);
        for (const p of pages) await store.put(p);
        const index = await openEmbeddedIndex(dataDir);
        await indexPages(store, index);
        const changed = page('http://b.example/x.html', '石家庄医保卡余额怎么查?\n\n石家庄的参保人可以在医保经办窗口查询个人账户余额。');
        await store.put(changed);
        await indexPages(store, index);
        const all = await index.all();
        expect(all).toEqual(byUrlAndId(buildClaimDocuments(await store.all())));
        expect(all.some((doc) => doc.url === changed.url && doc.region === '北京')).toBe(false);
    });

    it('drops claims that became boilerplate as more pages of a site arrived, so search matches export', async () => {
        const store = await PageStore.open(dataDir);
        const index = await openEmbeddedIndex(dataDir);
        for (const p of pages.slice(0, 3)) await store.put(p);
        await indexPages(store, index);
        expect((await index.all()).filter((doc) => doc.region === '深圳' && doc.site === 'a.example')).toHaveLength(3);
        for (const p of pages.slice(3)) await store.put(p);
        await indexPages(store, index);
        expect(await index.all()).toEqual(byUrlAndId(buildClaimDocuments(await store.all())));
        expect((await index.all()).filter((doc) => doc.region === '深圳' && doc.site === 'a.example')).toHaveLength(1);
    });
});
