/**
 * Numbers in every written form → Arabic digits: Chinese numerals before a unit (`三百二十元` → `320元`,
 * `两千四` → `2400`), written-out percentages (`百分之三点五`, `百分二` → `3.5%`, `2%`), thousands separators (`2,400元`),
 * currency signs (`¥100` → `100元`) and colloquial yuan (`100块钱` → `100元`).
 */
import Nzh from 'nzh';
import type { Edit } from './offset-map.js';
import {
    CANTONESE_YUAN,
    COLLOQUIAL_YUAN,
    CURRENCY_SIGN,
    DECADE_OF_AGE,
    FORMAL_NUMERALS,
    NOT_A_FIGURE_BEFORE,
    NUMERAL_CHARS,
    NUMERAL_RANGE_JOINS,
    NUMERAL_UNITS,
    PERCENT_WORDS,
    SINGLE_ONE_NOT_BEFORE,
    SPOKEN_AMOUNT_AFTER,
    SPOKEN_AMOUNT_BEFORE,
    SPOKEN_POINTS,
    TENTHS,
} from './vocab.js';

const UNIT = `(?:${NUMERAL_UNITS.join('|')})`;
const RUN = `[${NUMERAL_CHARS}]+`;
/** A unit right after a numeral run, read from where the run ends. */
const UNIT_AFTER = new RegExp(`\\s*(${UNIT})`, 'y');
const WRITTEN_PERCENT = new RegExp(`${PERCENT_WORDS}(?:之(${RUN}|\\d+(?:\\.\\d+)?)|([一二两三四五六七八九十][${NUMERAL_CHARS}]*))`, 'y');

/** One flag per UTF-16 code unit: membership tests in a scan cost a load, not a regex step. */
function charTable(chars: Iterable<string>): Uint8Array {
    const table = new Uint8Array(0x10000);
    for (const ch of chars) table[ch.charCodeAt(0)] = 1;
    return table;
}
export const NUMERAL = charTable(NUMERAL_CHARS);
export const UNIT_START = charTable(NUMERAL_UNITS.map((u) => u[0]!));
const RANGE_JOIN = charTable(NUMERAL_RANGE_JOINS);
const SPACE = /\s/;

const SIGNED_AMOUNT = new RegExp(`[${CURRENCY_SIGN}]\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(\\s*元)?`, 'g');
const GROUP_SEPARATOR = /\d,\d{3}/;
const GROUPED_AMOUNT = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?=(?:\.\d+)?\s*(?:万?元|块))/g;
const FORMAL = new RegExp(`[${Object.keys(FORMAL_NUMERALS).join('')}]`, 'g');
/** `一千八` is 1800, `一万二` 12000, `一百五` 150: a digit right after a unit multiplies the next unit down. */
const COLLOQUIAL_TAIL = /([万千百])([一二三四五六七八九])$/;
const NEXT_UNIT_DOWN: Readonly<Record<string, string>> = { 万: '千', 千: '百', 百: '十' };

/**
 * The value of a Chinese numeral, or null when the run is not one well-formed number (`三四十`, `万一`).
 * nzh reads the standard forms; `两`, formal digits and colloquial tails are rewritten into them first, and a
 * result is kept only when nzh writes it back as the same numeral, since nzh reads malformed runs silently
 * (`两千四` alone would give 4).
 */
export function numeralValue(run: string): number | null {
    let numeral = run.replace(FORMAL, (ch) => FORMAL_NUMERALS[ch]!).replaceAll('两', '二').replaceAll('〇', '零');
    numeral = numeral.replace(COLLOQUIAL_TAIL, (_, unit: string, digit: string) => `${unit}${digit}${NEXT_UNIT_DOWN[unit]}`);
    if (numeral.startsWith('一十')) numeral = numeral.slice(1);
    if (!numeral || numeral.startsWith('点') || numeral.endsWith('点')) return null;
    const value = Number(Nzh.cn.decodeS(numeral));
    if (!Number.isFinite(value) || Nzh.cn.encodeS(value) !== numeral) return null;
    return value;
}

/** `一万二` → `12000`, `三点五万` → `3.5万` (the amount parser scales `万` itself). */
function numeralDigits(run: string): string | null {
    const wan = run.length > 1 && run.endsWith('万') && !/[千百十]万$/.test(run) ? '万' : '';
    const value = numeralValue(wan ? run.slice(0, -1) : run);
    return value === null ? null : `${value}${wan}`;
}

/** Chinese numerals that stand before a unit, and written-out percentages. */
export function numeralEdits(text: string): Edit[] {
    const edits: Edit[] = [];
    for (let at = text.indexOf(PERCENT_WORDS); at >= 0; at = text.indexOf(PERCENT_WORDS, at + 1)) {
        WRITTEN_PERCENT.lastIndex = at;
        const m = WRITTEN_PERCENT.exec(text);
        const written = m ? (m[1] ?? m[2]!) : null;
        const digits = written === null ? null : /^\d/.test(written) ? written : numeralDigits(written);
        if (m && digits !== null) edits.push({ start: at, end: at + m[0].length, text: `${digits}%` });
    }
    // One pass over the text: most runs (`统一`, `一些`) have no unit after them and cost two table loads.
    for (let start = 0; start < text.length; start++) {
        if (NUMERAL[text.charCodeAt(start)] !== 1) continue;
        let end = start + 1;
        while (end < text.length && NUMERAL[text.charCodeAt(end)] === 1) end++;
        const unit = unitAfter(text, end) ?? (isSpokenAge(text, start, end) ? '岁' : isSpokenAmount(text, start, end) ? SPOKEN_YUAN : null);
        if (unit === DECADE_OF_AGE) {
            pushDecade(text, start, end, edits);
        } else if (unit === SPOKEN_POINTS) {
            pushPoints(text, start, end, edits);
        } else if (unit !== null) {
            const range = rangeStartBefore(text, start);
            if (range) pushNumeral(text, range[0], range[1], unit, edits);
            pushNumeral(text, start, end, unit, edits);
        }
        start = end;
    }
    return edits.sort((a, b) => a.start - b.start);
}

/** The unit written right after offset `end`, or null. */
function unitAfter(text: string, end: number): string | null {
    let next = end;
    while (next < text.length && SPACE.test(text[next]!)) next++;
    if (UNIT_START[text.charCodeAt(next)] !== 1) return null;
    UNIT_AFTER.lastIndex = end;
    return UNIT_AFTER.exec(text)?.[1] ?? null;
}

/**
 * An age said with its 岁 left out (read as an age bracket, see figure/parse-age.ts): reached (`满七十了`, `年满八十再…`), bounded
 * from above (`不到七十的`, `未满八十,`) or from below (`七十往上的`), or a bound said of people (`七十以上的`). Only tens an age bracket uses, from 60 to 100.
 */
function isSpokenAge(text: string, start: number, end: number): boolean {
    // no unit follows (the caller checked): `年满八十再…` is an age, `满八十元` never reaches here
    const reached = SPOKEN_AGE_REACHED.test(text.slice(Math.max(0, start - 2), start));
    const below = SPOKEN_AGE_BELOW.test(text.slice(Math.max(0, start - 2), start)) && SPOKEN_AGE_BELOW_END.test(text[end] ?? '');
    const above = SPOKEN_AGE_ABOVE.test(text.slice(end, end + 12));
    if (!reached && !below && !above) return false;
    const value = numeralValue(text.slice(start, end));
    return value !== null && value >= 60 && value <= 100 && value % 5 === 0;
}

/** The unit a spoken amount is given: `元`, written after its digits. */
const SPOKEN_YUAN = '元';
/** How far before a number the words that make it a spoken amount may reach (`一个月大概能打进来`). */
const SPOKEN_AMOUNT_REACH = 16;
/** How far after it the end of its clause may be (`九十五左右,`). */
const SPOKEN_AMOUNT_TAIL = 4;

/**
 * An amount of money said with no unit (`一个月九十一,`, `每月打进来八十九。`, `八十往上的一百二十,`, `每个月卡里进九十五`,
 * `七十岁后九十二`): a period (maybe with where the money lands), a crediting verb or an age bracket right before, the
 * end of the clause right after (maybe past a hedge), and a number of at least ten. Whether it is a credit is the figure reader's decision, as for any amount.
 */
function isSpokenAmount(text: string, start: number, end: number): boolean {
    if (end - start < 2 || !SPOKEN_AMOUNT_AFTER.test(text.slice(end, end + SPOKEN_AMOUNT_TAIL))) return false;
    if (!SPOKEN_AMOUNT_BEFORE.test(text.slice(Math.max(0, start - SPOKEN_AMOUNT_REACH), start))) return false;
    const value = numeralValue(text.slice(start, end));
    return value !== null && value >= 10;
}

/** `七旬` → `70岁`: a single numeral before 旬 counts decades of life. */
function pushDecade(text: string, start: number, end: number, edits: Edit[]): void {
    const value = numeralValue(text.slice(start, end));
    if (value === null || value < 1 || value > 9 || edits.some((e) => start < e.end && end > e.start)) return;
    edits.push({ start, end: end + DECADE_OF_AGE.length, text: `${value * 10}岁` });
}

/** `两个点` → `2%`: a share said in points, as a percentage. */
function pushPoints(text: string, start: number, end: number, edits: Edit[]): void {
    if (vagueOrOrdinal(text, start, end)) return;
    const value = numeralValue(text.slice(start, end));
    if (value === null || edits.some((e) => start < e.end && end > e.start)) return;
    edits.push({ start, end: end + SPOKEN_POINTS.length, text: `${value}%` });
}

const SPOKEN_AGE_BELOW = /(?:不到|不满|未满|不足|不够|没够)$/;
const SPOKEN_AGE_BELOW_END = /^[的,，、;；]$/; // the ends of SPOKEN_AGE_ENDS a bound from above takes
/**
 * After the age: upward (`七十往上`), or a bound of people (`七十以上的`, `七十往下的`) or of a period's amount after it
 * (`七十以下每月…`), or of a spoken amount that closes the clause right after it (`六十以下七十五,`: money is never
 * bounded and then followed by another bare number; `七十以上` alone may be money),
 * maybe after a note keeping the age in (`七十(含)往上`, `七十含本数以下的`).
 */
const SPOKEN_AGE_ABOVE =
    /^(?:[(（](?:不?含|包含|包括)[^)）]{0,4}[)）]|含本数)?(?:及|以及|或|和)?(?:往上|朝上|向上|开外|以[上下](?:的|每个?[月年][^,，;；。]{0,3}?[\d一二两三四五六七八九十百]|[一二两三四五六七八九十百]{2,5}(?:[,，。;；!！]|$))|[往朝向]下的)/;
const SPOKEN_AGE_REACHED = /(?:满|满了|到了|过了|达到|够了?)$/;

/** `六十至七十岁`: the numeral run before a range join that ends right before `start`, as `[start, end)`. */
function rangeStartBefore(text: string, start: number): [number, number] | null {
    let join = start - 1;
    while (join >= 0 && SPACE.test(text[join]!)) join--;
    if (join < 1 || RANGE_JOIN[text.charCodeAt(join)] !== 1) return null;
    let end = join;
    while (end > 0 && SPACE.test(text[end - 1]!)) end--;
    let begin = end;
    while (begin > 0 && NUMERAL[text.charCodeAt(begin - 1)] === 1) begin--;
    return begin < end ? [begin, end] : null;
}

/**
 * The run is made vague or an ordinal by the word before it (`几十元`, `数百元`, `第一`). `数` is vague only before a
 * round unit (`数百`): after `基数`, `人数` a number is a number (`基数两个点`).
 */
function vagueOrOrdinal(text: string, start: number, end: number): boolean {
    const before = start > 0 ? text[start - 1]! : '';
    if (!before || !NOT_A_FIGURE_BEFORE.includes(before)) return false;
    return before !== '数' || ROUND_UNIT.test(text.slice(start, end));
}
const ROUND_UNIT = /^[十百千万]/;

/** Adds the edit for the run `[start, end)` before `unit`, unless the run is vague, a word, or no number. */
function pushNumeral(text: string, start: number, end: number, unit: string, edits: Edit[]): void {
    const run = text.slice(start, end);
    if (vagueOrOrdinal(text, start, end)) return;
    if (unit === '年' && text[start - 1] !== '满') return;
    if (run === '一' && (SINGLE_ONE_NOT_BEFORE as readonly string[]).includes(unit)) return;
    if (edits.some((e) => start < e.end && end > e.start)) return;
    const numeral = numeralDigits(run);
    if (numeral === null) return;
    // a spoken amount has no unit of its own: it is written after the digits
    const digits = unit === SPOKEN_YUAN && unitAfter(text, end) === null ? `${numeral}${SPOKEN_YUAN}` : numeral;
    // a digit right before (a transcript's `00:12七十岁`) must not fuse with the number into `1270`
    edits.push({ start, end, text: start > 0 && isDigit(text.charCodeAt(start - 1)) ? ` ${digits}` : digits });
}

function isDigit(code: number): boolean {
    return code >= 0x30 && code <= 0x39;
}

/** `¥2,400` → `2400元`; a `元` already written after the number is kept once. */
export function currencyEdits(text: string): Edit[] {
    if (!text.includes(CURRENCY_SIGN)) return [];
    return [...text.matchAll(SIGNED_AMOUNT)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        text: `${m[1]!.replaceAll(',', '')}${m[2] ?? ''}元`,
    }));
}

/** `2,400元` → `2400元`: separators only in a number that an amount unit follows (`100,70岁` is a list). */
export function thousandsEdits(text: string): Edit[] {
    if (!GROUP_SEPARATOR.test(text)) return [];
    return [...text.matchAll(GROUPED_AMOUNT)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0].replaceAll(',', ''),
    }));
}

/** `100块钱` → `100元`, `76块8` → `76.8元`. */
export function colloquialYuanEdits(text: string): Edit[] {
    if (!text.includes('块') && !text.includes(CANTONESE_YUAN)) return [];
    return [...text.matchAll(COLLOQUIAL_YUAN)].map((m) => {
        const tenth = m[1] === undefined ? '' : `.${TENTHS[m[1]] ?? m[1]}`;
        return { start: m.index, end: m.index + m[0].length, text: `${tenth}元` };
    });
}
