/**
 * Meilisearch index settings as code, applied (idempotently) every time the adapter opens an index.
 * Each choice mirrors what the embedded index does, so both backends answer alike.
 */
import type { Settings } from 'meilisearch';
import { DOMAIN_WORDS } from './dictionary.js';
import { EXACT_FILTER_FIELDS, FACET_FIELDS } from './query.js';
import { SYNONYM_GROUPS } from './synonyms.js';

/** Every word of a group maps to the others: Meilisearch synonyms are one-way per key. */
function synonymsOf(groups: readonly (readonly string[])[]): Record<string, string[]> {
    const synonyms: Record<string, string[]> = {};
    for (const group of groups) for (const word of group) synonyms[word] = group.filter((other) => other !== word);
    return synonyms;
}

/** Settings of the claims index. */
export const CLAIM_INDEX_SETTINGS = {
    // The fields the embedded index searches, most telling first (attribute ranking rule).
    searchableAttributes: ['quote', 'title', 'section', 'region'],
    filterableAttributes: [...EXACT_FILTER_FIELDS, 'ageMin', 'ageMax', 'confidence'],
    sortableAttributes: ['url', 'id'],
    // `sort` last: with a query, relevance decides and url/id only breaks ties; without one, every
    // relevance rule ties and the order is url, then id, as the embedded index gives it.
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort'],
    synonyms: synonymsOf(SYNONYM_GROUPS),
    // Segment domain words whole, as the embedded index's jieba dictionary does.
    dictionary: [...DOMAIN_WORDS],
    typoTolerance: {
        // Figures are the point of a claim: 100元 must not find 101元, nor a URL a near-miss URL.
        disableOnNumbers: true,
        disableOnAttributes: ['region'],
    },
    faceting: {
        // Facet counts are over all hits, every value (Meilisearch keeps 100 by default).
        maxValuesPerFacet: 10_000,
        sortFacetValuesBy: Object.fromEntries(FACET_FIELDS.map((field) => [field, 'alpha'])),
    },
    // Exhaustive totals: Meilisearch stops counting at 1000 hits by default.
    pagination: { maxTotalHits: 1_000_000 },
} satisfies Settings;

