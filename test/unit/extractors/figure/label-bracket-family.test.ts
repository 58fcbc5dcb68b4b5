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

describe('a label line or place heading as writers print it', () => {
    const twoPlaces = (first: string, second: string) =>
        regions([first, '退休人员个人账户每月划入98元。', second, '退休人员个人账户每月划入105元。']);

    it.each([
        ['湖州(浙江)', '台州(浙江)'],
        ['义乌(浙江金华)', '慈溪(浙江宁波)'],
        ['湖州:统一定额', '台州:按比例'],
        ['义乌:统一定额', '慈溪:按比例'],
        ['湖州市——', '台州市——'],
        ['第一站:义乌', '第二站:慈溪'],
        ['【浙江·义乌】', '【浙江·慈溪】'],
        ['浙江省湖州市', '浙江省台州市'],
        ['义乌的情况', '慈溪的情况'],
    ])('%s labels the block under it', (first, second) => {
        const [a, b] = [first, second].map((line) => /义乌|慈溪/.exec(line)?.[0] ?? /湖州|台州/.exec(line)![0]);
        expect(twoPlaces(first, second)).toEqual([[a, 98], [b, 105]]);
    });

    it.each([
        ['湖州(江苏)', '台州(福建)'],
        ['湖州与台州对比', '台州和湖州哪个高'],
        ['湖州市怎么划?', '台州:你问我答?'],
        ['湖州市医保局负责人:今年标准不变,请放心', '台州市医保局负责人:今年标准不变,请放心'],
    ])('%s is no label: an aside naming another place, two places, a question, a sentence', (first, second) => {
        expect(twoPlaces(first, second)).toEqual([[null, 98], [null, 105]]);
    });
});
