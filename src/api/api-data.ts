/**
 * What the API reads, kept current without a restart. Searches go to the index, which catches up with the data
 * dir by itself. Comparison groups, conflicts and trust are derived from the figure claims of the store's claim records
 * (the claims `export` prints, worked out when their pages were written), read in one read transaction a group
 * at a time (src/storage/figure-rows.ts), and cached until the store's change stamp moves: the same committed state search
 * and status see. Pages' passages are never
 * loaded: the missing-place report reads page titles and claims a few hundred at a time.
 */
import type { Claim } from '../claims/schema.js';
import { compareCodePoints } from '../code-point-order.js';
import {
    analyseClaimBlocks,
    findConflicts,
    findMissing,
    type ComparisonGroup,
    type Conflict,
    type MissingReport,
    type PageClaims,
    type SourceTrust,
} from '../compare/index.js';
import type { Config } from '../config/index.js';
import { toClaim } from '../pipeline/build-claims.js';
import { openBackends, type Backends } from '../pipeline/open.js';
import type { ClaimDocument, ClaimQuery, ClaimSearchResult } from '../search/index.js';
import type { PageStore } from '../storage/page-store.js';
import { boundGroup, type Bounded } from './bounded-values.js';
import { evidenceJoiner, groupKey, type Evidence, type WithEvidence } from './evidence.js';
import { figureBlocksOf, type FigureRow } from '../storage/figure-rows.js';

/** Pages handed to the missing-place report at once. */
const MISSING_CHUNK = 500;

/** Everything derived from the figure claims of one committed state of the data dir. */
export interface Snapshot {
    /** The compared figure claims of a group's region, metric, population, ages and unit, as evidence (charts draw every one). */
    evidenceOf(group: Parameters<typeof groupKey>[0]): readonly Evidence[];
    /** Comparison groups, as `claimscope compare` lists them. */
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
    /** One claim by its id (the permalink key), procedures included. */
    claim(id: string): Promise<ClaimDocument | undefined>;
    /** Pages whose title names a place their body says nothing about (`claimscope missing`). */
    missing(): Promise<MissingReport[]>;
    /** The HTML a page was read from and when it was fetched, if the data dir kept it. */
    storedPage(url: string): Promise<{ html: string; fetchedAt: string } | undefined>;
    close(): Promise<void>;
}

type ConfigSlice = Pick<Config, 'dataDir' | 'meiliUrl' | 'meiliKey'>;

function lazy<T>(compute: () => T): () => T {
    let value: { v: T } | undefined;
    return () => (value ??= { v: compute() }).v;
}

/**
 * Groups, conflicts and trust over figure claims read in blocks (see {@link analyseClaimBlocks}), `sites` being
 * every site with a stored page. Of each claim only its evidence (page, site, title, date, quote, cluster) is kept,
 * for the answers' quotes and the charts; everything else lives in the groups' summaries.
 */
export function snapshotOfBlocks(blocks: Iterable<readonly FigureRow[]>, sites: Iterable<string>): Snapshot {
    const evidence = new Map<string, Evidence[]>();
    function* keepingEvidence() {
        for (const block of blocks) {
            for (const c of block) {
                // Worked examples and illustrations are left out of comparisons, so they are no evidence for a value either.
                if (c.example || c.illustrative) continue;
                const key = groupKey(c);
                let list = evidence.get(key);
                if (!list) evidence.set(key, (list = []));
                list.push({ url: c.url, site: c.site, title: c.title, published: c.published, quote: c.quote, cluster: c.cluster });
            }
            yield block;
        }
    }
    const analysis = analyseClaimBlocks(keepingEvidence(), {}, sites);
    const evidenceOf = (group: Parameters<typeof groupKey>[0]) => evidence.get(groupKey(group)) ?? [];
    const join = evidenceJoiner(evidenceOf);
    return {
        evidenceOf,
        groups: () => analysis.groups,
        conflicts: lazy(() => findConflicts(analysis.groups)),
        sources: () => analysis.sources,
        present: (group) => join(boundGroup(group)),
    };
}

/**
 * The snapshot of `documents` held in memory (their figure claims are kept, the rest passed over), `sites` being
 * every site with a stored page (for tests and the API-size bench; `serve` reads the claim records in blocks).
 */
export function buildSnapshot(documents: Iterable<ClaimDocument>, sites: Iterable<string>): Snapshot {
    const byGroup = new Map<string, FigureRow[]>();
    for (const doc of documents) {
        if (doc.kind !== 'figure') continue;
        const key = groupKey(doc);
        const list = byGroup.get(key);
        if (list) list.push(doc);
        else byGroup.set(key, [doc]);
    }
    return snapshotOfBlocks(byGroup.values(), sites);
}

/** The missing-place report over every stored page, pages and claims walked together in URL order. */
function readMissing(store: PageStore): MissingReport[] {
    const report: MissingReport[] = [];
    const claims = store.claimDocuments();
    let pending = claims.next();
    let chunk: PageClaims[] = [];
    for (const head of store.pageHeads()) {
        const own: Claim[] = [];
        // Claims come in URL order too; a claim whose page is gone is passed over.
        while (!pending.done && compareCodePoints(pending.value.url, head.url) < 0) pending = claims.next();
        while (!pending.done && pending.value.url === head.url) {
            own.push(toClaim(pending.value));
            pending = claims.next();
        }
        chunk.push({ ...head, claims: own });
        if (chunk.length >= MISSING_CHUNK) {
            report.push(...findMissing(chunk));
            chunk = [];
        }
    }
    report.push(...findMissing(chunk));
    return report.sort((a, b) => compareCodePoints(a.site, b.site) || compareCodePoints(a.url, b.url) || compareCodePoints(a.region, b.region));
}

/** Opens the backends once and serves every request from them. */
export async function openApiData(config: ConfigSlice): Promise<ApiData> {
    const backends: Backends = await openBackends(config);
    const { store } = backends;
    let cached: { stamp: string; snapshot: Snapshot } | undefined;
    let missing: { stamp: string; report: MissingReport[] } | undefined;

    return {
        async search(query) {
            return backends.index.search(query);
        },
        async snapshot() {
            // One read transaction: the stamp and the claims are of the same committed state, whichever process writes.
            return store.transaction(() => {
                const stamp = store.changeStamp();
                if (cached?.stamp !== stamp) cached = { stamp, snapshot: snapshotOfBlocks(figureBlocksOf(store.db), store.siteNames()) };
                return cached.snapshot;
            });
        },
        async claim(id) {
            return store.claimDocument(id);
        },
        async missing() {
            return store.transaction(() => {
                const stamp = store.changeStamp();
                if (missing?.stamp !== stamp) missing = { stamp, report: readMissing(store) };
                return missing.report;
            });
        },
        async storedPage(url) {
            const [page, html] = await Promise.all([store.get(url), store.html(url)]);
            return page && html !== undefined ? { html, fetchedAt: page.fetchedAt } : undefined;
        },
        async close() {
            await backends.close();
        },
    };
}
