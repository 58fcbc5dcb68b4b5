import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../src/api/chart-svg.js';
import type { ChartValue } from '../../../src/api/chart-data.js';

function value(n: number, sources: number, evidence: [url: string, cluster: string | null, published: string | null][]): ChartValue {
    return {
        value: n,
        valueMax: null,
        unit: 'CNY',
        sources,
        sites: [],
        urls: evidence.map(([url]) => url),
        quotes: [],
        pages: evidence.length,
        yearly: null,
        derived: false,
        approx: false,
        support: sources,
        firstPublished: null,
        lastPublished: null,
        origin: { site: new URL(evidence[0]![0]).host, url: evidence[0]![0], published: evidence[0]![2] },
        copiedBy: 0,
        statedYears: [],
        bases: [],
        evidence: evidence.map(([url, cluster, published]) => ({ url, site: new URL(url).host, title: '', published, quote: `每月${n}元`, cluster })),
    };
}

describe('renderChartSvg', () => {
    const common = value(100, 2, [
        ['https://a.example/1', 'c1', '2024-01-05'],
        ['https://b.example/1', 'c1', '2024-02-01'],
        ['https://c.example/1', 'c1', null],
        ['https://d.example/1', null, '2024-03-01'],
    ]);
    const rare = value(97, 1, [['https://e.example/1', 'c2', '2023-12-01']]);

    it('draws one mark per independent source, copies as one mark with their count', () => {
        const svg = renderChartSvg({ period: 'month', values: [common, rare], consensus: common, title: '北京 · 退休人员个人账户划入' });
        expect(svg.match(/<circle /g)).toHaveLength(3);
        expect(svg).toContain('>×3</text>');
        expect(svg).toContain('100元/月 · 2024-01-05 · 3 页');
        expect(svg).toContain('>共识 100元/月</text>');
        expect(svg).toContain('>2 个独立来源（共识）</text>');
        expect(svg).toContain('>1 个独立来源</text>');
        expect(svg).toContain('>2023-12-01</text>');
        expect(svg).toContain('>2024-03-01</text>');
    });

    it('escapes every text it writes', () => {
        const svg = renderChartSvg({
            period: 'month',
            values: [common, rare],
            consensus: common,
            title: '<script>alert(1)</script>',
            explanation: '"quoted" & <b>',
        });
        expect(svg).not.toContain('<script>');
        expect(svg).not.toContain('<b>');
        expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
        expect(svg).toContain('说明：&#34;quoted&#34; &#38; &#60;b&#62;');
    });
});
