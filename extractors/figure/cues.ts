/** Small text tests over the vocabularies: which cue words a stretch of text holds, and where. */
import { CLAUSE_SEPARATOR, POPULATION_CUES } from './vocab.js';
import type { Population } from '../../src/claims/schema.js';

/** True when `text` contains any of `words`. */
export function hasAny(text: string, words: readonly string[]): boolean {
    return words.some((w) => text.includes(w));
}

/** The part of `text` after its last clause separator or opening bracket: the clause a following figure sits in. */
export function lastClause(text: string): string {
    let cut = -1;
    for (let i = text.length - 1; i >= 0; i--) {
        const ch = text[i]!;
        if (CLAUSE_SEPARATOR.test(ch) || ch === '(' || ch === '(') {
            cut = i;
            break;
        }
    }
    return text.slice(cut + 1);
}

/** The whole clause around `index` (between separators on both sides). */
export function clauseAround(text: string, index: number): string {
    const before = lastClause(text.slice(0, index));
    const after = text.slice(index).split(CLAUSE_SEPARATOR)[0] ?? '';
    return before + after;
}

const MONTH_CUES = /每个?月|按月|月均|\/月|月返/g;
const YEAR_CUES = /每个?年|按年|一年|全年|年均|\/年|一次性/g;

/** The period the text before an amount sets: the later of the last month cue and the last year cue. */
export function periodBefore(text: string): 'month' | 'year' | null {
    const lastMonth = lastIndexOf(text, MONTH_CUES);
    const lastYear = lastIndexOf(text, YEAR_CUES);
    if (lastMonth < 0 && lastYear < 0) return null;
    return lastMonth > lastYear ? 'month' : 'year';
}

const QUARTER_CUES = /每个?季度?|按季度?|季度/g;

/**
 * True when the last period cue before an amount is a quarter (`每季度划入285元`): the schema has no quarterly
 * period, so such an amount is read as per quarter with its monthly equivalent.
 */
export function quarterlyBefore(text: string): boolean {
    const lastQuarter = lastIndexOf(text, QUARTER_CUES);
    return lastQuarter >= 0 && lastQuarter > lastIndexOf(text, MONTH_CUES) && lastQuarter > lastIndexOf(text, YEAR_CUES);
}

function lastIndexOf(text: string, re: RegExp): number {
    let last = -1;
    for (const m of text.matchAll(re)) last = m.index;
    return last;
}

/** The population whose cue comes last in `text` (nearest before a figure), or null when none is named. */
export function nearestPopulation(text: string): Population | null {
    let best: { population: Population; at: number } | null = null;
    for (const { population, words } of POPULATION_CUES) {
        for (const w of words) {
            const at = text.lastIndexOf(w);
            if (at >= 0 && (!best || at > best.at)) best = { population, at };
        }
    }
    return best?.population ?? null;
}
