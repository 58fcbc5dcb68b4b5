/**
 * Main-content quality on real pages nobody here tuned for: the public article-extraction benchmark kept in
 * `../shared/bench/article-extraction` (181 pages, hand-cut bodies, its own `evaluate.py`). Writes claimscope's
 * bodies and Readability.js's (run here, on the same pages) into a temporary copy of the folder, runs the
 * benchmark's scorer there, and prints F1 beside the figures its README publishes. A second scorer, the same one
 * with words split into characters for Chinese text, scores the pages whose gold is mostly Chinese.
 *
 * `npx tsx bench/article-extraction.ts [--dir DIR] [--json]`; `runArticleBenchmark()` for the eval gate.
 * Skips with one line when the folder or `python3` is missing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import * as cheerio from 'cheerio';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractBody } from '../extractors/body/index.js';
import { readTitle } from '../extractors/metadata/index.js';
import { decodeHtml } from '../src/fetch/decode-html.js';

export const DEFAULT_BENCHMARK_DIR = fileURLToPath(new URL('../../shared/bench/article-extraction/', import.meta.url));

/** The benchmark's word pattern, and the one that makes every CJK character a word of its own. */
const WORD_PATTERN_LINE = "_TOKEN_RE = re.compile(\n    r'\\w+',";
const CHARACTER_PATTERN_LINE = "_TOKEN_RE = re.compile(\n    r'[\\u3400-\\u9fff\\uf900-\\ufaff]|[^\\W\\u3400-\\u9fff\\uf900-\\ufaff]+',";
/** A page is scored by characters when this share of its gold body's characters is CJK. */
const CJK_PAGE_SHARE = 0.3;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** Bootstrap rounds for the scorer's ± figures (its default is 1000; the F1 itself does not depend on them). */
const BOOTSTRAP_ROUNDS = 200;

export interface ToolScore {
    f1: number;
    precision: number;
    recall: number;
}

export interface ArticleBenchmarkResult {
    pages: number;
    /** The benchmark's own scorer (`\w+` words, 4-gram shingles). */
    official: { claimscope: ToolScore; readabilityJs: ToolScore };
    /** Character shingles over the pages whose gold is mostly Chinese (none: null). */
    chinese: { pages: number; claimscope: ToolScore; readabilityJs: ToolScore } | null;
    /** F1 per tool as the benchmark's README publishes it. */
    published: Record<string, number>;
    /** Pages for which claimscope returned no text. */
    claimscopeEmpty: number;
}

export type ArticleBenchmarkOutcome = { skipped: string } | ArticleBenchmarkResult;

interface GoldPage {
    articleBody: string;
    url: string;
}

/** Scores claimscope and Readability.js on the benchmark in `dir`; `{ skipped }` when it cannot run here. */
export function runArticleBenchmark(dir: string = DEFAULT_BENCHMARK_DIR): ArticleBenchmarkOutcome {
    if (!existsSync(join(dir, 'ground-truth.json')) || !existsSync(join(dir, 'evaluate.py'))) {
        return { skipped: `article benchmark skipped: no ground-truth.json and evaluate.py in ${dir}` };
    }
    if (spawnSync('python3', ['--version']).status !== 0) return { skipped: 'article benchmark skipped: python3 is not installed' };

    const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, GoldPage>;
    const ids = Object.keys(gold);
    const claimscope: Record<string, { articleBody: string }> = {};
    const readabilityJs: Record<string, { articleBody: string }> = {};
    for (const id of ids) {
        const html = readPage(dir, id);
        claimscope[id] = { articleBody: claimscopeBody(html) };
        readabilityJs[id] = { articleBody: readabilityBody(html, gold[id]!.url) };
    }

    const work = mkdtempSync(join(tmpdir(), 'claimscope-article-bench-'));
    try {
        cpSync(join(dir, 'evaluate.py'), join(work, 'evaluate.py'));
        const outputs = { claimscope, 'readability-js': readabilityJs };
        const official = score(work, 'evaluate.py', gold, outputs);

        const cjkIds = ids.filter((id) => isMostlyChinese(gold[id]!.articleBody));
        let chinese: ArticleBenchmarkResult['chinese'] = null;
        if (cjkIds.length > 0) {
            writeFileSync(join(work, 'evaluate_chars.py'), characterScorer(readFileSync(join(dir, 'evaluate.py'), 'utf8')));
            const pick = <T>(all: Record<string, T>) => Object.fromEntries(cjkIds.map((id) => [id, all[id]!]));
            const byChars = score(work, 'evaluate_chars.py', pick(gold), { claimscope: pick(claimscope), 'readability-js': pick(readabilityJs) });
            chinese = { pages: cjkIds.length, claimscope: byChars.claimscope!, readabilityJs: byChars['readability-js']! };
        }
        return {
            pages: ids.length,
            official: { claimscope: official.claimscope!, readabilityJs: official['readability-js']! },
            chinese,
            published: publishedFigures(dir),
            claimscopeEmpty: ids.filter((id) => claimscope[id]!.articleBody.trim() === '').length,
        };
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}

/** Every page of the benchmark as decoded text, in file-name order (none when the folder is missing). */
export function benchmarkPages(dir: string = DEFAULT_BENCHMARK_DIR): string[] {
    const html = join(dir, 'html');
    if (!existsSync(html)) return [];
    return readdirSync(html)
        .sort()
        .map((name) => {
            const bytes = readFileSync(join(html, name));
            return decodeHtml(name.endsWith('.gz') ? gunzipSync(bytes) : bytes).text;
        });
}

/** The page as decoded text: `html/<id>.html.gz` (or `.html`), in its own charset. */
function readPage(dir: string, id: string): string {
    const gz = join(dir, 'html', `${id}.html.gz`);
    const bytes = existsSync(gz) ? gunzipSync(readFileSync(gz)) : readFileSync(join(dir, 'html', `${id}.html`));
    return decodeHtml(bytes).text;
}

/** claimscope's article body: the lines the extractor reads claims from, one per line. */
export function claimscopeBody(html: string): string {
    const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
    return extractBody($, { title: readTitle($) }).lines.map((l) => l.text).join('\n');
}

export function readabilityBody(html: string, url: string): string {
    // Pages' own scripts and broken CSS are not this benchmark's concern: jsdom's complaints are dropped.
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    try {
        return new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
        dom.window.close();
    }
}

/** Runs `scorer` in `work` over `outputs` (one `output/<tool>.json` each) and reads its `--output` figures. */
function score(
    work: string,
    scorer: string,
    gold: Record<string, GoldPage>,
    outputs: Record<string, Record<string, { articleBody: string }>>,
): Record<string, ToolScore> {
    rmSync(join(work, 'output'), { recursive: true, force: true });
    mkdirSync(join(work, 'output'));
    writeFileSync(join(work, 'ground-truth.json'), JSON.stringify(gold));
    for (const [tool, bodies] of Object.entries(outputs)) {
        writeFileSync(join(work, 'output', `${tool}.json`), JSON.stringify(bodies));
    }
    const run = spawnSync('python3', [scorer, '--n-bootstrap', String(BOOTSTRAP_ROUNDS), '--output', 'results.json'], {
        cwd: work,
        encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`${scorer} failed: ${(run.stderr || run.stdout).trim().split('\n').pop()}`);
    const results = JSON.parse(readFileSync(join(work, 'results.json'), 'utf8')) as Record<string, ToolScore>;
    return Object.fromEntries(
        Object.entries(results).map(([tool, m]) => [tool, { f1: m.f1, precision: m.precision, recall: m.recall }]),
    );
}


/** The benchmark's scorer with words split into single CJK characters (Latin words stay whole). */
export function characterScorer(source: string): string {
    if (!source.includes(WORD_PATTERN_LINE)) throw new Error('evaluate.py: its word pattern changed; cannot make the character scorer');
    return source.replace(WORD_PATTERN_LINE, CHARACTER_PATTERN_LINE);
}

function isMostlyChinese(text: string): boolean {
    const cjk = text.match(CJK)?.length ?? 0;
    return text.length > 0 && cjk >= text.replace(/\s/g, '').length * CJK_PAGE_SHARE;
}

/** `Published F1 with that scorer: rs_trafilatura 0.970, trafilatura 2.0 0.958, …` from the README. */
function publishedFigures(dir: string): Record<string, number> {
    const readme = existsSync(join(dir, 'README.md')) ? readFileSync(join(dir, 'README.md'), 'utf8') : '';
    const sentence = /Published F1[^:]*:([\s\S]*?)\.(?:\s|$)/.exec(readme)?.[1] ?? '';
    const figures: Record<string, number> = {};
    for (const part of sentence.split(',')) {
        const m = /^\s*(.+?)\s+(\d\.\d+)\s*$/.exec(part);
        if (m) figures[m[1]!.replace(/\s+/g, ' ')] = Number(m[2]);
    }
    return figures;
}

export function formatReport(result: ArticleBenchmarkResult): string {
    const f = (n: number) => n.toFixed(3);
    const rows = [
        `article benchmark (${result.pages} pages, its own evaluate.py, 4-gram shingles)`,
        `  claimscope          F1 ${f(result.official.claimscope.f1)}  P ${f(result.official.claimscope.precision)}  R ${f(result.official.claimscope.recall)}  (${result.claimscopeEmpty} empty)`,
        `  Readability.js here F1 ${f(result.official.readabilityJs.f1)}  P ${f(result.official.readabilityJs.precision)}  R ${f(result.official.readabilityJs.recall)}`,
        `  published           ${Object.entries(result.published).map(([tool, v]) => `${tool} ${f(v)}`).join(', ')}`,
    ];
    if (result.chinese) {
        rows.push(
            `  Chinese pages (${result.chinese.pages}, character shingles): claimscope F1 ${f(result.chinese.claimscope.f1)}, ` +
                `Readability.js ${f(result.chinese.readabilityJs.f1)}`,
        );
    }
    return rows.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const { values } = parseArgs({ options: { dir: { type: 'string' }, json: { type: 'boolean' } } });
    const outcome = runArticleBenchmark(values.dir ?? DEFAULT_BENCHMARK_DIR);
    if ('skipped' in outcome) console.log(outcome.skipped);
    else console.log(values.json ? JSON.stringify(outcome) : formatReport(outcome));
}
