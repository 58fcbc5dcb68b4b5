/** `--every 6h`, `--min-interval 30m`, …: what the schedule commands accept, and how they show it back. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { formatDuration, parseDuration } from '../../../src/queue/durations.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('parseDuration', () => {
    it.each([
        ['6h', 6 * HOUR],
        ['30m', 30 * MINUTE],
        ['1d', DAY],
        ['1w', 7 * DAY],
        ['90s', 90_000],
        ['500ms', 500],
        ['1d12h', DAY + 12 * HOUR],
        ['1h 30m', 90 * MINUTE],
        ['1.5h', 90 * MINUTE],
        [' 6H ', 6 * HOUR],
    ])('reads %j', (text, ms) => {
        expect(parseDuration(text)).toBe(ms);
    });

    it.each(['6', 'h', '', '6x', '6 hours', '1h30', '-1h', '0s', 'soon'])('refuses %j as a usage error', (text) => {
        expect(() => parseDuration(text)).toThrow(UsageError);
    });
});

describe('formatDuration', () => {
    it.each([
        [6 * HOUR, '6h'],
        [DAY + 12 * HOUR, '1d12h'],
        [8 * 6 * HOUR, '2d'],
        [1.5 * HOUR, '1h30m'],
        [90_000, '1m30s'],
        [0, '0ms'],
    ])('shows %d ms as %s', (ms, text) => {
        expect(formatDuration(ms)).toBe(text);
    });

    it('round-trips what parseDuration reads', () => {
        for (const text of ['6h', '30m', '1d', '2w3d', '1h30m', '45s']) expect(formatDuration(parseDuration(text))).toBe(text);
    });
});
