/**
 * What the evidence shows about why two sides of a comparison group disagree: the codes of explanations.ts,
 * each read from what the pages themselves print (their quotes, stated years, dates, bases and copy clusters).
 */
import type { ComparisonGroup, GroupValue } from './compare-claims.js';
import type { ExplanationCode } from './explanations.js';

/** A deduction a page states beside an amount (`已扣除3元…`, `含3元大额医疗…`, `扣3元后`). */
const DEDUCTION = /(?:扣除|扣减|扣掉|扣|减去|减除|含|包含|包括)\s*(\d+(?:\.\d+)?)\s*(?:元|块)/g;
/** An age bracket in a quote (`70岁以下`, `75周岁及以上`). */
const AGE_WORDS = /\d+\s*周?岁/;

/** The largest gap between the two sides' best-supported values, over both ends of a range. */
function gap(a: GroupValue, b: GroupValue): number {
    const low = Math.abs(a.value - b.value);
    const high = a.valueMax !== null && b.valueMax !== null ? Math.abs(a.valueMax - b.valueMax) : 0;
    return Math.max(low, high);
}

function deductions(side: readonly GroupValue[]): number[] {
    return side.flatMap((v) => v.quotes.flatMap((q) => [...q.matchAll(DEDUCTION)].map((m) => Number(m[1]))));
}

function netVsGross(group: ComparisonGroup, a: readonly GroupValue[], b: readonly GroupValue[]): boolean {
    if (group.unit !== 'CNY') return false;
    const difference = gap(a[0]!, b[0]!);
    return [...deductions(a), ...deductions(b)].some((d) => d > 0 && Math.abs(d - difference) <= Math.max(0.01, difference * 0.005));
}

/** Every value of both sides is stated for a year, and no year is stated by both sides. */
function statedForOtherYears(a: readonly GroupValue[], b: readonly GroupValue[]): boolean {
    const years = (side: readonly GroupValue[]) => side.flatMap((v) => v.statedYears);
    const everyYearStated = [...a, ...b].every((v) => v.statedYears.length > 0);
    return everyYearStated && !years(a).some((y) => years(b).includes(y));
}

/** Separate years stated for every value of both sides, or publication periods that do not overlap. */
function changedOverTime(a: readonly GroupValue[], b: readonly GroupValue[]): boolean {
    if (statedForOtherYears(a, b)) return true;
    const period = (side: readonly GroupValue[]) => {
        const first = side.map((v) => v.firstPublished).filter((d): d is string => d !== null).sort()[0];
        const last = side.map((v) => v.lastPublished).filter((d): d is string => d !== null).sort().at(-1);
        return first && last ? { first, last } : null;
    };
    const pa = period(a);
    const pb = period(b);
    return pa !== null && pb !== null && (pa.last < pb.first || pb.last < pa.first);
}

function differentBrackets(group: ComparisonGroup, a: readonly GroupValue[], b: readonly GroupValue[]): boolean {
    const bases = (side: readonly GroupValue[]) => new Set(side.flatMap((v) => v.bases));
    const ba = bases(a);
    const bb = bases(b);
    if (ba.size > 0 && bb.size > 0 && ![...ba].some((x) => bb.has(x))) return true;
    // a figure read for all ages from a sentence that splits by age is one bracket's figure
    if (group.ageMin !== null || group.ageMax !== null) return false;
    const splitsByAge = (side: readonly GroupValue[]) => side.every((v) => v.quotes.every((q) => AGE_WORDS.test(q)));
    return splitsByAge(a) !== splitsByAge(b);
}

/**
 * One side exists only as a monthly figure worked out from a yearly one, and the other side is within a yuan of
 * it: the gap is the rounding of that conversion (`1890元/年 ≈ 157.5元/月` against a printed `158元/月`).
 */
function derivedValue(a: readonly GroupValue[], b: readonly GroupValue[]): boolean {
    const derived = (side: readonly GroupValue[]) => side.every((v) => v.derived);
    return derived(a) !== derived(b) && gap(a[0]!, b[0]!) < 1;
}

/** `copy` is one copy cluster on several pages whose origin was printed after everything `other` printed first. */
function copiedLater(copy: readonly GroupValue[], other: readonly GroupValue[]): boolean {
    if (copy.reduce((n, v) => n + v.sources, 0) !== 1 || copy[0]!.pages < 2) return false;
    const published = copy[0]!.origin.published;
    const otherFirst = other.map((v) => v.origin.published).filter((d): d is string => d !== null).sort()[0];
    return published !== null && otherFirst !== undefined && published > otherFirst;
}

/** The explanations of side `b`'s disagreement with the reference side `a`, in the order of EXPLANATION_CODES. */
export function explainSides(group: ComparisonGroup, a: readonly GroupValue[], b: readonly GroupValue[]): ExplanationCode[] {
    const codes: ExplanationCode[] = [];
    if (netVsGross(group, a, b)) codes.push('net_vs_gross');
    if (changedOverTime(a, b)) codes.push('changed_over_time');
    if (differentBrackets(group, a, b)) codes.push('different_brackets');
    if (derivedValue(a, b)) codes.push('derived_value');
    // a copy that states another year than the other side passes on a change, not a misprint
    if (!statedForOtherYears(a, b) && (copiedLater(b, a) || copiedLater(a, b))) codes.push('copied_misprint');
    return codes;
}
