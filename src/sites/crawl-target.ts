/**
 * One embedded crawl of a target — start URLs, or a site from a sites file with its sitemaps, globs, depth and
 * delay — followed by its notifications. The `crawl` command, `schedule run` and the embedded scheduler all
 * crawl through here.
 */
import { type FileSite, hostDelay } from '../../crawlers/sites-file.js';
import type { Config } from '../config/index.js';
import { createCrawlScope } from '../pipeline/crawl-scope.js';
import { crawlEmbedded, type CrawlProgress, type CrawlResume, type CrawlSummary, type RecrawlHooks } from '../pipeline/embedded-crawl.js';
import { openBackends } from '../pipeline/open.js';
import { eventsSince, snapshotBeforeCrawl } from '../notify/crawl-events.js';
import { Webhooks } from '../notify/webhooks.js';
import { sitemapStarts } from './sitemap-starts.js';

export interface CrawlTarget {
    /** Names the crawl in notifications and logs: the site id or the first start URL. */
    label: string;
    startUrls: string[];
    allowHosts: string[];
    /** The site from a sites file this crawl is of, if any. */
    site?: FileSite;
}

export interface TargetRunOptions {
    /** Every site of the sites file in use: links into any of them follow that site's rules. */
    sites?: readonly FileSite[];
    recrawl?: RecrawlHooks;
    /** Webhooks besides the site's own `notify:`. */
    notify?: readonly string[];
    onProgress?: (progress: CrawlProgress) => void;
    /** Start over even when the data dir's last crawl was interrupted (else it is continued). */
    restart?: boolean;
    /** Aborting stops the crawl gracefully (see crawlEmbedded). */
    stop?: AbortSignal;
    /** Told when an interrupted crawl is continued. */
    onResume?: (resume: CrawlResume) => void;
    /** Told once per notification that could not be delivered. */
    onNotifyFailure?: (url: string, reason: string) => void;
}

export interface TargetRun {
    summary: CrawlSummary;
    startUrls: string[];
    /** Start points found in sitemaps, and sitemaps that could not be read. */
    sitemapUrls: number;
    sitemapFailures: { url: string; reason: string }[];
    /** Events sent to webhooks; their deliveries may still be under way (`webhooks.settle()`). */
    events: number;
    webhooks: Webhooks | undefined;
}

export async function crawlTarget(config: Config, target: CrawlTarget, options: TargetRunOptions = {}): Promise<TargetRun> {
    const site = target.site;
    const allowHosts = [...target.allowHosts, ...(site?.entry.hosts ?? [])];
    let scope = createCrawlScope(target.startUrls, allowHosts);
    const fromSitemaps = site ? await sitemapStarts(site, scope, config) : { urls: [], failures: [] };
    if (fromSitemaps.urls.length > 0) scope = createCrawlScope([...target.startUrls, ...fromSitemaps.urls], allowHosts);
    const sites = [...(site ? [site] : []), ...(options.sites ?? []).filter((s) => s !== site)];
    const hooks = [...(options.notify ?? []), ...(site?.entry.notify ? [site.entry.notify] : [])];
    const webhooks = hooks.length > 0 ? new Webhooks([...new Set(hooks)], { userAgent: config.userAgent, onGiveUp: options.onNotifyFailure }) : undefined;
    const backends = await openBackends(config);
    try {
        const before = webhooks ? await snapshotBeforeCrawl(backends.store) : undefined;
        const summary = await crawlEmbedded(
            scope,
            { ...config, maxDepth: site?.entry.maxDepth ?? config.maxDepth },
            {
                ...backends,
                onProgress: options.onProgress,
                restart: options.restart,
                stop: options.stop,
                onResume: options.onResume,
                sites: sites.map((s) => s.definition),
                delayFor: hostDelay(sites, config.hostDelayMs),
                recrawl: options.recrawl,
            },
        );
        let events = 0;
        if (webhooks && before) {
            const found = await eventsSince(backends.store, target.label, before);
            for (const event of found) webhooks.send(event);
            events = found.length;
        }
        return { summary, startUrls: scope.startUrls, sitemapUrls: fromSitemaps.urls.length, sitemapFailures: fromSitemaps.failures, events, webhooks };
    } finally {
        await backends.close();
    }
}
