/**
 * What the API reads, kept current without a restart: claims, comparison groups and conflicts are derived
 * from the page store and cached until its change stamp moves; the embedded index is reopened when a crawl in
 * another process has rewritten it (Meilisearch is live and never needs that).
 */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Claim } from '../claims/schema.js';
import { analyseClaims, findConflicts, type ComparisonGroup, type Conflict, type SourceTrust } from '../compare/index.js';
import type { Config } from '../config/index.js';
import { buildClaimDocuments, toClaim } from '../pipeline/build-claims.js';
import { openBackends, type Backends } from '../pipeline/open.js';
import { embeddedIndexPath } from '../search/embedded-index.js';
import type { ClaimDocument, ClaimQuery, ClaimSearchResult } from '../search/index.js';
import type { PageRecord } from '../storage/types.js';
import { boundGroup, type Bounded } from './bounded-values.js';
import { evidenceJoiner, type WithEvidence } from './evidence.js';

/** Everything derived from one state of the page store. */
export interface Snapshot {
    pages: PageRecord[];
    /** Every claim with its stable id (the permalink key). */
    documents: ClaimDocument[];
    claims: Claim[];
    /** Comparison groups, computed on first use. */
    groups(): ComparisonGroup[];
    /** Conflicts ranked as `claimscope conflicts` ranks them, computed on first use. */
    conflicts(): Conflict[];
    /** Every site with its trust, as `claimscope sources` lists them. */
    sources(): SourceTrust[];
    /** A group or conflict as the API answers it: values and their lists capped (bounded-values.ts), then each kept page's quote as evidence. */
    present<G extends ComparisonGroup | Conflict>(group: G): WithEvidence<Bounded<G>>;
}

export interface ApiData {
    search(query: ClaimQuery): Promise<ClaimSearchResult>;
    snapshot(): Promise<Snapshot>;
    /** The HTML a page was read from and when it was fetched, if the data dir kept it. */
    storedPage(url: string): Promise<{ html: string; fetchedAt: string } | undefined>;
    close(): Promise<void>;
}

type ConfigSlice = Pick<Config, 'dataDir' | 'meiliUrl' | 'meiliKey'>;

function lazy<T>(compute: () => T): () => T {
    let value: { v: T } | undefined;
    return () => (value ??= { v: compute() }).v;
}

/** Claims, groups, conflicts and trust of one state of the page store (exported for the API-size bench). */
export function buildSnapshot(pages: PageRecord[]): Snapshot {
    const documents = buildClaimDocuments(pages);
    const claims = documents.map(toClaim);
    const analysis = lazy(() => analyseClaims(claims, {}, pages.map((page) => page.site)));
    const join = lazy(() => evidenceJoiner(claims));
    return {
        pages,
        documents,
        claims,
        groups: () => analysis().groups,
        conflicts: lazy(() => findConflicts(analysis().groups)),
        sources: () => analysis().sources,
        present: (group) => join()(boundGroup(group)),
    };
}

/**
 * Modification times of the folders a crawl writes: the store writes each page as temp file + rename and the
 * embedded index renames its file into place, so every write changes its folder's mtime.
 */
async function dataStamp(dirs: readonly string[]): Promise<string> {
    const times = await Promise.all(
        dirs.map((dir) =>
            stat(dir).then(
                (s) => s.mtimeMs,
                () => 0,
            ),
        ),
    );
    return times.join('|');
}

/** Opens the backends once and serves every request from them. */
export async function openApiData(config: ConfigSlice): Promise<ApiData> {
    const indexDir = dirname(embeddedIndexPath(config.dataDir));
    let backends: Backends = await openBackends(config);
    let indexStamp = await dataStamp([indexDir]);
    let reopening: Promise<void> | undefined;
    let cached: { stamp: string; snapshot: Promise<Snapshot> } | undefined;

    /** Reopens the embedded index if its file changed since it was loaded; concurrent callers share one reopen. */
    async function freshIndex(): Promise<Backends['index']> {
        if (config.meiliUrl) return backends.index;
        const stamp = await dataStamp([indexDir]);
        if (stamp !== indexStamp && !reopening) {
            reopening = (async () => {
                const previous = backends;
                backends = await openBackends(config);
                indexStamp = stamp;
                // The API never writes, so closing the old embedded index persists nothing.
                await previous.close();
            })().finally(() => (reopening = undefined));
        }
        await reopening;
        return backends.index;
    }

    return {
        async search(query) {
            return (await freshIndex()).search(query);
        },
        async snapshot() {
            // Every committed page batch moves the store's change stamp, in this process or another.
            const stamp = backends.store.changeStamp();
            if (cached?.stamp !== stamp) {
                const snapshot = backends.store.all().then(buildSnapshot);
                cached = { stamp, snapshot };
                // A failed read must not stay cached.
                snapshot.catch(() => {
                    if (cached?.snapshot === snapshot) cached = undefined;
                });
            }
            return cached.snapshot;
        },
        async storedPage(url) {
            const [page, html] = await Promise.all([backends.store.get(url), backends.store.html(url)]);
            return page && html !== undefined ? { html, fetchedAt: page.fetchedAt } : undefined;
        },
        async close() {
            await reopening;
            await backends.close();
        },
    };
}
