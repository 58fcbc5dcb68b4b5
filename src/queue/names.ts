/**
 * Queue names and Redis keys, in one table so every process agrees on them. Everything lives under one
 * prefix: one Redis serves one claimscope deployment (one data dir / one index).
 */
import { createHash } from 'node:crypto';

export const QUEUE_PREFIX = 'claimscope';

export const QUEUES = {
    /** One job per URL per crawl: fetch and extract (workers, any number). */
    pages: 'pages',
    /** Page outcomes on their way to the single writer of the data dir and index. */
    results: 'results',
    /** Scheduled recrawls: each job starts a crawl of its target. */
    recrawls: 'recrawls',
} as const;

/** Short stable hash of a normalised URL: part of job ids, so one URL is one job per crawl. */
export function urlHash(url: string): string {
    return createHash('sha1').update(url).digest('hex').slice(0, 20);
}

const k = (...parts: string[]) => [QUEUE_PREFIX, ...parts].join(':');

export const KEYS = {
    /** Hash: crawl metadata and counters (`pending`, `done`, `failed`, `indexed`, …). */
    crawl: (crawlId: string) => k('crawl', crawlId),
    /** Hash: normalised URLs this crawl has enqueued (the frontier), each to the page that added it (frontier.ts). */
    frontier: (crawlId: string) => k('crawl', crawlId, 'frontier'),
    /** Set: URLs whose result the writer has applied (so a re-delivered result does not count twice). */
    written: (crawlId: string) => k('crawl', crawlId, 'written'),
    /** Hash: URL → validators of the stored page (etag, lastModified, contentHash) for conditional requests. */
    validators: k('validators'),
    /** Hash: URL → adaptive recrawl state of the page. */
    recrawlState: k('recrawl-state'),
    /** Hash: schedule id → schedule settings. */
    schedules: k('schedules'),
    /** Set: URLs of pages the writer stored but has not indexed yet (whichever writer flushes next indexes them). */
    unindexed: k('unindexed'),
    /** String with PX: the token of the process that is the data dir's writer. */
    writerLease: k('writer'),
    /** Sorted set per host: in-flight request tokens scored by lease expiry. */
    hostActive: (host: string) => k('host', host, 'active'),
    /** String per host: epoch ms before which no new request may start. */
    hostNext: (host: string) => k('host', host, 'next'),
    /** Counter per second of pages finished, for pages/s across workers. */
    finishedAt: (second: number) => k('finished', String(second)),
} as const;

/** Crawl ids sort by start time and are unique across processes. */
export function newCrawlId(label = 'crawl'): string {
    return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
