/**
 * Comparison values list their pages and their quotes as two separate sets. A reader checking a conflict wants
 * each quote beside the page it was read from, so the API joins them back to the claims they came from.
 */
import type { Claim, FigureClaim } from '../claims/schema.js';
import type { ComparisonGroup, GroupValue } from '../compare/index.js';

/** One quote and the page it was read from. */
export interface Evidence {
    url: string;
    site: string;
    title: string;
    published: string | null;
    quote: string;
    /** The passage cluster the quote belongs to: evidence sharing one is copies of one source. */
    cluster: string | null;
}

export type GroupValueWithEvidence = GroupValue & { evidence: Evidence[] };
export type WithEvidence<G extends ComparisonGroup> = Omit<G, 'values' | 'consensus'> & {
    values: GroupValueWithEvidence[];
    consensus: GroupValueWithEvidence;
};

/** The fields a claim shares with its comparison group (the unit too: rates and amounts never meet). */
export function groupKey(g: Pick<FigureClaim, 'region' | 'metric' | 'population' | 'ageMin' | 'ageMax' | 'unit'>): string {
    return JSON.stringify([g.region, g.metric, g.population, g.ageMin, g.ageMax, g.unit]);
}

/**
 * Indexes figure claims by group once, and returns a function that adds `evidence` to every value of a group:
 * the claims of that group whose page and quote the value lists, one per page and quote.
 */
export function evidenceJoiner(claims: readonly Claim[]): <G extends ComparisonGroup>(group: G) => WithEvidence<G> {
    const byGroup = new Map<string, FigureClaim[]>();
    for (const claim of claims) {
        // Worked examples are left out of comparisons, so they are no evidence for a value either.
        if (claim.kind !== 'figure' || claim.example) continue;
        const key = groupKey(claim);
        const list = byGroup.get(key);
        if (list) list.push(claim);
        else byGroup.set(key, [claim]);
    }
    return (group) => {
        const candidates = byGroup.get(groupKey(group)) ?? [];
        const withEvidence = (value: GroupValue): GroupValueWithEvidence => {
            const urls = new Set(value.urls);
            const quotes = new Set(value.quotes);
            const seen = new Set<string>();
            const evidence: Evidence[] = [];
            for (const c of candidates) {
                const key = `${c.url}\u0000${c.quote}`;
                if (!urls.has(c.url) || !quotes.has(c.quote) || seen.has(key)) continue;
                seen.add(key);
                evidence.push({ url: c.url, site: c.site, title: c.title, published: c.published, quote: c.quote, cluster: c.cluster });
            }
            return { ...value, evidence };
        };
        const values = group.values.map(withEvidence);
        // consensus is one of values (the best supported); keep it the same object after the join.
        const consensus = values[group.values.indexOf(group.consensus)] ?? withEvidence(group.consensus);
        return { ...group, values, consensus };
    };
}
