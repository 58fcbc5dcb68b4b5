/**
 * The embedded default: one process, Crawlee's BasicCrawler for concurrency and retries, our page stage for each
 * URL, every result committed to the data dir's database in batches (page, claims, change log and frontier entry
 * together), the clusters settled once at the end. The frontier lives in the database too, so a crawl that was
 * killed or stopped continues where it was: pages already stored are not fetched again. BasicCrawler rather than
 * CheerioCrawler because the page stage must own the connection (allow-list on every redirect, address guard at
 * connect time, byte cap, GBK/Big5 decoding from `<meta>`) and parse each page once.
 */
import { BasicCrawler, Configuration, log as crawleeLog } from 'crawlee';
import { siteFor, type SiteDefinition } from '../../crawlers/index.js';
import { PageError } from '../errors.js';
import { DiskFullError } from '../storage/disk-full.js';
import { createFetcher } from '../fetch/fetch-page.js';
import { normalizeUrl } from '../fetch/normalize-url.js';
import { RobotsCache } from '../fetch/robots.js';
import type { SearchIndex } from '../search/types.js';
import { compressHtml, type FrontierLink, type PageStore, type StoreResult } from '../storage/page-store.js';
import type { CrawlScope } from './crawl-scope.js';
import { followableLinks } from './follow-links.js';
import { pageRowsOf } from './build-claims.js';
import { limitHeapGrowth } from './heap-growth.js';
import { HostGate } from './host-gate.js';
import { indexPages } from './index-stage.js';
import { FrontierRequests } from './frontier-requests.js';
import { crawlPage, type PageOutcome } from './page-stage.js';
import { ResultWriter } from './result-writer.js';

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

/** The interrupted crawl a run continues. */
export interface CrawlResume {
    startedAt: string;
    /** Pages done before this run. */
    done: number;
    /** Frontier entries left to crawl. */
    toGo: number;
}

export interface CrawlSummary extends CrawlProgress {
    /** The signal that stopped the crawl early (it can be resumed), or null. */
    interrupted: NodeJS.Signals | null;
    resumed: CrawlResume | null;
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
    deps: {
        store: PageStore;
        index: SearchIndex;
        onProgress?: (progress: CrawlProgress) => void;
        /** Told before the first fetch when an interrupted crawl is continued. */
        onResume?: (resume: CrawlResume) => void;
        /** Start over even when the last crawl was interrupted. */
        restart?: boolean;
        /** Aborting (with the signal's name as reason) stops the crawl gracefully: pages in flight finish. */
        stop?: AbortSignal;
    } & CrawlExtras,
): Promise<CrawlSummary> {
    const { store, index } = deps;
    limitHeapGrowth();
    const writer = new ResultWriter(store);
    const start = store.startRun(
        scope.startUrls.map((url) => ({ key: normalizeUrl(url)!, url, depth: 0 })),
        deps.restart ?? false,
    );
    const resumed = start.resumed ? { ...start.resumed, toGo: start.pending } : null;
    // Settling clusters after the last page then reads back only pages this run did not write.
    store.clusterAsWritten();
    if (resumed) deps.onResume?.(resumed);
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
    let queued = start.pending;
    /** A write that cannot succeed (disk full): the crawl stops and reports it. */
    let fatal: unknown;
    let inFlight = 0;

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
            maxRequestsPerCrawl: Math.max(1, settings.maxPages - (resumed?.done ?? 0)),
            maxRequestRetries: settings.maxRetries,
            requestHandlerTimeoutSecs: Math.ceil((settings.timeoutMs * 2) / 1000),
            useSessionPool: false,
            // Request locks only matter when several clients share one queue; this queue lives in this process,
            // and renewing the lock of every running request cost more CPU than any other part of the frontier.
            experiments: { requestLocking: false },
            statusMessageLoggingInterval: 3600,
            requestList: new FrontierRequests(store),
            async requestHandler({ request }) {
                if (fatal) throw fatal;
                inFlight++;
                try {
                    await handle(request.url, request.uniqueKey, (request.userData.depth as number | undefined) ?? 0);
                } catch (err) {
                    if (err instanceof DiskFullError) stopFor(err);
                    throw err;
                } finally {
                    inFlight--;
                }
            },
            async errorHandler({ request }, error) {
                if (fatal || (error instanceof PageError && !error.retryable)) request.noRetry = true;
                if (error instanceof PageError && error.retryAfterMs) {
                    // Every slot holds off the host, not only this request's retry.
                    hosts.pause(new URL(request.url).host, Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS));
                }
            },
            async failedRequestHandler({ request }, error) {
                // Not a failure of the page: the crawl stops, and the page stays in the frontier for the next run.
                if (fatal) return;
                const failure = {
                    url: request.url,
                    reason: error instanceof PageError ? error.reason : 'handler_error',
                    message: error instanceof PageError ? error.detail : error.message,
                };
                try {
                    await writer.write({ kind: 'failed', key: request.uniqueKey, failure: { ...failure, at: new Date().toISOString() } });
                } catch (err) {
                    stopFor(err);
                    return;
                }
                failures.push(failure);
                deps.onProgress?.(progress());
            },
        },
        // The system-info tick (every second by default, spawning `ps` for memory) only feeds autoscaling, which the
        // fixed pool above does not use.
        new Configuration({ persistStorage: false, purgeOnStart: true, systemInfoIntervalMillis: 60_000 }),
    );

    /** One page: fetch and extract, then commit it with its new links (Crawlee reads them from the frontier). */
    async function handle(url: string, key: string, depth: number): Promise<void> {
        if (depth > 0 && deps.recrawl && !deps.recrawl.isDue(key)) {
            await writer.write({ kind: 'not_article', key });
            counts.skipped++;
            return;
        }
        const site = siteFor(new URL(url), deps.sites);
        const release = await hosts.acquire(new URL(url).host);
        let outcome: PageOutcome;
        try {
            outcome = await crawlPage(url, { fetcher, robots, previous: (pageUrl) => store.get(pageUrl), site });
        } finally {
            release();
        }
        const links: FrontierLink[] =
            depth >= settings.maxDepth ? [] : [...followableLinks(outcome.links, scope, site)].map(([k, u]) => ({ key: k, url: u, depth: depth + 1 }));
        let result: StoreResult;
        if (outcome.status === 'changed') {
            result = { kind: 'changed', key, links, page: outcome.page, rows: pageRowsOf(outcome.page, outcome.claims), html: compressHtml(outcome.html) };
        } else if (outcome.status === 'unchanged') {
            // Keep the newest validators, so the next crawl can still be answered with a 304.
            result = { kind: 'unchanged', key, links, url: outcome.url, validators: outcome.validators, fetchedAt: new Date().toISOString() };
        } else {
            result = { kind: 'not_article', key, links };
        }
        const { newLinks } = await writer.write(result);
        if (outcome.status !== 'not_article') deps.recrawl?.record(key, outcome.status === 'changed');
        counts[outcome.status === 'changed' ? 'stored' : outcome.status === 'unchanged' ? 'unchanged' : 'notArticles']++;
        counts.done++;
        queued += newLinks.length;
        deps.onProgress?.(progress());
    }

    function stopFor(err: unknown): void {
        fatal ??= err;
        crawler.stop();
    }

    let interrupted: NodeJS.Signals | null = null;
    const onStop = () => {
        interrupted = (deps.stop?.reason as NodeJS.Signals | undefined) ?? 'SIGINT';
        crawler.stop();
    };
    deps.stop?.addEventListener('abort', onStop, { once: true });

    let claims: number;
    try {
        try {
            await crawler.run();
            // Crawlee's own Ctrl-C handling may end the run before a handler returns: let every page in hand commit.
            while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 10));
        } finally {
            deps.stop?.removeEventListener('abort', onStop);
            await fetcher.close();
        }
        if (fatal) throw fatal;
        if (!interrupted) {
            claims = await indexPages(store, index);
            store.finishRun();
        } else {
            claims = store.claimCount();
        }
    } finally {
        await crawler.teardown();
    }
    return {
        ...progress(),
        ...counts,
        queued: interrupted ? store.pendingCount() : progress().queued,
        interrupted,
        resumed,
        claims,
        failures,
        seconds: (Date.now() - started) / 1000,
    };
}
