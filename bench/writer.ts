/**
 * How many page results the data dir's writer commits per second: `npx tsx bench/writer.ts [pages] [runs]`. Real
 * article pages of the bench site, extracted once beforehand, are handed to the ResultWriter the way a crawl does
 * (64 pages in hand, each waiting for its commit) into a fresh data dir per run — the figure covers the page row,
 * its compressed HTML (compressed beforehand, as the crawl does off the write path), its claim rows, the frontier
 * entry and the transaction.
 *
 * Two ways, interleaved in the same run so a busy spell on the machine slows both:
 * - `prepared`: the page's rows (passages and drafts as deflated JSON, claim documents with their index words)
 *   come with the result, worked out where the page was read, as the embedded crawl does — the writer only inserts.
 *   Target: ≥ 2000 page results/s.
 * - `inWriter` (the baseline): the writer works out each page's rows itself, as it did before.
 *
 * Beside time, the bytes this process handed to write(2) per result (`/proc/self/io`, Linux): the WAL frames and
 * the checkpoints' copies into the database file, a figure the machine's load does not move.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractPage } from '../extractors/index.js';
import { pageRowsOf } from '../src/pipeline/build-claims.js';
import { ResultWriter } from '../src/pipeline/result-writer.js';
import { compressHtml, PageStore, type StoreResult } from '../src/storage/page-store.js';
import type { PageRecord } from '../src/storage/types.js';
import { renderBenchArticles } from './site.js';
import { cpuSecondsSince, median } from './stats.js';

export interface WriterFigures {
    /** Page results committed per second through the ResultWriter (median of the runs). */
    resultsPerSecond: number;
    /** CPU milliseconds of this process per page result (median). */
    cpuMsPerResult: number;
    /** KB written per page result (median; null where /proc/self/io is missing). */
    kbWrittenPerResult: number | null;
}

export interface BenchWriterResult {
    pages: number;
    claims: number;
    runs: number;
    prepared: WriterFigures;
    inWriter: WriterFigures;
    /** prepared ÷ inWriter results/s. */
    speedup: number;
    /** Settling copies and clusters over every stored page once, after the writes (median). */
    settleMs: number;
    loadAverage: [start: number, end: number];
}

/** Pages waiting for their commit at once, as a crawl's concurrency would have them. */
const IN_HAND = 64;

interface Run {
    resultsPerSecond: number;
    cpuMsPerResult: number;
    kbWrittenPerResult: number | null;
    settleMs: number;
}

/** Bytes this process has handed to write(2) and its kin so far, or null off Linux. */
function bytesWritten(): number | null {
    try {
        return Number(/^wchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? Number.NaN);
    } catch {
        return null;
    }
}

async function writeAll(results: readonly StoreResult[]): Promise<Run> {
    const dir = await mkdtemp(join(tmpdir(), 'claimscope-bench-writer-'));
    const store = await PageStore.open(dir);
    try {
        const writer = new ResultWriter(store);
        const started = performance.now();
        const cpu = process.cpuUsage();
        const written = bytesWritten();
        let next = 0;
        await Promise.all(
            Array.from({ length: IN_HAND }, async () => {
                while (next < results.length) await writer.write(results[next++]!);
            }),
        );
        const seconds = (performance.now() - started) / 1000;
        const cpuSeconds = cpuSecondsSince(cpu);
        const writtenNow = bytesWritten();
        const settleStarted = performance.now();
        await store.settleClusters();
        return {
            resultsPerSecond: results.length / seconds,
            cpuMsPerResult: (cpuSeconds * 1000) / results.length,
            kbWrittenPerResult: written === null || writtenNow === null ? null : (writtenNow - written) / 1024 / results.length,
            settleMs: performance.now() - settleStarted,
        };
    } finally {
        store.close();
        await rm(dir, { recursive: true, force: true });
    }
}

function figures(runs: readonly Run[]): WriterFigures {
    const written = runs.map((r) => r.kbWrittenPerResult);
    return {
        resultsPerSecond: median(runs.map((r) => r.resultsPerSecond)),
        cpuMsPerResult: median(runs.map((r) => r.cpuMsPerResult)),
        kbWrittenPerResult: written.every((kb) => kb !== null) ? median(written) : null,
    };
}

export async function benchWriter(options: { pages: number; runs?: number }): Promise<BenchWriterResult> {
    const runs = options.runs ?? 3;
    const rendered = renderBenchArticles(options.pages);
    const pages: { page: PageRecord; html: Buffer }[] = [];
    let claims = 0;
    for (const [i, article] of rendered.entries()) {
        const url = `http://127.0.0.1:1${article.path}`;
        const extracted = extractPage(article.html, url);
        claims += extracted.claims.length;
        const page: PageRecord = {
            url,
            site: extracted.site,
            title: extracted.title,
            published: extracted.published,
            passages: extracted.passages,
            claims: extracted.claims,
            contentHash: String(i),
            etag: null,
            lastModified: null,
            fetchedAt: new Date(0).toISOString(),
        };
        pages.push({ page, html: compressHtml(article.html) });
    }
    const inWriter: StoreResult[] = pages.map(({ page, html }) => ({ kind: 'changed', key: page.url, page, html, links: [] }));
    const prepared: StoreResult[] = pages.map(({ page, html }) => ({ kind: 'changed', key: page.url, page, html, rows: pageRowsOf(page), links: [] }));
    const loadAtStart = loadavg()[0]!;
    const preparedRuns: Run[] = [];
    const inWriterRuns: Run[] = [];
    for (let run = 0; run < runs; run++) {
        preparedRuns.push(await writeAll(prepared));
        inWriterRuns.push(await writeAll(inWriter));
    }
    const ours = figures(preparedRuns);
    const baseline = figures(inWriterRuns);
    return {
        pages: pages.length,
        claims,
        runs,
        prepared: ours,
        inWriter: baseline,
        speedup: ours.resultsPerSecond / baseline.resultsPerSecond,
        settleMs: median(preparedRuns.map((r) => r.settleMs)),
        loadAverage: [loadAtStart, loadavg()[0]!],
    };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const result = await benchWriter({ pages: Number(process.argv[2]) || 2_000, runs: Number(process.argv[3]) || 3 });
    console.log(JSON.stringify(result));
}
