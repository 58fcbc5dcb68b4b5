import { matchesOf } from '../regex-matches.js';
import { NUMBER, RANGE_JOIN, type NumberMention } from './parse-number.js';

/** A time limit: working days or calendar days. */
export interface DurationMention extends NumberMention {
    unit: 'workday' | 'day';
}

/**
 * `N个工作日`, `N天`, and a bare `N日` only as a time limit (`30日内`, `30日(自然日)`): after a month (`7月1日内`) or
 * without `内` it is a date.
 */
const DURATION = new RegExp(
    String.raw`(?<![\d.])(${NUMBER})(?:${RANGE_JOIN}(${NUMBER}))?\s*个?(工作日|自然日|天|(?<![月号]\s*\d+\s*)日(?=\s*(?:以内|之内|内|[(（]\s*自然日)))`,
    'g',
);
const YEARS_OF_CONTRIBUTION = new RegExp(String.raw`满\s*(${NUMBER})\s*(?:周)?年`, 'g');

/**
 * A limit in weeks or months, in calendar days: `2周`, `2个星期`, `2个礼拜`, and months only as a limit (`半个月内`, `半月内`,
 * `1个月以内`; `满6个月`, `3个月以上` are waiting periods, `7月内` a calendar month). A week is 7 days, a month 30
 * (so `半个月` is 15). A `一` in a word (`统一`, `同一`) counts nothing.
 */
const WEEKS_OR_MONTHS = new RegExp(
    String.raw`(?<![\d.第每统同唯逐])(?:(${NUMBER}|一)\s*个?\s*(周|星期|礼拜)(?![岁年])|(${NUMBER}|一)\s*个\s*(月)|(半)\s*个?\s*(月))`,
    'g',
);
const MONTH_LIMIT_AFTER = /^\s*(?:以内|之内|内)/;
/** The limits above that are spelled with no digit at all (`半个月`, `一周`, `一个月`). */
export const SPELLED_LIMIT = /半个?月|一个?(?:周|星期|礼拜|月)/;
const DAYS_PER: Readonly<Record<string, number>> = { 周: 7, 星期: 7, 礼拜: 7, 月: 30 };

/** Every `N个工作日` / `N天` / `N日内` (or a range, `3-5个工作日`), and every limit in weeks or months (`2周`, `半个月内`), in `text`. */
export function findDurations(text: string): DurationMention[] {
    const found: DurationMention[] = [];
    if (text.includes('日') || text.includes('天')) {
        for (const m of matchesOf(text, DURATION)) {
            const valueMax = m[2] === undefined ? null : Number(m[2]);
            found.push({ value: Number(m[1]), valueMax, start: m.index, end: m.index + m[0].length, unit: m[3] === '工作日' ? 'workday' : 'day' });
        }
    }
    // `每月` is in most figure sentences: only `个月`/`半月` can start a limit in months
    if (text.includes('周') || text.includes('星期') || text.includes('礼拜') || text.includes('个月') || text.includes('半月')) {
        for (const m of matchesOf(text, WEEKS_OR_MONTHS)) {
            const end = m.index + m[0].length;
            const unit = (m[2] ?? m[4] ?? m[6])!;
            if (unit === '月' && !MONTH_LIMIT_AFTER.test(text.slice(end))) continue;
            const count = m[5] ? 0.5 : Number((m[1] ?? m[3])!.replace('一', '1'));
            found.push({ value: count * DAYS_PER[unit]!, valueMax: null, start: m.index, end, unit: 'day' });
        }
        found.sort((a, b) => a.start - b.start);
    }
    return found;
}

/** Every `满N年` in `text` (`男满25年、女满20年` gives two). */
export function findYearCounts(text: string): NumberMention[] {
    if (!text.includes('满')) return [];
    return matchesOf(text, YEARS_OF_CONTRIBUTION).map((m) => ({
        value: Number(m[1]),
        valueMax: null,
        start: m.index,
        end: m.index + m[0].length,
    }));
}
