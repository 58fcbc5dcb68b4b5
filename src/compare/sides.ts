/** When two stated values agree, and how a group's values fall into sides of agreeing values. */

/**
 * Relative difference within which two values agree: |a − b| ≤ tolerance × max(|a|, |b|), for both ends of a
 * range. 0.005 is the scorer's rounding allowance (docs/claims.md § Scoring), so `157.5` and `157` agree while `100`
 * and `97` do not.
 */
export const DEFAULT_TOLERANCE = 0.005;

/** What agreement looks at: the compared value, and the yearly figure when the page printed one. */
export interface Comparable {
    value: number;
    valueMax: number | null;
    /** The value as printed per year, when every page printing it gave a yearly figure. */
    yearly: { value: number; valueMax: number | null } | null;
}

function close(a: number, b: number, tolerance: number): boolean {
    return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

function sameRange(a: Omit<Comparable, 'yearly'>, b: Omit<Comparable, 'yearly'>, tolerance: number): boolean {
    if ((a.valueMax === null) !== (b.valueMax === null)) return false;
    return close(a.value, b.value, tolerance) && (a.valueMax === null || close(a.valueMax, b.valueMax!, tolerance));
}

/** Values agree as stated: yearly against yearly where both pages printed a yearly figure, else per month. */
export function valuesAgree(a: Comparable, b: Comparable, tolerance: number): boolean {
    if (a.yearly && b.yearly) return sameRange(a.yearly, b.yearly, tolerance);
    return sameRange(a, b, tolerance);
}

/** Groups values into sides of mutually agreeing values (single linkage, in value order). */
export function sidesOf<V extends Comparable>(values: readonly V[], tolerance: number): V[][] {
    const ordered = [...values].sort((a, b) => a.value - b.value || (a.valueMax ?? -Infinity) - (b.valueMax ?? -Infinity));
    const sides: V[][] = [];
    for (const value of ordered) {
        const side = sides.find((s) => s.some((member) => valuesAgree(member, value, tolerance)));
        if (side) side.push(value);
        else sides.push([value]);
    }
    return sides;
}
