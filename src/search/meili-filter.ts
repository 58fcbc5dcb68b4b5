/**
 * Meilisearch filter expressions from untrusted ClaimFilters.
 *
 * The filter syntax (https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference)
 * takes a string value in double quotes, inside which `\` escapes the next character; reserved words
 * (AND, OR, NOT, TO, EXISTS, IN, IS NULL, IS EMPTY) have no meaning there. So a value is always
 * emitted quoted with `\` and `"` escaped, and cannot end its quotes early. Numbers are written only
 * after checking they are finite numbers, never taken from a string.
 */
import { InvalidSearchQueryError } from './errors.js';
import { normalizeQuery } from './query.js';
import type { ClaimFilters } from './types.js';

/** A string value as one double-quoted filter literal. */
export function quoteFilterValue(value: string): string {
    return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/** A number as a filter literal. @throws InvalidSearchQueryError unless it is a finite number. */
export function numberFilterValue(value: number): string {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new InvalidSearchQueryError(`filter: expected a finite number, got ${String(value)}`);
    }
    return String(value);
}

/**
 * The age test with open bounds: a claim with no `ageMin` (null, or absent as on procedures) has no
 * lower bound. `IS NULL` needs Meilisearch ≥ 1.2; `NOT EXISTS` covers documents without the field.
 */
function ageFilter(age: number): string[] {
    const n = numberFilterValue(age);
    return [
        `(ageMin NOT EXISTS OR ageMin IS NULL OR ageMin <= ${n})`,
        `(ageMax NOT EXISTS OR ageMax IS NULL OR ageMax >= ${n})`,
    ];
}

/**
 * The filter for a query's filters, as clauses to AND (Meilisearch takes an array as AND), or
 * undefined when nothing is filtered.
 *
 * @example buildMeiliFilter({ region: '北京', age: 70 })
 * // ['region = "北京"', '(ageMin NOT EXISTS OR ageMin IS NULL OR ageMin <= 70)', '(ageMax NOT EXISTS OR …)']
 * @throws InvalidSearchQueryError when a value has the wrong type, age is not finite or minConfidence not in [0, 1].
 */
export function buildMeiliFilter(filters: ClaimFilters): string[] | undefined {
    const { exact, age, minConfidence } = normalizeQuery(filters);
    const clauses = exact.map(([field, value]) =>
        value === null ? `(${field} NOT EXISTS OR ${field} IS NULL)` : `${field} = ${quoteFilterValue(value)}`,
    );
    if (age !== undefined) clauses.push(...ageFilter(age));
    // A document without the field does not pass a comparison, as the embedded index has it.
    if (minConfidence !== undefined) clauses.push(`confidence >= ${numberFilterValue(minConfidence)}`);
    return clauses.length > 0 ? clauses : undefined;
}

/** `url IN ["…", "…"]` for deleting a set of pages' claims. */
export function urlInFilter(urls: readonly string[]): string {
    return `url IN [${urls.map(quoteFilterValue).join(', ')}]`;
}
