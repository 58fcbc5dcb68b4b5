import { z } from 'zod';
import type { Basis, Claim, FigureClaim, Metric, Population, Unit } from '../claims/schema.js';
import { compareCodePoints } from '../code-point-order.js';
import { DEFAULT_TOLERANCE, sidesOf } from './sides.js';
import { estimateSourceTrust, winningSide, type SourceTrust, type VotingItem } from './source-trust.js';

const compareOptionsSchema = z.strictObject({
    /** Keep worked examples and illustrations (`若某地…按3%计算…111元`, `(如2%-4%)`); they state nothing about a place. @default false */
    includeExamples: z.boolean().default(false),
    /** Relative difference within which two values are one position (see sides.ts). @default 0.005 */
    tolerance: z.number().min(0).max(1).default(DEFAULT_TOLERANCE),
    /** How independent sources vote for the consensus: by their site's trust, or one each. @default 'trust' */
    weighting: z.enum(['trust', 'count']).default('trust'),
});
export type CompareOptions = z.input<typeof compareOptionsSchema>;

/** The page a value was first printed on. */
export interface Origin {
    url: string;
    site: string;
    published: string | null;
}

/** One distinct value of a comparison group and who states it. */
export interface GroupValue {
    /** For money: CNY per month when the claim has a period (`monthly` ?? value ÷ 12 for yearly); else as stated. */
    value: number;
    /** Upper end of a stated range (same scale as `value`), or null. */
    valueMax: number | null;
    unit: Unit;
    /** The yearly figure, when every page printing this value printed it per year (`1890元/年`); else null. */
    yearly: { value: number; valueMax: number | null } | null;
    /** True when no page prints `value` itself: it is worked out from a yearly figure (`1890元/年 ≈ 157.5元/月`). */
    derived: boolean;
    /** True when every page hedges it (左右, 约, 可以达到). */
    approx: boolean;
    /** Independent sources: claims joined by sharing a passage cluster or a page count once (copies vote once). */
    sources: number;
    /** The consensus vote of those sources: each weighs by the trust of the site that printed it first. */
    support: number;
    /** Distinct sites stating this value, sorted. */
    sites: string[];
    /** Distinct pages stating this value, sorted. */
    urls: string[];
    /** Distinct quotes, in URL order. */
    quotes: string[];
    /** Number of pages (= urls.length). */
    pages: number;
    /** Earliest and latest publication date among those pages (`YYYY-MM-DD`), null when none is known. */
    firstPublished: string | null;
    lastPublished: string | null;
    /** The earliest-published page of the value's largest copy cluster. */
    origin: Origin;
    /** Sites other than the origin's that print the origin's passage. */
    copiedBy: number;
    /** Years the quotes tie the value to (`2025年…`), sorted; empty when none says. */
    statedYears: number[];
    /** What the rate or amount is based on, as the pages say (`avg_pension`, `fixed`…), sorted. */
    bases: Basis[];
}

/** Every value stated for one (region, metric, population, sex, step, age bracket, unit). */
export interface ComparisonGroup {
    region: string | null;
    metric: Metric;
    population: Population | null;
    /** `male`/`female` when the figures are stated for one sex; null otherwise. */
    sex: 'male' | 'female' | null;
    /** For `transfer_days`, the office's step (`transfer_out`, `transfer_in`); null = the whole transfer. */
    step: 'transfer_out' | 'transfer_in' | null;
    ageMin: number | null;
    ageMax: number | null;
    unit: Unit;
    /** `month` when money values were brought to CNY per month; null for other units and period-less money. */
    period: 'month' | null;
    /** Best supported first: trust-weighted support, then independent sources, then sites, then published earlier. */
    values: GroupValue[];
    /** The best-supported value of the best-supported side; null when two sides weigh the same (a tie). */
    consensus: GroupValue | null;
}

/** Comparison groups and the site trust their consensus was weighed with. */
export interface ClaimAnalysis {
    groups: ComparisonGroup[];
    sources: SourceTrust[];
}

/** A group's identity: everything but its values. */
type GroupHead = Omit<ComparisonGroup, 'values' | 'consensus'>;

/** What comparing reads of a figure claim (a reader may keep nothing else of it). */
export type ComparedFigure = Pick<
    FigureClaim,
    | 'kind' | 'region' | 'metric' | 'population' | 'sex' | 'step' | 'ageMin' | 'ageMax' | 'unit' | 'period' | 'value' | 'valueMax'
    | 'monthly' | 'approx' | 'example' | 'illustrative' | 'url' | 'site' | 'published' | 'cluster' | 'quote' | 'statedYear' | 'basis'
>;

/** Cents are the finest grain money is stated in; rounding lets `1680/年` and `140/月` meet. */
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The comparable value of a figure: money with a period becomes CNY per month. */
function comparable(claim: ComparedFigure): { value: number; valueMax: number | null; period: 'month' | null } {
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

/** Copies of one passage, or claims of one page: one independent source. */
interface CopyCluster {
    claims: ComparedFigure[];
    origin: Origin;
}

interface ValueDraft {
    claims: ComparedFigure[];
    value: number;
    valueMax: number | null;
    clusters: CopyCluster[];
}

/** A group whose values are summarised and split into sides, before trust weighs them; it holds no claim. */
interface DraftGroup {
    head: GroupHead;
    values: { summary: GroupValue; originSites: string[] }[];
    sides: DraftGroup['values'][];
    item: VotingItem;
}

/**
 * Groups figure claims by region, metric, population, sex, step, age bracket and unit, lists each group's
 * distinct values with their independent sources and origins, and estimates site trust jointly with each
 * group's consensus. Money with a period is compared as CNY per month (yearly against yearly where both are
 * yearly); a rate is never compared with an amount. Procedures and, unless asked, worked examples and
 * illustrations are left out. Groups come sorted by region (national last), metric, population and ages.
 * `sources` lists every site of the claims and of `moreSites` (pages without figures), most trusted first.
 */
export function analyseClaims(
    claims: readonly Claim[],
    options: CompareOptions = {},
    moreSites: Iterable<string> = [],
): ClaimAnalysis {
    const sites = new Set<string>(moreSites);
    const figures: FigureClaim[] = [];
    for (const claim of claims) {
        sites.add(claim.site);
        if (claim.kind === 'figure') figures.push(claim);
    }
    return analyseClaimBlocks([figures], options, sites);
}

/**
 * {@link analyseClaims} over figure claims read in blocks, so that a reader need not hold them all: each block
 * holds every claim of the groups it touches, in the order the whole list would hold them (a group is never split
 * across blocks). Only each group's summary stays in memory once its block is drafted. `sites` as `moreSites`.
 */
export function analyseClaimBlocks(
    blocks: Iterable<readonly ComparedFigure[]>,
    options: CompareOptions = {},
    sites: Iterable<string> = [],
): ClaimAnalysis {
    const opts = compareOptionsSchema.parse(options);
    const allSites = new Set<string>(sites);
    const drafts: DraftGroup[] = [];
    for (const block of blocks) {
        for (const claim of block) allSites.add(claim.site);
        drafts.push(...draftGroups(block, opts));
    }
    // Trust counts agreements: the order groups vote in changes nothing (see source-trust.ts).
    const { sources, weightOf } = estimateSourceTrust(
        drafts.map((draft) => draft.item),
        allSites,
        opts.weighting,
    );
    const groups = drafts.map(({ head, values, sides, item }): ComparisonGroup => {
        for (const { summary, originSites } of values) {
            summary.support = Math.round(originSites.reduce((sum, site) => sum + weightOf(site), 0) * 1000) / 1000;
        }
        const winner = winningSide(item, weightOf);
        const consensus = winner === null ? null : sides[winner]!.map((v) => v.summary).sort(bySupport)[0]!;
        return { ...head, values: values.map((v) => v.summary).sort(bySupport), consensus };
    });
    return { groups: groups.sort(byGroupKey), sources };
}

/** The groups of `claims` (all of each group's claims, in list order), summarised and split into sides. */
function draftGroups(claims: readonly ComparedFigure[], opts: z.output<typeof compareOptionsSchema>): DraftGroup[] {
    const heads = new Map<string, { head: GroupHead; byValue: Map<string, ValueDraft> }>();
    for (const claim of claims) {
        if (claim.kind !== 'figure' || ((claim.example || claim.illustrative) && !opts.includeExamples)) continue;
        const { value, valueMax, period } = comparable(claim);
        const head: GroupHead = {
            region: claim.region,
            metric: claim.metric,
            population: claim.population,
            sex: claim.sex ?? null,
            step: claim.step ?? null,
            ageMin: claim.ageMin,
            ageMax: claim.ageMax,
            unit: claim.unit,
            period,
        };
        const groupKey = JSON.stringify(Object.values(head));
        let group = heads.get(groupKey);
        if (!group) heads.set(groupKey, (group = { head, byValue: new Map() }));
        // a value is listed as pages state it: per year or per month, hedged or not (its side still joins them)
        const statedYearly = claim.unit === 'CNY' && claim.period === 'year';
        const valueKey = JSON.stringify([value, valueMax, statedYearly ? [claim.value, claim.valueMax] : null, claim.approx]);
        let same = group.byValue.get(valueKey);
        if (!same) group.byValue.set(valueKey, (same = { claims: [], value, valueMax, clusters: [] }));
        same.claims.push(claim);
    }
    return [...heads.values()].map(({ head, byValue }): DraftGroup => {
        const drafted = [...byValue.values()].map((draft) => {
            draft.clusters = copyClusters(draft.claims);
            return { draft, summary: summariseValue(draft) };
        });
        const sides = sidesOf(drafted.map((v) => ({ ...v.summary, v })), opts.tolerance).map((side) => side.map((m) => m.v));
        // copies vote once per side too: a passage whose pages state it in two forms (per year, per month) is one vote
        const item: VotingItem = {
            sides: sides.map((side) => ({
                origins: copyClusters(side.flatMap((v) => v.draft.claims)).map((c) => c.origin.site),
                sites: new Set(side.flatMap((v) => v.summary.sites)),
            })),
        };
        const values = new Map(drafted.map((v) => [v, { summary: v.summary, originSites: v.draft.clusters.map((c) => c.origin.site) }]));
        return { head, values: [...values.values()], sides: sides.map((side) => side.map((v) => values.get(v)!)), item };
    });
}

/** Comparison groups alone (see {@link analyseClaims}). */
export function compareClaims(claims: readonly Claim[], options: CompareOptions = {}): ComparisonGroup[] {
    return analyseClaims(claims, options).groups;
}

/** An origin earlier than another: known dates first, then URL order. */
function earlierOrigin(a: Origin, b: Origin): number {
    return compareNullableText(a.published, b.published) || compareCodePoints(a.url, b.url);
}

/**
 * Claims are one source when they share a passage cluster (copies of one template) or a page (one author); each
 * connected set is one copy cluster, whose origin is its earliest-published page. A claim without a cluster
 * stands for its page.
 */
function copyClusters(claims: readonly ComparedFigure[]): CopyCluster[] {
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
    const byRoot = new Map<string, ComparedFigure[]>();
    for (const claim of claims) {
        const root = find(`page\u0000${claim.url}`);
        const list = byRoot.get(root);
        if (list) list.push(claim);
        else byRoot.set(root, [claim]);
    }
    return [...byRoot.values()].map((members) => ({
        claims: members,
        origin: members.map((c) => ({ url: c.url, site: c.site, published: c.published })).sort(earlierOrigin)[0]!,
    }));
}

/** Whether a quote prints the compared figure itself (`折合每月140元`) rather than only the yearly one. */
function printsValue(quote: string, value: number): boolean {
    return new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d])`).test(quote);
}

function summariseValue(draft: ValueDraft): GroupValue {
    const sorted = [...draft.claims].sort((a, b) => compareCodePoints(a.url, b.url));
    const urls = distinct(sorted.map((c) => c.url));
    const dates = sorted.map((c) => c.published).filter((d): d is string => d !== null).sort();
    const allYearly = sorted.every((c) => c.unit === 'CNY' && c.period === 'year');
    const largest = [...draft.clusters].sort(
        (a, b) => distinct(b.claims.map((c) => c.url)).length - distinct(a.claims.map((c) => c.url)).length || earlierOrigin(a.origin, b.origin),
    )[0]!;
    const quotes = distinct(sorted.map((c) => c.quote));
    return {
        value: draft.value,
        valueMax: draft.valueMax,
        unit: sorted[0]!.unit,
        yearly: allYearly ? { value: sorted[0]!.value, valueMax: sorted[0]!.valueMax } : null,
        derived: allYearly && !quotes.some((q) => printsValue(q, draft.value)),
        approx: sorted.every((c) => c.approx),
        sources: draft.clusters.length,
        support: draft.clusters.length,
        sites: distinct(sorted.map((c) => c.site)).sort(compareCodePoints),
        urls,
        quotes,
        pages: urls.length,
        firstPublished: dates[0] ?? null,
        lastPublished: dates.at(-1) ?? null,
        origin: largest.origin,
        copiedBy: distinct(largest.claims.map((c) => c.site)).filter((s) => s !== largest.origin.site).length,
        statedYears: distinct(sorted.flatMap((c) => (c.statedYear ? [c.statedYear] : []))).sort((a, b) => a - b),
        bases: distinct(sorted.flatMap((c) => (c.basis ? [c.basis] : []))).sort(compareCodePoints),
    };
}

/** Consensus order: more trust-weighted support, more independent sources, more sites, published earlier. */
export function bySupport(a: GroupValue, b: GroupValue): number {
    return (
        b.support - a.support ||
        b.sources - a.sources ||
        b.sites.length - a.sites.length ||
        compareNullableText(a.firstPublished, b.firstPublished) ||
        a.value - b.value ||
        (a.valueMax ?? -Infinity) - (b.valueMax ?? -Infinity)
    );
}

function byGroupKey(a: ComparisonGroup, b: ComparisonGroup): number {
    return (
        compareNullableText(a.region, b.region) ||
        compareCodePoints(a.metric, b.metric) ||
        compareNullableText(a.population, b.population) ||
        compareNullableText(a.sex, b.sex) ||
        compareNullableText(a.step, b.step) ||
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
