import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embeddedIndexPath, openEmbeddedIndex } from '../../../src/search/embedded-index.js';
import { InvalidSearchQueryError, SearchError } from '../../../src/search/errors.js';
import { CLAIMS } from '../../contract/fixtures.js';

let dataDir: string;

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

    it('writes the file atomically, leaving no temp file behind', async () => {
        const index = await openEmbeddedIndex(dataDir);
        await index.upsert(CLAIMS.slice(0, 3));
        await index.close();
        expect(await readdir(join(dataDir, 'index'))).toEqual(['claims.json']);
    });

    it('starts empty without a file, and refuses a file that is not an index', async () => {
        expect(await (await openEmbeddedIndex(dataDir)).all()).toEqual([]);
        await mkdir(join(dataDir, 'index'), { recursive: true });
        await writeFile(embeddedIndexPath(dataDir), '{"format":"something-else"}');
        await expect(openEmbeddedIndex(dataDir)).rejects.toThrow(SearchError);
    });
});

describe('embedded search', () => {
    it('lets a one-word query match longer words it starts (家庭 → 家庭共济)', async () => {
        const index = await openEmbeddedIndex(dataDir);
        await index.upsert(CLAIMS);
        const typing = await index.search({ q: '家庭', hitsPerPage: 100 });
        expect(typing.hits.map((hit) => hit.quote)).toContain('进入深圳医保公众号,选择家庭共济,绑定家人账户');
    });

    it('matches full-width digits to ASCII ones', async () => {
        const index = await openEmbeddedIndex(dataDir);
        await index.upsert(CLAIMS);
        expect((await index.search({ q: '１６８０' })).hits.map((hit) => hit.kind === 'figure' && hit.value)).toEqual([1680]);
    });

    it('rejects out-of-range paging and non-finite ages', async () => {
        const index = await openEmbeddedIndex(dataDir);
        await expect(index.search({ page: 0 })).rejects.toThrow(InvalidSearchQueryError);
        await expect(index.search({ hitsPerPage: 5000 })).rejects.toThrow(InvalidSearchQueryError);
        await expect(index.search({ age: Number.NaN })).rejects.toThrow(InvalidSearchQueryError);
    });
});
