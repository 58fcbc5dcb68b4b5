/**
 * A heading names its place in any shape a label line does — brackets included — and the districts and counties of
 * a province-level city are named bare where a province's prefectures are. Lines written for these tests (no corpus
 * text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines, type TextLine } from '../../../../extractors/passages/from-lines.js';
import { findRegions } from '../../../../extractors/region/index.js';

function regions(lines: TextLine[]): Array<[string | null, number]> {
    const passages = passagesFromLines(lines);
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/a.html', title: '几地个人账户标准汇总', published: null })
        .map((c) => [c.region, c.value]);
}

const heading = (text: string): TextLine => ({ text, hint: 'heading' });
const line = (text: string): TextLine => ({ text });

describe('a bracketed place heading', () => {
    it.each([['「', '」'], ['【', '】'], ['『', '』'], ['〔', '〕'], ['《', '》']])('in %s…%s labels its section', (open, close) => {
        expect(regions([
            line('几个地方的标准整理如下。'),
            heading(`${open}义乌${close}`),
            line('退休人员每人每月划入88元。'),
            heading(`${open}湖州${close}`),
            line('退休人员按上年度月人均基本养老金的2.4%划入。'),
        ])).toEqual([
            ['义乌', 88],
            ['湖州', 2.4],
        ]);
    });

    it('a bracketed heading that is no place labels nothing', () => {
        expect(regions([heading('「划入标准」'), line('退休人员每人每月划入88元。')])).toEqual([[null, 88]]);
    });
});

describe('the districts of a province-level city', () => {
    it.each([['万州'], ['永川'], ['武清']])('%s as a label line labels the block under it', (district) => {
        expect(regions([line(`【${district}】`), line('退休人员每人每月划入90元。')])).toEqual([[district, 90]]);
    });

    it('are read bare before a locality word', () => {
        expect(findRegions('武清这边退休的每月给九十').map((m) => m.name)).toEqual(['武清']);
    });

    it.each(['和平年代的老人', '长寿老人多', '南岸的灯光'])('stay words inside a sentence (%s)', (text) => {
        expect(findRegions(text)).toEqual([]);
    });
});
