/**
 * The crawl's requests come from the frontier in the data dir's database: in the order URLs were found, links
 * committed after a batch was read still reach the crawl, a request handed back for a retry goes first with its
 * retry count, and the crawl is finished only when nothing is pending and nothing is in flight.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FrontierRequests } from '../../../src/pipeline/frontier-requests.js';
import { type FrontierLink, PageStore } from '../../../src/storage/page-store.js';

let dataDir: string;
let store: PageStore;
beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'claimscope-frontier-'));
    store = await PageStore.open(dataDir);
});
afterEach(async () => {
    store.close();
    await rm(dataDir, { recursive: true, force: true });
});

const link = (path: string, depth = 1): FrontierLink => ({ key: `http://a.example/${path}`, url: `http://a.example/${path}`, depth });

describe('FrontierRequests', () => {
    it('hands out the frontier in the order links were found, including links committed after its last read', async () => {
        store.startRun([link('', 0)], false);
        const requests = new FrontierRequests(store);

        const root = await requests.fetchNextRequest();
        expect(root?.url).toBe('http://a.example/');
        expect(root?.userData.depth).toBe(0);
        expect(await requests.isEmpty()).toBe(true);
        expect(await requests.isFinished()).toBe(false);

        store.apply([{ kind: 'not_article', key: root!.uniqueKey, links: [link('1'), link('2')] }]);
        await requests.markRequestHandled(root!);
        const first = await requests.fetchNextRequest();
        store.apply([{ kind: 'not_article', key: first!.uniqueKey, links: [link('3'), link('1')] }]);
        await requests.markRequestHandled(first!);

        const rest: string[] = [];
        for await (const request of requests) {
            rest.push(request.url);
            store.apply([{ kind: 'not_article', key: request.uniqueKey }]);
            await requests.markRequestHandled(request);
        }
        expect([first!.url, ...rest]).toEqual(['http://a.example/1', 'http://a.example/2', 'http://a.example/3']);
        expect(await requests.isFinished()).toBe(true);
        expect(requests.handledCount()).toBe(4);
    });

    it('gives a request handed back for a retry first, keeping its retry count, and is not finished while it is out', async () => {
        store.startRun([link('a', 0), link('b', 0)], false);
        const requests = new FrontierRequests(store);
        const a = (await requests.fetchNextRequest())!;
        a.retryCount = 1;
        await requests.reclaimRequest(a);

        const again = (await requests.fetchNextRequest())!;
        expect(again.url).toBe('http://a.example/a');
        expect(again.retryCount).toBe(1);
        const b = (await requests.fetchNextRequest())!;
        expect(b.url).toBe('http://a.example/b');
        await requests.markRequestHandled(b);
        expect(await requests.isEmpty()).toBe(true);
        expect(await requests.isFinished()).toBe(false);
        await requests.markRequestHandled(again);
        expect(await requests.isFinished()).toBe(true);
    });

    it('continues an interrupted run with what is not done, never handing out a page already stored', async () => {
        store.startRun([link('', 0)], false);
        store.apply([{ kind: 'not_article', key: 'http://a.example/', links: [link('1'), link('2'), link('3')] }]);
        store.apply([{ kind: 'not_article', key: 'http://a.example/2' }]);

        const resumed = store.startRun([link('', 0)], false);
        expect(resumed.pending).toBe(2);
        const urls: string[] = [];
        for await (const request of new FrontierRequests(store)) urls.push(request.url);
        expect(urls).toEqual(['http://a.example/1', 'http://a.example/3']);
    });
});
