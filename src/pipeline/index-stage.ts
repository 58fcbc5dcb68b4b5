/**
 * The index stage: the store's claims → the search index. Claims are written with their page; this stage
 * settles copies, clusters and boilerplate owners over every page (the store rewrites only claims that
 * changed), then, for a backend that keeps its own copy (Meilisearch), brings that copy to exactly the store's
 * claims. The embedded index reads the store's claim records itself: nothing is copied.
 */
import type { ClaimDocument, SearchIndex } from '../search/types.js';
import type { PageStore } from '../storage/page-store.js';

/** Claim documents handed to the index per call: large enough for Meilisearch's per-task cost, small in heap. */
const UPSERT_BATCH = 5_000;

/** Settles the store's claims and mirrors them into `index`. Returns the number of claims. */
export async function indexPages(store: PageStore, index: SearchIndex): Promise<number> {
    const claims = await store.settleClusters();
    if (index.backedByStore) return claims;
    await mirrorClaims(store, index);
    return claims;
}

/**
 * Makes `index` hold exactly the store's claims: a page whose claim ids differ from what the index holds for
 * it has its old claims removed first, claims of pages no longer in the store go too, documents are upserted.
 */
async function mirrorClaims(store: PageStore, index: SearchIndex): Promise<void> {
    const indexedIds = new Map<string, Set<string>>();
    for (const doc of await index.all()) {
        const ids = indexedIds.get(doc.url) ?? new Set<string>();
        indexedIds.set(doc.url, ids.add(doc.id));
    }
    let batch: ClaimDocument[] = [];
    let stale: string[] = [];
    const flush = async () => {
        if (stale.length > 0) await index.deleteByUrls(stale);
        if (batch.length > 0) await index.upsert(batch);
        batch = [];
        stale = [];
    };
    let page: ClaimDocument[] = [];
    const endPage = () => {
        if (page.length === 0) return;
        const url = page[0]!.url;
        const before = indexedIds.get(url);
        indexedIds.delete(url);
        if (before && (before.size !== page.length || page.some((doc) => !before.has(doc.id)))) stale.push(url);
        batch.push(...page);
        page = [];
    };
    for (const doc of store.claimDocuments()) {
        if (page.length > 0 && page[0]!.url !== doc.url) {
            endPage();
            if (batch.length >= UPSERT_BATCH) await flush();
        }
        page.push(doc);
    }
    endPage();
    stale.push(...indexedIds.keys());
    await flush();
}
