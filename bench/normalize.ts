/**
 * `npx tsx bench/normalize.ts`: what the normalisation stage costs per article, beside the whole extraction it is
 * part of: on the corpus pages (seeds + dev, read as text) in three scripts — as stored (ASCII punctuation), with
 * full-width punctuation and digits as most real pages print them, and in traditional script (the slow path) —
 * and on the HTML pages of the extraction benchmark (`extractPage`). Medians of several passes; CPU time of this
 * one thread.
 */
import { Converter } from 'opencc-js/cn2t';
import { extractFromText, extractPage } from '../extractors/index.js';
import { canonicalPage } from '../extractors/normalize/index.js';
import { loadCorpusPages } from './corpus-pages.js';
import { renderBenchArticles } from './site.js';
import { cpuSecondsSince, median, round } from './stats.js';

const RUNS = 7;
const REPEAT = 5;
const BENCH_ARTICLES = 300;

const toTraditional = Converter({ from: 'cn', to: 'hk' });
const FULLWIDTH_TWINS = /[,:;!?()%0-9]/g;
const fullwidth = (text: string) => text.replace(FULLWIDTH_TWINS, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

function cpuMsPerArticle(articles: number, work: () => void): number {
    const times: number[] = [];
    work();
    for (let run = 0; run < RUNS; run++) {
        const since = process.cpuUsage();
        for (let i = 0; i < REPEAT; i++) work();
        times.push(cpuSecondsSince(since));
    }
    return (median(times) * 1000) / (REPEAT * articles);
}

const corpus = loadCorpusPages();
const variants: [string, (text: string) => string][] = [
    ['as stored', (t) => t],
    ['full-width', fullwidth],
    ['traditional', (t) => fullwidth(toTraditional(t))],
];
console.log(`${corpus.length} corpus articles, median of ${RUNS} passes × ${REPEAT}`);
console.log('variant      normalise ms/article  extract ms/article  normalise share');
for (const [name, rewrite] of variants) {
    const pages = corpus.map((p) => ({ ...p, title: rewrite(p.title), text: p.passages.map((x) => rewrite(x.text)).join('\n\n') }));
    const passages = pages.map((p) => extractFromText(p.title, p.text, p.url).passages);
    const normalise = cpuMsPerArticle(pages.length, () => passages.forEach((ps) => canonicalPage(ps)));
    const extract = cpuMsPerArticle(pages.length, () => pages.forEach((p) => extractFromText(p.title, p.text, p.url)));
    console.log(
        `${name.padEnd(12)} ${round(normalise, 4).toString().padStart(20)}  ${round(extract, 4).toString().padStart(18)}  ` +
            `${round((100 * normalise) / extract, 1)}%`,
    );
}

const html = renderBenchArticles(BENCH_ARTICLES).map((p) => ({ html: p.html, url: `http://127.0.0.1${p.path}` }));
const htmlPassages = html.map((p) => extractPage(p.html, p.url).passages);
const normaliseHtml = cpuMsPerArticle(html.length, () => htmlPassages.forEach((ps) => canonicalPage(ps)));
const extractHtml = cpuMsPerArticle(html.length, () => html.forEach((p) => extractPage(p.html, p.url)));
console.log(
    `${'bench HTML'.padEnd(12)} ${round(normaliseHtml, 4).toString().padStart(20)}  ${round(extractHtml, 4).toString().padStart(18)}  ` +
        `${round((100 * normaliseHtml) / extractHtml, 1)}%  (${BENCH_ARTICLES} pages of the extraction benchmark, extractPage)`,
);
