import type { Claim } from '../claims/schema.js';

/** A claim as stored in a search index: the claim plus a stable primary key. */
export type ClaimDocument = Claim & {
    /** Stable key: same page + same claim → same id, so a recrawl updates and never duplicates. */
    id: string;
};

/** Filters a user can set; every value is untrusted input. */
export interface ClaimFilters {
    /** A region name; null = claims that name no region (national or unspecified). */
    region?: string | null;
    metric?: string;
    population?: string;
    site?: string;
    kind?: 'figure' | 'procedure';
    /** An age: keeps claims whose [ageMin, ageMax] bracket contains it (null bounds are open). */
    age?: number;
    url?: string;
    /** Keeps claims whose extraction `confidence` is at least this (0–1); claims without one never pass. */
    minConfidence?: number;
}

export interface ClaimQuery extends ClaimFilters {
    /** Full-text query over quote, title, section, region; empty = everything. */
    q?: string;
    /** 1-based page number. @default 1 */
    page?: number;
    /** Hits per page. @default 20 */
    hitsPerPage?: number;
}

/** Facet name → value → count, over all hits of the query (not just the page). */
export type FacetCounts = Record<'region' | 'metric' | 'population' | 'site', Record<string, number>>;

export interface ClaimSearchResult {
    hits: ClaimDocument[];
    /** Number of hits over all pages. */
    total: number;
    page: number;
    hitsPerPage: number;
    facets: FacetCounts;
}

/**
 * The search backend: the embedded index (default) or Meilisearch (`MEILI_URL`). Both must give the
 * same hits, facets and counts for the same documents and queries (test/contract/search.contract.test.ts).
 */
export interface SearchIndex {
    /** True when the documents are the data dir's claim records themselves (the embedded index): nothing to copy in. */
    readonly backedByStore?: boolean;
    /** Insert or replace documents by `id`. Resolves once they are searchable. */
    upsert(docs: ClaimDocument[]): Promise<void>;
    /** Remove every claim of these page URLs (before re-adding a recrawled page's claims). */
    deleteByUrls(urls: string[]): Promise<void>;
    search(query: ClaimQuery): Promise<ClaimSearchResult>;
    /** Every document (the index stage compares them with the claims the store derives), in a stable order: url, then id. */
    all(): Promise<ClaimDocument[]>;
    /** Remove everything. */
    clear(): Promise<void>;
    /** Persist (embedded) / release connections. */
    close(): Promise<void>;
}
