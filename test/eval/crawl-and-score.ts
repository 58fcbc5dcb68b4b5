/**
 * Crawl a local site into a temporary data dir with the embedded default, read back the claims `export` prints,
 * and score them with the project's scorer (test/eval/score.ts). Used by the eval gate and each gold set's score.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { openBackends, readClaims } from '../../src/pipeline/open.js';
import { crawlInto } from '../../src/pipeline/run-crawl.js';
import { readJsonl, readPages, renderReport, scoreClaims, type ScorableClaim, type ScoreReport } from './score.js';

export interface GoldSet {
    /** Gold claims, JSONL. */
    gold: string;
    /** Every page to score, also those without gold claims (their claims count as false). */
    pages?: string;
}

/** An exported claim as the gate reads it: what the scorer reads, and the extraction's confidence when present. */
export type ExportedClaim = ScorableClaim & { confidence?: number };

/** Crawls `startUrl` and hands the claims `export` would print to `use`, then removes everything. */
export async function withExportedClaims<T>(startUrl: string, use: (claims: ExportedClaim[]) => T): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'claimscope-eval-'));
    try {
        const config = loadConfig({ dataDir: dir, maxPages: 5000 }, {});
        await crawlInto(config, [startUrl]);
        const backends = await openBackends(config);
        const claims = await readClaims(backends.store);
        await backends.close();
        return use(claims as ExportedClaim[]);
    } finally {
        await rm(dir, { recursive: true, force: true });
    }
}

/** The scorer's report on one gold set. */
export function scoreGoldSet(set: GoldSet, claims: readonly ScorableClaim[]): ScoreReport {
    return scoreClaims(readJsonl(set.gold), claims, set.pages ? readPages(set.pages) : undefined);
}

/** What `npx tsx test/<set>/score.ts` does: serve the set's pages, crawl them and print the scorer's whole report. */
export async function printGoldSetReport(set: GoldSet, serve: () => Promise<{ url: string; close(): Promise<void> }>): Promise<void> {
    const server = await serve();
    try {
        process.stdout.write(await withExportedClaims(`${server.url}/`, (claims) => renderReport(scoreGoldSet(set, claims))));
    } finally {
        await server.close();
    }
}
