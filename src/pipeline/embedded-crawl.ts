/**
 * The embedded default: one process, Crawlee's BasicCrawler as the frontier (request queue, concurrency,
 * retries), our page stage for each URL, pages kept in the data dir, then one index pass. BasicCrawler rather
 * than CheerioCrawler because the page stage must own the connection (allow-list on every redirect, address
 * guard at connect time, byte cap, GBK/Big5 decoding from `<meta>`) and parse each page once.
 */
import { BasicCrawler, Configuration, log as crawleeLog } from 'crawlee';
import { siteFor, type SiteDefinition } from '../../crawlers/index.js';
import { recordPageChanges } from '../changes/log.js';
import { PageError } from '../errors.js';
import { createFetcher } from '../fetch/fetch-page.js';
import { normalizeUrl } from '../fetch/normalize-url.js';
import { RobotsCache } from '../fetch/robots.js';
import type { SearchIndex } from '../search/types.js';
import type { PageStore } from '../storage/page-store.js';
import type { CrawlScope } from './crawl-scope.js';
import { followableLinks } from './follow-links.js';
import { HostGate } from './host-gate.js';
import { indexPages } from './index-stage.js';
import { crawlPage, type PageOutcome } from './page-stage.js';

export interface CrawlSettings {
    userAgent: string;
    concurrency: number;
    hostConcurrency: number;
    hostDelayMs: number;
    timeoutMs: number;
    maxBytes: number;
    maxPages: number;
    maxDepth: number;
    maxRetries: number;
}

export interface CrawlProgress {
    done: number;
    queued: number;
    failed: number;
    pagesPerSecond: number;
}

export interface CrawlSummary extends CrawlProgress {
    stored: number;
    unchanged: number;
    /** Pages of a scheduled recrawl not due yet: not fetched. */
    skipped: number;
    notArticles: number;
    claims: number;
    failures: { url: string; reason: string; message: string }[];
    seconds: number;
}

/** What a scheduled recrawl adds: pages not yet due are skipped, and each fetched page's interval adapts. */
export interface RecrawlHooks {
    isDue(key: string): boolean;
    record(key: string, changed: boolean): void;
}

export interface CrawlExtras {
    /** Site definitions asked before the built-in ones (a sites file). */
    sites?: readonly SiteDefinition[];
    /** The gap between two requests to a host, when a site asks for more than `hostDelayMs`. */
    delayFor?: (host: string) => number;
    recrawl?: RecrawlHooks;
}

/** The longest a 429's Retry-After may hold a slot before the retry. */
const MAX_RETRY_AFTER_MS = 60_000;

export async function crawlEmbedded(
    scope: CrawlScope,
    settings: CrawlSettings,
    deps: { store: PageStore; index: SearchIndex; onProgress?: (progress: CrawlProgress) => void } & CrawlExtras,
): Promise<CrawlSummary> {
    const { store, index } = deps;
    const fetcher = createFetcher({
        userAgent: settings.userAgent,
        timeoutMs: settings.timeoutMs,
        maxBytes: settings.maxBytes,
        maxRedirects: 5,
        isAllowedUrl: (url) => scope.isAllowedUrl(url),
        namedHosts: scope.namedHosts,
    });
    const robots = new RobotsCache(fetcher, settings.userAgent);
    const hosts = new HostGate(settings.hostConcurrency, deps.delayFor ?? settings.hostDelayMs);
    const started = Date.now();
    const counts = { done: 0, stored: 0, unchanged: 0, notArticles: 0, skipped: 0 };
    const failures: CrawlSummary['failures'] = [];
    let queued = scope.startUrls.length;
    // Frontier keys Crawlee has confirmed it holds (it never forgets one). Most links of a page are already there
    // (menus, related articles, pagers); skipping them here spares Crawlee building and validating a Request each.
    const inFrontier = new Set<string>();

    const progress = (): CrawlProgress => {
        const seconds = (Date.now() - started) / 1000;
        const finished = counts.done + counts.skipped + failures.length;
        return { done: counts.done, queued: Math.max(0, queued - finished), failed: failures.length, pagesPerSecond: seconds > 0 ? finished / seconds : 0 };
    };

    crawleeLog.setLevel(crawleeLog.LEVELS.OFF);
    const crawler = new BasicCrawler(
        {
            // A fixed pool: Crawlee's autoscaling drops to one page at a time whenever the machine looks busy
            // (other processes count too) and polls every 0.5 s, which left the crawl mostly idle.
            minConcurrency: settings.concurrency,
            maxConcurrency: settings.concurrency,
            autoscaledPoolOptions: { maybeRunIntervalSecs: 0.05 },
            maxRequestsPerCrawl: settings.maxPages,
            maxRequestRetries: settings.maxRetries,
            requestHandlerTimeoutSecs: Math.ceil((settings.timeoutMs * 2) / 1000),
            useSessionPool: false,
            // Request locks only matter when several clients share one queue; this queue lives in this process,
            // and renewing the lock of every running request cost more CPU than any other part of the frontier.
            experiments: { requestLocking: false },
            statusMessageLoggingInterval: 3600,
            async requestHandler({ request }) {
                const depth = (request.userData.depth as number | undefined) ?? 0;
                if (depth > 0 && deps.recrawl && !deps.recrawl.isDue(request.uniqueKey)) {
                    counts.skipped++;
                    return;
                }
                const site = siteFor(new URL(request.url), deps.sites);
                const release = await hosts.acquire(new URL(request.url).host);
                let outcome: PageOutcome;
                try {
                    outcome = await crawlPage(request.url, { fetcher, robots, previous: (url) => store.get(url), site });
                } finally {
                    release();
                }
                if (outcome.status === 'changed') {
                    await store.put(outcome.page, outcome.html);
                    await recordPageChanges(store.dataDir, outcome.previous, outcome.page);
                    counts.stored++;
                } else if (outcome.status === 'unchanged') {
                    // Keep the newest validators, so the next crawl can still be answered with a 304.
                    if (outcome.validators) await store.touch(outcome.url, outcome.validators, new Date().toISOString());
                    counts.unchanged++;
                } else {
                    counts.notArticles++;
                }
                if (outcome.status !== 'not_article') deps.recrawl?.record(request.uniqueKey, outcome.status === 'changed');
                counts.done++;
                deps.onProgress?.(progress());
                if (depth >= settings.maxDepth) return;
                const next = [...followableLinks(outcome.links, scope, site)].filter(([key]) => !inFrontier.has(key));
                if (next.length === 0) return;
                const { addedRequests } = await crawler.addRequests(
                    next.map(([key, url]) => ({ url, uniqueKey: key, userData: { depth: depth + 1 } })),
                    // Crawlee otherwise adds links in small batches a second apart once the page cap is near.
                    { waitForAllRequestsToBeAdded: true, waitBetweenBatchesMillis: 0 },
                );
                for (const added of addedRequests) inFrontier.add(added.uniqueKey);
                queued += addedRequests.filter((added) => !added.wasAlreadyPresent).length;
            },
            async errorHandler({ request }, error) {
                if (error instanceof PageError && !error.retryable) request.noRetry = true;
                if (error instanceof PageError && error.retryAfterMs) {
                    // Every slot holds off the host, not only this request's retry.
                    hosts.pause(new URL(request.url).host, Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS));
                }
            },
            async failedRequestHandler({ request }, error) {
                const failure = {
                    url: request.url,
                    reason: error instanceof PageError ? error.reason : 'handler_error',
                    message: error instanceof PageError ? error.detail : error.message,
                };
                failures.push(failure);
                await store.recordFailure({ ...failure, at: new Date().toISOString() });
                deps.onProgress?.(progress());
            },
        },
        // The system-info tick (every second by default, spawning `ps` for memory) only feeds autoscaling, which the
        // fixed pool above does not use.
        new Configuration({ persistStorage: false, purgeOnStart: true, systemInfoIntervalMillis: 60_000 }),
    );

    let claims: number;
    try {
        try {
            await crawler.run(scope.startUrls.map((url) => ({ url, uniqueKey: normalizeUrl(url)!, userData: { depth: 0 } })));
        } finally {
            await fetcher.close();
        }
        claims = await indexPages(store, index);
    } finally {
        await crawler.teardown();
    }
    return {
        ...progress(),
        ...counts,
        claims,
        failures,
        seconds: (Date.now() - started) / 1000,
    };
}
