/**
 * A range whose top end is itself a loose bound (`X岁到Y岁以下`) ends where a lone `Y岁以下` would: below Y when the
 * page has a bracket starting at Y, at Y otherwise. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { findAges, resolveAge } from '../../../../extractors/figure/parse-age.js';

const bounds = (text: string, starts: number[]) =>
    findAges(text).map((a) => { const r = resolveAge(a, new Set(starts)); return [r.ageMin, r.ageMax]; });

describe('a range with a loose top', () => {
    it('leaves out its top when a bracket starts there', () => {
        expect(bounds('六档人员中65岁到75岁以下的', [65, 75])).toEqual([[65, 74]]);
    });

    it('keeps its top when the next bracket starts one above it', () => {
        expect(bounds('六档人员中65岁到75岁以下的', [65, 76])).toEqual([[65, 75]]);
    });

    it('keeps a plain range whole (near miss: no loose top)', () => {
        expect(bounds('六档人员中65岁到75岁的', [65, 75])).toEqual([[65, 75]]);
    });
});
