/**
 * Printed date forms on Chinese article pages, as data, and the parsing of them into `YYYY-MM-DD`.
 * Every pattern captures year, month, day in that order (named groups); a short year (`25年`) means 20xx.
 */

/** Full dates: `2025-12-09 07:59`, `2025年6月3日`, `2025/05/02`, `2025.7.1`, `25年12月8日`. */
const FULL_DATE_PATTERNS: readonly RegExp[] = [
    /(?<!\d)(?<y>20\d{2})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})(?!\d)/g,
    /(?<![\d.])(?<y>\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})日/g,
];

/** Dates without a year: `(12/08)`, `(05-31)`, `12月8日`; the year comes from elsewhere on the page. */
const SHORT_DATE_PATTERNS: readonly RegExp[] = [
    /[(（](?<m>\d{1,2})[/-](?<d>\d{1,2})[)）]/g,
    /(?<![\d年])(?<m>\d{1,2})月(?<d>\d{1,2})日/g,
];

/** Dates in URL paths: `/2025/0917/`, `/a/20251105/`, `/2025-09-17/`. */
const URL_DATE_PATTERNS: readonly RegExp[] = [
    /\/(?<y>20\d{2})[/-]?(?<m>\d{2})[/-]?(?<d>\d{2})(?=[/_.-])/,
];

/** A year alone in a URL path (`/2025/…`), enough to complete a short date. */
const URL_YEAR = /\/(?<y>20\d{2})(?=[/_-]|\d{4}[/_.-])/;

/** A found date and where it starts in the searched text. */
export interface DateHit {
    date: string;
    at: number;
}

/** `YYYY-MM-DD` when the parts make a real calendar date, else null. */
export function formatDate(year: number, month: number, day: number): string | null {
    const y = year < 100 ? 2000 + year : year;
    const probe = new Date(Date.UTC(y, month - 1, day));
    if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
    return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every full date printed in `text`, in order of appearance. */
export function findFullDates(text: string): DateHit[] {
    const hits: DateHit[] = [];
    for (const pattern of FULL_DATE_PATTERNS) {
        for (const m of text.matchAll(pattern)) {
            const g = m.groups as Record<string, string>;
            const date = formatDate(Number(g.y), Number(g.m), Number(g.d));
            if (date) hits.push({ date, at: m.index });
        }
    }
    return hits.sort((a, b) => a.at - b.at);
}

/** Every year-less date in `text` completed with `year`, in order of appearance. */
export function findShortDates(text: string, year: number): DateHit[] {
    const hits: DateHit[] = [];
    for (const pattern of SHORT_DATE_PATTERNS) {
        for (const m of text.matchAll(pattern)) {
            const g = m.groups as Record<string, string>;
            const date = formatDate(year, Number(g.m), Number(g.d));
            if (date) hits.push({ date, at: m.index });
        }
    }
    return hits.sort((a, b) => a.at - b.at);
}

/** The date a URL path carries (`/2025/0917/`, `/a/20251105/`), or null. */
export function dateFromUrl(url: string): string | null {
    const path = pathOf(url);
    for (const pattern of URL_DATE_PATTERNS) {
        const g = pattern.exec(path)?.groups;
        if (g) {
            const date = formatDate(Number(g.y), Number(g.m), Number(g.d));
            if (date) return date;
        }
    }
    return null;
}

/** The year a URL path carries, or null. */
export function yearFromUrl(url: string): number | null {
    const y = URL_YEAR.exec(pathOf(url))?.groups?.y;
    return y ? Number(y) : null;
}

/** A machine-readable timestamp (`2025-12-09T07:59:51+08:00`, `20251209`) as `YYYY-MM-DD`, or null. */
export function parseMachineDate(value: string): string | null {
    const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})/.exec(value) ?? /(\d{4})[/.年](\d{1,2})[/.月](\d{1,2})/.exec(value);
    return m ? formatDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function pathOf(url: string): string {
    try {
        return new URL(url).pathname;
    } catch {
        return url;
    }
}
