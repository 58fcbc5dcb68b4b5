import { describe, expect, it } from 'vitest';
import type { FigureClaim, ProcedureClaim } from '../../../src/claims/schema.js';
import {
    compareClaims,
    displayWidth,
    findConflicts,
    findMissing,
    formatComparisonTable,
    formatConflicts,
    formatMissing,
    type PageClaims,
} from '../../../src/compare/index.js';

const base = { site: 'a.example', title: 't', published: null, section: null, quote: 'q', copies: 1, cluster: null, confidence: 1 };

function figure(url: string, region: string | null, value: number, extra: Partial<FigureClaim> = {}): FigureClaim {
    return {
        ...base,
        url,
        kind: 'figure',
        metric: 'retiree_account_credit',
        region,
        province: region,
        population: 'retiree',
        ageMin: null,
        ageMax: null,
        value,
        valueMax: null,
        unit: 'CNY',
        period: 'month',
        monthly: value,
        approx: false,
        basis: null,
        example: false,
        ...extra,
    };
}

function procedure(url: string, region: string | null): ProcedureClaim {
    const how = { task: 'query_balance', channel: 'wechat', steps: ['打开微信'] } as const;
    return { ...base, url, kind: 'procedure', region, province: region, ...how, steps: [...how.steps] };
}

function pageOf(url: string, title: string, claims: PageClaims['claims']): PageClaims {
    return { url, site: new URL(url).host, title, claims };
}

/** Fields of a figure stated as a rate. */
const PERCENT = { unit: 'percent', period: null, monthly: null } as const;

describe('findMissing', () => {
    it('reports a page whose title names a city its body gives no figure for', () => {
        const report = findMissing([
            pageOf('https://a.example/1', '福州职工医保个人账户每月划拨多少?', [figure('https://a.example/1', null, 100)]),
            pageOf('https://a.example/2', '厦门退休人员医保每月返多少?', [figure('https://a.example/2', '厦门', 110)]),
            { url: 'https://a.example/3', site: 'a.example', title: '各地医保个人账户划入标准(最新)', claims: [] },
        ]);
        expect(report).toEqual([
            {
                url: 'https://a.example/1',
                site: 'a.example',
                title: '福州职工医保个人账户每月划拨多少?',
                region: '福州',
                figuresOnPage: 1,
            },
        ]);
    });

    it('does not count a worked example as a figure for the place', () => {
        const claims = [figure('https://a.example/1', '郑州', 111, { example: true })];
        const report = findMissing([pageOf('https://a.example/1', '郑州医保卡每月返钱是怎么计算的?', claims)]);
        expect(report).toMatchObject([{ region: '郑州', figuresOnPage: 0 }]);
    });

    it('accepts steps for a how-to title and city figures for a province title', () => {
        const report = findMissing([
            pageOf('https://a.example/1', '南昌如何查询医保卡余额?', [procedure('https://a.example/1', '南昌')]),
            {
                url: 'https://a.example/2',
                site: 'a.example',
                title: '广东各市退休医保返款标准',
                claims: [{ ...figure('https://a.example/2', '深圳', 251), province: '广东' }],
            },
        ]);
        expect(report).toEqual([]);
    });
});

describe('renderers', () => {
    const groups = compareClaims([
        figure('https://a.example/1', '北京', 100, { ageMax: 69, quote: '北京:70岁以下退休人员每月返款100元' }),
        figure('https://b.example/1', '北京', 97, { site: 'b.example', ageMax: 69, quote: '北京:70岁以下的退休人员,每月划入个人账户97元' }),
        figure('https://c.example/1', '内蒙古', 65),
        figure('https://c.example/2', null, 2, { metric: 'retiree_credit_rate', ...PERCENT, valueMax: 3 }),
    ]);

    /** Display column at which `needle` starts on each line that contains it. */
    function columnsOf(table: string, needles: string[]): number[] {
        return table.split('\n').flatMap((line) => {
            const at = needles.map((n) => line.indexOf(n)).find((i) => i >= 0);
            return at === undefined ? [] : [displayWidth(line.slice(0, at))];
        });
    }

    it('aligns columns by display width when cells mix Chinese and Latin text', () => {
        const table = formatComparisonTable(groups);
        expect(table).toContain('100元/月');
        expect(table).toContain('2%~3%');
        expect(table).toContain('全国/未指明');
        const metricColumns = columnsOf(table, ['退休人员个人账户划入', '退休人员划入比例', 'metric']);
        expect(metricColumns).toHaveLength(4);
        expect(new Set(metricColumns).size).toBe(1);
    });

    it('lists each conflict with its values, sources and a quote', () => {
        const text = formatConflicts(findConflicts(groups));
        expect(text).toMatch(/^1\. 北京 · 退休人员个人账户划入 · 退休人员 · 69岁及以下 — spread 3%/);
        expect(text).toContain('北京:70岁以下的退休人员,每月划入个人账户97元');
        expect(formatConflicts([])).toMatch(/No conflicts/);
    });

    it('prints the missing-place report as a table', () => {
        const entry = { url: 'https://a.example/1', site: 'a.example', title: '福州职工医保每月划拨多少?', region: '福州' };
        const text = formatMissing([{ ...entry, figuresOnPage: 0 }]);
        expect(text.split('\n')).toHaveLength(3);
        expect(text).toContain('福州');
        expect(text).toContain('https://a.example/1');
    });
});
