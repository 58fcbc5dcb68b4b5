/**
 * What a text needs from the normalisation stage, found in one pass with one table load per character: most
 * passages need nothing, and then no rewrite runs at all.
 */
import { NUMERAL, UNIT_START } from './numerals.js';
import { CONVERTIBLE } from './script.js';
import { CANTONESE_YUAN, CURRENCY_SIGN, PERCENT_WORDS, SPOKEN_AGE_ENDS, SPOKEN_AMOUNT_TAIL_STARTS, VARIANT_FOLDS } from './vocab.js';

export const WIDTH = 1;
export const SCRIPT = 2;
export const NUMERALS = 4;
export const CURRENCY = 8;
export const SEPARATORS = 16;
export const COLLOQUIAL = 32;

/** Roles a character plays in the scan besides a need: a numeral, what may follow one, a space between. */
const NUMERAL_ROLE = 64;
const UNIT_ROLE = 128;
const SPACE_ROLE = 256;
/** What may end a spoken age left without 岁 after a run of tens (`不到七十的`, `满八十了`, `七十往上`). */
const SPOKEN_AGE_END_ROLE = 512;
/** The last character of a word that reaches an age (`满`, `满了`, `到了`, `达到`): `年满八十再…` is an age. */
const REACHED_ROLE = 1024;
/** What may end a spoken amount (`一个月九十一,`): any numeral run before it may be one. */
const CLAUSE_END_ROLE = 2048;
const SPOKEN_AMOUNT_ENDS = ',，。;；!！、';
/** What may come between a spoken amount and its clause's end (`九十五左右,`, `打九十五进来`): the first characters. */
const SPOKEN_TAIL_ROLE = 4096;
/** `十`: the numeral every spoken age bracket has. */
const TEN = '十'.charCodeAt(0);

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xffee;
const FULLWIDTH_OFFSET = 0xfee0;

const ROLES = buildRoles();

function buildRoles(): Uint16Array {
    const roles = new Uint16Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
        if (CONVERTIBLE[code] === 1) roles[code]! |= SCRIPT;
        if (NUMERAL[code] === 1) roles[code]! |= NUMERAL_ROLE;
        if (UNIT_START[code] === 1) roles[code]! |= UNIT_ROLE;
    }
    for (const ch of Object.keys(VARIANT_FOLDS)) roles[ch.charCodeAt(0)]! |= SCRIPT;
    // `百分之`, `百分二`: the `分` after a numeral `百` starts a written percentage
    roles[PERCENT_WORDS.charCodeAt(1)]! |= UNIT_ROLE;
    roles[CURRENCY_SIGN.charCodeAt(0)]! |= CURRENCY;
    roles[','.charCodeAt(0)]! |= SEPARATORS;
    roles['块'.charCodeAt(0)]! |= COLLOQUIAL;
    roles[CANTONESE_YUAN.charCodeAt(0)]! |= COLLOQUIAL;
    for (const ch of SPOKEN_AMOUNT_ENDS) roles[ch.charCodeAt(0)]! |= CLAUSE_END_ROLE;
    for (const ch of SPOKEN_AMOUNT_TAIL_STARTS) roles[ch.charCodeAt(0)]! |= SPOKEN_TAIL_ROLE;
    for (const ch of ' \t\u00a0') roles[ch.charCodeAt(0)]! |= SPACE_ROLE;
    for (const ch of SPOKEN_AGE_ENDS) roles[ch.charCodeAt(0)]! |= SPOKEN_AGE_END_ROLE;
    for (const ch of '满了到') roles[ch.charCodeAt(0)]! |= REACHED_ROLE;
    // a full-width form needs folding, and then whatever its ASCII twin needs (`，` a separator, `％` a unit)
    for (let code = FULLWIDTH_FIRST; code <= FULLWIDTH_LAST; code++) {
        const twin = code <= 0xff5e ? code - FULLWIDTH_OFFSET : code;
        roles[code] = WIDTH | (twin === code ? 0 : roles[twin]!);
    }
    roles[0xffe5] = WIDTH | CURRENCY; // ￥
    roles[0x3000] = WIDTH | SPACE_ROLE;
    return roles;
}

/** The needs of `text`, as a bit set of the constants above; 0 when the text is canonical already. */
export function needsOf(text: string): number {
    let needs = 0;
    let afterNumeral = false;
    let afterTens = false;
    let afterReached = false;
    let runAfterReached = false;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const role = ROLES[code]!;
        if (role === 0) {
            afterNumeral = false;
            afterTens = false;
            afterReached = false;
            continue;
        }
        needs |= role;
        if (afterNumeral && role & UNIT_ROLE) needs |= NUMERALS;
        if (afterTens && role & SPOKEN_AGE_END_ROLE) needs |= NUMERALS;
        if (afterNumeral && role & (CLAUSE_END_ROLE | SPOKEN_TAIL_ROLE)) needs |= NUMERALS;
        if (role & NUMERAL_ROLE) {
            if (!afterNumeral) runAfterReached = afterReached;
            if (runAfterReached && code === TEN) needs |= NUMERALS;
            afterNumeral = true;
            afterTens ||= code === TEN;
        } else if (!(role & SPACE_ROLE)) {
            afterNumeral = false;
            afterTens = false;
        }
        afterReached = (role & REACHED_ROLE) !== 0;
    }
    return needs & (WIDTH | SCRIPT | NUMERALS | CURRENCY | SEPARATORS | COLLOQUIAL);
}
