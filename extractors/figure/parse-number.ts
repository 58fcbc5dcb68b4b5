/** Number and range syntax shared by the amount, rate and duration parsers. */

/** A decimal number as pages print it (`100`, `157.5`, `1.7121`). */
export const NUMBER = String.raw`\d+(?:\.\d+)?`;

/** What joins the two ends of a range: `2%~3%`, `40-60元`, `50元至70元`, `2%到3%`. */
export const RANGE_JOIN = String.raw`\s*(?:~|～|〜|-|－|—|–|至|到)\s*`;

/** A figure found in text, with its offsets (end exclusive). */
export interface NumberMention {
    value: number;
    /** Upper end when a range is stated, else null. */
    valueMax: number | null;
    start: number;
    end: number;
}

/** `1.2` with `万` → 12000; rounds away float noise (`1.7121万` → 17121). */
export function scaled(digits: string, wan: string | undefined): number {
    const value = Number(digits) * (wan ? 10_000 : 1);
    return Math.round(value * 10_000) / 10_000;
}
