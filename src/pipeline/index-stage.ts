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
 * Re-derive every claim (copies, clusters and boilerplate owners change when any page arrives) and bring the
 * index to exactly that set: a page whose claim ids differ from what the index holds for it (its text changed,
 * or a passage of it became boilerplate owned by another page) has its old claims removed first, and claims of
 * pages no longer stored go too. Documents are upserted by their stable ids. Returns the number of claims.
 */
export async function indexPages(store: PageStore, index: SearchIndex): Promise<number> {
    const clusterer = new PassageClusterer();
    for await (const page of store.pages()) clusterer.add(page);
    const clustering = clusterer.finish();
    const indexedIds = new Map<string, Set<string>>();
    for (const doc of await index.all()) {
        const ids = indexedIds.get(doc.url) ?? new Set<string>();
        indexedIds.set(doc.url, ids.add(doc.id));
    }
    let batch: ClaimDocument[] = [];
    let stale: string[] = [];
    let indexed = 0;
    const flush = async () => {
        if (stale.length > 0) await index.deleteByUrls(stale);
        if (batch.length > 0) await index.upsert(batch);
        indexed += batch.length;
        batch = [];
        stale = [];
    };
    for await (const page of store.pages()) {
        const docs = claimDocumentsOfPage(page, clustering);
        const before = indexedIds.get(page.url);
        indexedIds.delete(page.url);
        if (before && (before.size !== docs.length || docs.some((doc) => !before.has(doc.id)))) stale.push(page.url);
        batch.push(...docs);
        if (batch.length >= UPSERT_BATCH) await flush();
    }
    stale.push(...indexedIds.keys());
    await flush();
    return indexed;
}
