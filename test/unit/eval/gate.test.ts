import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { belowFloors, firstRunFromReadme } from '../../eval/gate.js';

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
