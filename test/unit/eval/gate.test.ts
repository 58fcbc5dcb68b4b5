import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { belowFloors, confidentPrecision, firstRunFromReadme } from '../../eval/gate.js';
import { readJsonl } from '../../eval/score.js';

const dir = mkdtempSync(join(tmpdir(), 'claimscope-gate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readme(text: string): string {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.md`);
    writeFileSync(path, text);
    return path;
}

describe('eval gate floors', () => {
    it('names every figure below its floor, allowing float noise, and leaves out floors of figures not measured', () => {
        const floors = { 'a.figures.f1': 0.9, 'b.figures.f1': 0.95, 'c.figures.f1': 0.5, 'article.f1': 0.96 };
        const figures = { 'a.figures.f1': 0.9 - 1e-12, 'b.figures.f1': 0.94, 'c.figures.f1': 0.7 };
        expect(belowFloors(figures, floors)).toEqual(['b.figures.f1 = 0.940 < floor 0.950']);
    });
});

describe('precision of confident claims', () => {
    const gold = readJsonl(fileURLToPath(new URL('../../demo/corpus/dev/gold.jsonl', import.meta.url)));

    it('scores only the claims at confidence 0.9 or more, figures and procedures together', () => {
        const confident = gold.slice(0, 9).map((c) => ({ ...c, confidence: 0.95 }));
        const wrongButConfident = { ...gold[0]!, value: gold[0]!.value! + 50, monthly: null, confidence: 0.9 };
        const wrongAndUnsure = { ...gold[1]!, region: '拉萨', confidence: 0.5 };
        const result = confidentPrecision([...confident, wrongButConfident, wrongAndUnsure]);
        expect(result).toEqual({ precision: 0.9, claims: 10 });
    });

    it('says nothing while no claim carries a confidence', () => {
        expect(confidentPrecision(gold.slice(0, 5))).toBeNull();
    });
});

describe('first-run score from a README', () => {
    it('reads F1 from the figures and procedures rows of the First run table', () => {
        const path = readme(`# Set\n\n## First run (before any fix)\n\n| | P | R | F1 | tp / fp / fn |\n|---|---|---|---|---|\n` +
            `| figures | 0.500 | 0.250 | 0.333 | 1 / 1 / 3 |\n| procedures | 1.000 | 0.500 | 0.667 | 1 / 0 / 1 |\n\n## Later\n\n| figures | 1 | 1 | 0.999 | |\n`);
        expect(firstRunFromReadme(path)).toEqual({ figures: 0.333, procedures: 0.667 });
    });

    it('gives nothing when the README records no first run', () => {
        expect(firstRunFromReadme(readme('# Set\n\n| figures | 1 | 1 | 1 | |\n'))).toBeUndefined();
    });
});
