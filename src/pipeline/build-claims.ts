/**
 * Stored pages → the claims every reader sees (export, search index, comparisons). Copies and clusters need
 * every page at once, so they are computed here over the whole store rather than per page.
 */
import { createHash } from 'node:crypto';
import { clusterPassages, type PassageClustering } from '../../extractors/dedup/index.js';
import type { Claim, ClaimDraft } from '../claims/schema.js';
import { ClaimWordCache } from '../search/claim-words.js';
import { type IndexedClaim, type IndexFields, indexFieldsOf, packClaims, type PagePack } from '../search/page-index.js';
import type { ClaimDocument } from '../search/types.js';
import { type ClaimRecord, claimRecordOf } from '../storage/claim-records.js';
import { compressJson } from '../storage/compressed-json.js';
import type { PageRecord } from '../storage/types.js';

/** The fields that make two claims of one page the same claim. */
function claimIdentity(url: string, draft: ClaimDraft): string {
    const parts =
        draft.kind === 'figure'
            ? [draft.metric, draft.region, draft.population, draft.ageMin, draft.ageMax, draft.value, draft.valueMax, draft.unit, draft.period, draft.example]
            : [draft.task, draft.channel, draft.region];
    return [url, draft.kind, ...parts, draft.passage].join('|');
}

export function claimId(url: string, draft: ClaimDraft): string {
    return createHash('sha1').update(claimIdentity(url, draft)).digest('hex').slice(0, 20);
}

/**
 * One page's claim documents, with `copies` and `cluster` from a clustering of all pages. A claim read from a
 * boilerplate passage (one a site repeats on many of its pages) is kept only on the page clustering names as
 * its owner, so boilerplate never yields the same claim twice.
 */
export function claimDocumentsOfPage(
    page: Pick<PageRecord, 'url' | 'site' | 'title' | 'published' | 'claims'>,
    clustering: Pick<PassageClustering, 'get'>,
): ClaimDocument[] {
    const docs: ClaimDocument[] = [];
    for (const draft of page.claims) {
        const info = clustering.get(page.url, draft.passage);
        if (info?.boilerplate && info.ownerUrl !== page.url) continue;
        // Copied key by key (not `{ ...rest }`, several times slower in V8), in the same order: the draft's fields
        // but the passage, then the page's, then the clustering's, then the id.
        const doc: Record<string, unknown> = {};
        for (const key in draft) if (key !== 'passage') doc[key] = draft[key as keyof ClaimDraft];
        doc.url = page.url;
        doc.site = page.site;
        doc.title = page.title;
        doc.published = page.published;
        doc.copies = info?.copies ?? 1;
        doc.cluster = info?.cluster ?? null;
        doc.id = claimId(page.url, draft);
        docs.push(doc as ClaimDocument);
    }
    return docs;
}

/** A clustering that knows no passage: each claim counts as its page's own until the store's clusters are settled. */
export const NO_CLUSTERING: Pick<PassageClustering, 'get'> = { get: () => undefined };

/**
 * A claim as the store's record of its page keeps it: id, JSON document and index words (see claim-words.ts); with
 * the fields the index packs (page-index.ts), taken from the document while it is at hand (worked out from `doc`
 * when a sender left them out).
 */
export interface ClaimRow {
    id: string;
    doc: string;
    words: string;
    fields?: IndexFields;
}

/** Titles, sections and regions repeat across a crawl's pages: segment each once per process. */
const sharedWords = new ClaimWordCache();

/** A page's claims as first stored: each its page's own until clusters are settled. */
export function claimRowsOfPage(page: Pick<PageRecord, 'url' | 'site' | 'title' | 'published' | 'claims'>): ClaimRow[] {
    return claimDocumentsOfPage(page, NO_CLUSTERING).map((doc) => ({
        id: doc.id,
        doc: JSON.stringify(doc),
        words: sharedWords.wordsOf(doc),
        fields: indexFieldsOf(doc),
    }));
}

/**
 * What the store writes of a page besides its metadata: passages and claim drafts (compressed JSON), its claim rows
 * and their record as stored (claim-records.ts), and those claims packed for the search index (page-index.ts); the
 * writer works out a record or pack left out.
 */
export interface PageRows {
    passages: Buffer;
    drafts: Buffer;
    claims: ClaimRow[];
    record?: ClaimRecord;
    index?: PagePack;
}

/** Claim rows as the search index packs them (their fields worked out from `doc` when a sender left them out). */
export function indexedClaimsOf(rows: readonly ClaimRow[]): IndexedClaim[] {
    return rows.map((row) => ({ id: row.id, words: row.words, fields: row.fields ?? indexFieldsOf(JSON.parse(row.doc) as Record<string, unknown>) }));
}

/**
 * A page's rows, worked out before the write — by the embedded crawl as it hands the page over, by the Redis
 * writer from what a worker sent — so that the transaction only inserts. `claims`: the page's claim rows when the
 * page stage worked them out already (where the page was read: the crawl's process, or the queue worker).
 */
export function pageRowsOf(page: PageRecord, claims: ClaimRow[] = claimRowsOfPage(page)): Required<PageRows> {
    return {
        passages: compressJson(page.passages),
        drafts: compressJson(page.claims),
        claims,
        record: claimRecordOf(claims),
        index: packClaims(indexedClaimsOf(claims)),
    };
}

/** Every claim of every page (see {@link claimDocumentsOfPage}), clustering the pages first. */
export function buildClaimDocuments(pages: readonly PageRecord[]): ClaimDocument[] {
    const clustering = clusterPassages(pages);
    return pages.flatMap((page) => claimDocumentsOfPage(page, clustering));
}

/** A claim document as `export` prints it (docs/claims.md; no index key). */
export function toClaim(doc: ClaimDocument): Claim {
    const { id: _id, ...claim } = doc;
    return claim as Claim;
}
