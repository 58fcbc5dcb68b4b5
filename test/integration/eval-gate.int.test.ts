/**
 * The extraction quality gate (`npm run eval`) inside the suite, so CI fails when extraction falls below the
 * floors pinned in test/eval/baseline.json: the crawled gold sets (dev, seeds, held-out, blind) and every metamorphic
 * variant of the dev pages, and main content on the Chinese pages of test/body-zh and test/body-zh2. Needs nothing beside the
 * repository. The public article benchmark is left to `npm run eval`: it costs about 50 s of CPU on its own and
 * reads the benchmark's folder beside the repository.
 */
import { describe, expect, it } from 'vitest';
import { belowFloors, gatedFigures, readFloors, runEval } from '../eval/gate.js';
import { ALL_TEMPLATES } from '../metamorphic/variants.js';
import { REWRITES } from '../metamorphic/rewrites.js';

describe('extraction quality gate', () => {
    it('scores every gold set, every metamorphic variant and the Chinese main-content sets, each at or above its pinned floor', async () => {
        const result = await runEval({ articleBenchmark: false, chineseBody: true });
        const names = result.rows.map((r) => r.name);
        expect(names).toEqual(expect.arrayContaining(['dev', 'seeds', 'heldout', 'blind']));
        expect(result.rows.find((r) => r.name === 'blind')!.note).toMatch(/^first run: figures F1=\d\.\d{3} procedures F1=\d\.\d{3}$/);
        expect(names).toEqual(expect.arrayContaining([...ALL_TEMPLATES.map((t) => `template.${t.name}`), ...REWRITES.map((r) => `rewrite.${r.name}`)]));
        const figures = gatedFigures(result);
        expect(figures).toHaveProperty(['body-zh.f1']);
        expect(figures).toHaveProperty(['body-zh2.f1']);
        const floors = await readFloors();
        expect(Object.keys(figures).filter((name) => !(name in floors)), 'figures without a floor').toEqual([]);
        expect(belowFloors(figures, floors)).toEqual([]);
    });
});
