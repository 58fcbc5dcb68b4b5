/**
 * An amount in a table cell with no period of its own (`88元`) takes the period its column header or the table's
 * caption or note gives (`(元/年)`, `单位:元/月`); rows written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

function credits(lines: string[]): Array<[string | null, number | null, number | null, number, string | null]> {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/t.html', title: '部分城市个人账户划入标准对照', published: null })
        .filter((c) => c.metric === 'retiree_account_credit')
        .map((c) => [c.region, c.ageMin, c.ageMax, c.value, c.period]);
}

describe('an amount in a cell without a period', () => {
    it.each([
        [['地区 | 低龄段 | 高龄段', '温州市 | 80岁以下 88元 | 80岁及以上 99元', '注:表中金额单位为元/月。']],
        [['单位:元/月', '地区 | 低龄段 | 高龄段', '温州市 | 80岁以下 88元 | 80岁及以上 99元']],
        [['地区 | 低龄段(元/月) | 高龄段(元/月)', '温州市 | 80岁以下 88元 | 80岁及以上 99元']],
    ])('takes the period the table gives, and is a claim of the row\'s place: %j', (lines) => {
        expect(credits(lines)).toEqual([
            ['温州', null, 79, 88, 'month'],
            ['温州', 80, null, 99, 'month'],
        ]);
    });

    it('takes a yearly period as given, not a month', () => {
        expect(credits(['地区 | 低龄段(元/年) | 高龄段(元/年)', '温州市 | 80岁以下 1056元 | 80岁及以上 1188元']).map((c) => c[4]))
            .toEqual(['year', 'year']);
    });

    it('states nothing when the table gives no period', () => {
        expect(credits(['地区 | 低龄段 | 高龄段', '温州市 | 80岁以下 88元 | 80岁及以上 99元'])).toEqual([]);
    });
});
