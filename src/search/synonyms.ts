/**
 * Words a searcher uses interchangeably. Both backends read this one table: Meilisearch as index
 * synonyms, the embedded index by folding each group onto its first word when it tokenizes.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
    /** Money credited into a medical-insurance personal account (docs/claims.md § Metrics). */
    ['返款', '划入', '打入', '返还', '到账'],
];

/** Every synonym word → the first word of its group. */
export const CANONICAL_SYNONYM: ReadonlyMap<string, string> = new Map(
    SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group[0]!] as const)),
);
