/**
 * The HTML parser under extraction: htmlparser2 (as `extractPage` loads pages), htmlparser2 without cheerio's
 * wrapper, and cheerio's default parse5, timed on the bench pages and on the article-extraction benchmark's real
 * pages (when `../shared` holds them). Prints ms per page, the median of `--rounds` rounds that alternate the
 * parsers, and the load average.
 *
 * `npx tsx bench/extraction-parsers.ts [--articles 300] [--rounds 5]`
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import { parseDocument } from 'htmlparser2';
import { benchmarkPages } from './article-extraction.js';
import { renderBenchArticles } from './site.js';
import { median } from './stats.js';

const PARSERS: Record<string, (html: string) => unknown> = {
    'htmlparser2 (cheerio.load, as extractPage)': (html) => cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } }),
    'htmlparser2 parseDocument alone': (html) => parseDocument(html, { xmlMode: false, decodeEntities: true }),
    'parse5 (cheerio.load default)': (html) => cheerio.load(html),
};

const { values } = parseArgs({ options: { articles: { type: 'string', default: '300' }, rounds: { type: 'string', default: '5' } } });
const sets: [string, string[]][] = [
    ['bench', renderBenchArticles(Number(values.articles)).map((p) => p.html)],
    ['real', benchmarkPages()],
];
for (const [name, pages] of sets) {
    if (pages.length === 0) {
        console.log(`${name}: skipped (the article-extraction benchmark is not in ../shared)`);
        continue;
    }
    const kb = pages.reduce((sum, html) => sum + html.length, 0) / pages.length / 1024;
    const times = new Map<string, number[]>();
    for (let round = 0; round < Number(values.rounds); round++) {
        for (const [parser, parse] of Object.entries(PARSERS)) {
            const started = performance.now();
            for (const html of pages) parse(html);
            times.set(parser, [...(times.get(parser) ?? []), (performance.now() - started) / pages.length]);
        }
    }
    console.log(`${name}: ${pages.length} pages, ${kb.toFixed(0)} K characters each on average, load average ${loadavg()[0]!.toFixed(1)}`);
    for (const [parser, ms] of times) console.log(`  ${parser.padEnd(44)} ${median(ms).toFixed(3)} ms/page`);
}
