import { describe, expect, it } from 'vitest';
import { lastMatch, matchesOf } from '../../../extractors/regex-matches.js';

const AMOUNT = /(\d+)元/g;

describe('matches of a shared global regex', () => {
    it('finds what matchAll finds, in order, with offsets and groups', () => {
        const text = '70岁以下每月100元,70岁及以上每月110元,另有5元';
        const expected = [...text.matchAll(AMOUNT)].map((m) => [m.index, m[0], m[1]]);
        expect(matchesOf(text, AMOUNT).map((m) => [m.index, m[0], m[1]])).toEqual(expected);
        expect(lastMatch(text, AMOUNT)?.[1]).toBe('5');
    });

    it('starts every call from the beginning, whatever a call before left behind', () => {
        // as another user of the regex (`test`, an `exec` stopped early) may leave it
        AMOUNT.lastIndex = 5;
        expect(matchesOf('9元', AMOUNT).map((m) => m[0])).toEqual(['9元']);
        AMOUNT.lastIndex = 5;
        expect(lastMatch('9元', AMOUNT)?.[0]).toBe('9元');
        expect(matchesOf('没有金额', AMOUNT)).toEqual([]);
        expect(lastMatch('没有金额', AMOUNT)).toBeNull();
    });
});
