/**
 * Extraction alone: `extractPage` over pre-rendered bench pages, no network. One thread does all the work, so
 * articles per CPU second is articles per second per core. `npx tsx bench/extraction.ts [--articles N] [--runs N]`
 * runs it alone.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { extractPage } from '../extractors/index.js';
import { renderBenchArticles } from './site.js';
import { cpuSecondsSince, median } from './stats.js';

export interface BenchExtractionOptions {
    /** Article pages extracted per run. */
    articles: number;
    runs: number;
}

export interface BenchExtractionResult {
    /** Target ≥ 1000. */
    extractionArticlesPerSecondPerCore: number;
    /** CPU milliseconds per KB of HTML (the decoded markup, as the crawler hands it over). */
    cpuMsPerKb: number;
    /** Wall-clock articles per second, which a busy machine lowers. */
    articlesPerSecond: number;
    claimsPerArticle: number;
}

/** Renders `articles` bench pages, warms up on a tenth of them, then times `runs` passes over all of them. */
export function benchExtraction(options: BenchExtractionOptions): BenchExtractionResult {
    const pages = renderBenchArticles(options.articles).map((p) => ({ html: p.html, url: `http://127.0.0.1${p.path}` }));
    const kb = pages.reduce((sum, p) => sum + Buffer.byteLength(p.html), 0) / 1024;
    for (const page of pages.slice(0, Math.ceil(pages.length / 10))) extractPage(page.html, page.url);
    const cpu: number[] = [];
    const wall: number[] = [];
    let claims = 0;
    for (let run = 0; run < options.runs; run++) {
        const started = performance.now();
        const since = process.cpuUsage();
        claims = 0;
        for (const page of pages) claims += extractPage(page.html, page.url).claims.length;
        cpu.push(cpuSecondsSince(since));
        wall.push((performance.now() - started) / 1000);
    }
    const cpuSeconds = median(cpu);
    return {
        extractionArticlesPerSecondPerCore: pages.length / cpuSeconds,
        cpuMsPerKb: (cpuSeconds * 1000) / kb,
        articlesPerSecond: pages.length / median(wall),
        claimsPerArticle: claims / pages.length,
    };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' }, runs: { type: 'string', default: '3' } } });
    console.log(JSON.stringify(benchExtraction({ articles: Number(values.articles), runs: Number(values.runs) })));
}
