/**
 * Comparison values list their pages and their quotes as two separate sets. A reader checking a conflict wants
 * each quote beside the page it was read from, so the API joins them back to the claims they came from.
 */
import type { FigureClaim } from '../claims/schema.js';
import type { GroupValue } from '../compare/index.js';
import { MAX_QUOTES } from './bounded-values.js';

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

/** A group or conflict: its values and its consensus, one of them or null. */
interface HasValues<V extends GroupValue> {
    region: string | null;
    metric: FigureClaim['metric'];
    population: FigureClaim['population'];
    ageMin: number | null;
    ageMax: number | null;
    unit: FigureClaim['unit'];
    values: V[];
    consensus: V | null;
}

/** A value with its quotes beside their pages (at most MAX_QUOTES), and how many pairs its lists hold. */
export type WithEvidenceValue<V> = V & { evidence: Evidence[]; evidenceCount: number };

export type WithEvidence<G extends HasValues<GroupValue>> = Omit<G, 'values' | 'consensus'> & {
    values: WithEvidenceValue<G['values'][number]>[];
    consensus: WithEvidenceValue<G['values'][number]> | null;
};

/** The fields a claim shares with its comparison group (the unit too: rates and amounts never meet). */
export function groupKey(g: Pick<FigureClaim, 'region' | 'metric' | 'population' | 'ageMin' | 'ageMax' | 'unit'>): string {
    return JSON.stringify([g.region, g.metric, g.population, g.ageMin, g.ageMax, g.unit]);
}

/**
 * A function that adds `evidence` to every value of a group: of the group's compared claims (`evidenceOf`, in
 * export order), those whose page and quote the value lists, one per page and quote.
 */
export function evidenceJoiner(
    evidenceOf: (group: Parameters<typeof groupKey>[0]) => readonly Evidence[],
): <G extends HasValues<GroupValue>>(group: G) => WithEvidence<G> {
    return <G extends HasValues<GroupValue>>(group: G): WithEvidence<G> => {
        const candidates = evidenceOf(group);
        type Value = G['values'][number];
        const withEvidence = (value: Value): WithEvidenceValue<Value> => {
            const urls = new Set(value.urls);
            const quotes = new Set(value.quotes);
            const seen = new Set<string>();
            const evidence: Evidence[] = [];
            for (const c of candidates) {
                const key = `${c.url}\u0000${c.quote}`;
                if (!urls.has(c.url) || !quotes.has(c.quote) || seen.has(key)) continue;
                seen.add(key);
                if (evidence.length === MAX_QUOTES) continue;
                evidence.push({ url: c.url, site: c.site, title: c.title, published: c.published, quote: c.quote, cluster: c.cluster });
            }
            return { ...value, evidence, evidenceCount: seen.size };
        };
        const values = group.values.map(withEvidence);
        // consensus is one of values (the best supported); keep it the same object after the join.
        const consensus = group.consensus === null ? null : (values[group.values.indexOf(group.consensus)] ?? withEvidence(group.consensus));
        return { ...group, values, consensus };
    };
}
