import { describe, expect, it } from 'vitest';
import { misprintSite } from '../../../bench/misprint-site.js';
import type { FigureClaim } from '../../../src/claims/schema.js';
import { analyseClaims } from '../../../src/compare/index.js';
import { buildClaimDocuments, toClaim } from '../../../src/pipeline/build-claims.js';

function figure(url: string, value: number, fields: Partial<FigureClaim> = {}): FigureClaim {
    return {
        url, site: new URL(url).host, title: 't', published: null, section: null, region: '杭州', province: '浙江',
        quote: `q${value}`, copies: 1, cluster: null, kind: 'figure', metric: 'retiree_account_credit',
        population: 'retiree', ageMin: null, ageMax: null, value, valueMax: null, unit: 'CNY', period: 'month',
        monthly: value, approx: false, basis: null, example: false, confidence: 1, ...fields,
    };
}

describe('site trust estimated with the consensus', () => {
    const site = misprintSite();
    const claims = buildClaimDocuments(site.pages).map(toClaim);
    const consensusOf = (weighting: 'trust' | 'count') =>
        new Map(analyseClaims(claims, { weighting }).groups.map((g) => [g.region, g.consensus?.value ?? null]));

    it('picks the true figure on planted misprints where plain copy-aware counting picks the misprint', () => {
        const counted = consensusOf('count');
        const weighed = consensusOf('trust');
        for (const city of site.planted) {
            expect(counted.get(city)).toBe(site.truth.get(city)! + 20);
            expect(weighed.get(city)).toBe(site.truth.get(city));
        }
        for (const [city, value] of site.truth) expect(weighed.get(city)).toBe(value);
    });

    it('lists every site with the counts behind its trust, careful sites above the sloppy ones and their copiers', () => {
        const { sources } = analyseClaims(claims);
        expect(sources.map((s) => s.site).sort()).toEqual([...new Set(site.pages.map((p) => p.site))].sort());
        const trust = new Map(sources.map((s) => [s.site, s]));
        for (const s of sources) {
            expect(s.trust).toBeGreaterThan(0);
            expect(s.trust).toBeLessThan(1);
            expect(s.trust).toBeCloseTo((s.agree + 1) / (s.agree + s.disagree + 2), 3);
        }
        expect(trust.get('www.careful-a.example')!.trust).toBeGreaterThan(0.9);
        for (const sloppy of ['www.sloppy-origin.example', 'www.copy-one.example', 'www.rewrite.example']) {
            expect(trust.get(sloppy)!.trust).toBeLessThan(0.3);
        }
    });

    it('lets copies of one passage vote once, however many sites carry them', () => {
        const copied = ['a', 'b', 'c', 'd'].map((s) => figure(`https://${s}.example/1`, 80, { cluster: 'tpl' }));
        const independent = ['e', 'f'].map((s) => figure(`https://${s}.example/1`, 70));
        const [group] = analyseClaims([...copied, ...independent]).groups;
        expect(group!.consensus?.value).toBe(70);
        expect(group!.values.find((v) => v.value === 80)).toMatchObject({ sources: 1, pages: 4, copiedBy: 3 });
    });

    it('gives a tie no consensus', () => {
        const [group] = analyseClaims([figure('https://a.example/1', 80), figure('https://b.example/1', 70)]).groups;
        expect(group!.consensus).toBeNull();
    });

    it('keeps extraction doubt out of trust: a claim\'s copies and hedges do not change who is trusted', () => {
        const plain = analyseClaims(claims).sources;
        const hedged = analyseClaims(claims.map((c) => (c.kind === 'figure' ? { ...c, approx: true } : c))).sources;
        expect(hedged).toEqual(plain);
    });
});
