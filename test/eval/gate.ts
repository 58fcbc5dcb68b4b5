/**
 * `npm run eval`: the extraction quality gate. It crawls each gold set's site over loopback with the embedded
 * default and scores what `export` would print (test/eval/score.ts), scores every metamorphic variant of the dev
 * pages (test/metamorphic), measures how precise the claims extraction is most confident of are, runs the
 * article benchmark (main content, bench/article-extraction.ts) and the Chinese main-content set (bench/body-zh.ts),
 * and fails when a figure falls below its floor in baseline.json. Floors only go up: `--update` raises them to today's figures. `--detail NAME` prints the
 * scorer's whole report (misses and false hits) for one row; `--skip-article` leaves both main-content benchmarks out.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport as formatArticleBenchmark, runArticleBenchmark, type ArticleBenchmarkOutcome } from '../../bench/article-extraction.js';
import { formatReport as formatChineseBodyBenchmark, runChineseBodyBenchmark, type ChineseBodyBenchmarkOutcome } from '../../bench/body-zh.js';
import { BLIND_GOLD } from '../blind/score.js';
import { startBlindServer } from '../blind/serve.js';
import { BLIND2_GOLD } from '../blind2/score.js';
import { startBlind2Server } from '../blind2/serve.js';
import { BLIND3_GOLD } from '../blind3/score.js';
import { startBlind3Server } from '../blind3/serve.js';
import { BLIND4_GOLD } from '../blind4/score.js';
import { startBlind4Server } from '../blind4/serve.js';
import { BLIND5_GOLD } from '../blind5/score.js';
import { startBlind5Server } from '../blind5/serve.js';
import { BLIND6_GOLD } from '../blind6/score.js';
import { startBlind6Server } from '../blind6/serve.js';
import { BLIND7_GOLD } from '../blind7/score.js';
import { startBlind7Server } from '../blind7/serve.js';
import { BLIND8_GOLD } from '../blind8/score.js';
import { startBlind8Server } from '../blind8/serve.js';
import { BLIND9_GOLD } from '../blind9/score.js';
import { startBlind9Server } from '../blind9/serve.js';
import { BLIND10_GOLD } from '../blind10/score.js';
import { startBlind10Server } from '../blind10/serve.js';
import { BLIND11_GOLD } from '../blind11/score.js';
import { startBlind11Server } from '../blind11/serve.js';
import { BLIND12_GOLD } from '../blind12/score.js';
import { startBlind12Server } from '../blind12/serve.js';
import { BLIND13_GOLD } from '../blind13/score.js';
import { startBlind13Server } from '../blind13/serve.js';
import { BLIND14_GOLD } from '../blind14/score.js';
import { startBlind14Server } from '../blind14/serve.js';
import { BLIND15_GOLD } from '../blind15/score.js';
import { startBlind15Server } from '../blind15/serve.js';
import { BLIND16_GOLD } from '../blind16/score.js';
import { startBlind16Server } from '../blind16/serve.js';
import { BLIND17_GOLD } from '../blind17/score.js';
import { startBlind17Server } from '../blind17/serve.js';
import { BLIND18_GOLD } from '../blind18/score.js';
import { startBlind18Server } from '../blind18/serve.js';
import { BLIND19_GOLD } from '../blind19/score.js';
import { startBlind19Server } from '../blind19/serve.js';
import { BLIND20_GOLD } from '../blind20/score.js';
import { startBlind20Server } from '../blind20/serve.js';
import { BLIND21_GOLD } from '../blind21/score.js';
import { startBlind21Server } from '../blind21/serve.js';
import { BLIND22_GOLD } from '../blind22/score.js';
import { startBlind22Server } from '../blind22/serve.js';
import { BLIND23_GOLD } from '../blind23/score.js';
import { startBlind23Server } from '../blind23/serve.js';
import { BLIND24_GOLD } from '../blind24/score.js';
import { startBlind24Server } from '../blind24/serve.js';
import { BLIND25_GOLD } from '../blind25/score.js';
import { startBlind25Server } from '../blind25/serve.js';
import { BLIND26_GOLD } from '../blind26/score.js';
import { startBlind26Server } from '../blind26/serve.js';
import { BLIND27_GOLD } from '../blind27/score.js';
import { startBlind27Server } from '../blind27/serve.js';
import { startDemoServer } from '../demo/server.js';
import { HELDOUT_GOLD } from '../heldout/score.js';
import { startHeldoutServer } from '../heldout/serve.js';
import { scoreVariants } from '../metamorphic/score-variants.js';
import { scoreGoldSet, withExportedClaims, type ExportedClaim, type GoldSet } from './crawl-and-score.js';
import { renderReport, type ScoreReport } from './score.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..', 'demo', 'corpus');
const baselinePath = join(here, 'baseline.json');
/** The Chinese main-content sets under test/, each written blind and scored once before any change made for it. */
const CHINESE_BODY_SETS = ['body-zh', 'body-zh2'] as const;

/** The dev gold, with every dev page (a claim on a page without gold is a false hit). */
const DEV_GOLD: GoldSet = { gold: join(corpus, 'dev', 'gold.jsonl'), pages: join(corpus, 'dev', 'pages.txt') };
const SEEDS_GOLD: GoldSet = { gold: join(corpus, 'seeds', 'gold.jsonl') };
/** Claims at or above this confidence must be precise (issue 13: ≥ 0.98 on the dev gold). */
export const CONFIDENT = 0.9;

/** A gold set scored on the claims of one crawl; `firstRun` is its score before any fix made for it, if recorded. */
interface CrawledSet {
    name: string;
    gold: GoldSet;
    firstRun?: { figures: number; procedures: number };
}
/** A site to crawl, and the gold sets its claims are scored on. */
interface Crawl {
    serve(): Promise<{ url: string; close(): Promise<void> }>;
    sets: CrawledSet[];
}

/**
 * A set's score before any fix made for it, from the `## First run` table of its README (`| figures | P | R | F1 |`
 * and `| procedures | … |` rows); undefined when the README records none.
 */
export function firstRunFromReadme(readme: string): CrawledSet['firstRun'] {
    const section = /^## First run[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readFileSync(readme, 'utf8'))?.[1] ?? '';
    const f1 = (row: string) => Number(new RegExp(`^\\|\\s*${row}\\s*\\|[^|]*\\|[^|]*\\|\\s*([\\d.]+)\\s*\\|`, 'm').exec(section)?.[1] ?? NaN);
    const [figures, procedures] = [f1('figures'), f1('procedures')];
    return Number.isNaN(figures) || Number.isNaN(procedures) ? undefined : { figures, procedures };
}

/** A blind set: scored once before any extractor change was made for it (its README's first run), dev data since. */
function blindSet(name: string, serve: Crawl['serve'], gold: GoldSet): Crawl {
    return { serve, sets: [{ name, gold, firstRun: firstRunFromReadme(join(here, '..', name, 'README.md')) }] };
}

/** Every crawled gold set of the gate: add a set as one entry here. */
const CRAWLS: readonly Crawl[] = [
    { serve: () => startDemoServer(), sets: [{ name: 'dev', gold: DEV_GOLD }, { name: 'seeds', gold: SEEDS_GOLD }] },
    { serve: startHeldoutServer, sets: [{ name: 'heldout', gold: HELDOUT_GOLD }] },
    blindSet('blind', startBlindServer, BLIND_GOLD),
    blindSet('blind2', startBlind2Server, BLIND2_GOLD),
    blindSet('blind3', startBlind3Server, BLIND3_GOLD),
    blindSet('blind4', startBlind4Server, BLIND4_GOLD),
    blindSet('blind5', startBlind5Server, BLIND5_GOLD),
    blindSet('blind6', startBlind6Server, BLIND6_GOLD),
    blindSet('blind7', startBlind7Server, BLIND7_GOLD),
    blindSet('blind8', startBlind8Server, BLIND8_GOLD),
    blindSet('blind9', startBlind9Server, BLIND9_GOLD),
    blindSet('blind10', startBlind10Server, BLIND10_GOLD),
    blindSet('blind11', startBlind11Server, BLIND11_GOLD),
    blindSet('blind12', startBlind12Server, BLIND12_GOLD),
    blindSet('blind13', startBlind13Server, BLIND13_GOLD),
    blindSet('blind14', startBlind14Server, BLIND14_GOLD),
    blindSet('blind15', startBlind15Server, BLIND15_GOLD),
    blindSet('blind16', startBlind16Server, BLIND16_GOLD),
    blindSet('blind17', startBlind17Server, BLIND17_GOLD),
    blindSet('blind18', startBlind18Server, BLIND18_GOLD),
    blindSet('blind19', startBlind19Server, BLIND19_GOLD),
    blindSet('blind20', startBlind20Server, BLIND20_GOLD),
    blindSet('blind21', startBlind21Server, BLIND21_GOLD),
    blindSet('blind22', startBlind22Server, BLIND22_GOLD),
    blindSet('blind23', startBlind23Server, BLIND23_GOLD),
    blindSet('blind24', startBlind24Server, BLIND24_GOLD),
    blindSet('blind25', startBlind25Server, BLIND25_GOLD),
    blindSet('blind26', startBlind26Server, BLIND26_GOLD),
    blindSet('blind27', startBlind27Server, BLIND27_GOLD),
];

/** One line of the gate: a report on a crawled gold set or a metamorphic variant, with a note (first run, pages changed). */
export interface EvalRow {
    group: 'crawled' | 'metamorphic';
    name: string;
    report: ScoreReport;
    note: string;
}
const GROUP_TITLES: Record<EvalRow['group'], string> = {
    crawled: 'gold sets, crawled over loopback and scored as exported:',
    metamorphic: 'metamorphic variants of the dev pages (rendered HTML read by extractPage, not crawled), on the dev gold:',
};
export interface EvalResult {
    rows: EvalRow[];
    /** Precision of the dev claims at confidence ≥ {@link CONFIDENT}, or null while no claim carries a confidence. */
    confident: { precision: number; claims: number } | null;
    /** Main content on the public article-extraction benchmark (bench/article-extraction.ts); null when not run. */
    article: ArticleBenchmarkOutcome | null;
    /** Main content on each Chinese set (test/body-zh, test/body-zh2) beside Readability.js and readability-lxml; empty when not run. */
    chineseBody: { name: string; outcome: ChineseBodyBenchmarkOutcome }[];
}
export interface EvalOptions {
    /** Run the public article benchmark too (about 50 s of CPU; it needs the benchmark's folder and python3). */
    articleBenchmark: boolean;
    /** Run the Chinese main-content sets too (about 20 s of CPU; needs nothing beside the repository). */
    chineseBody: boolean;
}
type Figures = Record<string, number>;

/** Precision over figures and procedures together, of a report on a subset of the claims. */
function precisionOf(report: ScoreReport): number {
    const tp = report.figures.tp + report.procedures.tp;
    const claimed = tp + report.figures.fp + report.procedures.fp;
    return claimed === 0 ? 1 : tp / claimed;
}

/** How precise the dev claims at confidence ≥ {@link CONFIDENT} are; null when no claim carries a confidence. */
export function confidentPrecision(devClaims: ExportedClaim[]): EvalResult['confident'] {
    if (!devClaims.some((c) => typeof c.confidence === 'number')) return null;
    const confident = devClaims.filter((c) => (c.confidence ?? 0) >= CONFIDENT);
    return { precision: precisionOf(scoreGoldSet(DEV_GOLD, confident)), claims: confident.length };
}

const f3 = (x: number) => x.toFixed(3);

/** Runs every crawl and every metamorphic variant and scores them, and the article benchmark when asked. */
export async function runEval(options: EvalOptions): Promise<EvalResult> {
    const rows: EvalRow[] = [];
    let devClaims: ExportedClaim[] = [];
    for (const crawl of CRAWLS) {
        const server = await crawl.serve();
        try {
            await withExportedClaims(`${server.url}/`, (claims) => {
                if (crawl.sets.some((s) => s.name === 'dev')) devClaims = claims;
                for (const set of crawl.sets) {
                    const note = set.firstRun ? `first run: figures F1=${f3(set.firstRun.figures)} procedures F1=${f3(set.firstRun.procedures)}` : '';
                    rows.push({ group: 'crawled', name: set.name, report: scoreGoldSet(set.gold, claims), note });
                }
            });
        } finally {
            await server.close();
        }
    }
    for (const variant of scoreVariants()) {
        rows.push({ group: 'metamorphic', name: variant.name, report: variant.report, note: `${variant.changed}/${variant.pages} pages changed` });
    }
    return {
        rows,
        confident: confidentPrecision(devClaims),
        article: options.articleBenchmark ? runArticleBenchmark() : null,
        chineseBody: options.chineseBody ? CHINESE_BODY_SETS.map((name) => ({ name, outcome: runChineseBodyBenchmark(join(here, '..', name)) })) : [],
    };
}

/** The figures the floors guard, by name. */
export function gatedFigures(result: EvalResult): Figures {
    const figures: Figures = {};
    for (const row of result.rows) {
        figures[`${row.name}.figures.f1`] = row.report.figures.f1;
        figures[`${row.name}.procedures.f1`] = row.report.procedures.f1;
    }
    if (result.confident) figures['dev.confident.precision'] = result.confident.precision;
    if (result.article && !('skipped' in result.article)) figures['article.official.f1'] = result.article.official.claimscope.f1;
    for (const { name, outcome } of result.chineseBody) if (!('skipped' in outcome)) figures[`${name}.f1`] = outcome.claimscope.f1;
    return figures;
}

export async function readFloors(): Promise<Figures> {
    return JSON.parse(await readFile(baselinePath, 'utf8')) as Figures;
}

/** Figures below their floor (a small epsilon absorbs float noise); floors of figures not measured are left out. */
export function belowFloors(figures: Figures, floors: Figures): string[] {
    return Object.entries(floors)
        .filter(([name, floor]) => name in figures && figures[name]! + 1e-9 < floor)
        .map(([name, floor]) => `${name} = ${f3(figures[name]!)} < floor ${f3(floor)}`);
}

function printTable(result: EvalResult, floors: Figures): void {
    const prf = (t: ScoreReport['figures']) => `${f3(t.precision)} / ${f3(t.recall)} / ${f3(t.f1)}`;
    const floorOf = (row: EvalRow) => ['figures', 'procedures'].map((k) => floors[`${row.name}.${k}.f1`]).map((x) => (x === undefined ? '—' : f3(x))).join(' / ');
    console.log(`${'set'.padEnd(28)}${'figures P / R / F1'.padEnd(25)}${'procedures P / R / F1'.padEnd(25)}${'floors F1'.padEnd(16)}note`);
    result.rows.forEach((row, i) => {
        if (row.group !== result.rows[i - 1]?.group) console.log(GROUP_TITLES[row.group]);
        console.log(`  ${row.name.padEnd(26)}${prf(row.report.figures).padEnd(25)}${prf(row.report.procedures).padEnd(25)}${floorOf(row).padEnd(16)}${row.note}`);
    });
    const confident = result.confident
        ? `${f3(result.confident.precision)} over ${result.confident.claims} claims (floor ${floors['dev.confident.precision'] === undefined ? '—' : f3(floors['dev.confident.precision'])})`
        : 'no claim carries a confidence yet';
    console.log(`dev claims at confidence ≥ ${CONFIDENT}: precision ${confident}`);
    if (result.article) {
        const floor = floors['article.official.f1'] === undefined ? '—' : f3(floors['article.official.f1']);
        console.log('skipped' in result.article ? result.article.skipped : `${formatArticleBenchmark(result.article)}\n  floor               F1 ${floor}`);
    }
    for (const { name, outcome } of result.chineseBody) {
        const floor = floors[`${name}.f1`] === undefined ? '—' : f3(floors[`${name}.f1`]);
        console.log('skipped' in outcome ? outcome.skipped : `${formatChineseBodyBenchmark(outcome)}\n  floor (claimscope) F1 ${floor}`);
    }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const { values } = parseArgs({ options: { update: { type: 'boolean' }, detail: { type: 'string' }, 'skip-article': { type: 'boolean' } } });
    const result = await runEval({ articleBenchmark: !values['skip-article'], chineseBody: !values['skip-article'] });
    let floors = await readFloors();
    const figures = gatedFigures(result);
    if (values.update) {
        const raised = Object.entries(figures).map(([name, value]) => [name, Math.max(floors[name] ?? 0, Math.floor(value * 1000) / 1000)]);
        floors = { ...floors, ...Object.fromEntries(raised) };
        await writeFile(baselinePath, `${JSON.stringify(floors, null, 2)}\n`);
    }
    printTable(result, floors);
    if (values.detail) {
        const row = result.rows.find((r) => r.name === values.detail);
        if (row) process.stdout.write(`\n${row.name}:\n${renderReport(row.report)}`);
        else console.error(`no row "${values.detail}"; rows: ${result.rows.map((r) => r.name).join(', ')}`);
    }
    if (values.update) console.log('floors raised where the figures went up');
    const unpinned = Object.keys(figures).filter((name) => !(name in floors));
    if (unpinned.length > 0) console.log(`no floor yet (npm run eval -- --update pins one): ${unpinned.join(', ')}`);
    const failed = belowFloors(figures, floors);
    if (failed.length > 0) {
        console.error(`eval gate failed:\n  ${failed.join('\n  ')}`);
        process.exitCode = 1;
    } else {
        console.log('eval gate passed');
    }
}
