import { z } from 'zod';
import type { ComparisonGroup, GroupValue } from './compare-claims.js';
import { explainSides } from './explain-conflict.js';
import { EXPLANATION_CODES, type ExplanationCode } from './explanations.js';
import { DEFAULT_TOLERANCE, sidesOf } from './sides.js';

const conflictOptionsSchema = z.strictObject({
    /** Relative difference within which two values agree (see sides.ts). @default 0.005 */
    tolerance: z.number().min(0).max(1).default(DEFAULT_TOLERANCE),
});
export type ConflictOptions = z.input<typeof conflictOptionsSchema>;

/** A value of a conflict, with what explains its disagreement with the consensus side (empty: nothing does). */
export type ConflictValue = GroupValue & { explanations: ExplanationCode[] };

/**
 * A comparison group whose values disagree. The JSON of `claimscope conflicts --json` is an array of these: keep
 * the field names.
 */
export interface Conflict extends Omit<ComparisonGroup, 'values' | 'consensus'> {
    values: ConflictValue[];
    consensus: ConflictValue | null;
    /** (largest − smallest) ÷ largest over every stated end, as a fraction (0.03 = 3%). */
    spread: number;
    /** Independent sources of the second-best-supported side: how well-supported the disagreement is. */
    contested: number;
    /** Every code that explains a value's disagreement with the consensus side, in the order of EXPLANATION_CODES. */
    explanations: ExplanationCode[];
    /** True when some value's disagreement has no explanation. */
    unexplained: boolean;
}

function spreadOf(values: readonly GroupValue[]): number {
    const ends = values.flatMap((v) => (v.valueMax === null ? [v.value] : [v.value, v.valueMax]));
    const largest = Math.max(...ends.map(Math.abs));
    return largest === 0 ? 0 : (Math.max(...ends) - Math.min(...ends)) / largest;
}

const sourcesOf = (side: readonly GroupValue[]) => side.reduce((n, v) => n + v.sources, 0);

/**
 * The groups whose values disagree beyond `tolerance`, each value explained against the consensus side (the
 * best-supported side when there is no consensus). Conflicts nothing explains come first; then named places
 * before placeless figures, then by the independent sources of the second-best-supported side (a lone outlier
 * copied onto ten pages still counts once), then by spread.
 */
export function findConflicts(groups: readonly ComparisonGroup[], options: ConflictOptions = {}): Conflict[] {
    const { tolerance } = conflictOptionsSchema.parse(options);
    const conflicts: Conflict[] = [];
    for (const group of groups) {
        const sides = sidesOf(group.values, tolerance);
        if (sides.length < 2) continue;
        const anchor = group.consensus ?? group.values[0]!;
        const reference = sides.find((side) => side.includes(anchor))!;
        const codesOf = new Map<GroupValue, ExplanationCode[]>();
        for (const side of sides) {
            const codes = side === reference ? [] : explainSides(group, reference, side);
            for (const value of side) codesOf.set(value, codes);
        }
        const values = group.values.map((v) => ({ ...v, explanations: codesOf.get(v)! }));
        const others = sides.filter((side) => side !== reference);
        const explanations = [...new Set(others.flatMap((side) => codesOf.get(side[0]!)!))];
        const bySources = [...sides].sort((a, b) => sourcesOf(b) - sourcesOf(a));
        conflicts.push({
            ...group,
            values,
            consensus: group.consensus === null ? null : values[group.values.indexOf(group.consensus)]!,
            spread: spreadOf(group.values),
            contested: sourcesOf(bySources[1]!),
            explanations: explanations.sort(byCodeOrder),
            unexplained: others.some((side) => codesOf.get(side[0]!)!.length === 0),
        });
    }
    // A figure with no place ("一般在15个工作日内") depends on context the page may not state, so disagreements
    // about named places come first.
    const placeless = (c: Conflict) => (c.region === null ? 1 : 0);
    return conflicts.sort(
        (a, b) =>
            Number(b.unexplained) - Number(a.unexplained) ||
            placeless(a) - placeless(b) ||
            b.contested - a.contested ||
            b.spread - a.spread,
    );
}

function byCodeOrder(a: ExplanationCode, b: ExplanationCode): number {
    return EXPLANATION_CODES.indexOf(a) - EXPLANATION_CODES.indexOf(b);
}

/** What a reader can narrow a conflict list by; `explanation: 'none'` keeps conflicts nothing explains. */
export interface ConflictFilter {
    region?: string;
    metric?: string;
    population?: string;
    explanation?: ExplanationCode | 'none';
}

export function filterConflicts(conflicts: readonly Conflict[], filter: ConflictFilter): Conflict[] {
    return conflicts.filter(
        (c) =>
            (filter.region === undefined || c.region === filter.region) &&
            (filter.metric === undefined || c.metric === filter.metric) &&
            (filter.population === undefined || c.population === filter.population) &&
            (filter.explanation === undefined ||
                (filter.explanation === 'none' ? c.explanations.length === 0 : c.explanations.includes(filter.explanation))),
    );
}
