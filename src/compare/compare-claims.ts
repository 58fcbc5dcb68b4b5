import { z } from 'zod';
import type { Claim, FigureClaim, Metric, Population, Unit } from '../claims/schema.js';
import { compareCodePoints } from '../code-point-order.js';

const compareOptionsSchema = z.strictObject({
    /** Keep worked examples (`若某地…按3%计算…111元`); they state nothing about a place. @default false */
    includeExamples: z.boolean().default(false),
});
export type CompareOptions = z.input<typeof compareOptionsSchema>;

/** One distinct value of a comparison group and who states it. */
export interface GroupValue {
    /** For money: CNY per month when the claim has a period (`monthly` ?? value ÷ 12 for yearly); else as stated. */
    value: number;
    /** Upper end of a stated range (same scale as `value`), or null. */
    valueMax: number | null;
    unit: Unit;
    /** Independent sources: claims joined by sharing a passage cluster or a page count once (copies vote once). */
    sources: number;
    /** Distinct sites stating this value, sorted. */
    sites: string[];
    /** Distinct pages stating this value, sorted. */
    urls: string[];
    /** Distinct quotes, in URL order. */
    quotes: string[];
    /** Number of pages (= urls.length). */
    pages: number;
    /** Earliest and latest publication date among those pages (`YYYY-MM-DD`), null when none is known. */
    earliest: string | null;
    latest: string | null;
}

/** Every value stated for one (region, metric, population, age bracket, unit). */
export interface ComparisonGroup {
    region: string | null;
    metric: Metric;
    population: Population | null;
    ageMin: number | null;
    ageMax: number | null;
    unit: Unit;
    /** `month` when money values were brought to CNY per month; null for other units and period-less money. */
    period: 'month' | null;
    /** Most independent sources first, then more sites, then published earlier. */
    values: GroupValue[];
    /** The value with most independent sources; ties → more sites, then published earlier. */
    consensus: GroupValue;
}

/** A group's identity: everything but its values. */
type GroupHead = Omit<ComparisonGroup, 'values' | 'consensus'>;

/** Cents are the finest grain money is stated in; rounding lets `1680/年` and `140/月` meet. */
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The comparable value of a figure: money with a period becomes CNY per month. */
function comparable(claim: FigureClaim): { value: number; valueMax: number | null; period: 'month' | null } {
    if (claim.unit !== 'CNY' || claim.period === null) {
        return { value: claim.value, valueMax: claim.valueMax, period: null };
    }
    const perMonth = claim.period === 'year' ? 1 / 12 : 1;
    return {
        value: round2(claim.monthly ?? claim.value * perMonth),
        valueMax: claim.valueMax === null ? null : round2(claim.valueMax * perMonth),
        period: 'month',
    };
}

/**
 * Groups figure claims by region, metric, population, age bracket and unit, and lists each group's distinct
 * values with their independent sources. Money with a period is compared as CNY per month; a rate is never
 * compared with an amount (the unit is part of the group). Procedures and, unless asked, worked examples are
 * left out. Groups come sorted by region (national last), metric, population and ages.
 */
export function compareClaims(claims: readonly Claim[], options: CompareOptions = {}): ComparisonGroup[] {
    const opts = compareOptionsSchema.parse(options);
    const groups = new Map<string, { head: GroupHead; byValue: Map<string, FigureClaim[]> }>();
    for (const claim of claims) {
        if (claim.kind !== 'figure' || (claim.example && !opts.includeExamples)) continue;
        const { value, valueMax, period } = comparable(claim);
        const head = {
            region: claim.region,
            metric: claim.metric,
            population: claim.population,
            ageMin: claim.ageMin,
            ageMax: claim.ageMax,
            unit: claim.unit,
            period,
        };
        const groupKey = JSON.stringify(Object.values(head));
        let group = groups.get(groupKey);
        if (!group) groups.set(groupKey, (group = { head, byValue: new Map() }));
        const valueKey = JSON.stringify([value, valueMax]);
        let same = group.byValue.get(valueKey);
        if (!same) group.byValue.set(valueKey, (same = []));
        same.push({ ...claim, value, valueMax });
    }
    return [...groups.values()]
        .map(({ head, byValue }) => {
            const values = [...byValue.values()].map(summariseValue).sort(bySupport);
            return { ...head, values, consensus: values[0]! };
        })
        .sort(byGroupKey);
}

function summariseValue(claims: readonly FigureClaim[]): GroupValue {
    const sorted = [...claims].sort((a, b) => compareCodePoints(a.url, b.url));
    const urls = distinct(sorted.map((c) => c.url));
    const dates = sorted.map((c) => c.published).filter((d): d is string => d !== null).sort();
    return {
        value: sorted[0]!.value,
        valueMax: sorted[0]!.valueMax,
        unit: sorted[0]!.unit,
        sources: countIndependentSources(sorted),
        sites: distinct(sorted.map((c) => c.site)).sort(compareCodePoints),
        urls,
        quotes: distinct(sorted.map((c) => c.quote)),
        pages: urls.length,
        earliest: dates[0] ?? null,
        latest: dates.at(-1) ?? null,
    };
}

/**
 * Claims are one source when they share a passage cluster (copies of one template) or a page (one author);
 * the count is the number of connected groups. A claim without a cluster stands for its page.
 */
export function countIndependentSources(claims: readonly Pick<Claim, 'url' | 'cluster'>[]): number {
    const parent = new Map<string, string>();
    const find = (x: string): string => {
        let node = x;
        while (parent.get(node) !== node) node = parent.get(node)!;
        parent.set(x, node);
        return node;
    };
    const add = (x: string) => {
        if (!parent.has(x)) parent.set(x, x);
    };
    for (const claim of claims) {
        const page = `page\u0000${claim.url}`;
        add(page);
        if (claim.cluster === null) continue;
        const cluster = `cluster\u0000${claim.cluster}`;
        add(cluster);
        parent.set(find(cluster), find(page));
    }
    let roots = 0;
    for (const node of parent.keys()) if (find(node) === node) roots++;
    return roots;
}

/** Consensus order: more independent sources, then more sites, then published earlier (unknown dates last). */
export function bySupport(a: GroupValue, b: GroupValue): number {
    return (
        b.sources - a.sources ||
        b.sites.length - a.sites.length ||
        compareNullableText(a.earliest, b.earliest) ||
        a.value - b.value ||
        (a.valueMax ?? -Infinity) - (b.valueMax ?? -Infinity)
    );
}

function byGroupKey(a: ComparisonGroup, b: ComparisonGroup): number {
    return (
        compareNullableText(a.region, b.region) ||
        compareCodePoints(a.metric, b.metric) ||
        compareNullableText(a.population, b.population) ||
        (a.ageMin ?? -1) - (b.ageMin ?? -1) ||
        (a.ageMax ?? Infinity) - (b.ageMax ?? Infinity) ||
        compareCodePoints(a.unit, b.unit) ||
        compareNullableText(a.period, b.period)
    );
}

/** Nulls sort last. */
function compareNullableText(a: string | null, b: string | null): number {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return compareCodePoints(a, b);
}

function distinct<T>(items: readonly T[]): T[] {
    return [...new Set(items)];
}
