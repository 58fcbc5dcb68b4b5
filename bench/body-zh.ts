/**
 * Main content on Chinese pages: the set in `test/body-zh` (pages in the markup of Chinese news portals,
 * government portals, public-account posts, forums, Q&A sites, document libraries…, bodies cut by hand), scored
 * with the article-extraction benchmark's metric over character shingles (bench/shingle-metric.ts) for
 * claimscope, Readability.js and readability-lxml, all run here on the same decoded pages.
 *
 * `npx tsx bench/body-zh.ts [--set DIR] [--detail] [--json]` (DIR a set in the same shape, e.g. test/body-zh2;
 * test/body-zh by default; `--dir` is the same option); `runChineseBodyBenchmark(dir?)` for the eval gate.
 * readability-lxml is Debian's `python3-readability` for the system Python; its column is skipped with one line
 * when that module is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeHtml } from '../src/fetch/decode-html.js';
import { claimscopeBody, readabilityBody } from './article-extraction.js';
import { aggregate, matchPage, pageF1, pagePrecision, pageRecall, type ToolScore } from './shingle-metric.js';

export const DEFAULT_BODY_ZH_DIR = fileURLToPath(new URL('../test/body-zh/', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The interpreter Debian's python3-readability is installed for (a pyenv or venv python may lack it). */
const SYSTEM_PYTHON = '/usr/bin/python3';
/** Pages listed per tool under `--detail`. */
const WORST_PAGES = 5;

const READABILITY_LXML = `
import json, sys
import lxml.html
from readability import Document
pages = json.load(sys.stdin)
out = {}
for page_id, html in pages.items():
    try:
        out[page_id] = lxml.html.fromstring(Document(html).summary()).text_content()
    except Exception:
        out[page_id] = ''
json.dump(out, sys.stdout, ensure_ascii=False)
`;

export interface PageScore {
    id: string;
    f1: number;
    precision: number;
    recall: number;
}

export interface ToolResult extends ToolScore {
    /** Every page's own figures, worst F1 first. */
    pages: PageScore[];
    /** Pages for which the tool returned no text. */
    empty: string[];
}

export interface ChineseBodyBenchmarkResult {
    /** The set's directory, relative to the repository (e.g. `test/body-zh`). */
    set: string;
    pages: number;
    claimscope: ToolResult;
    readabilityJs: ToolResult;
    /** Null when readability-lxml cannot run here; `lxmlSkipped` says why. */
    readabilityLxml: ToolResult | null;
    lxmlSkipped: string | null;
}

export type ChineseBodyBenchmarkOutcome = { skipped: string } | ChineseBodyBenchmarkResult;

interface GoldPage {
    articleBody: string;
    url: string;
}

/** Scores the three tools on the set in `dir`; `{ skipped }` when it has no ground truth. */
export function runChineseBodyBenchmark(dir: string = DEFAULT_BODY_ZH_DIR): ChineseBodyBenchmarkOutcome {
    if (!existsSync(join(dir, 'ground-truth.json'))) return { skipped: `Chinese body benchmark skipped: no ground-truth.json in ${dir}` };
    const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, GoldPage>;
    const html = Object.fromEntries(Object.keys(gold).map((id) => [id, decodeHtml(readFileSync(join(dir, 'html', `${id}.html`))).text]));

    const claimscope = Object.fromEntries(Object.entries(html).map(([id, page]) => [id, claimscopeBody(page)]));
    const readabilityJs = Object.fromEntries(Object.entries(html).map(([id, page]) => [id, readabilityBody(page, gold[id]!.url)]));
    const lxml = readabilityLxmlBodies(html);
    return {
        set: relative(REPO_ROOT, resolve(dir)) || '.',
        pages: Object.keys(gold).length,
        claimscope: scoreTool(gold, claimscope),
        readabilityJs: scoreTool(gold, readabilityJs),
        readabilityLxml: 'skipped' in lxml ? null : scoreTool(gold, lxml.bodies),
        lxmlSkipped: 'skipped' in lxml ? lxml.skipped : null,
    };
}

function scoreTool(gold: Record<string, GoldPage>, bodies: Record<string, string>): ToolResult {
    const matches = Object.keys(gold).map((id) => ({ id, match: matchPage(gold[id]!.articleBody, bodies[id] ?? '') }));
    const pages = matches
        .map(({ id, match }) => ({ id, f1: pageF1(match), precision: pagePrecision(match), recall: pageRecall(match) }))
        .sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id));
    return {
        ...aggregate(matches.map((m) => m.match)),
        pages,
        empty: Object.keys(gold).filter((id) => (bodies[id] ?? '').trim() === ''),
    };
}

/** readability-lxml's text for every page, in one Python process. */
function readabilityLxmlBodies(html: Record<string, string>): { bodies: Record<string, string> } | { skipped: string } {
    const probe = spawnSync(SYSTEM_PYTHON, ['-c', 'import readability, lxml.html']);
    if (probe.error || probe.status !== 0) {
        return { skipped: `readability-lxml skipped: ${SYSTEM_PYTHON} cannot import readability (Debian package python3-readability)` };
    }
    const run = spawnSync(SYSTEM_PYTHON, ['-c', READABILITY_LXML], { input: JSON.stringify(html), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`readability-lxml failed: ${run.stderr.trim().split('\n').pop()}`);
    return { bodies: JSON.parse(run.stdout) as Record<string, string> };
}

export function formatReport(result: ChineseBodyBenchmarkResult, detail = false): string {
    const f = (n: number) => n.toFixed(3);
    const tools: [string, ToolResult | null][] = [
        ['claimscope', result.claimscope],
        ['Readability.js', result.readabilityJs],
        ['readability-lxml', result.readabilityLxml],
    ];
    const rows = [`Chinese main content (${result.pages} pages in ${result.set}, character 4-gram shingles)`, '  tool              F1     P      R      empty'];
    for (const [name, tool] of tools) {
        if (tool) rows.push(`  ${name.padEnd(16)}  ${f(tool.f1)}  ${f(tool.precision)}  ${f(tool.recall)}  ${tool.empty.length}`);
    }
    if (result.lxmlSkipped) rows.push(`  ${result.lxmlSkipped}`);
    rows.push(`  claimscope returned nothing on: ${result.claimscope.empty.join(', ') || 'no page'}`);
    if (detail) {
        for (const [name, tool] of tools) {
            if (!tool) continue;
            rows.push(`  worst pages, ${name}:`);
            for (const page of tool.pages.slice(0, WORST_PAGES)) {
                rows.push(`    ${page.id.padEnd(22)} F1 ${f(page.f1)}  P ${f(page.precision)}  R ${f(page.recall)}`);
            }
        }
    }
    return rows.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const { values } = parseArgs({ options: { set: { type: 'string' }, dir: { type: 'string' }, detail: { type: 'boolean' }, json: { type: 'boolean' } } });
    const set = values.set ?? values.dir;
    const outcome = runChineseBodyBenchmark(set === undefined ? DEFAULT_BODY_ZH_DIR : resolve(set));
    if ('skipped' in outcome) console.log(outcome.skipped);
    else console.log(values.json ? JSON.stringify(outcome) : formatReport(outcome, values.detail ?? false));
}
