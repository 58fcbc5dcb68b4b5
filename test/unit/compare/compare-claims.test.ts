import { describe, expect, it } from 'vitest';
import { claimSchema, type Claim, type FigureClaim } from '../../../src/claims/schema.js';
import { compareClaims, findConflicts } from '../../../src/compare/index.js';
import { clusterPassages } from '../../../extractors/dedup/index.js';
import { loadCorpusPages, loadGoldClaims } from '../../../bench/corpus-pages.js';

/** A figure claim with defaults; only what a test is about needs stating. */
function figure(fields: Partial<FigureClaim> & Pick<FigureClaim, 'url' | 'value'>): FigureClaim {
    return {
        site: new URL(fields.url).host,
        title: 't',
        published: null,
        section: null,
        region: '北京',
        province: '北京',
        quote: `q${fields.value}`,
        copies: 1,
        cluster: null,
        kind: 'figure',
        metric: 'retiree_account_credit',
        population: 'retiree',
        ageMin: null,
        ageMax: 69,
        valueMax: null,
        unit: 'CNY',
        period: 'month',
        monthly: fields.value,
        approx: false,
        basis: null,
        example: false,
        confidence: 1,
        ...fields,
    };
}

/** Fields of a figure stated as a rate. */
const PERCENT = { unit: 'percent', period: null, monthly: null } as const;

/** Gold claims of the real corpus with `cluster`/`copies` from clustering the passage each quote comes from. */
function corpusClaims(): Claim[] {
    const pages = loadCorpusPages();
    const clustering = clusterPassages(pages);
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    return loadGoldClaims().map((gold) => {
        const page = byUrl.get(gold.url as string)!;
        const quote = gold.quote as string;
        const passage =
            page.passages.find((p) => p.text.includes(quote)) ??
            page.passages.find((p) => quote.includes(p.text.trim()));
        const info = passage ? clustering.get(page.url, passage.index) : undefined;
        // Gold lines may omit page fields, province and confidence; the page, null and 1 supply them.
        const pageFields = { site: page.site, title: page.title, published: null, section: null, province: null, confidence: 1 };
        return claimSchema.parse({ ...pageFields, ...gold, copies: info?.copies ?? 1, cluster: info?.cluster ?? null });
    });
}

describe('compareClaims and findConflicts on corpus figures', () => {
    const claims = corpusClaims();
    const groups = compareClaims(claims);
    const beijingUnder70 = groups.find(
        (g) => g.region === '北京' && g.metric === 'retiree_account_credit' && g.ageMin === null && g.ageMax === 69,
    )!;

    it('finds that Beijing retirees under 70 are said to get 100 元 and 97 元 a month', () => {
        expect(beijingUnder70.values.map((v) => v.value)).toEqual(expect.arrayContaining([100, 97]));
        expect(beijingUnder70.consensus?.value).toBe(100);
        const conflict = findConflicts(groups).find(
            (c) => c.region === '北京' && c.ageMax === 69 && c.metric === 'retiree_account_credit',
        );
        expect(conflict).toBeDefined();
        expect(conflict!.spread).toBeCloseTo(0.03, 5);
    });

    it('counts two pages carrying one edited template as one source', () => {
        // Three pages say 97; two of them carry the same edited template (`…每月划入个人账户97元(…3元…)`).
        const ninetySeven = beijingUnder70.values.find((v) => v.value === 97)!;
        expect(ninetySeven.pages).toBe(3);
        expect(ninetySeven.sources).toBe(2);
        const hundred = beijingUnder70.values.find((v) => v.value === 100)!;
        expect(hundred.sources).toBeLessThan(hundred.pages);
    });

    it('never puts a rate and an amount in one group, and leaves worked examples out', () => {
        for (const group of groups) expect(new Set(group.values.map((v) => v.unit))).toEqual(new Set([group.unit]));
        const examples = claims.filter((c) => c.kind === 'figure' && c.example);
        expect(examples.length).toBeGreaterThan(0);
        const quotes = new Set(groups.flatMap((g) => g.values.flatMap((v) => v.quotes)));
        const statedQuotes = new Set(claims.filter((c) => c.kind === 'figure' && !c.example).map((c) => c.quote));
        const exampleOnly = examples.filter((e) => !statedQuotes.has(e.quote));
        for (const example of exampleOnly) expect(quotes.has(example.quote)).toBe(false);
    });
});

describe('compareClaims', () => {
    it('lets copies of one template vote once, so two independent sources beat three copies', () => {
        const groups = compareClaims([
            figure({ url: 'https://a.example/1', value: 100, cluster: 'c1' }),
            figure({ url: 'https://b.example/1', value: 100, cluster: 'c1' }),
            figure({ url: 'https://c.example/1', value: 100, cluster: 'c1' }),
            figure({ url: 'https://d.example/1', value: 97, cluster: 'c2' }),
            figure({ url: 'https://e.example/1', value: 97, cluster: 'c3' }),
        ]);
        expect(groups).toHaveLength(1);
        expect(groups[0]!.consensus).toMatchObject({ value: 97, sources: 2, pages: 2 });
        expect(groups[0]!.values[1]).toMatchObject({ value: 100, sources: 1, pages: 3 });
    });

    it('compares money per month but lists it as stated: 1680 元 a year agrees with 140 元 a month', () => {
        const claims = [
            figure({ url: 'https://a.example/1', value: 1680, period: 'year', monthly: 140, quote: '每年划入1680元' }),
            figure({ url: 'https://b.example/1', value: 140 }),
        ];
        const [group] = compareClaims(claims);
        expect(group!.period).toBe('month');
        expect(group!.values.map((v) => [v.value, v.yearly?.value ?? null, v.derived])).toEqual(
            expect.arrayContaining([[140, null, false], [140, 1680, true]]),
        );
        expect(findConflicts(compareClaims(claims))).toEqual([]);
    });

    it('keeps a rate and an amount of one metric in separate groups', () => {
        const groups = compareClaims([
            figure({ url: 'https://a.example/1', metric: 'premium', value: 2, ...PERCENT }),
            figure({ url: 'https://b.example/1', metric: 'premium', value: 380, period: 'year', monthly: null }),
        ]);
        expect(groups.map((g) => g.unit).sort()).toEqual(['CNY', 'percent']);
        expect(findConflicts(groups)).toEqual([]);
    });

    it('excludes examples unless asked', () => {
        const claims = [figure({ url: 'https://a.example/1', region: null, value: 111, example: true })];
        expect(compareClaims(claims)).toEqual([]);
        expect(compareClaims(claims, { includeExamples: true })).toHaveLength(1);
    });

    it('keeps a range as one value and tells it from a single figure', () => {
        const [group] = compareClaims([
            figure({ url: 'https://a.example/1', value: 50, valueMax: 70 }),
            figure({ url: 'https://b.example/1', value: 50 }),
        ]);
        expect(group!.values.map((v) => [v.value, v.valueMax]).sort()).toEqual([[50, 70], [50, null]].sort());
    });

    it('gives the dates and sites behind each value', () => {
        const [group] = compareClaims([
            figure({ url: 'https://b.example/2', value: 100, published: '2025-06-01' }),
            figure({ url: 'https://a.example/1', value: 100, published: '2025-03-13' }),
        ]);
        expect(group!.values[0]).toMatchObject({
            sites: ['a.example', 'b.example'],
            urls: ['https://a.example/1', 'https://b.example/2'],
            firstPublished: '2025-03-13',
            lastPublished: '2025-06-01',
            origin: { url: 'https://a.example/1', site: 'a.example', published: '2025-03-13' },
        });
    });
});

describe('findConflicts', () => {
    it('treats values within 0.5% as agreeing', () => {
        const groups = compareClaims([
            figure({ url: 'https://a.example/1', region: '深圳', value: 250 }),
            figure({ url: 'https://b.example/1', region: '深圳', value: 251 }),
        ]);
        expect(findConflicts(groups)).toEqual([]);
        expect(findConflicts(groups, { tolerance: 0 })).toHaveLength(1);
    });

    it('ranks a disagreement between independent sources above a lone outlier copied many times', () => {
        const tianjinClaim = (site: string, value: number, valueMax: number, cluster: string) =>
            figure({ url: `https://${site}.example/t`, region: '天津', value, valueMax, cluster });
        const claims = [
            // 天津: 3 independent sources say 50~70, one template copied on 4 pages says 40~60.
            ...['a', 'b', 'c'].map((s) => tianjinClaim(s, 50, 70, s)),
            ...['d', 'e', 'f', 'g'].map((s) => tianjinClaim(s, 40, 60, 'tpl')),
            // 北京: 2 independent sources each side.
            ...['a', 'b'].map((s) => figure({ url: `https://${s}.example/b`, value: 100, cluster: `${s}100` })),
            ...['c', 'd'].map((s) => figure({ url: `https://${s}.example/b`, value: 97, cluster: `${s}97` })),
        ];
        const conflicts = findConflicts(compareClaims(claims));
        expect(conflicts.map((c) => c.region)).toEqual(['北京', '天津']);
        const tianjin = conflicts[1]!;
        expect(tianjin.consensus).toMatchObject({ value: 50, valueMax: 70, sources: 3 });
        expect(tianjin.values.find((v) => v.value === 40)).toMatchObject({ sources: 1, urls: expect.any(Array) });
    });

    it('gives a tie no consensus, and lists the earlier-published value first', () => {
        const conflicts = findConflicts(
            compareClaims([
                figure({ url: 'https://a.example/1', value: 100, published: '2025-05-01' }),
                figure({ url: 'https://b.example/1', value: 97, published: '2025-01-01' }),
            ]),
        );
        expect(conflicts[0]!.consensus).toBeNull();
        expect(conflicts[0]!.values.map((v) => v.value)).toEqual([97, 100]);
    });

    it('prints the fields `claimscope conflicts --json` promises', () => {
        const [conflict] = findConflicts(
            compareClaims([
                figure({ url: 'https://a.example/1', value: 100 }),
                figure({ url: 'https://b.example/1', value: 97 }),
            ]),
        );
        const json = JSON.parse(JSON.stringify(conflict));
        for (const key of ['region', 'metric', 'population', 'ageMin', 'ageMax', 'consensus', 'values', 'spread', 'explanations']) {
            expect(json).toHaveProperty(key);
        }
        for (const key of ['value', 'unit', 'sources', 'sites', 'urls', 'quotes', 'firstPublished', 'lastPublished', 'origin']) {
            expect(json.values[0]).toHaveProperty(key);
        }
    });
});

describe('conflict ranking', () => {
    it('puts disagreements about a named place before placeless ones, even better-supported placeless ones', () => {
        const placeless = { region: null, province: null, metric: 'transfer_days', unit: 'workday', period: null, monthly: null, ageMax: null } as const;
        const claims = [
            ...['a', 'b', 'c'].map((site) => figure({ url: `https://${site}.example/1`, value: 15, cluster: site, ...placeless })),
            ...['d', 'e', 'f'].map((site) => figure({ url: `https://${site}.example/1`, value: 10, cluster: site, ...placeless })),
            figure({ url: 'https://g.example/1', value: 100, cluster: 'g' }),
            figure({ url: 'https://h.example/1', value: 97, cluster: 'h' }),
        ];
        expect(findConflicts(compareClaims(claims)).map((c) => c.region)).toEqual(['北京', null]);
    });
});
