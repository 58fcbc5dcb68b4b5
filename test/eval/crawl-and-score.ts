/**
 * Crawl a local site into a temporary data dir, export its claims and score them with the shared scorer
 * (../shared/eval/score.mjs, or CLAIMSCOPE_SCORER). Used by the eval gate and by test/heldout/score.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/index.js';
import { openBackends, readClaims } from '../../src/pipeline/open.js';
import { crawlInto } from '../../src/pipeline/run-crawl.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface Score {
    precision: number;
    recall: number;
    f1: number;
}
export interface ScoreReport {
    figures: Score;
    procedures: Score;
    byMetric: Record<string, Score>;
}
export interface GoldSet {
    gold: string;
    /** Every page to score, also those without gold claims (their claims count as false). */
    pages?: string;
}

/** The scorer ships with the shared material beside the repository; CLAIMSCOPE_SCORER points elsewhere. */
export function scorerPath(): string {
    return process.env.CLAIMSCOPE_SCORER ?? resolve(here, '..', '..', '..', 'shared', 'eval', 'score.mjs');
}

function scorerArgs(set: GoldSet, pred: string, extra: string[]): string[] {
    return [scorerPath(), '--gold', set.gold, '--pred', pred, ...(set.pages ? ['--pages', set.pages] : []), ...extra];
}

/** Crawls `startUrl` and hands the exported claims file to `use`, then removes everything. */
export async function withExportedClaims<T>(startUrl: string, use: (pred: string) => T): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'claimscope-eval-'));
    try {
        const config = loadConfig({ dataDir: dir, maxPages: 5000 }, {});
        await crawlInto(config, [startUrl]);
        const backends = await openBackends(config);
        const claims = await readClaims(backends.store);
        await backends.close();
        const pred = join(dir, 'claims.jsonl');
        await writeFile(pred, claims.map((claim) => JSON.stringify(claim)).join('\n'));
        return use(pred);
    } finally {
        await rm(dir, { recursive: true, force: true });
    }
}

/** The scorer's structured report for one gold set. */
export function scoreJson(set: GoldSet, pred: string): ScoreReport {
    const output = execFileSync(process.execPath, scorerArgs(set, pred, ['--json']), { encoding: 'utf8', maxBuffer: 64 << 20 });
    // --json prints the report, then the scorer's usual closing line `figures F1=… procedures F1=…`.
    return JSON.parse(output.slice(0, output.lastIndexOf('\nfigures F1='))) as ScoreReport;
}

/** The scorer's readable report (misses and false hits included). */
export function scoreText(set: GoldSet, pred: string): string {
    return execFileSync(process.execPath, scorerArgs(set, pred, []), { encoding: 'utf8', maxBuffer: 64 << 20 });
}
