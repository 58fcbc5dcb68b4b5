/**
 * `claimscope reindex`: extract every stored page again from the HTML it was crawled from (after an extractor
 * improves), store the new claims, and rebuild the search index from scratch — no page is fetched. Pointing
 * MEILI_URL at a server first moves the index there.
 */
import { siteFor } from '../../crawlers/index.js';
import { extractPage } from '../../extractors/index.js';
import type { SearchIndex } from '../search/types.js';
import type { PageStore } from '../storage/page-store.js';
import { buildClaimDocuments } from './build-claims.js';

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
    for (const page of await store.all()) {
        summary.pages++;
        const html = await store.html(page.url);
        if (html === undefined) {
            summary.withoutHtml++;
            continue;
        }
        const extracted = extractPage(html, page.url);
        const site = siteFor(new URL(page.url));
        await store.put({
            ...page,
            site: site.siteOf(new URL(page.url)),
            title: extracted.title,
            published: extracted.published,
            passages: extracted.passages,
            claims: extracted.claims,
        });
        summary.reextracted++;
    }
    const docs = buildClaimDocuments(await store.all());
    await index.clear();
    await index.upsert(docs);
    summary.claims = docs.length;
    return summary;
}
