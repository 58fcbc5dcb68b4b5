/** Small text tests over the vocabularies: which cue words a stretch of text holds, and where. */
import { lastMatch } from '../regex-matches.js';
import { CLAUSE_SEPARATOR, POPULATION_CUES } from './vocab.js';
import type { Population } from '../../src/claims/schema.js';

/** True when `text` contains any of `words`. */
export function hasAny(text: string, words: readonly string[]): boolean {
    let matcher = MATCHERS.get(words);
    if (!matcher) {
        matcher = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
        MATCHERS.set(words, matcher);
    }
    return words.length > 0 && matcher.test(text);
}

/**
 * One regex per word list (the lists are constants): it looks for all the words in one pass over the text,
 * three to four times faster than a search per word, and this runs several times per figure.
 */
const MATCHERS = new WeakMap<readonly string[], RegExp>();

/** The part of `text` after its last clause separator or opening bracket: the clause a following figure sits in. */
export function lastClause(text: string): string {
    let cut = -1;
    for (let i = text.length - 1; i >= 0; i--) {
        if (CLAUSE_BREAKS[text.charCodeAt(i)] === 1) {
            cut = i;
            break;
        }
    }
    return text.slice(cut + 1);
}

/** 1 for each code unit `lastClause` cuts at: a clause separator or an opening bracket (a table, not a regex per character). */
const CLAUSE_BREAKS = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    if (CLAUSE_SEPARATOR.test(ch) || ch === '(') CLAUSE_BREAKS[code] = 1;
}

/** The whole clause around `index` (between separators on both sides). */
export function clauseAround(text: string, index: number): string {
    const before = lastClause(text.slice(0, index));
    const after = text.slice(index).split(CLAUSE_SEPARATOR)[0] ?? '';
    return before + after;
}

/** `一月` right before the amount is spoken `一个月` (`一月102元`); before anything else it may be January. */
const MONTH_CUES = /每个?月|一个?月(?=\d|$)|一个月|按月|月均|\/月|月返/g;
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
    return lastMatch(text, re)?.index ?? -1;
}

/**
 * The population whose cue comes last in `text` (nearest before a figure), or null when none is named. Scans
 * back from the end, so it stops at the nearest cue; of cues starting at one position, the first listed wins. The
 * head noun decides (`灵活就业退休人员` are retirees), but `职工` names workers of every kind, so a cue right before it
 * says which (`退休职工个人账户`: the retired among workers).
 */
export function nearestPopulation(text: string): Population | null {
    for (let i = text.length - 1; i >= 0; i--) {
        const cues = POPULATION_CUES_BY_FIRST.get(text.charCodeAt(i));
        if (!cues) continue;
        for (const { population, word } of cues) {
            if (!text.startsWith(word, i) || DISREGARDED_BEFORE.test(text.slice(Math.max(0, i - 2), i))) continue;
            return (word.startsWith(WORKERS) ? qualifierEndingAt(text, i) : null) ?? population;
        }
    }
    return null;
}

/** The word for workers of every kind, employed or retired. */
const WORKERS = '职工';

/** The population of a cue ending right at `end` (`退休` before `职工个人`), if any. */
function qualifierEndingAt(text: string, end: number): Population | null {
    for (const { population, words } of POPULATION_CUES) {
        if (words.some((word) => end >= word.length && text.startsWith(word, end - word.length))) return population;
    }
    return null;
}

/** A cue said not to matter (`不看工资`, `不论工资高低`): it names nobody the figure is for. */
const DISREGARDED_BEFORE = /(?:不看|不论|不管|无论|不按|不问)$/;

/** Population cue words by their first code unit, each list in the order of `POPULATION_CUES`. */
const POPULATION_CUES_BY_FIRST = new Map<number, { population: Population; word: string }[]>();
for (const { population, words } of POPULATION_CUES) {
    for (const word of words) {
        const code = word.charCodeAt(0);
        const cues = POPULATION_CUES_BY_FIRST.get(code) ?? [];
        cues.push({ population, word });
        POPULATION_CUES_BY_FIRST.set(code, cues);
    }
}
