/**
 * The demo's conflicts against a hand-labelled gold file (test/eval/conflicts-gold.jsonl): each labelled
 * comparison is a real disagreement (with the explanations the pages support) or not a disagreement at all.
 * Over real HTTP and the CLI a user runs: the demo sites → `crawl` → `conflicts --json`, `sources --json`.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/schema.js';
import type { Conflict, SourceTrust } from '../../src/compare/index.js';
import { startDemoServer, type DemoServer } from '../demo/server.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');
const GOLD = join(import.meta.dirname, '..', 'eval', 'conflicts-gold.jsonl');

async function claimscope(args: string[]) {
    return run(process.execPath, [CLI, ...args], { maxBuffer: 64 << 20, env: { ...process.env, REDIS_URL: '', MEILI_URL: '' } });
}

interface GoldConflict {
    region: string | null;
    metric: string;
    population: string | null;
    sex: string | null;
    step: string | null;
    ageMin: number | null;
    ageMax: number | null;
    values: number[];
    real: boolean;
    explanations?: string[];
    why: string;
}

const keyOf = (c: Pick<GoldConflict, 'region' | 'metric' | 'population' | 'sex' | 'step' | 'ageMin' | 'ageMax'>) =>
    JSON.stringify([c.region, c.metric, c.population, c.sex, c.step, c.ageMin, c.ageMax]);

describe('conflicts on the demo, against the hand-labelled gold', () => {
    const gold = readFileSync(GOLD, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as GoldConflict);
    const goldByKey = new Map(gold.map((g) => [keyOf(g), g]));
    let server: DemoServer;
    let dataDir: string;
    let conflicts: Conflict[];

    beforeAll(async () => {
        server = await startDemoServer();
        dataDir = await mkdtemp(join(tmpdir(), 'claimscope-conflicts-'));
        await claimscope(['crawl', `${server.url}/`, '--data-dir', dataDir]);
        conflicts = JSON.parse((await claimscope(['conflicts', '--json', '--data-dir', dataDir])).stdout) as Conflict[];
    });

    afterAll(async () => {
        await server?.close();
        await rm(dataDir, { recursive: true, force: true });
    });

    it('lists no false conflict, and every listed conflict is labelled', () => {
        const labels = conflicts.map((c) => ({ key: keyOf(c), label: goldByKey.get(keyOf(c)) }));
        expect(labels.filter((l) => l.label === undefined).map((l) => l.key), 'unlabelled: add them to the gold file').toEqual([]);
        const falseConflicts = labels.filter((l) => l.label?.real === false);
        expect(falseConflicts.length / conflicts.length).toBe(0);
    });

    it('lists every real disagreement with the explanations the pages support', () => {
        const listed = new Map(conflicts.map((c) => [keyOf(c), c]));
        for (const entry of gold.filter((g) => g.real)) {
            const conflict = listed.get(keyOf(entry));
            expect(conflict, entry.why).toBeDefined();
            expect([...new Set(conflict!.values.map((v) => v.value))].sort((a, b) => a - b)).toEqual(entry.values);
            expect(conflict!.explanations, entry.why).toEqual(entry.explanations);
        }
    });

    it('ranks the conflicts nothing explains first', () => {
        const explained = conflicts.map((c) => c.explanations.length > 0);
        expect(explained).toEqual([...explained].sort((a, b) => Number(a) - Number(b)));
    });

    it('gives each value its origin and dates, and says who copied it', () => {
        for (const value of conflicts.flatMap((c) => c.values)) {
            expect(value.urls).toContain(value.origin.url);
            expect(value.sites).toContain(value.origin.site);
            expect(value.firstPublished! <= value.lastPublished!).toBe(true);
            expect(value.origin.published === null || value.origin.published >= value.firstPublished!).toBe(true);
        }
        expect(conflicts.flatMap((c) => c.values).some((v) => v.copiedBy > 0)).toBe(true);
    });

    it('lists every site with its trust in `sources`, and `conflicts` tells the reasons in words', async () => {
        const sources = JSON.parse((await claimscope(['sources', '--json', '--data-dir', dataDir])).stdout) as SourceTrust[];
        const exported = (await claimscope(['export', '--data-dir', dataDir])).stdout.trim().split('\n').map((l) => JSON.parse(l) as Claim);
        expect(sources.map((s) => s.site).sort()).toEqual(expect.arrayContaining([...new Set(exported.map((c) => c.site))].sort()));
        for (const source of sources) {
            expect(Object.keys(source)).toEqual(['site', 'trust', 'agree', 'disagree']);
            expect(source.trust).toBeGreaterThan(0);
            expect(source.trust).toBeLessThan(1);
        }
        const text = (await claimscope(['conflicts', '--limit', '20', '--data-dir', dataDir])).stdout;
        expect(text).toContain('explained — net vs gross');
        expect(text).toContain('explained — changed over time');
        expect(text).toMatch(/printed first by \S+ on \d{4}-\d{2}-\d{2}, copied by \d+ sites?/);
        const limited = (await claimscope(['conflicts', '--limit', '2', '--data-dir', dataDir])).stdout;
        expect(limited).toMatch(/^2\. /m);
        expect(limited).not.toMatch(/^3\. /m);
        expect(limited).toContain(`… ${conflicts.length - 2} more conflict`);
    });
});
