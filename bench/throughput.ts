/**
 * `npx tsx bench/throughput.ts [articles] [runs]` — pages per second on the bench site: raw fetch + cheerio (floor), bare CheerioCrawler, and claimscope end to
 * end, at the same concurrency. Runs are interleaved (one of each per round), so a busy spell on the machine
 * slows all three rather than one; each figure is the median over rounds.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { loadConfig } from '../src/config/index.js';
import { crawlWithCheerioCrawler, crawlWithFetchAndCheerio } from './baselines.js';
import { crawlWithClaimscope, type EndToEndRate } from './end-to-end.js';
import { spawnBenchSite } from './site.js';
import { median, type CrawlRate } from './stats.js';

export interface BenchThroughputOptions {
    /** Articles on the generated site. */
    articles: number;
    concurrency: number;
    /** Rounds; each crawls the whole site once with each crawler. */
    runs: number;
}

export interface CrawlerFigures {
    pagesPerSecond: number;
    /** CPU milliseconds this process spent per page (less sensitive to a busy machine than wall time). */
    cpuMsPerPage: number;
    pages: number;
}

export interface BenchThroughputResult {
    sitePages: number;
    /** Mean article page size on the wire, KB. */
    articleKb: number;
    floor: CrawlerFigures;
    cheerioCrawler: CrawlerFigures;
    claimscope: CrawlerFigures & { crawlSeconds: number; indexSeconds: number; claims: number };
    /** claimscope pages/s ÷ CheerioCrawler pages/s (target ≥ 1.0). */
    ratioVsCheerioCrawler: number;
    /** CheerioCrawler CPU per page ÷ claimscope CPU per page: the same ratio in CPU instead of wall time. */
    cpuRatioVsCheerioCrawler: number;
}

/** claimscope's default `maxPages` (from an empty environment). */
const MAX_PAGES_DEFAULT = loadConfig({}, {}).maxPages;

function figures(runs: CrawlRate[]): CrawlerFigures {
    return {
        pagesPerSecond: median(runs.map((r) => r.pagesPerSecond)),
        cpuMsPerPage: median(runs.map((r) => (r.cpuSeconds * 1000) / r.pages)),
        pages: median(runs.map((r) => r.pages)),
    };
}

/**
 * The baselines run with V8's default heap sizing, as a CheerioCrawler user's process would: claimscope's crawl
 * sets its own for the whole process (src/pipeline/heap-growth.ts), which must not carry over to their rounds.
 */
function defaultHeapGrowth(): void {
    setFlagsFromString('--heap-growing-percent=0');
}

/** Serves a generated site from a child process and crawls it `runs` times with each crawler. */
export async function benchThroughput(options: BenchThroughputOptions): Promise<BenchThroughputResult> {
    const site = await spawnBenchSite({ articles: options.articles });
    // A page cap far above the site, as a user's cap usually is (claimscope's default is 10,000): near a tight cap
    // Crawlee adds links in chunks of the remaining budget and sleeps 1 s between chunks, stalling every page.
    const crawl = { concurrency: options.concurrency, maxPages: Math.max(MAX_PAGES_DEFAULT, 10 * site.pages) };
    const start = `${site.url}/`;
    const floor: CrawlRate[] = [];
    const cheerio: CrawlRate[] = [];
    const claimscope: EndToEndRate[] = [];
    try {
        for (let run = 0; run < options.runs; run++) {
            defaultHeapGrowth();
            floor.push(await crawlWithFetchAndCheerio(start, crawl));
            cheerio.push(await crawlWithCheerioCrawler(start, crawl));
            claimscope.push(await crawlWithClaimscope(site.url, crawl));
        }
    } finally {
        await site.close();
    }
    const ours = figures(claimscope);
    const theirs = figures(cheerio);
    return {
        sitePages: site.pages,
        articleKb: site.articleBytes / options.articles / 1024,
        floor: figures(floor),
        cheerioCrawler: theirs,
        claimscope: {
            ...ours,
            crawlSeconds: median(claimscope.map((r) => r.crawlSeconds)),
            indexSeconds: median(claimscope.map((r) => r.indexSeconds)),
            claims: median(claimscope.map((r) => r.claims)),
        },
        ratioVsCheerioCrawler: ours.pagesPerSecond / theirs.pagesPerSecond,
        cpuRatioVsCheerioCrawler: theirs.cpuMsPerPage / ours.cpuMsPerPage,
    };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const loadAtStart = loadavg()[0]!;
    const result = await benchThroughput({ articles: Number(process.argv[2]) || 1_000, concurrency: 8, runs: Number(process.argv[3]) || 3 });
    console.log(JSON.stringify({ ...result, loadAverage: [loadAtStart, loadavg()[0]!] }));
}
