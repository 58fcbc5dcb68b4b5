import { describe, expect, it } from 'vitest';
import { benchClustering } from '../../../bench/clustering.js';

describe('benchClustering at small sizes', () => {
    // Timing is left to `npx tsx bench/clustering.ts` (a shared machine makes it noisy); recall is not.
    it('finds planted copies (edited characters, figures, punctuation, markers) without merging families', () => {
        const result = benchClustering({ sizes: [2_000, 8_000], runs: 1 });
        expect(result.recallOnPlantedCopies).toBeGreaterThanOrEqual(0.97);
        expect(result.falseMergeRate).toBeLessThan(0.01);
        expect(result.ms10k).toBeGreaterThan(0);
        expect(result.ms100k).toBeGreaterThan(0);
    });
});
