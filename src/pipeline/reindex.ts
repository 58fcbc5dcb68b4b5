/**
 * `claimscope reindex`: extract every stored page again from the HTML it was crawled from (after an extractor
 * improves), store the new claims, and settle the index — no page is fetched. A few hundred pages at a time, one
 * transaction each, so memory stays flat and a kill leaves every page either re-extracted or as it was (running
 * it again finishes the job). Pointing MEILI_URL at a server first moves the index there.
 */
import { siteFor } from '../../crawlers/index.js';
import { extractPage } from '../../extractors/index.js';
import type { SearchIndex } from '../search/types.js';
import type { PageStore, StoreResult } from '../storage/page-store.js';
import { indexPages } from './index-stage.js';

/** Pages re-extracted per transaction. */
const BATCH = 200;

export interface ReindexSummary {
    pages: number;
    /** Pages extracted again from their stored HTML. */
    reextracted: number;
    /** Pages stored without HTML (crawled before it was kept): indexed with their stored claims. */
    withoutHtml: number;
    claims: number;
}

export async function reindex(store: PageStore, index: SearchIndex): Promise<ReindexSummary> {
    const summary: ReindexSummary = { pages: 0, reextracted: 0, withoutHtml: 0, claims: 0 };
    let batch: StoreResult[] = [];
    const flush = () => {
        store.apply(batch);
        batch = [];
    };
    for await (const page of store.pages()) {
        summary.pages++;
        const html = await store.html(page.url);
        if (html === undefined) {
            summary.withoutHtml++;
            continue;
        }
        const extracted = extractPage(html, page.url);
        const site = siteFor(new URL(page.url));
        batch.push({
            kind: 'changed',
            logChanges: false,
            page: {
                ...page,
                site: site.siteOf(new URL(page.url)),
                title: extracted.title,
                published: extracted.published,
                passages: extracted.passages,
                claims: extracted.claims,
            },
        });
        summary.reextracted++;
        if (batch.length >= BATCH) flush();
    }
    flush();
    if (!index.backedByStore) await index.clear();
    summary.claims = await indexPages(store, index);
    return summary;
}
