/**
 * One behaviour, every backend: the embedded index always, Meilisearch when MEILI_URL points at a
 * server (the adapter is otherwise only typechecked). Same claims in, same hits, totals and facets
 * out. Text-query hits are compared as sets: each engine scores relevance its own way.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedIndex } from '../../src/search/embedded-index.js';
import { openMeiliIndex } from '../../src/search/meili-index.js';
import type { ClaimDocument, SearchIndex } from '../../src/search/types.js';
import { CLAIMS, PAGES } from './fixtures.js';

interface Backend {
    name: string;
    /** Why the suite cannot run here, if it cannot. */
    skip?: string;
    /** Opens the index; `reopen` only for backends that persist to disk. */
    open(): Promise<SearchIndex>;
    reopen?(): Promise<SearchIndex>;
    dispose(): Promise<void>;
}

function embeddedBackend(): Backend {
    let dir = '';
    return {
        name: 'embedded (jieba + in-memory postings)',
        async open() {
            dir ||= await mkdtemp(join(tmpdir(), 'claimscope-contract-'));
            return openEmbeddedIndex(dir);
        },
        reopen: () => openEmbeddedIndex(dir),
        dispose: () => rm(dir, { recursive: true, force: true }),
    };
}

function meiliBackend(): Backend {
    const url = process.env.MEILI_URL;
    const prefix = `contract_${randomUUID().slice(0, 8)}_`;
    return {
        name: 'Meilisearch',
        skip: url ? undefined : 'MEILI_URL is not set (no Meilisearch server on this machine)',
        open: () => openMeiliIndex({ url: url!, apiKey: process.env.MEILI_KEY, indexPrefix: prefix, batchSize: 7 }),
        async dispose() {
            if (!url) return;
            await new Meilisearch({ host: url, apiKey: process.env.MEILI_KEY }).index(`${prefix}claims`).delete().waitTask();
        },
    };
}

const ids = (docs: ClaimDocument[]) => docs.map((doc) => doc.id);
const sortedIds = (docs: ClaimDocument[]) => ids(docs).sort();
/** The contract's order, computed independently of either backend. */
const inUrlIdOrder = (docs: ClaimDocument[]) =>
    [...docs].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const byQuote = (quote: string) => CLAIMS.find((claim) => claim.quote === quote)!;

describe.each([embeddedBackend(), meiliBackend()])('SearchIndex contract: $name', (backend) => {
    describe.skipIf(backend.skip !== undefined)(backend.skip ?? 'runs', () => {
        let index: SearchIndex;

        beforeAll(async () => {
            index = await backend.open();
        });
        beforeEach(async () => {
            await index.clear();
            await index.upsert(CLAIMS);
        });
        afterAll(async () => {
            await index?.close();
            await backend.dispose();
        });

        it('lists everything in url-then-id order with facet counts over all hits', async () => {
            const result = await index.search({ hitsPerPage: 3 });
            expect(result.total).toBe(30);
            expect(ids(result.hits)).toEqual(ids(inUrlIdOrder(CLAIMS)).slice(0, 3));
            expect(result.facets.site).toEqual({ 'a.example.cn': 8, 'b.example.cn': 10, 'c.example.cn': 8, 'd.example.cn': 4 });
            // Claims with no region (national statements, how-tos) are in no region facet.
            expect(result.facets.region).toEqual({ 北京: 6, 上海: 4, 深圳: 5, 海南: 5 });
            expect(await index.all()).toEqual(inUrlIdOrder(CLAIMS));
        });

        it('finds 返款 and its synonyms (划入, 打入, 返还, 到账) in quote or title', async () => {
            const result = await index.search({ q: '返款', hitsPerPage: 100 });
            const found = new Set(ids(result.hits));
            expect(result.total).toBe(24);
            expect(found.has(byQuote('75岁及以上每月划入90元').id)).toBe(true); // 划入 in the quote
            expect(found.has(byQuote('登录发卡银行App,查看社保卡医保账户到账记录').id)).toBe(true); // 到账
            // Title-only match: the title says 划入, the procedure itself does not.
            expect(found.has(byQuote('打开随申办App,点击医保,即可查询个人账户余额').id)).toBe(true);
            // No word of the group anywhere on the transfer page.
            expect(result.hits.some((hit) => hit.url === PAGES.genC.url)).toBe(false);
            expect(result.facets.site['c.example.cn']).toBe(4);
        });

        it('needs every word of a multi-word query, across fields', async () => {
            const result = await index.search({ q: '北京 返款', hitsPerPage: 100 });
            expect(sortedIds(result.hits)).toEqual(
                sortedIds(CLAIMS.filter((claim) => claim.region === '北京' || claim.url === PAGES.bjC.url)),
            );
        });

        it('filters by region, exactly', async () => {
            const result = await index.search({ region: '北京', hitsPerPage: 100 });
            expect(ids(result.hits)).toEqual(ids(inUrlIdOrder(CLAIMS.filter((claim) => claim.region === '北京'))));
            expect(result.facets.region).toEqual({ 北京: 6 });
            expect((await index.search({ region: '北' })).total).toBe(0);
        });

        it('finds claims that name no region with a null region filter', async () => {
            const national = CLAIMS.filter((claim) => claim.region === null);
            expect(national.length).toBeGreaterThan(0);
            const result = await index.search({ region: null, hitsPerPage: 100 });
            expect(ids(result.hits)).toEqual(ids(inUrlIdOrder(national)));
            expect(result.facets.region).toEqual({});
        });

        it('puts 69 in the 70岁以下 bracket and 70 in 70岁及以上, open bounds matching both', async () => {
            const query = { region: '北京', metric: 'retiree_account_credit', hitsPerPage: 100 };
            const at69 = await index.search({ ...query, age: 69 });
            const at70 = await index.search({ ...query, age: 70 });
            expect(at69.hits.map((hit) => hit.quote)).toEqual([
                '北京:70岁以下退休人员每月返款100元',
                '北京:70岁以下退休人员每月返款100元',
                '北京灵活就业退休人员每月返还60元',
            ]);
            expect(at70.hits.map((hit) => hit.quote)).toEqual([
                '北京:70岁及以上退休人员每月返款110元',
                '北京:70岁及以上退休人员每月返款110元',
                '北京灵活就业退休人员每月返还60元',
            ]);
        });

        it('combines metric and population', async () => {
            const result = await index.search({ metric: 'retiree_account_credit', population: 'retiree', hitsPerPage: 100 });
            expect(result.total).toBe(12);
            expect(result.facets.population).toEqual({ retiree: 12 });
            expect(result.facets.metric).toEqual({ retiree_account_credit: 12 });
            expect(result.facets.site).toEqual({ 'a.example.cn': 5, 'b.example.cn': 4, 'c.example.cn': 2, 'd.example.cn': 1 });
        });

        it('filters by kind and url', async () => {
            const procedures = await index.search({ kind: 'procedure', url: PAGES.hnB.url });
            expect(procedures.total).toBe(2);
            expect(procedures.hits.every((hit) => hit.kind === 'procedure' && hit.url === PAGES.hnB.url)).toBe(true);
        });

        it('keeps only claims at or above a minimum extraction confidence', async () => {
            const atLeast = (min: number) => CLAIMS.filter((claim) => claim.confidence >= min);
            const sure = await index.search({ minConfidence: 0.9, hitsPerPage: 100 });
            expect(ids(sure.hits)).toEqual(ids(inUrlIdOrder(atLeast(0.9))));
            expect(sure.total).toBe(28);
            expect(sure.hits.map((hit) => hit.quote)).not.toContain('若某地按3%计算,每月返款为111元');
            // the bound is inclusive, and facets count only what passes
            const hainan = await index.search({ region: '海南', minConfidence: 0.96, hitsPerPage: 100 });
            expect(hainan.hits.map((hit) => hit.quote).sort()).toEqual(
                CLAIMS.filter((c) => c.region === '海南' && c.confidence >= 0.96).map((c) => c.quote).sort(),
            );
            expect(hainan.hits.map((hit) => hit.quote)).not.toContain('70岁以下每月返款80元左右');
            const withText = await index.search({ q: '返款', minConfidence: 0.95, hitsPerPage: 100 });
            expect(withText.hits.every((hit) => hit.confidence >= 0.95)).toBe(true);
            // every claim of the 以海南为例 page matches 返款 through its title; the hedged one falls below
            expect(withText.facets.region.海南).toBe(CLAIMS.filter((c) => c.url === PAGES.hnB.url && c.confidence >= 0.95).length);
            expect((await index.search({ minConfidence: 0 })).total).toBe(30);
        });

        it('refuses a minimum confidence outside 0…1', async () => {
            for (const bad of [-0.1, 1.5, Number.NaN]) {
                await expect(index.search({ minConfidence: bad })).rejects.toThrow(/minConfidence must be a number from 0 to 1/);
            }
        });

        it('pages through the same order without overlap', async () => {
            const order = ids(inUrlIdOrder(CLAIMS));
            const page2 = await index.search({ page: 2, hitsPerPage: 5 });
            const last = await index.search({ page: 6, hitsPerPage: 5 });
            const beyond = await index.search({ page: 7, hitsPerPage: 5 });
            expect(ids(page2.hits)).toEqual(order.slice(5, 10));
            expect(ids(last.hits)).toEqual(order.slice(25));
            expect(beyond.hits).toEqual([]);
            expect([page2.total, beyond.total]).toEqual([30, 30]);
        });

        it('keeps a hostile filter value as one value: no injected OR', async () => {
            const result = await index.search({ region: '北京" OR region = "上海' });
            expect(result.total).toBe(0);
        });

        it('replaces a claim upserted again under its id, never duplicating it', async () => {
            const original = byQuote('深圳70岁以下退休人员每月打入150元');
            const corrected = { ...original, value: 155, quote: '深圳70岁以下退休人员每月打入155元' } as ClaimDocument;
            await index.upsert([corrected]);
            const all = await index.all();
            expect(all).toHaveLength(30);
            expect(all.filter((claim) => claim.id === original.id)).toEqual([corrected]);
            expect((await index.search({ q: '155', hitsPerPage: 100 })).hits.map((hit) => hit.id)).toEqual([original.id]);
        });

        it('deletes every claim of the given pages', async () => {
            await index.deleteByUrls([PAGES.bjA.url, PAGES.howD.url, 'https://never.indexed/']);
            const all = await index.all();
            expect(all).toHaveLength(30 - 4 - 4);
            expect(all.some((claim) => claim.url === PAGES.bjA.url || claim.url === PAGES.howD.url)).toBe(false);
            expect((await index.search({ site: 'a.example.cn' })).total).toBe(4);
        });

        it.skipIf(!backend.reopen)('is the same index after close and reopen', async () => {
            await index.close();
            index = await backend.reopen!();
            expect(await index.all()).toEqual(inUrlIdOrder(CLAIMS));
            expect((await index.search({ q: '返款', hitsPerPage: 100 })).total).toBe(24);
        });
    });
});
