/**
 * What claimscope's crawl is measured against, on the same site at the same concurrency: Crawlee's
 * `CheerioCrawler` doing only fetch + parse + enqueue links (what a user would write first), and a raw
 * `fetch` + `cheerio.load` loop with no frontier machinery at all (the floor).
 */
import * as cheerio from 'cheerio';
import { CheerioCrawler, Configuration, log as crawleeLog } from 'crawlee';
import { timeCrawl, type CrawlRate } from './stats.js';

export interface BaselineCrawlOptions {
    /** Requests in flight at once. */
    concurrency: number;
    /** Stop after this many pages. */
    maxPages: number;
}

/**
 * Bare `CheerioCrawler` from the start URL: every handled page enqueues its same-host links; storage in memory.
 * Counts pages whose handler ran.
 */
export async function crawlWithCheerioCrawler(startUrl: string, options: BaselineCrawlOptions): Promise<CrawlRate> {
    crawleeLog.setLevel(crawleeLog.LEVELS.OFF);
    let pages = 0;
    const crawler = new CheerioCrawler(
        {
            // The same fixed pool as claimscope's embedded crawl, so both run at the same concurrency.
            minConcurrency: options.concurrency,
            maxConcurrency: options.concurrency,
            autoscaledPoolOptions: { maybeRunIntervalSecs: 0.05 },
            maxRequestsPerCrawl: options.maxPages,
            statusMessageLoggingInterval: 3600,
            async requestHandler({ enqueueLinks }) {
                pages++;
                await enqueueLinks();
            },
        },
        new Configuration({ persistStorage: false }),
    );
    const rate = await timeCrawl(async () => {
        await crawler.run([startUrl]);
        return pages;
    });
    await crawler.teardown();
    return rate;
}

/**
 * The floor: a breadth-first loop of `fetch` + `cheerio.load` + same-origin `<a href>`s, `concurrency` at a
 * time, no retries, no politeness, no decoding beyond UTF-8.
 */
export async function crawlWithFetchAndCheerio(startUrl: string, options: BaselineCrawlOptions): Promise<CrawlRate> {
    const origin = new URL(startUrl).origin;
    const seen = new Set([startUrl]);
    const queue = [startUrl];
    let pages = 0;

    const visit = async (url: string): Promise<void> => {
        const response = await fetch(url);
        const $ = cheerio.load(await response.text());
        pages++;
        for (const el of $('a[href]').toArray()) {
            let link: URL;
            try {
                link = new URL(el.attribs.href!, url);
            } catch {
                continue;
            }
            link.hash = '';
            if (link.origin !== origin || seen.has(link.href) || seen.size >= options.maxPages) continue;
            seen.add(link.href);
            queue.push(link.href);
        }
    };
    // each lane takes the next URL until the queue is empty and no other lane can add to it
    let busy = 0;
    const lane = async (): Promise<void> => {
        for (;;) {
            const url = queue.shift();
            if (url === undefined) {
                if (busy === 0) return;
                await new Promise((resolve) => setTimeout(resolve, 1));
                continue;
            }
            busy++;
            try {
                await visit(url);
            } finally {
                busy--;
            }
        }
    };
    return timeCrawl(async () => {
        await Promise.all(Array.from({ length: options.concurrency }, lane));
        return pages;
    });
}
