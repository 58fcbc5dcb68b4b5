/**
 * A card's title line (`▍不到六十五岁`) labels every field line of its card, not only the first; a line that is
 * nothing but a bracket (a definition list's term) labels the line under it. Sentences written for these tests (no
 * corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

describe('a card title', () => {
    it('reaches every field of its card', () => {
        expect(retireeCredits([
            '泰来县退休人员个账拨入情况：', '▍不到六十五岁', '月划入：80元', '年划入：960元', '▍六十五岁及以上', '月划入：90元', '年划入：1080元',
        ], '个账')).toEqual([[null, 64, 80], [null, 64, 960], [65, null, 90], [65, null, 1080]]);
    });

    it('not past a sentence line between it and the field', () => {
        expect(retireeCredits(['泰来县退休人员个账拨入情况：', '▍不到六十五岁', '这部分人群今年有变化。', '年划入：960元'], '个账'))
            .toEqual([[null, null, 960]]);
    });
});

describe('a line that is only a bracket', () => {
    it('labels the line under it', () => {
        expect(retireeCredits(['泰来县退休人员个账拨入标准', '六十五岁以下', '每人每月拨80元', '六十五岁及以上', '每人每月拨90元'], '个账'))
            .toEqual([[null, 64, 80], [65, null, 90]]);
    });

    it('not when the line says more than the bracket', () => {
        expect(retireeCredits(['泰来县退休人员个账拨入标准', '六十五岁以下人群最多', '每人每月拨80元'], '个账')).toEqual([[null, null, 80]]);
    });
});
