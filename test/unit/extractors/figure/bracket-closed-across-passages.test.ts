/**
 * An open bracket runs up to the same place's higher open bracket wherever the page states it (another post, another
 * paragraph), as it does within one sentence; another place's bracket closes nothing. Sentences written for these
 * tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const byAge = (lines: string[]) => retireeCredits(lines, '退休后个账的闲聊').sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));

describe('an open bracket closed by a later one', () => {
    it('runs up to the higher bracket of a later paragraph', () => {
        expect(byAge(['岳阳退休的，满70岁每月打进91元。', '接着说，岳阳退休的满80岁每月打进99元。'])).toEqual([
            [70, 79, 91],
            [80, null, 99],
        ]);
    });

    it('stays open when the higher bracket is another place’s (near miss)', () => {
        expect(byAge(['岳阳退休的，满70岁每月打进91元。', '接着说，常德退休的满80岁每月打进99元。'])).toEqual([
            [70, null, 91],
            [80, null, 99],
        ]);
    });
});
