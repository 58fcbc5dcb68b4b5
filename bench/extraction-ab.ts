/**
 * Extraction speed before and after, in the same minutes: runs `bench/extraction.ts` of a baseline checkout (a
 * second worktree of `main`, say) and of this one as alternating child processes, then prints every run, the
 * medians, their ratio and the load average around each run. On a shared machine only such same-run figures
 * compare.
 *
 * `npx tsx bench/extraction-ab.ts --baseline /tmp/main-worktree [--pairs 3] [--articles 300] [--runs 3]`
 *
 * With `--in-process`, both checkouts' `extractPage` run in this one process instead, over the same pages in chunks
 * of 20 that alternate between them, CPU time summed per side, `--pairs` rounds: finer than whole processes, and
 * conservative (both share one heap, so each pays for the other's garbage). `--real` (with `--in-process`) runs
 * them over the real pages of the article-extraction benchmark in `../shared` instead of the bench pages: what
 * users crawl is long markup with few claims, where parsing and the body reader take most of the time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchmarkPages } from './article-extraction.js';
import { renderBenchArticles } from './site.js';
import { cpuSecondsSince, median } from './stats.js';

const HERE = fileURLToPath(new URL('../', import.meta.url));

const { values } = parseArgs({
    options: {
        baseline: { type: 'string' },
        pairs: { type: 'string', default: '3' },
        articles: { type: 'string', default: '300' },
        runs: { type: 'string', default: '3' },
        'in-process': { type: 'boolean', default: false },
        real: { type: 'boolean', default: false },
    },
});
if (!values.baseline || !existsSync(join(values.baseline, 'bench/extraction.ts'))) {
    throw new Error('extraction-ab: --baseline must be a checkout holding bench/extraction.ts');
}
if (values.real && !values['in-process']) throw new Error('extraction-ab: --real needs --in-process');
const checkouts = { baseline: values.baseline, current: HERE };

/** Articles per CPU second of one `bench/extraction.ts` process run in `dir`. */
function runOnce(dir: string): number {
    const out = execFileSync('npx', ['tsx', 'bench/extraction.ts', '--articles', values.articles!, '--runs', values.runs!], { cwd: dir, encoding: 'utf8' });
    return (JSON.parse(out.trim().split('\n').at(-1)!) as { extractionArticlesPerSecondPerCore: number }).extractionArticlesPerSecondPerCore;
}

type ExtractPage = (html: string, url: string) => { claims: unknown[] };
const CHUNK = 20;

/** Articles per CPU second of each checkout's `extractPage`, one round of alternating chunks in this process. */
async function inProcess(rounds: number): Promise<void> {
    const extract: Record<keyof typeof checkouts, ExtractPage> = {
        baseline: ((await import(join(checkouts.baseline, 'extractors/index.ts'))) as { extractPage: ExtractPage }).extractPage,
        current: ((await import(join(checkouts.current, 'extractors/index.ts'))) as { extractPage: ExtractPage }).extractPage,
    };
    const pages = values.real
        ? benchmarkPages().map((html) => ({ html, url: 'http://127.0.0.1/article' }))
        : renderBenchArticles(Number(values.articles)).map((p) => ({ html: p.html, url: `http://127.0.0.1${p.path}` }));
    if (pages.length === 0) throw new Error('extraction-ab: no pages (the article-extraction benchmark is not in ../shared)');
    console.log(`${pages.length} ${values.real ? 'real' : 'bench'} pages`);
    for (const side of ['baseline', 'current'] as const) for (const page of pages.slice(0, CHUNK * 2)) extract[side](page.html, page.url);
    for (let round = 0; round < rounds; round++) {
        const before = loadavg()[0]!;
        const cpu = { baseline: 0, current: 0 };
        for (let from = 0; from < pages.length; from += CHUNK) {
            const chunk = pages.slice(from, from + CHUNK);
            const order: (keyof typeof checkouts)[] = (from / CHUNK + round) % 2 === 0 ? ['baseline', 'current'] : ['current', 'baseline'];
            for (const side of order) {
                const since = process.cpuUsage();
                for (const page of chunk) extract[side](page.html, page.url);
                cpu[side] += cpuSecondsSince(since);
            }
        }
        for (const side of ['baseline', 'current'] as const) rates[side].push(pages.length / cpu[side]);
        console.log(`round ${round + 1}: baseline ${rates.baseline.at(-1)!.toFixed(0)}, current ${rates.current.at(-1)!.toFixed(0)} articles/s/core  (load ${before.toFixed(1)} → ${loadavg()[0]!.toFixed(1)})`);
    }
}

const rates: Record<keyof typeof checkouts, number[]> = { baseline: [], current: [] };
if (values['in-process']) await inProcess(Number(values.pairs));
else for (let pair = 0; pair < Number(values.pairs); pair++) {
    // the order flips every pair, so neither side always runs on the warmer (or busier) minute
    const order: (keyof typeof checkouts)[] = pair % 2 === 0 ? ['baseline', 'current'] : ['current', 'baseline'];
    for (const side of order) {
        const before = loadavg()[0]!;
        const rate = runOnce(checkouts[side]);
        rates[side].push(rate);
        console.log(`pair ${pair + 1} ${side.padEnd(8)} ${rate.toFixed(0).padStart(5)} articles/s/core  (load ${before.toFixed(1)} → ${loadavg()[0]!.toFixed(1)})`);
    }
}
const baseline = median(rates.baseline);
const current = median(rates.current);
const pairRatios = rates.current.map((rate, i) => (rate / rates.baseline[i]!).toFixed(2));
console.log(`medians: baseline ${baseline.toFixed(0)}, current ${current.toFixed(0)}, ratio ${(current / baseline).toFixed(2)} (per pair ${pairRatios.join(', ')})`);
