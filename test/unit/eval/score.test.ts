/**
 * The project's scorer (test/eval/score.ts) must print exactly what the corpus scorer published beside the gold
 * (`../shared/eval/score.mjs`) prints, on the shared gold and on predictions with misses, false hits, duplicates
 * and yearly amounts. Skipped, saying why, in a clone without ../shared beside it; the scorer's own behaviour is
 * checked below without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFromText } from '../../../extractors/index.js';
import { readJsonl, readPages, renderReport, scoreClaims, type ScorableClaim } from '../../eval/score.js';

const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const sharedScorer = join(shared, 'eval', 'score.mjs');
const hasShared = existsSync(sharedScorer) && existsSync(join(shared, 'corpus', 'dev', 'gold.jsonl'));
const work = mkdtempSync(join(tmpdir(), 'claimscope-score-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What the extractors read from every page of a corpus folder, as exported claims. */
function extractedClaims(corpusDir: string): ScorableClaim[] {
    return readdirSync(corpusDir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .flatMap((name) => {
            const page = JSON.parse(readFileSync(join(corpusDir, name), 'utf8')) as { url: string; title: string; text: string };
            return extractFromText(page.title, page.text, page.url).claims.map((draft) => ({ ...draft, url: page.url }));
        });
}

/**
 * Gold turned into predictions a scorer must tell apart: some dropped, some off by 10%, by 0.4% (inside the
 * tolerance) or 0.55% (outside), some flipped between example and statement, some moved to another
 * region, some restated per year, some repeated, one procedure on another channel, and a claim on a page
 * outside the gold served under a test server's prefix.
 */
function perturbed(gold: ScorableClaim[]): ScorableClaim[] {
    const out: ScorableClaim[] = [];
    gold.forEach((claim, i) => {
        const served = { ...claim, url: `http://127.0.0.1:8390/${new URL(claim.url).host}${new URL(claim.url).pathname}` };
        if (i % 9 === 0) return;
        if (i % 7 === 0 && claim.value !== undefined) out.push({ ...served, value: claim.value * 1.1, monthly: null });
        else if (i % 6 === 0 && claim.value !== undefined) out.push({ ...served, value: claim.value * 1.004, monthly: null });
        else if (i % 8 === 0 && claim.value !== undefined) out.push({ ...served, value: claim.value * 1.0055, monthly: null });
        else if (i % 10 === 0) out.push({ ...served, example: !claim.example });
        else if (i % 11 === 0) out.push({ ...served, region: '拉萨' });
        else if (i % 5 === 0 && claim.unit === 'CNY' && claim.period === 'month') out.push({ ...claim, value: claim.value! * 12, period: 'year', monthly: null });
        else if (i % 13 === 0 && claim.kind === 'procedure') out.push({ ...claim, channel: 'kiosk' });
        else out.push(i % 2 === 0 ? served : claim);
        if (i % 4 === 0) out.push(claim);
    });
    out.push({ url: 'https://elsewhere.example/a.html', kind: 'figure', metric: 'transfer_days', value: 15, unit: 'workday' });
    return out;
}

function writeJsonl(name: string, claims: ScorableClaim[]): string {
    const path = join(work, name);
    writeFileSync(path, claims.map((c) => JSON.stringify(c)).join('\n'));
    return path;
}

const agreement = hasShared
    ? 'project scorer agrees with ../shared/eval/score.mjs'
    : 'project scorer agrees with ../shared/eval/score.mjs — skipped: no ../shared beside the repository';
describe.skipIf(!hasShared)(agreement, () => {
    const cases = ['dev', 'seeds'].flatMap((folder) => {
        const dir = join(shared, 'corpus', folder);
        const gold = join(dir, 'gold.jsonl');
        const pages = existsSync(join(dir, 'pages.txt')) ? join(dir, 'pages.txt') : undefined;
        return [
            { name: `${folder}: extracted claims`, gold, pages, pred: () => writeJsonl(`${folder}-extracted.jsonl`, extractedClaims(dir)) },
            { name: `${folder}: perturbed gold`, gold, pages, pred: () => writeJsonl(`${folder}-perturbed.jsonl`, perturbed(readJsonl(gold))) },
        ];
    });

    it.each(cases)('$name: same report, in every output mode', ({ gold, pages, pred }) => {
        const predPath = pred();
        for (const withPages of pages ? [true, false] : [false]) {
            for (const mode of [[], ['--json'], ['--quiet']]) {
                const args = ['--gold', gold, '--pred', predPath, ...(withPages ? ['--pages', pages!] : []), ...mode];
                const expected = execFileSync(process.execPath, [sharedScorer, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
                const report = scoreClaims(readJsonl(gold), readJsonl(predPath), withPages ? readPages(pages!) : undefined);
                const options = { json: mode.includes('--json'), quiet: mode.includes('--quiet') };
                expect(renderReport(report, options), `${args.join(' ')}`).toBe(expected);
            }
        }
    });
});

describe('project scorer', () => {
    const page = 'https://a.example/p/1.html';
    const figure = (over: Partial<ScorableClaim>): ScorableClaim => ({
        url: page, kind: 'figure', metric: 'retiree_account_credit', region: '北京', ageMin: null, ageMax: 69,
        value: 100, unit: 'CNY', period: 'month', monthly: 100, example: false, ...over,
    });

    it('matches a yearly amount to its monthly gold within 0.5%, and counts a repeated claim once', () => {
        const gold = [figure({})];
        const report = scoreClaims(gold, [figure({ value: 1200, period: 'year', monthly: null }), figure({ value: 100.4 })]);
        expect(report.figures).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    });

    it('counts another region, another age bracket and claims on pages without gold against precision', () => {
        const gold = [figure({})];
        const pred = [figure({ region: '天津' }), figure({ ageMax: 70 }), figure({ url: 'https://a.example/p/2.html' })];
        const report = scoreClaims(gold, pred, [page, 'https://a.example/p/2.html']);
        expect(report.figures).toMatchObject({ tp: 0, fp: 3, fn: 1 });
        expect(report.misses).toHaveLength(1);
        expect(renderReport(report).trimEnd().split('\n').at(-1)).toBe('figures F1=0.000 procedures F1=1.000');
    });
});
