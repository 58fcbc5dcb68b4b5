import { describe, expect, it } from 'vitest';
import { nextRunAfter } from '../../../src/schedules/schedule-store.js';

describe('nextRunAfter', () => {
    it('keeps the rhythm: one interval after the run that was due', () => {
        expect(nextRunAfter(1_000, 600, 1_050)).toBe(1_600);
    });

    it('does not make up runs missed while nothing ran', () => {
        expect(nextRunAfter(1_000, 600, 4_000)).toBe(4_600);
    });
});
