/** Typed payloads of the three queues. */
import type { SiteEntry } from '../../crawlers/sites-file.js';
import type { ClaimRow } from '../pipeline/build-claims.js';
import type { PageRecord } from '../storage/types.js';
import type { PackedPage, PageMeta } from './packed-page.js';

/** What every page job of one crawl shares: its scope and limits (and, for recrawls, the schedule's bounds). */
export interface CrawlSpec {
    startUrls: string[];
    allowHosts: string[];
    maxDepth: number;
    maxPages: number;
    /** A crawl of a site from a sites file: its rules decide what is followed and what is an article. */
    site?: SiteEntry;
    /** Set on scheduled recrawls: pages not yet due are skipped, and each page's interval adapts. */
    schedule?: { id: string; baseIntervalMs: number; minIntervalMs: number; maxIntervalMs: number };
}

/** `pages` queue: fetch and extract one URL of one crawl. */
export interface PageJob {
    crawlId: string;
    /** The page's identity in the frontier (normalised URL). */
    key: string;
    /** The URL to fetch: the link as cleaned, trailing slash kept (servers may treat `/a` and `/a/` apart). */
    url: string;
    depth: number;
    spec: CrawlSpec;
    /** Times this job was put back for a 429; past a limit the page fails as rate-limited. */
    rateLimited?: number;
}

/** `results` queue: one page's outcome, for the writer. Exactly one per frontier key per crawl is applied. */
export type PageResult = { crawlId: string; key: string; url: string } & (
    /** A changed page with its rows as stored, compressed by the worker (packed-page.ts). */
    | { kind: 'changed'; page: PageMeta; packed: PackedPage }
    /**
     * As workers of earlier versions send it: the whole page and HTML as text; `claims`, the page's claim rows
     * (documents and index words), absent from still older ones.
     */
    | { kind: 'changed'; page: PageRecord; claims?: ClaimRow[]; html: string }
    /** `validators`: a 200 with the same content carried new ones (a 304 carries none), so the next fetch can be a 304. */
    | { kind: 'unchanged'; validators?: Pick<PageRecord, 'etag' | 'lastModified'> }
    | { kind: 'not_article' | 'skipped' }
    | { kind: 'failed'; reason: string; message: string; at: string }
);

/** `recrawls` queue: start a crawl of a schedule's target. */
export interface RecrawlJob {
    scheduleId: string;
}
