/**
 * A paged API answer stays small however many pages print a figure: each group or conflict lists its best
 * supported values up to a cap, and each value its first pages, sites, quotes and evidence up to a cap, with the
 * full counts beside them. `claimscope conflicts --json` and `compare --json` print everything.
 */
import type { GroupValue } from '../compare/index.js';

/** Most values listed per group or conflict (the best supported; `valueCount` has them all). */
export const MAX_VALUES = 4;
/** Most pages and sites listed per value (`pages` and `siteCount` count them all). */
export const MAX_PAGES = 3;
/** Most distinct quotes, and quotes beside their pages (`evidence`), listed per value (`quoteCount` counts them all). */
export const MAX_QUOTES = 2;

export type BoundedValue<V extends GroupValue> = V & { siteCount: number; quoteCount: number };
export type Bounded<G extends { values: GroupValue[]; consensus: GroupValue | null }> = Omit<G, 'values' | 'consensus'> & {
    values: BoundedValue<G['values'][number]>[];
    consensus: BoundedValue<G['values'][number]> | null;
    valueCount: number;
};

function boundValue<V extends GroupValue>(value: V): BoundedValue<V> {
    return {
        ...value,
        sites: value.sites.slice(0, MAX_PAGES),
        urls: value.urls.slice(0, MAX_PAGES),
        quotes: value.quotes.slice(0, MAX_QUOTES),
        siteCount: value.sites.length,
        quoteCount: value.quotes.length,
    };
}

/** The group with its values and their lists capped; the consensus is always kept, even past the cap. */
export function boundGroup<G extends { values: GroupValue[]; consensus: GroupValue | null }>(group: G): Bounded<G> {
    const kept = group.values.slice(0, MAX_VALUES);
    if (group.consensus !== null && !kept.includes(group.consensus)) kept.push(group.consensus);
    const values = kept.map(boundValue);
    const consensus = group.consensus === null ? null : values[kept.indexOf(group.consensus)]!;
    return { ...group, values, consensus, valueCount: group.values.length };
}
