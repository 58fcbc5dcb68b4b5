/** Opens what a command needs from the configuration: the page store and the search backend. */
import type { Config } from '../config/index.js';
import { openSearchIndex } from '../search/index.js';
import type { SearchIndex } from '../search/types.js';
import { PageStore } from '../storage/page-store.js';
import { buildClaimDocuments, toClaim } from './build-claims.js';
import type { Claim } from '../claims/schema.js';

export interface Backends {
    store: PageStore;
    index: SearchIndex;
    close(): Promise<void>;
}

export async function openBackends(config: Pick<Config, 'dataDir' | 'meiliUrl' | 'meiliKey'>): Promise<Backends> {
    const store = await PageStore.open(config.dataDir);
    const index = await openSearchIndex({ dataDir: config.dataDir, meiliUrl: config.meiliUrl, meiliKey: config.meiliKey });
    return { store, index, close: () => index.close() };
}

/** Every claim in the store, as docs/claims.md defines it. The store is the source of truth; the index derives from it. */
export async function readClaims(store: PageStore): Promise<Claim[]> {
    return buildClaimDocuments(await store.all()).map(toClaim);
}
