import { z } from 'zod';
import type { ComparisonGroup, GroupValue } from './compare-claims.js';

const conflictOptionsSchema = z.strictObject({
    /**
     * Relative difference within which two values agree: |a − b| ≤ tolerance × max(|a|, |b|), for both ends of a
     * range. 0.005 is the scorer's rounding allowance (docs/claims.md § Scoring), so `157.5` and `157` agree while
     * `100` and `97` do not. @default 0.005
     */
    tolerance: z.number().min(0).max(1).default(0.005),
});
export type ConflictOptions = z.input<typeof conflictOptionsSchema>;

/** Values that agree within tolerance: one position in a disagreement. */
interface ConflictSide {
    values: GroupValue[];
    /** Independent sources of the side (the sum over its values; values of one side rarely share a source). */
    sources: number;
}

/**
 * A comparison group whose values disagree. The JSON of `claimscope conflicts --json` is an array of these: keep
 * the field names.
 */
export interface Conflict extends ComparisonGroup {
    /** (largest − smallest) ÷ largest over every stated end, as a fraction (0.03 = 3%). */
    spread: number;
    /** Independent sources of the second-best-supported side: how well-supported the disagreement is. */
    contested: number;
}

function agree(a: number, b: number, tolerance: number): boolean {
    return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

function sameStatement(a: GroupValue, b: GroupValue, tolerance: number): boolean {
    if ((a.valueMax === null) !== (b.valueMax === null)) return false;
    return agree(a.value, b.value, tolerance) && (a.valueMax === null || agree(a.valueMax, b.valueMax!, tolerance));
}

/** Groups a group's values into sides of mutually agreeing values (single linkage, in value order). */
function sidesOf(values: readonly GroupValue[], tolerance: number): ConflictSide[] {
    const ordered = [...values].sort(
        (a, b) => a.value - b.value || (a.valueMax ?? -Infinity) - (b.valueMax ?? -Infinity),
    );
    const sides: GroupValue[][] = [];
    for (const value of ordered) {
        const side = sides.find((s) => s.some((member) => sameStatement(member, value, tolerance)));
        if (side) side.push(value);
        else sides.push([value]);
    }
    return sides
        .map((side) => ({ values: side, sources: side.reduce((n, v) => n + v.sources, 0) }))
        .sort((a, b) => b.sources - a.sources);
}

function spreadOf(values: readonly GroupValue[]): number {
    const ends = values.flatMap((v) => (v.valueMax === null ? [v.value] : [v.value, v.valueMax]));
    const largest = Math.max(...ends.map(Math.abs));
    return largest === 0 ? 0 : (Math.max(...ends) - Math.min(...ends)) / largest;
}

/**
 * The groups whose values disagree beyond `tolerance`, most contested first: named places before placeless
 * figures, then by the independent sources of the second-best-supported side (a lone outlier copied onto ten
 * pages still counts once), then by spread.
 * Each conflict keeps the group's fields, its copy-aware `consensus` and its `values` (most sources first).
 */
export function findConflicts(groups: readonly ComparisonGroup[], options: ConflictOptions = {}): Conflict[] {
    const { tolerance } = conflictOptionsSchema.parse(options);
    const conflicts: Conflict[] = [];
    for (const group of groups) {
        const sides = sidesOf(group.values, tolerance);
        if (sides.length < 2) continue;
        conflicts.push({ ...group, spread: spreadOf(group.values), contested: sides[1]!.sources });
    }
    // A figure with no place ("一般在15个工作日内") depends on context the page may not state, so disagreements
    // about named places come first.
    const placeless = (c: Conflict) => (c.region === null ? 1 : 0);
    return conflicts.sort((a, b) => placeless(a) - placeless(b) || b.contested - a.contested || b.spread - a.spread);
}
