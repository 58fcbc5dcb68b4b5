/**
 * A difference said with a spoken credit verb (`多进7块`, `多入7元`, `多到账7元`) is a difference, as `多划7元` is: no
 * level of its own. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const credits = (line: string) => retireeCredits([line], '岳阳退休个账闲谈');

describe('a difference said with a spoken credit verb', () => {
    it.each([['改了办法后，岳阳退休的老同志个账每月能多进7块。'], ['改了办法后，岳阳退休的老同志个账每月多到账7元。']])('states no level: %s', (line) => {
        expect(credits(line)).toEqual([]);
    });

    it('keeps a level said with the same verb (near miss)', () => {
        expect(credits('改了办法后，岳阳退休的老同志个账每月能进87块。')).toEqual([[null, null, 87]]);
    });
});
