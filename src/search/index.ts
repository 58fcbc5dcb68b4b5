/** The search layer's public door: pick a backend, and the types every backend shares. */
import { openEmbeddedIndex } from './embedded-index.js';
import type { SearchIndex } from './types.js';

export type * from './types.js';
export { SearchError, InvalidSearchQueryError, MeiliTaskError } from './errors.js';
export { openEmbeddedIndex } from './embedded-index.js';
export type { MeiliIndexOptions } from './meili-index.js';

export interface OpenSearchIndexOptions {
    /** Where the embedded index keeps its file (`dataDir/index/claims.json`). */
    dataDir: string;
    /** Use Meilisearch at this URL instead of the embedded index. */
    meiliUrl?: string;
    meiliKey?: string;
    /** Prefix of Meilisearch index uids. @default 'claimscope_' */
    meiliIndexPrefix?: string;
}

/**
 * Opens Meilisearch when `meiliUrl` is set, else the embedded index under `dataDir`. The Meilisearch client is
 * loaded only when it is used.
 */
export async function openSearchIndex(options: OpenSearchIndexOptions): Promise<SearchIndex> {
    if (options.meiliUrl) {
        const { openMeiliIndex } = await import('./meili-index.js');
        return openMeiliIndex({ url: options.meiliUrl, apiKey: options.meiliKey, indexPrefix: options.meiliIndexPrefix });
    }
    return openEmbeddedIndex(options.dataDir);
}
