/**
 * The `pages` job processor: politeness slot → the embedded default's page stage, unchanged → new links onto
 * the frontier → the outcome onto the `results` queue for the writer. Workers never touch the data dir.
 */
import { DelayedError, type Job, type Queue, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import { siteFor, type SiteDefinition } from '../../crawlers/index.js';
import { fileSite, hostDelay } from '../../crawlers/sites-file.js';
import { PageError } from '../errors.js';
import { createFetcher, type Fetcher, toPageError } from '../fetch/fetch-page.js';
import { hostOf } from '../fetch/normalize-url.js';
import { RobotsCache } from '../fetch/robots.js';
import { type CrawlScope, createCrawlScope } from '../pipeline/crawl-scope.js';
import { followableLinks } from '../pipeline/follow-links.js';
import { crawlPage, type PageOutcome } from '../pipeline/page-stage.js';
import { loadWordSegmenter } from '../search/claim-words.js';
import type { HostPoliteness } from './host-politeness.js';
import type { CrawlSpec, PageJob, PageResult } from './jobs.js';
import { KEYS, urlHash } from './names.js';
import { enqueueUrls } from './frontier.js';
import { packPage } from './packed-page.js';
import { warmUpPageStage } from './warm-up.js';
import { isRecrawlDue, previousFromValidators, recordRecrawl } from './page-memory.js';

/**
 * The longest one Retry-After may hold a page (and its host) back: the embedded crawl's cap too
 * (`MAX_RETRY_AFTER_MS` in src/pipeline/embedded-crawl.ts), so both modes treat a server alike.
 */
export const MAX_RETRY_AFTER_MS = 60_000;

export interface PageWorkerSettings {
    userAgent: string;
    timeoutMs: number;
    maxBytes: number;
    /** A page rate-limited (429) more often than this fails as `http_429`. */
    maxRateLimited: number;
}

interface CrawlTools {
    scope: CrawlScope;
    /** The crawl's site from a sites file, if any, and the gap between requests to one of its hosts. */
    sites: SiteDefinition[];
    delayFor: (host: string) => number;
    fetcher: Fetcher;
    robots: RobotsCache;
    /** Jobs of the crawl using these tools now: a fetcher is closed only when none is. */
    jobs: number;
}

/** Fetchers per crawl (each crawl has its own host allow-list); a few recently used idle ones are kept open. */
const KEPT_CRAWLS = 8;

export class PageProcessor {
    readonly #tools = new Map<string, CrawlTools>();
    #inFlight = 0;

    constructor(
        private readonly redis: Redis,
        private readonly pages: Queue<PageJob>,
        private readonly results: Queue<PageResult>,
        private readonly politeness: HostPoliteness,
        private readonly settings: PageWorkerSettings,
    ) {
        // Workers segment the claims of the pages they read (the writer only stores them): load jieba before any job,
        // and whatever else the extractors load on first use.
        loadWordSegmenter();
        warmUpPageStage();
    }

    /** Page jobs started and not yet returned: what a stop that runs out of time leaves for the queue. */
    get inFlight(): number {
        return this.#inFlight;
    }

    /** BullMQ processor: `token` is needed to put a rate-limited job back as delayed. */
    readonly process = async (job: Job<PageJob>, token?: string): Promise<string> => {
        this.#inFlight++;
        try {
            return await this.#process(job, token);
        } finally {
            this.#inFlight--;
        }
    };

    async #process(job: Job<PageJob>, token?: string): Promise<string> {
        const { crawlId, spec } = job.data;
        let tools: CrawlTools;
        try {
            tools = this.#toolsFor(crawlId, spec);
        } catch (err) {
            // A crawl whose scope cannot be built (a bad --allow-host in a stored spec) fails page by page, for
            // good: retrying cannot fix it, and an unreported page would leave the crawl pending forever.
            const message = err instanceof Error ? err.message : String(err);
            return this.#failed(job, token, new PageError(job.data.url, 'invalid_scope', message, false, { cause: err }));
        }
        tools.jobs++;
        try {
            return await this.#crawl(job, token, tools);
        } finally {
            tools.jobs--;
            this.#closeIdle();
        }
    }

    async #crawl(job: Job<PageJob>, token: string | undefined, tools: CrawlTools): Promise<string> {
        const { crawlId, key, url, depth, spec } = job.data;
        if (spec.schedule && depth > 0 && !(await isRecrawlDue(this.redis, key, spec.schedule.baseIntervalMs / 10))) {
            await this.#report({ crawlId, key, url, kind: 'skipped' });
            return 'skipped';
        }
        const site = siteFor(new URL(url), tools.sites);
        let outcome: PageOutcome;
        const host = hostOf(url);
        const release = await this.politeness.acquire(host, tools.delayFor(host));
        try {
            outcome = await crawlPage(url, {
                fetcher: tools.fetcher,
                robots: tools.robots,
                previous: (pageUrl) => previousFromValidators(this.redis, pageUrl),
                site,
            });
        } catch (err) {
            // Awaited here, not returned: its rejection must not go unhandled while `finally` releases the slot.
            return await this.#failed(job, token, err instanceof PageError ? err : toPageError(url, err));
        } finally {
            await release();
        }
        // Links before the result: the crawl's pending count must not reach zero while links are unqueued.
        if (depth < spec.maxDepth) {
            const links = followableLinks(outcome.links, tools.scope, site);
            const next = Array.from(links, ([linkKey, linkUrl]) => ({ key: linkKey, url: linkUrl }));
            await enqueueUrls(this.redis, this.pages, { crawlId, spec, depth: depth + 1, from: key }, next);
        }
        if (spec.schedule && outcome.status !== 'not_article') {
            await recordRecrawl(this.redis, key, outcome.status === 'changed', spec.schedule);
        }
        if (outcome.status === 'changed') {
            await this.#report({ crawlId, key, url, kind: 'changed', ...packPage(outcome.page, outcome.claims, outcome.html) });
        } else if (outcome.status === 'unchanged') {
            await this.#report({ crawlId, key, url, kind: 'unchanged', validators: outcome.validators });
        } else {
            await this.#report({ crawlId, key, url, kind: outcome.status });
        }
        return outcome.status;
    }

    /** Close every fetcher (their connection pools). */
    async close(): Promise<void> {
        const tools = [...this.#tools.values()];
        this.#tools.clear();
        await Promise.all(tools.map((t) => t.fetcher.close()));
    }

    /** The crawl's tools, most recently used last (so the idle ones closed first are the least recently used). */
    #toolsFor(crawlId: string, spec: CrawlSpec): CrawlTools {
        let tools = this.#tools.get(crawlId);
        if (tools) {
            this.#tools.delete(crawlId);
            this.#tools.set(crawlId, tools);
            return tools;
        }
        const scope = createCrawlScope(spec.startUrls, spec.allowHosts);
        const sites = spec.site ? [fileSite(spec.site)] : [];
        const fetcher = createFetcher({
            userAgent: this.settings.userAgent,
            timeoutMs: this.settings.timeoutMs,
            maxBytes: this.settings.maxBytes,
            maxRedirects: 5,
            isAllowedUrl: (u) => scope.isAllowedUrl(u),
            namedHosts: scope.namedHosts,
        });
        tools = {
            scope,
            sites: sites.map((s) => s.definition),
            delayFor: hostDelay(sites, this.politeness.delayMs),
            fetcher,
            robots: new RobotsCache(fetcher, this.settings.userAgent),
            jobs: 0,
        };
        this.#tools.set(crawlId, tools);
        return tools;
    }

    /** Past KEPT_CRAWLS, close the least recently used crawls' fetchers, but never one a job is still using. */
    #closeIdle(): void {
        for (const [crawlId, tools] of this.#tools) {
            if (this.#tools.size <= KEPT_CRAWLS) return;
            if (tools.jobs > 0) continue;
            this.#tools.delete(crawlId);
            void tools.fetcher.close().catch(() => undefined);
        }
    }

    /**
     * A 429 puts the job back (delayed, no attempt used) and holds the whole host off for Retry-After. A
     * transient error is rethrown for BullMQ's exponential backoff; a permanent one, or the last attempt,
     * records the failure with the writer and ends the job for good.
     */
    async #failed(job: Job<PageJob>, token: string | undefined, error: PageError): Promise<never> {
        const rateLimited = (job.data.rateLimited ?? 0) + 1;
        if (error.reason === 'http_429' && rateLimited <= this.settings.maxRateLimited && token) {
            const waitMs = Math.min(error.retryAfterMs ?? 1_000 * 2 ** rateLimited, MAX_RETRY_AFTER_MS);
            await this.politeness.pause(hostOf(job.data.url), waitMs);
            await job.updateData({ ...job.data, rateLimited });
            await job.moveToDelayed(Date.now() + waitMs, token);
            throw new DelayedError();
        }
        const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        if (error.retryable && error.reason !== 'http_429' && !lastAttempt) throw error;
        const { crawlId, key, url } = job.data;
        await this.#report({ crawlId, key, url, kind: 'failed', reason: error.reason, message: error.message, at: new Date().toISOString() });
        throw new UnrecoverableError(`${error.reason}: ${error.message}`);
    }

    async #report(result: PageResult): Promise<void> {
        await this.results.add('result', result, { jobId: `${result.crawlId}--${urlHash(result.key)}` });
        const second = Math.floor(Date.now() / 1000);
        await this.redis.multi().incr(KEYS.finishedAt(second)).expire(KEYS.finishedAt(second), 120).exec();
    }
}
