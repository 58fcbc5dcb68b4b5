/**
 * Where a page's place comes from when its title names none: a tool stating whose rules it follows, a report saying
 * `我市` that names its city only where it says where it looked; and a place set off by a space opening a line is
 * that line's label, homograph names included. Lines written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines, type TextLine } from '../../../../extractors/passages/from-lines.js';

function regions(lines: Array<string | TextLine>, title: string): Array<[string | null, number]> {
    const passages = passagesFromLines(lines.map((l) => (typeof l === 'string' ? { text: l } : l)));
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/a.html', title, published: null })
        .map((c) => [c.region, c.value]);
}

describe('a tool stating whose rules it follows', () => {
    it.each(['本工具按', '本计算器依据', '本测算器参照', '本页按照'])('`%s某市…` gives the page that place', (lead) => {
        expect(regions([`说明:在职职工个人账户按本人缴费基数的2%计入(${lead}湖州市现行政策设置)。`], '个人账户计算器')).toEqual([['湖州', 2]]);
    });

    it('a rule it merely mentions gives no place', () => {
        expect(regions(['说明:在职职工个人账户按本人缴费基数的2%计入,湖州和嘉兴的标准不同。'], '个人账户计算器')).toEqual([[null, 2]]);
    });
});

describe('`我市` in a report whose title names no place', () => {
    const report = (where: string) => regions([
        { text: '一、基本情况', hint: 'heading' },
        `课题组在${where}走访了退休人员。`,
        { text: '二、主要发现', hint: 'heading' },
        '目前,我市退休人员个人账户每月定额划入95元。',
    ], '关于我市退休人员个人账户使用情况的调查报告');

    it('is the one city the body names with its districts', () => {
        expect(report('湖州市吴兴区、南浔区等地')).toEqual([['湖州', 95]]);
    });

    it('is the city, its province named beside it', () => {
        expect(report('浙江省湖州市')).toEqual([['湖州', 95]]);
    });

    it('is no place when the body names two cities', () => {
        expect(report('湖州市、嘉兴市')).toEqual([[null, 95]]);
    });

    it('is no place when the body names only a province', () => {
        expect(report('浙江省各地')).toEqual([[null, 95]]);
    });
});

describe('a place set off by a space opening a line', () => {
    it.each(['安康　', '白银 ', '三明\u3000'])('labels that line (%s)', (label) => {
        expect(regions([`${label}退休人员个人账户按本人月基本养老金的2.6%划入。`], '几地标准')).toEqual([[label.trim(), 2.6]]);
    });

    it('a homograph word inside a sentence stays a word', () => {
        expect(regions(['祝大家安康,退休人员个人账户按本人月基本养老金的2.6%划入。'], '几地标准')).toEqual([[null, 2.6]]);
    });
});
