/** Opens what a command needs from the configuration: the page store and the search backend. */
import type { Claim } from '../claims/schema.js';
import type { Config } from '../config/index.js';
import { openSearchIndex } from '../search/index.js';
import type { SearchIndex } from '../search/types.js';
import { PageStore } from '../storage/page-store.js';
import { toClaim } from './build-claims.js';

export interface Backends {
    store: PageStore;
    index: SearchIndex;
    close(): Promise<void>;
}

export async function openBackends(config: Pick<Config, 'dataDir' | 'meiliUrl' | 'meiliKey'>): Promise<Backends> {
    const store = await PageStore.open(config.dataDir);
    let index: SearchIndex;
    try {
        index = await openSearchIndex({ dataDir: config.dataDir, meiliUrl: config.meiliUrl, meiliKey: config.meiliKey });
    } catch (err) {
        store.close();
        throw err;
    }
    return {
        store,
        index,
        async close() {
            try {
                await index.close();
            } finally {
                store.close();
            }
        },
    };
}

/** Every claim in the store, one at a time, in export order, as docs/claims.md defines it. */
export function* streamClaims(store: PageStore): Generator<Claim> {
    for (const doc of store.claimDocuments()) yield toClaim(doc);
}

/** Every claim in the store, as docs/claims.md defines it. Loads them all: prefer {@link streamClaims} for a pass. */
export async function readClaims(store: PageStore): Promise<Claim[]> {
    return [...streamClaims(store)];
}
