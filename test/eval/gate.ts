/**
 * `npm run eval`: crawl the demo site over HTTP, export the claims, score them with ../shared/eval/score.mjs
 * against the dev gold (with --pages, so claims on pages without gold count as false) and the seeds' gold,
 * print per-metric precision and recall, and fail when a figure drops below the floors in baseline.json.
 * Floors only go up: raise them when extraction improves (`--update` writes the current figures, never lower).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/index.js';
import { openBackends, readClaims } from '../../src/pipeline/open.js';
import { crawlInto } from '../../src/pipeline/run-crawl.js';
import { startDemoServer } from '../demo/server.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..', 'demo', 'corpus');
const baselinePath = join(here, 'baseline.json');

interface Score {
    precision: number;
    recall: number;
    f1: number;
}
interface ScoreReport {
    figures: Score;
    procedures: Score;
    byMetric: Record<string, Score>;
}
export interface EvalResult {
    dev: ScoreReport;
    seeds: ScoreReport;
}
type Floors = Record<string, number>;

/** The scorer ships with the shared material beside the repository; CLAIMSCOPE_SCORER points elsewhere. */
function scorerPath(): string {
    return process.env.CLAIMSCOPE_SCORER ?? resolve(here, '..', '..', '..', 'shared', 'eval', 'score.mjs');
}

function score(gold: string, pred: string, pages?: string): ScoreReport {
    const args = [scorerPath(), '--gold', gold, '--pred', pred, '--json', ...(pages ? ['--pages', pages] : [])];
    const output = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    // --json prints the report, then the scorer's usual closing line `figures F1=… procedures F1=…`.
    return JSON.parse(output.slice(0, output.lastIndexOf('\nfigures F1='))) as ScoreReport;
}

/** Crawl the demo site into a temporary data dir and score what it exports. */
export async function runEval(): Promise<EvalResult> {
    const dir = await mkdtemp(join(tmpdir(), 'claimscope-eval-'));
    const server = await startDemoServer();
    try {
        const config = loadConfig({ dataDir: dir, maxPages: 5000 }, {});
        await crawlInto(config, [`${server.url}/`]);
        const backends = await openBackends(config);
        const claims = await readClaims(backends.store);
        await backends.close();
        const pred = join(dir, 'claims.jsonl');
        await writeFile(pred, claims.map((claim) => JSON.stringify(claim)).join('\n'));
        return {
            dev: score(join(corpus, 'dev', 'gold.jsonl'), pred, join(corpus, 'dev', 'pages.txt')),
            seeds: score(join(corpus, 'seeds', 'gold.jsonl'), pred),
        };
    } finally {
        await server.close();
        await rm(dir, { recursive: true, force: true });
    }
}

/** The figures the floors guard, by name. */
export function gatedFigures(result: EvalResult): Floors {
    return {
        'dev.figures.precision': result.dev.figures.precision,
        'dev.figures.recall': result.dev.figures.recall,
        'dev.procedures.f1': result.dev.procedures.f1,
        'seeds.figures.f1': result.seeds.figures.f1,
        'seeds.procedures.f1': result.seeds.procedures.f1,
    };
}

export async function readFloors(): Promise<Floors> {
    return JSON.parse(await readFile(baselinePath, 'utf8')) as Floors;
}

/** Names whose figure fell below its floor (a small epsilon absorbs float noise). */
export function belowFloors(figures: Floors, floors: Floors): string[] {
    return Object.entries(floors)
        .filter(([name, floor]) => (figures[name] ?? 0) + 1e-9 < floor)
        .map(([name, floor]) => `${name} = ${(figures[name] ?? 0).toFixed(3)} < floor ${floor.toFixed(3)}`);
}

function printReport(name: string, report: ScoreReport): void {
    const f = (x: number) => x.toFixed(3);
    console.log(`${name}: figures P=${f(report.figures.precision)} R=${f(report.figures.recall)} F1=${f(report.figures.f1)}; ` +
        `procedures P=${f(report.procedures.precision)} R=${f(report.procedures.recall)} F1=${f(report.procedures.f1)}`);
    for (const [metric, s] of Object.entries(report.byMetric)) {
        console.log(`  ${metric.padEnd(24)} P=${f(s.precision)} R=${f(s.recall)}`);
    }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const result = await runEval();
    printReport('dev gold', result.dev);
    printReport('seeds gold', result.seeds);
    const figures = gatedFigures(result);
    const floors = await readFloors();
    if (process.argv.includes('--update')) {
        const raised = Object.fromEntries(
            Object.entries(figures).map(([name, value]) => [name, Math.max(floors[name] ?? 0, Math.floor(value * 1000) / 1000)]),
        );
        await writeFile(baselinePath, `${JSON.stringify(raised, null, 2)}\n`);
        console.log('floors raised where the figures went up');
    }
    const failed = belowFloors(figures, floors);
    if (failed.length > 0) {
        console.error(`eval gate failed:\n  ${failed.join('\n  ')}`);
        process.exitCode = 1;
    } else {
        console.log('eval gate passed');
    }
}
