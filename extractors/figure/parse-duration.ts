import { NUMBER, type NumberMention } from './parse-number.js';

/** A time limit: working days or calendar days. */
export interface DurationMention extends NumberMention {
    unit: 'workday' | 'day';
}

/**
 * `N个工作日`, `N天`, and a bare `N日` only as a time limit (`30日内`, `30日(自然日)`): after a month (`7月1日内`) or
 * without `内` it is a date.
 */
const DURATION = new RegExp(
    String.raw`(?<![\d.])(${NUMBER})\s*个?(工作日|自然日|天|(?<![月号]\s*\d+\s*)日(?=\s*(?:以内|之内|内|[(（]\s*自然日)))`,
    'g',
);
const YEARS_OF_CONTRIBUTION = new RegExp(String.raw`满\s*(${NUMBER})\s*(?:周)?年`, 'g');

/** Every `N个工作日` / `N天` / `N日内` in `text`. */
export function findDurations(text: string): DurationMention[] {
    return [...text.matchAll(DURATION)].map((m) => ({
        value: Number(m[1]),
        valueMax: null,
        start: m.index,
        end: m.index + m[0].length,
        unit: m[2] === '工作日' ? 'workday' : 'day',
    }));
}

/** Every `满N年` in `text` (`男满25年、女满20年` gives two). */
export function findYearCounts(text: string): NumberMention[] {
    return [...text.matchAll(YEARS_OF_CONTRIBUTION)].map((m) => ({
        value: Number(m[1]),
        valueMax: null,
        start: m.index,
        end: m.index + m[0].length,
    }));
}
