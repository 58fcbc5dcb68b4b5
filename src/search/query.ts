/**
 * What both backends agree on before they translate a query: which filters are set, the paging, and
 * the facet names. Keeping it here is what lets the contract suite expect identical answers.
 */
import { InvalidSearchQueryError } from './errors.js';
import type { ClaimFilters, ClaimQuery, FacetCounts } from './types.js';

/** Filters that match one stored string exactly; `age` is a range test and handled apart. */
export const EXACT_FILTER_FIELDS = ['region', 'metric', 'population', 'site', 'kind', 'url'] as const;
export type ExactFilterField = (typeof EXACT_FILTER_FIELDS)[number];

/** Facets counted over all hits of a query. */
export const FACET_FIELDS = ['region', 'metric', 'population', 'site'] as const satisfies (keyof FacetCounts)[];

export const DEFAULT_HITS_PER_PAGE = 20;
/** Larger pages are refused: a caller wanting everything uses `all()`. */
export const MAX_HITS_PER_PAGE = 1000;

export interface NormalizedQuery {
    /** Trimmed text; '' = no text query. */
    q: string;
    /** Set exact filters only (undefined and '' mean "any"; null means "has no value"). */
    exact: [ExactFilterField, string | null][];
    age: number | undefined;
    minConfidence: number | undefined;
    page: number;
    hitsPerPage: number;
}

/**
 * Validates and normalizes an untrusted query once, so each backend only translates it.
 *
 * @throws InvalidSearchQueryError when age is not a finite number, minConfidence is not in [0, 1], or the paging
 * is out of range.
 */
export function normalizeQuery(query: ClaimQuery): NormalizedQuery {
    const page = query.page ?? 1;
    const hitsPerPage = query.hitsPerPage ?? DEFAULT_HITS_PER_PAGE;
    if (!Number.isInteger(page) || page < 1) {
        throw new InvalidSearchQueryError(`search query: page must be an integer ≥ 1, got ${String(page)}`);
    }
    if (!Number.isInteger(hitsPerPage) || hitsPerPage < 0 || hitsPerPage > MAX_HITS_PER_PAGE) {
        throw new InvalidSearchQueryError(
            `search query: hitsPerPage must be an integer in [0, ${MAX_HITS_PER_PAGE}], got ${String(hitsPerPage)}`,
        );
    }
    if (query.age !== undefined && (typeof query.age !== 'number' || !Number.isFinite(query.age))) {
        throw new InvalidSearchQueryError(`search query: age must be a finite number, got ${String(query.age)}`);
    }
    const { minConfidence } = query;
    if (minConfidence !== undefined && (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1))) {
        throw new InvalidSearchQueryError(`search query: minConfidence must be a number from 0 to 1, got ${String(minConfidence)}`);
    }
    return { q: (query.q ?? '').trim(), exact: setExactFilters(query), age: query.age, minConfidence, page, hitsPerPage };
}

function setExactFilters(filters: ClaimFilters): [ExactFilterField, string | null][] {
    const set: [ExactFilterField, string | null][] = [];
    for (const field of EXACT_FILTER_FIELDS) {
        const value = filters[field];
        if (value === undefined || value === '') continue;
        if (value === null && field === 'region') {
            set.push([field, null]);
            continue;
        }
        if (typeof value !== 'string') {
            throw new InvalidSearchQueryError(`search query: ${field} must be a string, got ${typeof value}`);
        }
        set.push([field, value]);
    }
    return set;
}

/** Facet counts with every facet present, empty when nothing matched. */
export function emptyFacets(): FacetCounts {
    return { region: {}, metric: {}, population: {}, site: {} };
}

export { compareCodePoints } from '../code-point-order.js';
