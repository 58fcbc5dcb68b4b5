/**
 * `npm run eval`: crawl the demo site over HTTP, export the claims, score them with ../shared/eval/score.mjs
 * against the dev gold (with --pages, so claims on pages without gold count as false) and the seeds' gold,
 * do the same for the held-out pages in their own templates (test/heldout),
 * print per-metric precision and recall, and fail when a figure drops below the floors in baseline.json.
 * Floors only go up: raise them when extraction improves (`--update` writes the current figures, never lower).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../demo/server.js';
import { HELDOUT_GOLD } from '../heldout/score.js';
import { startHeldoutServer } from '../heldout/serve.js';
import { scoreJson, withExportedClaims, type ScoreReport } from './crawl-and-score.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..', 'demo', 'corpus');
const baselinePath = join(here, 'baseline.json');

export interface EvalResult {
    dev: ScoreReport;
    seeds: ScoreReport;
    heldout: ScoreReport;
}
type Floors = Record<string, number>;

/** Crawl the demo sites and the held-out pages, and score what each export holds. */
export async function runEval(): Promise<EvalResult> {
    const demo = await startDemoServer();
    const heldoutServer = await startHeldoutServer();
    try {
        const [dev, seeds] = await withExportedClaims(`${demo.url}/`, (pred) => [
            scoreJson({ gold: join(corpus, 'dev', 'gold.jsonl'), pages: join(corpus, 'dev', 'pages.txt') }, pred),
            scoreJson({ gold: join(corpus, 'seeds', 'gold.jsonl') }, pred),
        ]);
        const heldout = await withExportedClaims(`${heldoutServer.url}/`, (pred) => scoreJson(HELDOUT_GOLD, pred));
        return { dev: dev!, seeds: seeds!, heldout };
    } finally {
        await Promise.all([demo.close(), heldoutServer.close()]);
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
        'heldout.figures.f1': result.heldout.figures.f1,
        'heldout.procedures.f1': result.heldout.procedures.f1,
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
    printReport('held-out gold', result.heldout);
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
