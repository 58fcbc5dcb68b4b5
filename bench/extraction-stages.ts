/**
 * Where extraction spends its time, stage by stage: the stages of `extractPage` run one after the other over the
 * bench pages (and, when `../shared` holds them, the article-extraction benchmark's real pages), each timed on
 * its own. Prints a table of CPU ms per page and share, medians of `--runs` passes after a warm-up pass.
 *
 * `npx tsx bench/extraction-stages.ts [--articles N] [--runs N] [--real]`
 *
 * The stage calls mirror `extractPage` (extractors/index.ts); the claim stages run on every page, articles or not.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import { extractBody } from '../extractors/body/index.js';
import { attributePassages } from '../extractors/figure/attribution.js';
import { extractFigures } from '../extractors/figure/index.js';
import { readPublished, readPublisher, readTitle } from '../extractors/metadata/index.js';
import { canonicalPage, canonicalText } from '../extractors/normalize/index.js';
import { passagesFromLines } from '../extractors/passages/from-lines.js';
import { extractProcedures } from '../extractors/procedure/index.js';
import type { PageContext } from '../extractors/types.js';
import { benchmarkPages } from './article-extraction.js';
import { renderBenchArticles } from './site.js';
import { median } from './stats.js';

const STAGES = ['parse', 'title', 'body', 'published', 'passages', 'publisher', 'canonical', 'attribution', 'procedures', 'figures'] as const;
type Stage = (typeof STAGES)[number];

function timePages(pages: readonly { html: string; url: string }[]): Record<Stage, number> {
    const spent = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
    let last = performance.now();
    const lap = (stage: Stage): void => {
        const now = performance.now();
        spent[stage] += now - last;
        last = now;
    };
    for (const page of pages) {
        last = performance.now();
        const $ = cheerio.load(page.html, { xml: { xmlMode: false, decodeEntities: true } });
        lap('parse');
        const title = readTitle($);
        lap('title');
        const body = extractBody($, { title });
        lap('body');
        const published = readPublished($, body.headText, { url: page.url, title });
        lap('published');
        const passages = passagesFromLines(body.lines);
        lap('passages');
        const publisher = readPublisher($, title);
        lap('publisher');
        const canonical = canonicalPage(passages);
        const ctx: PageContext = { url: page.url, title: canonicalText(title).text, published, publisher };
        lap('canonical');
        const inheritances = attributePassages(canonical.passages, ctx.title, publisher);
        lap('attribution');
        extractProcedures(canonical.passages, ctx);
        lap('procedures');
        extractFigures(canonical.passages, ctx, inheritances);
        lap('figures');
    }
    return spent;
}

const { values } = parseArgs({
    options: { articles: { type: 'string', default: '300' }, runs: { type: 'string', default: '5' }, real: { type: 'boolean', default: false } },
});
const pages = values.real ? benchmarkPages().map((html) => ({ html, url: 'http://127.0.0.1/article' })) : renderBenchArticles(Number(values.articles)).map((p) => ({ html: p.html, url: `http://127.0.0.1${p.path}` }));
if (pages.length === 0) throw new Error('extraction-stages: no pages (the article-extraction benchmark is not in ../shared)');
console.log(`${pages.length} ${values.real ? 'real' : 'bench'} pages, load average ${loadavg()[0]!.toFixed(1)}`);
timePages(pages);
const runs = Array.from({ length: Number(values.runs) }, () => timePages(pages));
const perPage = Object.fromEntries(STAGES.map((s) => [s, median(runs.map((r) => r[s])) / pages.length])) as Record<Stage, number>;
const total = STAGES.reduce((sum, s) => sum + perPage[s], 0);
for (const s of STAGES) console.log(`${s.padEnd(12)} ${perPage[s].toFixed(3).padStart(7)} ms  ${((100 * perPage[s]) / total).toFixed(1).padStart(5)} %`);
console.log(`${'total'.padEnd(12)} ${total.toFixed(3).padStart(7)} ms  → ${Math.round(1000 / total)} pages/s (load average ${loadavg()[0]!.toFixed(1)})`);
