import { describe, expect, it } from 'vitest';
import { formatSearchResult } from '../../../src/cli/format-search.js';
import type { ClaimDocument, ClaimSearchResult } from '../../../src/search/index.js';

function hit(id: string, url: string, extra: Partial<ClaimDocument> = {}): ClaimDocument {
    return {
        id,
        kind: 'figure',
        url,
        site: new URL(url).host,
        title: '退休人员医保返款标准',
        published: '2024-03-01',
        section: null,
        region: '北京',
        province: '北京',
        quote: '北京:70岁以下退休人员每月返款100元左右。',
        copies: 1,
        cluster: null,
        metric: 'retiree_account_credit',
        population: 'retiree',
        ageMin: null,
        ageMax: 69,
        value: 100,
        valueMax: null,
        unit: 'CNY',
        period: 'month',
        monthly: 100,
        approx: true,
        basis: null,
        example: false,
        ...extra,
    } as ClaimDocument;
}

function result(hits: ClaimDocument[]): ClaimSearchResult {
    return { hits, total: hits.length, page: 1, hitsPerPage: 20, facets: { region: {}, metric: {}, population: {}, site: {} } };
}

describe('claimscope search output', () => {
    it('shows the bracket, the hedge mark, the site and the date in the shared words', () => {
        const text = formatSearchResult(result([hit('1', 'https://a.example/1')]), '返款');
        expect(text).toBe(
            '1 claims match "返款"\n' +
                '- [北京] 退休人员个人账户划入 · 退休人员 · 69岁及以下 · 100元/月 [约数]\n' +
                '  “北京:70岁以下退休人员每月返款100元左右。”\n' +
                '  a.example · 2024-03-01 · https://a.example/1\n',
        );
    });

    it('prints copies of one passage once, with how many pages hold it', () => {
        const copies = { cluster: 'c1', copies: 3 };
        const text = formatSearchResult(
            result([
                hit('1', 'https://a.example/1', copies),
                hit('2', 'https://b.example/9', { ...copies, published: null }),
                hit('3', 'https://c.example/2', { value: 97, monthly: 97, approx: false, example: true, quote: '例如某人每月97元。' }),
            ]),
            '返款',
        );
        const lines = text.split('\n');
        expect(lines.filter((line) => line.startsWith('- '))).toEqual([
            '- [北京] 退休人员个人账户划入 · 退休人员 · 69岁及以下 · 100元/月 [约数] — 同段落见于 3 页',
            '- [北京] 退休人员个人账户划入 · 退休人员 · 69岁及以下 · 97元/月 [举例]',
        ]);
        expect(lines).toContain('  b.example · 日期不详 · https://b.example/9');
        expect(text.match(/北京:70岁以下退休人员每月返款100元左右/g)).toHaveLength(1);
    });
});
