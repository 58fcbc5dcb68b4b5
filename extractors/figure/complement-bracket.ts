/**
 * "The rest" (CLAIMS.md § Ages): an amount said of the people left over (`其余人员每月X元`, `其他退休人员…`,
 * `除此之外的…`, `除年满80周岁以外的…`) is in the ages the sentence's stated brackets leave uncovered — the
 * complement, in whichever order the brackets and the rest are said.
 */
import type { AgeMention } from './parse-age.js';

/**
 * Words naming the people left over; `另外`, `此外` alone add a statement and name no one, and the rest of the places
 * or cases (`其他地区`, `其余情况`) are no age bracket.
 */
const REST_WORD = /(?:其余|其他|其它|剩下|剩余|余下|除此之外的|除此以外的|另外的|别的)(?!的?(?:地区|城市|地方|省|市|县|区|险种|情况|人群))/g;
const REST_CHARS = /[其剩余除另别]/;
/** `除…以外的`, `除…之外`, `除…外`: the people outside what it encloses. */
const EXCEPT = /除([^,;。除]{1,24}?)(?:以外|之外|外)/g;
/** The span between the rest and its amount stays within one clause and holds no other figure. */
const REST_TO_AMOUNT = /^[^,;。\d]{0,16}(?:,[^,;。\d]{0,12})?$/;

type Bracket = { ageMin: number | null; ageMax: number | null };

/** The oldest age any bracket reaches. */
const TOP = 200;

/**
 * The bracket of an amount at `amountStart` said of the rest, from the resolved brackets of the sentence — or, when
 * the sentence states none, of the lines just before it (`年满X周岁的:…` over `其他退休人员:…`); null when the amount
 * is not said of the rest, or the brackets leave no single range uncovered.
 */
export function restBracket(
    sentence: string,
    ages: readonly AgeMention[],
    amountStart: number,
    resolve: (age: AgeMention) => Bracket,
    earlier: () => readonly AgeMention[] = () => [],
): Bracket | null {
    // every word for the rest has one of these characters: most amounts are said of no rest and skip the scans
    if (!REST_CHARS.test(sentence.slice(0, amountStart))) return null;
    if (ages.length === 0) {
        const rest = lastMatch(REST_WORD, sentence.slice(0, amountStart));
        if (!rest || !REST_TO_AMOUNT.test(sentence.slice(rest.end, amountStart))) return null;
        return complementOf(earlier().map(resolve));
    }
    const before = sentence.slice(0, amountStart);
    const except = lastMatch(EXCEPT, before);
    if (except && REST_TO_AMOUNT.test(before.slice(except.end))) {
        const enclosed = ages.filter((a) => a.start >= except.start && a.end <= except.end);
        if (enclosed.length > 0) return complementOf(enclosed.map(resolve));
        return complementOf(ages.filter((a) => a.end <= except.start || a.start >= amountStart).map(resolve));
    }
    const rest = lastMatch(REST_WORD, before);
    if (!rest || !REST_TO_AMOUNT.test(before.slice(rest.end))) return null;
    if (ages.some((a) => a.start >= rest.start && a.start < amountStart)) return null;
    return complementOf(ages.map(resolve));
}

function lastMatch(re: RegExp, text: string): { start: number; end: number } | null {
    let last: { start: number; end: number } | null = null;
    for (const m of text.matchAll(re)) last = { start: m.index, end: m.index + m[0].length };
    return last;
}

/** The one range of ages the brackets leave uncovered, or null when they leave none or several. */
function complementOf(brackets: readonly Bracket[]): Bracket | null {
    if (brackets.length === 0) return null;
    const covered = brackets
        .map((b) => [b.ageMin ?? 0, b.ageMax ?? TOP] as const)
        .sort((a, b) => a[0] - b[0]);
    const gaps: [number, number][] = [];
    let next = 0;
    for (const [from, to] of covered) {
        if (from > next) gaps.push([next, from - 1]);
        next = Math.max(next, to + 1);
    }
    if (next <= TOP) gaps.push([next, TOP]);
    if (gaps.length !== 1) return null;
    const [from, to] = gaps[0]!;
    return { ageMin: from === 0 ? null : from, ageMax: to === TOP ? null : to };
}
