/**
 * The extraction quality gate (`npm run eval`) inside the suite, so CI fails when extraction falls below the
 * floors pinned in test/eval/baseline.json. Needs ../shared/eval/score.mjs (or CLAIMSCOPE_SCORER).
 */
import { describe, expect, it } from 'vitest';
import { belowFloors, gatedFigures, readFloors, runEval } from '../eval/gate.js';

describe('extraction quality gate', () => {
    it('stays at or above the pinned floors on the dev, seeds and held-out gold', async () => {
        const figures = gatedFigures(await runEval());
        expect(belowFloors(figures, await readFloors())).toEqual([]);
    });
});
