/**
 * The character-shingle metric of bench/shingle-metric.ts: small cases worked out by hand, and agreement with the
 * article-extraction benchmark's own `evaluate.py` (with its character pattern) to 3 decimals. The agreement part
 * needs `../shared/bench/article-extraction` and python3, and skips itself, saying so, when either is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { characterScorer, DEFAULT_BENCHMARK_DIR } from '../../bench/article-extraction.js';
import { DEFAULT_BODY_ZH_DIR } from '../../bench/body-zh.js';
import { aggregate, matchPage, tokenize, type ToolScore } from '../../bench/shingle-metric.js';

type Bodies = Record<string, { articleBody: string }>;

describe('character shingle metric', () => {
    it('makes every CJK character a token and keeps Latin words and numbers whole, dropping punctuation', () => {
        expect(tokenize('参保人员每月领取183元（PDF版）。')).toEqual(['参', '保', '人', '员', '每', '月', '领', '取', '183', '元', 'PDF', '版']);
    });

    it('scores a prediction missing the last character: every shingle it has is right, half of the gold is found', () => {
        // 一二三四五 has shingles 一二三四 and 二三四五; 一二三四 has only the first.
        const match = matchPage('一二三四五', '一二三四');
        expect(match).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
        expect(aggregate([match])).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    });

    it('counts boilerplate as false positives and an empty answer against recall only', () => {
        const padded = matchPage('甲乙丙丁戊', '甲乙丙丁戊己庚');
        expect(padded.fp).toBeGreaterThan(0);
        const empty = matchPage('甲乙丙丁戊', '');
        const score = aggregate([padded, empty]);
        expect(score.recall).toBe(0.5);
        expect(score.precision).toBeCloseTo(padded.tp / (padded.tp + padded.fp), 12);
    });
});

const pythonMissing = spawnSync('python3', ['--version']).status !== 0;
const sharedMissing = !existsSync(join(DEFAULT_BENCHMARK_DIR, 'evaluate.py'));
const skipReason = sharedMissing
    ? `skipped: ${DEFAULT_BENCHMARK_DIR} is absent, so evaluate.py cannot be compared`
    : pythonMissing
      ? 'skipped: python3 is not installed, so evaluate.py cannot be compared'
      : null;

/** evaluate.py with the character pattern, run on `outputs` against `gold`: its F1/P/R per tool. */
function evaluatePy(gold: Record<string, unknown>, outputs: Record<string, Bodies>): Record<string, ToolScore> {
    const work = mkdtempSync(join(tmpdir(), 'claimscope-shingle-check-'));
    try {
        writeFileSync(join(work, 'evaluate_chars.py'), characterScorer(readFileSync(join(DEFAULT_BENCHMARK_DIR, 'evaluate.py'), 'utf8')));
        writeFileSync(join(work, 'ground-truth.json'), JSON.stringify(gold));
        mkdirSync(join(work, 'output'));
        for (const [tool, bodies] of Object.entries(outputs)) writeFileSync(join(work, 'output', `${tool}.json`), JSON.stringify(bodies));
        const run = spawnSync('python3', ['evaluate_chars.py', '--n-bootstrap', '2', '--output', 'results.json'], { cwd: work, encoding: 'utf8' });
        if (run.status !== 0) throw new Error(run.stderr);
        return JSON.parse(readFileSync(join(work, 'results.json'), 'utf8')) as Record<string, ToolScore>;
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}

function expectAgreement(gold: Record<string, { articleBody: string }>, outputs: Record<string, Bodies>): void {
    const python = evaluatePy(gold, outputs);
    for (const [tool, bodies] of Object.entries(outputs)) {
        const ours = aggregate(Object.keys(gold).map((id) => matchPage(gold[id]!.articleBody, bodies[id]!.articleBody)));
        for (const key of ['f1', 'precision', 'recall'] as const) {
            expect(ours[key], `${tool} ${key}`).toBeCloseTo(python[tool]![key], 3);
        }
    }
}

describe.skipIf(skipReason !== null)(`agreement with evaluate.py's character pattern${skipReason ? ` (${skipReason})` : ''}`, () => {
    it("agrees on the public benchmark's own tool outputs (mostly Latin text)", () => {
        const gold = JSON.parse(readFileSync(join(DEFAULT_BENCHMARK_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
        const outputs: Record<string, Bodies> = {};
        for (const tool of ['readability_js', 'trafilatura', 'newspaper']) {
            const data = JSON.parse(readFileSync(join(DEFAULT_BENCHMARK_DIR, 'output', `${tool}.json`), 'utf8')) as Bodies | { output: Bodies };
            outputs[tool] = 'output' in data && typeof data.output === 'object' ? (data.output as Bodies) : (data as Bodies);
        }
        expectAgreement(gold, outputs);
    });

    it('agrees on the Chinese set with truncated, padded and empty answers', () => {
        const gold = JSON.parse(readFileSync(join(DEFAULT_BODY_ZH_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
        const ids = Object.keys(gold);
        const paragraphs = (id: string) => gold[id]!.articleBody.split(/\n+/);
        const truncated: Bodies = {};
        const padded: Bodies = {};
        const mixed: Bodies = {};
        ids.forEach((id, i) => {
            const next = ids[(i + 1) % ids.length]!;
            truncated[id] = { articleBody: paragraphs(id).slice(0, Math.ceil(paragraphs(id).length / 2)).join('\n') };
            padded[id] = { articleBody: `${gold[id]!.articleBody}\n${paragraphs(next).slice(0, 2).join('\n')}` };
            mixed[id] = { articleBody: [gold[id]!.articleBody, '', truncated[id]!.articleBody, padded[id]!.articleBody][i % 4]! };
        });
        expectAgreement(gold, { truncated, padded, mixed });
    });
});
