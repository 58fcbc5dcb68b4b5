/**
 * What a chart needs that an API answer leaves out: every page behind each value (answers cap their evidence),
 * with its passage cluster and date, so that copies can be drawn as one mark per independent source.
 */
import type { ComparisonGroup, GroupValue } from '../compare/index.js';
import type { Evidence } from './evidence.js';

export type ChartValue = GroupValue & { evidence: Evidence[] };

/** `members`: the compared claims of the group's region, metric, population, ages and unit, as evidence. */
export function chartValues(group: ComparisonGroup, members: readonly Evidence[]): ChartValue[] {
    return group.values.map((value) => {
        const urls = new Set(value.urls);
        const quotes = new Set(value.quotes);
        const evidence = members
            .filter((c) => urls.has(c.url) && quotes.has(c.quote))
            .map((c) => ({ url: c.url, site: c.site, title: c.title, published: c.published, quote: c.quote, cluster: c.cluster }));
        return { ...value, evidence };
    });
}
