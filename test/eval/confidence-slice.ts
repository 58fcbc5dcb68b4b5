/**
 * Calibration of extraction confidence: the figures exported at `confidence ≥ 0.9` must be at least 0.98 precise
 * on the dev gold. Scores only that slice of an export with the shared scorer (claims below the bound are left
 * out, so recall is not the point here; precision is).
 *
 * usage: npx tsx test/eval/confidence-slice.ts   (crawls the demo and held-out pages, prints each set's slice)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../demo/server.js';
import { HELDOUT_GOLD } from '../heldout/score.js';
import { startHeldoutServer } from '../heldout/serve.js';
import { scoreJson, withExportedClaims, type GoldSet } from './crawl-and-score.js';

/** The bound the issue sets, and the precision claims at or above it must reach on the dev gold. */
export const CONFIDENT = 0.9;
export const CONFIDENT_PRECISION_FLOOR = 0.98;

export interface ConfidentSlice {
    /** Figure claims in the export, and those at or above the bound. */
    figures: number;
    confident: number;
    /** Figures precision of the confident slice against the gold. */
    precision: number;
}

/** Scores the figures of `pred` (an export, JSONL) whose confidence is at least `min`. */
export function confidentSlice(set: GoldSet, pred: string, min = CONFIDENT): ConfidentSlice {
    const claims = readFileSync(pred, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as { kind: string; confidence: number });
    const figures = claims.filter((claim) => claim.kind === 'figure');
    const kept = claims.filter((claim) => claim.confidence >= min);
    const slice = `${pred}.confident.jsonl`;
    writeFileSync(slice, kept.map((claim) => JSON.stringify(claim)).join('\n'));
    const report = scoreJson(set, slice);
    return { figures: figures.length, confident: kept.filter((claim) => claim.kind === 'figure').length, precision: report.figures.precision };
}

function describeSlice(name: string, slice: ConfidentSlice): string {
    return `${name}: ${slice.confident} of ${slice.figures} figures at confidence ≥ ${CONFIDENT}, precision ${slice.precision.toFixed(3)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo', 'corpus');
    const demo = await startDemoServer();
    const heldoutServer = await startHeldoutServer();
    try {
        const [dev, seeds] = await withExportedClaims(`${demo.url}/`, (pred) => [
            confidentSlice({ gold: join(corpus, 'dev', 'gold.jsonl'), pages: join(corpus, 'dev', 'pages.txt') }, pred),
            confidentSlice({ gold: join(corpus, 'seeds', 'gold.jsonl') }, pred),
        ]);
        const heldout = await withExportedClaims(`${heldoutServer.url}/`, (pred) => confidentSlice(HELDOUT_GOLD, pred));
        console.log(describeSlice('dev gold', dev!));
        console.log(describeSlice('seeds gold', seeds!));
        console.log(describeSlice('held-out gold', heldout));
        if (dev!.precision < CONFIDENT_PRECISION_FLOOR) {
            console.error(`confidence calibration failed: dev precision at ≥ ${CONFIDENT} is ${dev!.precision.toFixed(3)} < ${CONFIDENT_PRECISION_FLOOR}`);
            process.exitCode = 1;
        }
    } finally {
        await Promise.all([demo.close(), heldoutServer.close()]);
    }
}
