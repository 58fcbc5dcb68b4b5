/**
 * A page's place from who publishes it (CLAIMS.md § Regions: the place a page is about may be its issuer's): a
 * metadata row naming the issuing body or data provider, and a publisher that is a town's or city's public body or
 * its insurance office's account. Invented pages and sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(lines: string[], title: string, publisher = ''): FigureDraft[] {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(passages, { url: 'https://example.test/p.html', title, published: null, publisher });
}

const placed = (claims: FigureDraft[]) => claims.map((c) => `${c.region ?? '—'} ${c.value}`);

describe('a metadata row naming the body responsible for the page', () => {
    it.each([
        ['发布机构：', '宜兴市医疗保障局'],
        ['数据提供方', '宜兴市医疗保障局'],
        ['发文机关', '宜兴市人民政府'],
    ])('gives its place to every section of the page: %s', (key, body) => {
        const got = figures(
            [`文档编号 | QX-0091 | ${key} | ${body}`, '一、待遇调整', '退休人员的个账按月从统筹拨入,标准为每人每月83元。', '二、转移时限', '转入地收件后12个工作日内办结。'],
            '关于个账计入口径的说明',
        );
        expect(placed(got)).toEqual(['宜兴 83', '宜兴 12']);
    });

    it('gives none when the row names a body of no place, or the page names another place', () => {
        expect(placed(figures(['发布机构 | 本站编辑部', '退休人员的个账每人每月拨入83元。'], '个账说明'))).toEqual(['— 83']);
        const other = figures(['数据提供方 | 宜兴市医疗保障局', '德清县退休人员的个账每人每月拨入79元。', '退休人员的个账每人每月拨入83元。'], '个账说明');
        expect(placed(other)).toEqual(['德清 79', '— 83']);
    });
});

describe('a publisher that is a place’s public body or insurance account', () => {
    it.each([['宜兴医保'], ['宜兴市医疗保障局'], ['宜兴市人民政府']])('gives the page its place: %s', (publisher) => {
        const got = figures(['明年的个账标准出来了,小编整理如下:', '不到七十五岁:每月拨入83元'], '新年度个账标准一图读懂', publisher);
        expect(placed(got)).toEqual(['宜兴 83']);
    });

    it('gives none when it is an outlet or a portal, a province, or the title or body names another place', () => {
        const lines = ['明年的个账标准出来了,小编整理如下:', '不到七十五岁:每月拨入83元'];
        expect(placed(figures(lines, '新年度个账标准一图读懂', '宜兴新闻网'))).toEqual(['— 83']);
        expect(placed(figures(lines, '新年度个账标准一图读懂', '宜兴市政府采购网'))).toEqual(['— 83']);
        expect(placed(figures(lines, '新年度个账标准一图读懂', '江苏省医疗保障局'))).toEqual(['— 83']);
        expect(placed(figures(lines, '德清县个账标准一图读懂', '宜兴医保'))).toEqual(['— 83']);
        const named = figures([...lines, '德清县则是每月拨入79元。'], '新年度个账标准一图读懂', '宜兴医保');
        expect(placed(named)).toEqual(['— 83', '德清 79']);
    });
});

describe('the page’s own bureau named bare after a word citing it', () => {
    it('is the one place of the title, as `我市` is', () => {
        const got = figures(['一、退休待遇', '依照市医保局的口径,退休人员每人每月拨入83元。', '二、在职职工', '个账拨入本人缴费基数的2%。'], '宜兴市个账宣传手册');
        expect(placed(got)).toEqual(['宜兴 83', '宜兴 2']);
    });

    it('is no reference when a place name stands right before it, or no bureau follows', () => {
        const named = figures(['依照德清县医保局的口径,退休人员每人每月拨入79元。'], '宜兴市个账宣传手册');
        expect(placed(named)).toEqual(['德清 79']);
        const market = figures(['到市场上问了问,退休人员每人每月拨入83元。'], '宜兴市个账宣传手册');
        expect(placed(market)).toEqual(['— 83']);
    });
});
