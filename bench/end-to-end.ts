/** claimscope end to end, as `claimscope crawl` runs it: fetch → extract → store → dedup → index, into a temp data dir. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/index.js';
import { crawlInto } from '../src/pipeline/run-crawl.js';
import { cpuSecondsSince, type CrawlRate } from './stats.js';

export interface EndToEndOptions {
    concurrency: number;
    maxPages: number;
    /** Data dir to crawl into; a fresh temp dir (removed afterwards) when absent. */
    dataDir?: string;
}

export interface EndToEndRate extends CrawlRate {
    /** Seconds until the last page was handled; the rest of `seconds` is the index pass (dedup + index). */
    crawlSeconds: number;
    indexSeconds: number;
    claims: number;
    stored: number;
    failed: number;
}

/** Deeper than any bench site's pagination chain. */
const UNLIMITED_DEPTH = 1_000_000;

/** Crawls the site from `startUrl` with the embedded backends and the default settings but `options` and depth. */
export async function crawlWithClaimscope(startUrl: string, options: EndToEndOptions): Promise<EndToEndRate> {
    const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'claimscope-bench-e2e-')));
    // An empty environment: a REDIS_URL or MEILI_URL in the shell must not change what is measured. No depth limit,
    // so claimscope reaches the deep list pages (prev/next pagers) and crawls the same pages as the baselines.
    const { concurrency, maxPages } = options;
    const config = loadConfig({ dataDir, concurrency, maxPages, maxDepth: UNLIMITED_DEPTH }, {});
    try {
        const started = performance.now();
        const cpu = process.cpuUsage();
        let lastPage = started;
        const summary = await crawlInto(config, [`${startUrl}/`], { onProgress: () => (lastPage = performance.now()) });
        const ended = performance.now();
        const pages = summary.done + summary.failed;
        const seconds = (ended - started) / 1000;
        return {
            pages,
            seconds,
            pagesPerSecond: pages / seconds,
            cpuSeconds: cpuSecondsSince(cpu),
            crawlSeconds: (lastPage - started) / 1000,
            indexSeconds: (ended - lastPage) / 1000,
            claims: summary.claims,
            stored: summary.stored,
            failed: summary.failed,
        };
    } finally {
        if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    }
}
