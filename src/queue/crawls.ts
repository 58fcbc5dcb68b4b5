/** A crawl on the queue: started by `claimscope crawl` or a schedule, tracked by counters in one Redis hash. */
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { ClaimscopeError, UsageError } from '../errors.js';
import { cleanUrl, normalizeUrl } from '../fetch/normalize-url.js';
import { enqueueUrls, type FrontierEntry } from './frontier.js';
import type { CrawlSpec, PageJob } from './jobs.js';
import { KEYS, newCrawlId } from './names.js';

export interface CrawlState {
    crawlId: string;
    startedAt: string;
    /** URLs enqueued whose result the writer has not applied yet. */
    pending: number;
    queued: number;
    stored: number;
    unchanged: number;
    notArticles: number;
    skipped: number;
    failed: number;
    /** True once nothing is pending and everything the crawl stored has been indexed. */
    indexed: boolean;
}

/**
 * Start URLs as frontier entries, keyed as links are (normalised) and fetched as given (clean, trailing slash
 * kept): a page that links back to a start URL then finds it already in the frontier.
 */
function startEntries(startUrls: readonly string[]): FrontierEntry[] {
    const entries = new Map<string, string>();
    for (const raw of startUrls) {
        const url = cleanUrl(raw);
        if (!url) throw new UsageError(`not an http(s) URL: ${JSON.stringify(raw)}`);
        const key = normalizeUrl(url)!;
        if (!entries.has(key)) entries.set(key, url);
    }
    return [...entries].map(([key, url]) => ({ key, url }));
}

/** Register a crawl and enqueue its start URLs; returns its id. */
export async function startCrawl(redis: Redis, pages: Queue<PageJob>, spec: CrawlSpec, label = 'crawl'): Promise<string> {
    const entries = startEntries(spec.startUrls);
    const crawlId = newCrawlId(label);
    await redis.hset(KEYS.crawl(crawlId), { startedAt: new Date().toISOString(), spec: JSON.stringify(spec), pending: 0 });
    await enqueueUrls(redis, pages, { crawlId, spec, depth: 0 }, entries);
    return crawlId;
}

export async function readCrawl(redis: Redis, crawlId: string): Promise<CrawlState | undefined> {
    const raw = await redis.hgetall(KEYS.crawl(crawlId));
    if (!raw.startedAt) return undefined;
    const n = (name: string) => Number(raw[name] ?? 0);
    return {
        crawlId,
        startedAt: raw.startedAt,
        pending: n('pending'),
        queued: n('queued'),
        stored: n('stored'),
        unchanged: n('unchanged'),
        notArticles: n('notArticles'),
        skipped: n('skipped'),
        failed: n('failed'),
        indexed: raw.indexed === '1',
    };
}

/** Resolve when the crawl is drained and indexed, reporting its state now and then. */
export async function waitForCrawl(
    redis: Redis,
    crawlId: string,
    onProgress?: (state: CrawlState) => void,
    pollMs = 200,
): Promise<CrawlState> {
    for (;;) {
        const state = await readCrawl(redis, crawlId);
        if (!state) throw new ClaimscopeError(`crawl ${crawlId} is not in Redis (was Redis flushed?)`);
        onProgress?.(state);
        if (state.indexed) return state;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
}
