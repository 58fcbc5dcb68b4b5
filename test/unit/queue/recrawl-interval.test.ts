/** The adaptive per-page recrawl interval: changed pages are checked sooner, unchanged ones later, within bounds. */
import { describe, expect, it } from 'vitest';
import { nextInterval, type RecrawlBounds } from '../../../src/queue/page-memory.js';

const HOUR = 3_600_000;
/** `schedule add … --every 6h` with the default bounds: every/4 and every×8. */
const BOUNDS: RecrawlBounds = { baseIntervalMs: 6 * HOUR, minIntervalMs: 1.5 * HOUR, maxIntervalMs: 48 * HOUR };

/** The intervals a page goes through over a series of recrawls. */
function intervals(outcomes: boolean[], bounds = BOUNDS): number[] {
    const seen: number[] = [];
    let current: number | undefined;
    for (const changed of outcomes) {
        current = nextInterval(current, changed, bounds);
        seen.push(current / HOUR);
    }
    return seen;
}

describe('nextInterval', () => {
    it('starts a page on the schedule’s own interval, whatever its first crawl found', () => {
        expect(nextInterval(undefined, true, BOUNDS)).toBe(6 * HOUR);
        expect(nextInterval(undefined, false, BOUNDS)).toBe(6 * HOUR);
    });

    it('halves the interval when the page changed, down to the lower bound', () => {
        expect(intervals([false, true, true, true, true])).toEqual([6, 3, 1.5, 1.5, 1.5]);
    });

    it('doubles it when the page was unchanged, up to the upper bound', () => {
        expect(intervals([false, false, false, false, false])).toEqual([6, 12, 24, 48, 48]);
    });

    it('reacts to each recrawl: a page that settles drifts back out', () => {
        expect(intervals([true, true, false, false, true])).toEqual([6, 3, 6, 12, 6]);
    });

    it('clamps a base interval outside the bounds the user set', () => {
        expect(nextInterval(undefined, false, { ...BOUNDS, minIntervalMs: 8 * HOUR })).toBe(8 * HOUR);
        expect(nextInterval(undefined, false, { ...BOUNDS, maxIntervalMs: 4 * HOUR })).toBe(4 * HOUR);
    });

    it('keeps a remembered interval within bounds narrowed since', () => {
        expect(nextInterval(96 * HOUR, false, BOUNDS)).toBe(48 * HOUR);
        expect(nextInterval(0.5 * HOUR, true, BOUNDS)).toBe(1.5 * HOUR);
    });
});
