/** The index stage: stored pages → claim documents → the search index (embedded or Meilisearch). */
import type { SearchIndex } from '../search/types.js';
import type { PageStore } from '../storage/page-store.js';
import { buildClaimDocuments } from './build-claims.js';

/**
 * Re-derive every claim (copies and clusters change when any page arrives), drop the old claims of the
 * pages that changed, and upsert all documents by their stable ids. Returns the number of claims indexed.
 */
export async function indexPages(store: PageStore, index: SearchIndex, changedUrls: Iterable<string>): Promise<number> {
    const docs = buildClaimDocuments(await store.all());
    const changed = [...changedUrls];
    if (changed.length > 0) await index.deleteByUrls(changed);
    await index.upsert(docs);
    return docs.length;
}
