import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedIndex } from '../../../src/search/embedded-index.js';
import { InvalidSearchQueryError } from '../../../src/search/errors.js';
import { openStoreDatabase, writeMeta } from '../../../src/storage/schema.js';
import type { ClaimDocument } from '../../../src/search/types.js';
import { CLAIMS } from '../../contract/fixtures.js';

let dataDir: string;

const ids = (docs: ClaimDocument[]) => docs.map((doc) => doc.id);
/** A fixed permutation (Fisher–Yates over a linear congruential sequence), so insertion order ≠ url/id order. */
function shuffled<T>(items: T[]): T[] {
    const copy = [...items];
    let seed = 12345;
    for (let i = copy.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        const j = seed % (i + 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
}
const inUrlIdOrder = (docs: ClaimDocument[]) =>
    [...docs].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'claimscope-embedded-'));
});
afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
});

describe('openEmbeddedIndex persistence', () => {
    it('lets a second open of the same dataDir see the claims, searchable', async () => {
        const first = await openEmbeddedIndex(dataDir);
        await first.upsert(CLAIMS);
        await first.close();

        const second = await openEmbeddedIndex(dataDir);
        expect((await second.all()).map((claim) => claim.id).sort()).toEqual(CLAIMS.map((claim) => claim.id).sort());
        const result = await second.search({ q: '家庭共济' });
        expect(result.hits.map((hit) => hit.quote)).toEqual(['进入深圳医保公众号,选择家庭共济,绑定家人账户']);
        // Writes after a reload keep working: delete, then persist again.
        await second.deleteByUrls([CLAIMS[0]!.url]);
        await second.close();
        const third = await openEmbeddedIndex(dataDir);
        expect((await third.all()).some((claim) => claim.url === CLAIMS[0]!.url)).toBe(false);
    });

    it('answers the same once replaced claims outnumber live ones and it loads its table afresh', async () => {
        const many = Array.from({ length: 1_500 }, (_, i) => ({ ...CLAIMS[i % CLAIMS.length]!, id: `claim-${i}`, url: `https://site.example/${i % 50}.html` }));
        const reader = await openEmbeddedIndex(dataDir);
        const writer = await openEmbeddedIndex(dataDir);
        await writer.upsert(many);
        const before = await reader.search({ hitsPerPage: 30 });
        // Every claim written again: 1,500 dead slots beside 1,500 live ones, then one more round.
        await writer.upsert(many);
        await reader.search({});
        await writer.upsert(many.slice(0, 10));
        const after = await reader.search({ hitsPerPage: 30 });
        expect(after.total).toBe(many.length);
        expect(ids(after.hits)).toEqual(ids(before.hits));
        expect(after.facets).toEqual(before.facets);
        await Promise.all([reader.close(), writer.close()]);
    });

    it('sees claims another connection commits after it opened, on its next read', async () => {
        const reader = await openEmbeddedIndex(dataDir);
        expect((await reader.search({})).total).toBe(0);
        const writer = await openEmbeddedIndex(dataDir);
        await writer.upsert(CLAIMS);
        expect((await reader.search({ hitsPerPage: 100 })).total).toBe(CLAIMS.length);
        await writer.deleteByUrls([CLAIMS[0]!.url]);
        const gone = CLAIMS.filter((claim) => claim.url === CLAIMS[0]!.url).length;
        expect((await reader.search({ hitsPerPage: 100 })).total).toBe(CLAIMS.length - gone);
        await Promise.all([reader.close(), writer.close()]);
    });

    it('keeps its documents in the data dir database, nothing beside it', async () => {
        const index = await openEmbeddedIndex(dataDir);
        await index.upsert(CLAIMS.slice(0, 3));
        await index.close();
        expect((await readdir(dataDir)).filter((name) => !name.startsWith('claimscope.sqlite'))).toEqual([]);
    });

    it('segments the claims again when their words were stored by another tokenizer', async () => {
        const index = await openEmbeddedIndex(dataDir);
        await index.upsert(CLAIMS);
        await index.close();
        const db = openStoreDatabase(dataDir);
        // Another tokenizer's words: unusable here, so they must not be read.
        db.prepare('UPDATE page_claims SET words = ?').run(deflateRawSync(JSON.stringify(CLAIMS.map(() => 'x\ny'))));
        writeMeta(db, 'tokenizer', 'another-dictionary');
        db.close();

        const reopened = await openEmbeddedIndex(dataDir);
        expect((await reopened.search({ q: '返款', hitsPerPage: 100 })).total).toBe(24);
        await reopened.close();
    });
});

describe('embedded search', () => {
    it('lets a one-word query match longer words it starts (家庭 → 家庭共济)', async () => {
        const index = await openEmbeddedIndex(dataDir);
        await index.upsert(CLAIMS);
        const typing = await index.search({ q: '家庭', hitsPerPage: 100 });
        expect(typing.hits.map((hit) => hit.quote)).toContain('进入深圳医保公众号,选择家庭共济,绑定家人账户');
    });

    it('ranks claims holding the word in their own quote before claims that only have it in the page title', async () => {
        const index = await openEmbeddedIndex(dataDir);
        await index.upsert(CLAIMS);
        const result = await index.search({ q: '返款', hitsPerPage: 100 });
        const inQuote = (claim: ClaimDocument) => /返款|划入|打入|返还|到账/.test(claim.quote);
        const quoteHits = result.hits.filter(inQuote);
        expect(quoteHits.length).toBeGreaterThan(0);
        expect(result.hits.slice(0, quoteHits.length)).toEqual(quoteHits);
        // Within one level, url then id.
        expect(ids(quoteHits)).toEqual(ids(inUrlIdOrder(quoteHits)));
        const titleOnly = result.hits.slice(quoteHits.length);
        expect(titleOnly.length).toBeGreaterThan(0);
        expect(ids(titleOnly)).toEqual(ids(inUrlIdOrder(titleOnly)));
    });

    it('matches full-width digits to ASCII ones', async () => {
        const index = await openEmbeddedIndex(dataDir);
        await index.upsert(CLAIMS);
        expect((await index.search({ q: '１６８０' })).hits.map((hit) => hit.kind === 'figure' && hit.value)).toEqual([1680]);
    });

    it('pages through hundreds of claims, inserted out of order, in url-then-id order', async () => {
        const many = shuffled(
            Array.from({ length: 12 }, (_, copy) =>
                CLAIMS.map((claim) => ({ ...claim, id: `${claim.id}-${copy}`, url: `${claim.url}?copy=${copy}` })),
            ).flat(),
        );
        const index = await openEmbeddedIndex(dataDir);
        await index.upsert(many);
        for (const query of [{}, { region: '北京' }, { q: '返款' }, { q: '北京 返款' }]) {
            const everything = await index.search({ ...query, hitsPerPage: 1000 });
            const paged: ClaimDocument[] = [];
            for (let page = 1; page <= Math.ceil(everything.total / 7); page++) {
                paged.push(...(await index.search({ ...query, page, hitsPerPage: 7 })).hits);
            }
            expect(ids(paged)).toEqual(ids(everything.hits));
            if (!('q' in query)) expect(ids(everything.hits)).toEqual(ids(inUrlIdOrder(everything.hits)));
        }
        expect((await index.search({ hitsPerPage: 1000 })).total).toBe(many.length);
    });

    it('stays correct after many replacements make it rebuild its tables', async () => {
        const index = await openEmbeddedIndex(dataDir);
        await index.upsert(CLAIMS);
        // Replace all but the last claim, again and again: the last one must survive every rebuild.
        for (let round = 0; round < 40; round++) await index.upsert(CLAIMS.slice(0, -1));
        await index.deleteByUrls([CLAIMS[0]!.url]);
        const kept = CLAIMS.filter((claim) => claim.url !== CLAIMS[0]!.url);
        expect(await index.all()).toEqual(inUrlIdOrder(kept));
        const result = await index.search({ q: '返款', hitsPerPage: 100 });
        expect(result.total).toBe(24 - CLAIMS.filter((claim) => claim.url === CLAIMS[0]!.url).length);
        expect(Object.values(result.facets.site).reduce((sum, n) => sum + n, 0)).toBe(result.total);
    });

    it('rejects out-of-range paging and non-finite ages', async () => {
        const index = await openEmbeddedIndex(dataDir);
        await expect(index.search({ page: 0 })).rejects.toThrow(InvalidSearchQueryError);
        await expect(index.search({ hitsPerPage: 5000 })).rejects.toThrow(InvalidSearchQueryError);
        await expect(index.search({ age: Number.NaN })).rejects.toThrow(InvalidSearchQueryError);
    });
});
