/**
 * How many page results the data dir's writer commits per second: `npx tsx bench/writer.ts [pages]`. Real
 * article pages of the bench site, extracted once beforehand, are handed to the ResultWriter the way a crawl
 * does (each page waits for its commit) — the figure covers the page row, its compressed HTML (compressed
 * beforehand, as the crawl does off the write path), its claims with their index words segmented here (as the
 * Redis writer does), the frontier entry and the transaction.
 * Target: ≥ 2000 page results/s.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractPage } from '../extractors/index.js';
import { ResultWriter } from '../src/pipeline/result-writer.js';
import { compressHtml, PageStore, type StoreResult } from '../src/storage/page-store.js';
import { renderBenchArticles } from './site.js';

export interface BenchWriterResult {
    pages: number;
    claims: number;
    /** Page results committed per second through the ResultWriter (median of the runs). */
    resultsPerSecond: number;
    /** Settling copies and clusters over every stored page once, after the writes. */
    settleMs: number;
}

/** Pages waiting for their commit at once, as a crawl's concurrency would have them. */
const IN_HAND = 64;

export async function benchWriter(options: { pages: number }): Promise<BenchWriterResult> {
    const rendered = renderBenchArticles(options.pages);
    const results: StoreResult[] = [];
    let claims = 0;
    for (const [i, page] of rendered.entries()) {
        const url = `http://127.0.0.1:1${page.path}`;
        const extracted = extractPage(page.html, url);
        claims += extracted.claims.length;
        results.push({
            kind: 'changed',
            key: url,
            page: {
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
            },
            html: await compressHtml(page.html),
            links: [],
        });
    }
    const dir = await mkdtemp(join(tmpdir(), 'claimscope-bench-writer-'));
    const store = await PageStore.open(dir);
    try {
        const writer = new ResultWriter(store);
        const started = performance.now();
        let next = 0;
        await Promise.all(
            Array.from({ length: IN_HAND }, async () => {
                while (next < results.length) await writer.write(results[next++]!);
            }),
        );
        const seconds = (performance.now() - started) / 1000;
        const settleStarted = performance.now();
        await store.settleClusters();
        return { pages: results.length, claims, resultsPerSecond: results.length / seconds, settleMs: performance.now() - settleStarted };
    } finally {
        store.close();
        await rm(dir, { recursive: true, force: true });
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const result = await benchWriter({ pages: Number(process.argv[2]) || 2_000 });
    console.log(JSON.stringify(result));
}
