/**
 * The index stage: stored pages → claim documents → the search index (embedded or Meilisearch).
 *
 * Two passes over the store, one page at a time, so memory does not grow with the pages' text: the first
 * clusters every passage (keeping a few numbers per passage), the second builds each page's claims against
 * that clustering and hands them to the index in batches. The store has one writer while this runs (the
 * embedded crawl indexes after its last page; the queue writer takes turns between results).
 */
import { PassageClusterer } from '../../extractors/dedup/index.js';
import type { ClaimDocument, SearchIndex } from '../search/types.js';
import type { PageStore } from '../storage/page-store.js';
import { claimDocumentsOfPage } from './build-claims.js';

/** Claim documents handed to the index per call: large enough for Meilisearch's per-task cost, small in heap. */
const UPSERT_BATCH = 5_000;

/**
 * Re-derive every claim (copies and clusters change when any page arrives), drop the old claims of the
 * pages that changed, and upsert all documents by their stable ids. Returns the number of claims indexed.
 */
export async function indexPages(store: PageStore, index: SearchIndex, changedUrls: Iterable<string>): Promise<number> {
    const clusterer = new PassageClusterer();
    for await (const page of store.pages()) clusterer.add(page);
    const clustering = clusterer.finish();
    const changed = [...changedUrls];
    if (changed.length > 0) await index.deleteByUrls(changed);
    let batch: ClaimDocument[] = [];
    let indexed = 0;
    for await (const page of store.pages()) {
        for (const doc of claimDocumentsOfPage(page, clustering)) batch.push(doc);
        if (batch.length >= UPSERT_BATCH) {
            await index.upsert(batch);
            indexed += batch.length;
            batch = [];
        }
    }
    if (batch.length > 0) await index.upsert(batch);
    return indexed + batch.length;
}
