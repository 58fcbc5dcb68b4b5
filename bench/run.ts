/**
 * `npm run bench [-- --quick] [-- --json]`: crawl throughput against Crawlee and a raw fetch floor, extraction
 * speed, clustering scaling, query latency, memory by crawl size and the Redis queue — one table, and with
 * `--json` one final line holding every figure.
 */
import { availableParallelism, freemem, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchClustering } from './clustering.js';
import { benchConflicts } from './conflicts.js';
import { benchExtraction } from './extraction.js';
import { benchMemory } from './memory.js';
import { benchRedis } from './redis.js';
import { benchSearch } from './search.js';
import { round } from './stats.js';
import { benchThroughput } from './throughput.js';
import { benchWriter } from './writer.js';

interface Plan {
    /** Articles on the site crawled for pages/s (list pages and the root come on top). */
    articles: number;
    /** Crawls per crawler (each whole-site crawl is long); the figure is their median. */
    crawlRuns: number;
    /** Repetitions of the short measurements (extraction, clustering). */
    runs: number;
    concurrency: number;
    extractionArticles: number;
    clusteringSizes: [number, number];
    searchClaims: number;
    memorySizes: [number, number];
    redisArticles: number;
    writerPages: number;
    /** Bench articles behind the API first-page sizes. */
    conflictArticles: number;
}

/**
 * The full plan crawls the issue's 10k-article site once per crawler; memory is measured at 2k/10k pages rather
 * than 10k/50k (same 5× step), so the whole bench stays under ~15 minutes on a small, shared machine.
 * `--articles` and `--crawl-runs` change the crawl. The quick plan keeps every figure at sizes that take seconds.
 */
const PLANS: Record<'full' | 'quick', Plan> = {
    full: {
        articles: 10_000,
        crawlRuns: 1,
        runs: 3,
        concurrency: 8,
        extractionArticles: 2_000,
        clusteringSizes: [10_000, 100_000],
        searchClaims: 100_000,
        memorySizes: [2_000, 10_000],
        redisArticles: 2_000,
        writerPages: 2_000,
        conflictArticles: 10_000,
    },
    quick: {
        articles: 150,
        crawlRuns: 1,
        runs: 1,
        concurrency: 8,
        extractionArticles: 150,
        clusteringSizes: [500, 5_000],
        searchClaims: 5_000,
        memorySizes: [100, 500],
        redisArticles: 100,
        writerPages: 200,
        conflictArticles: 150,
    },
};

const TARGETS = {
    ratioVsCheerioCrawler: '≥ 1.0',
    extractionArticlesPerSecondPerCore: '≥ 1000',
    clusteringTimeRatio10x: '≤ 12',
    searchP95Ms: '≤ 10',
    rssRatio: '≤ 1.2',
    writerResultsPerSecond: '≥ 2000',
    fourWorkersVsOne: '≥ 3',
    apiFirstPageKb: '< 200',
};
/** The Redis bench site answers each request after this long. */
const SLOW_SITE_DELAY_MS = 50;

type Row = [figure: string, value: string, target?: string];

function table(rows: Row[]): string {
    const width = (i: 0 | 1) => Math.max(...rows.map((r) => r[i].length));
    return rows.map(([name, value, target]) => `  ${name.padEnd(width(0))}  ${value.padStart(width(1))}${target ? `   target ${target}` : ''}`).join('\n');
}

/** Runs one stage, printing its name first so a long stage does not look like a hang. */
async function stage<T>(name: string, run: () => T | Promise<T>): Promise<T> {
    process.stderr.write(`bench: ${name}…\n`);
    const started = performance.now();
    const result = await run();
    process.stderr.write(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return result;
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            quick: { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            articles: { type: 'string' },
            'crawl-runs': { type: 'string' },
        },
    });
    const plan: Plan = { ...PLANS[values.quick ? 'quick' : 'full'] };
    if (values.articles) plan.articles = Number(values.articles);
    if (values['crawl-runs']) plan.crawlRuns = Number(values['crawl-runs']);

    const machine = {
        cpus: availableParallelism(),
        memoryGb: round(totalmem() / 2 ** 30, 1),
        freeMemoryGb: round(freemem() / 2 ** 30, 1),
        node: process.version,
        loadAverageAtStart: round(loadavg()[0]!, 1),
        date: new Date().toISOString(),
        command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    };
    const started = performance.now();

    // The in-process CPU measurements first, on a small heap: after a 10k-page crawl the larger heap made the
    // 100k-passage clustering pay for more garbage collection than the 10k one, which skewed their ratio.
    const extraction = await stage('extraction', () => benchExtraction({ articles: plan.extractionArticles, runs: plan.runs }));
    const clustering = await stage('clustering', () => benchClustering({ sizes: plan.clusteringSizes, runs: plan.runs }));
    const search = await stage('search', () => benchSearch({ claims: plan.searchClaims }));
    const conflicts = await stage('conflicts: API first pages, planted misprints', () => benchConflicts({ articles: plan.conflictArticles }));
    const throughput = await stage('pages/s: floor, CheerioCrawler, claimscope', () =>
        benchThroughput({ articles: plan.articles, concurrency: plan.concurrency, runs: plan.crawlRuns }),
    );
    const memory = await stage('peak RSS', () => benchMemory({ sizes: plan.memorySizes, concurrency: plan.concurrency }));
    const writer = await stage('writer page results/s', () => benchWriter({ pages: plan.writerPages }));
    const redis = await stage('Redis workers on a site answering after 50 ms', () =>
        benchRedis({ articles: plan.redisArticles, workers: [1, 2, 4], concurrency: plan.concurrency, delayMs: SLOW_SITE_DELAY_MS }),
    );
    const fourVsOne = redis.measured ? redis.pagesPerSecond.workers4! / redis.pagesPerSecond.workers1! : NaN;
    const loadAverageAtEnd = round(loadavg()[0]!, 1);

    const [small, large] = memory.points;
    const kc = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
    const rows: Row[] = [
        ['site', `${throughput.sitePages} pages, ${throughput.articleKb.toFixed(1)} KB/article`],
        ['floor: fetch + cheerio.load, pages/s', throughput.floor.pagesPerSecond.toFixed(1)],
        ['CheerioCrawler, pages/s', throughput.cheerioCrawler.pagesPerSecond.toFixed(1)],
        ['claimscope end to end, pages/s', throughput.claimscope.pagesPerSecond.toFixed(1)],
        ['  of which index pass, s', throughput.claimscope.indexSeconds.toFixed(1)],
        ['ratio vs CheerioCrawler (wall)', throughput.ratioVsCheerioCrawler.toFixed(2), TARGETS.ratioVsCheerioCrawler],
        ['CPU ms/page: floor / Cheerio / claimscope', [throughput.floor, throughput.cheerioCrawler, throughput.claimscope].map((f) => f.cpuMsPerPage.toFixed(2)).join(' / ')],
        ['ratio vs CheerioCrawler (CPU)', throughput.cpuRatioVsCheerioCrawler.toFixed(2)],
        ['extraction, articles/s/core', extraction.extractionArticlesPerSecondPerCore.toFixed(0), TARGETS.extractionArticlesPerSecondPerCore],
        ['extraction, CPU ms per KB HTML', extraction.cpuMsPerKb.toFixed(3)],
        [`clustering ${kc(clustering.sizes[0])} / ${kc(clustering.sizes[1])} passages, ms`, `${clustering.msSmall} / ${clustering.msLarge}`],
        ['clustering time ratio for 10×', clustering.ratio.toFixed(2), TARGETS.clusteringTimeRatio10x],
        ['clustering recall on planted copies', clustering.recallOnPlantedCopies.toFixed(3)],
        [`search over ${kc(plan.searchClaims)} claims p50 / p95, ms`, `${search.p50Ms.toFixed(2)} / ${search.p95Ms.toFixed(2)}`, TARGETS.searchP95Ms],
        [
            `first page /api/conflicts · /api/compare at ${kc(conflicts.articles)} pages, KB`,
            `${conflicts.firstPageKb.conflicts.toFixed(0)} · ${conflicts.firstPageKb.compare.toFixed(0)} (uncapped ${conflicts.uncappedFirstPageKb.conflicts.toFixed(0)} · ${conflicts.uncappedFirstPageKb.compare.toFixed(0)})`,
            TARGETS.apiFirstPageKb,
        ],
        [
            'planted misprints right: trust-weighted · copy-aware count',
            `${conflicts.misprints.trustRight}/${conflicts.misprints.planted} · ${conflicts.misprints.countRight}/${conflicts.misprints.planted} (all cities ${conflicts.misprints.trustRightAll}/${conflicts.misprints.cities} · ${conflicts.misprints.countRightAll}/${conflicts.misprints.cities})`,
        ],
        [`peak RSS at ${kc(small!.pages)} / ${kc(large!.pages)} pages, MB`, `${small!.peakRssMb.toFixed(0)} / ${large!.peakRssMb.toFixed(0)}`],
        ['peak RSS ratio', memory.rssRatio.toFixed(2), TARGETS.rssRatio],
        [`writer, page results/s (${writer.pages} pages, ${writer.claims} claims)`, writer.prepared.resultsPerSecond.toFixed(0), TARGETS.writerResultsPerSecond],
        ['writer, baseline: claim rows worked out in the writer, results/s', writer.inWriter.resultsPerSecond.toFixed(0)],
        ['writer, CPU ms/result: prepared / in the writer', `${writer.prepared.cpuMsPerResult.toFixed(2)} / ${writer.inWriter.cpuMsPerResult.toFixed(2)}`],
        [`writer, settling clusters once, ms`, writer.settleMs.toFixed(0)],
        ...(redis.measured
            ? [
                  ...Object.entries(redis.pagesPerSecond).map(([k, v]): Row => [
                      `Redis, ${k.replace('workers', '')} worker(s), ${SLOW_SITE_DELAY_MS} ms site, pages/s (workers' CPU ms/page)`,
                      `${v.toFixed(1)} (${redis.cpuMsPerPage[k]!.toFixed(1)})`,
                  ]),
                  ['Redis, 4 workers vs 1', fourVsOne.toFixed(2), TARGETS.fourWorkersVsOne] as Row,
              ]
            : [['Redis workers', `not measured: ${redis.reason}`] as Row]),
    ];
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
        `\nclaimscope bench (${machine.command}) — ${machine.date}\n` +
            `machine: ${machine.cpus} CPUs, ${machine.memoryGb} GB, node ${machine.node}, ` +
            `load average ${machine.loadAverageAtStart} → ${loadAverageAtEnd}; concurrency ${plan.concurrency}, ${plan.crawlRuns} crawl(s) per crawler, ${plan.runs} run(s) of the rest\n\n` +
            `${table(rows)}\n\n(${seconds.toFixed(0)} s)\n`,
    );
    if (values.json) {
        // the 10k/100k aliases would mislabel any other sizes: `sizes` says which ran
        const { ms10k: _small, ms100k: _large, ...clusteringFigures } = clustering;
        const figures = {
            ratioVsCheerioCrawler: round(throughput.ratioVsCheerioCrawler),
            extractionArticlesPerSecondPerCore: round(extraction.extractionArticlesPerSecondPerCore, 0),
            clusteringTimeRatio10x: clustering.ratio,
            throughput,
            extraction,
            clustering: clusteringFigures,
            search,
            conflicts,
            memory,
            writer,
            redis,
            plan,
            machine: { ...machine, loadAverageAtEnd },
            seconds: round(seconds, 1),
        };
        process.stdout.write(`${JSON.stringify(figures, (_, v) => (typeof v === 'number' && !Number.isInteger(v) ? round(v, 3) : v))}\n`);
    }
}

await main();
