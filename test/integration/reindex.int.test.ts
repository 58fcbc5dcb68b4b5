/**
 * `claimscope reindex` extracts stored pages again from their kept HTML and rebuilds the index, without one
 * request to the site: the path after an extractor improves, or when moving to Meilisearch.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config/index.js';
import { openBackends, readClaims } from '../../src/pipeline/open.js';
import { reindex } from '../../src/pipeline/reindex.js';
import { crawlInto } from '../../src/pipeline/run-crawl.js';
import { startDemoServer, type DemoServer } from '../demo/server.js';

describe('reindex', () => {
    let server: DemoServer;
    let config: Config;

    beforeAll(async () => {
        server = await startDemoServer();
        config = loadConfig({ dataDir: await mkdtemp(join(tmpdir(), 'claimscope-reindex-')) }, {});
        await crawlInto(config, [`${server.url}/`]);
    });
    afterAll(async () => {
        await server.close();
        await rm(config.dataDir, { recursive: true, force: true });
    });

    it('restores claims an older extractor missed, from stored HTML, fetching nothing', async () => {
        const before = await openBackends(config);
        const claimsBefore = await readClaims(before.store);
        const searchBefore = await before.index.search({ q: '返款', region: '北京' });
        await before.close();

        // Stand in for an older, weaker extractor: every stored page lost its claims.
        const older = await openBackends(config);
        for (const page of await older.store.all()) await older.store.put({ ...page, claims: [] });
        expect(await readClaims(older.store)).toEqual([]);
        await older.close();
        const requestsBefore = server.requests.length;

        const backends = await openBackends(config);
        const summary = await reindex(backends.store, backends.index);
        const claimsAfter = await readClaims(backends.store);
        const searchAfter = await backends.index.search({ q: '返款', region: '北京' });
        const all = await backends.index.all();
        await backends.close();

        expect(server.requests.length).toBe(requestsBefore);
        expect(summary.reextracted).toBe(summary.pages);
        expect(claimsAfter).toEqual(claimsBefore);
        expect(searchAfter.total).toBe(searchBefore.total);
        expect(all).toHaveLength(claimsBefore.length);
    });
});
