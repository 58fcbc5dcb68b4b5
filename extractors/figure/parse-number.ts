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

/** What a scale word after a number multiplies it by (`1.2万元`, `1.5千元`). */
const SCALES: Readonly<Record<string, number>> = { 亿: 100_000_000, 万: 10_000, 千: 1_000 };

/** `1.2` with `万` → 12000, with `千` → 1200; rounds away float noise (`1.7121万` → 17121). */
export function scaled(digits: string, scale: string | undefined): number {
    const value = Number(digits) * (scale ? SCALES[scale]! : 1);
    return Math.round(value * 10_000) / 10_000;
}
