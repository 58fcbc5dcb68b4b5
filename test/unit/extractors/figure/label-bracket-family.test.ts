/**
 * A line that is only a place in brackets labels the block under it, whichever bracket of the family it is printed
 * in; and `全市` under such a label on a page about several places names no place of its own. Lines written for
 * these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

function regions(lines: string[]): Array<[string | null, number]> {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/a.html', title: '几地退休人员个人账户标准汇总', published: null })
        .map((c) => [c.region, c.value]);
}

describe('a bracketed place line', () => {
    it.each([['〖', '〗'], ['『', '』'], ['〘', '〙'], ['【', '】'], ['〔', '〕']])('in %s…%s labels the block under it', (open, close) => {
        expect(regions([
            `${open}温州${close}`,
            '退休人员个人账户每月划入98元。',
            `${open}台州${close}`,
            '按全市上年度退休人员月人均基本养老金的2.6%划入。',
        ])).toEqual([
            ['温州', 98],
            ['台州', 2.6],
        ]);
    });
});

describe('a place line opened by a bullet sign', () => {
    it.each(['◎ ', '○', '◇ ', '★', '※ ', '→ ', '▷', '✦ '])('%s labels the block under it, county-level towns included', (bullet) => {
        expect(regions([
            '各地标准整理如下:',
            `${bullet}义乌`,
            '退休人员每人每月划入88元。',
            `${bullet}慈溪`,
            '按上年度全省月人均基本养老金的2.2%划入。',
        ])).toEqual([
            ['义乌', 88],
            ['慈溪', 2.2],
        ]);
    });

    it('a bullet before a sentence naming a place makes no label of it', () => {
        expect(regions([
            '◎ 义乌的朋友注意了',
            '退休人员每人每月划入88元。',
        ])).toEqual([[null, 88]]);
    });
});
