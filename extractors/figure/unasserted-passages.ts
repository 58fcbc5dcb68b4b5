/**
 * Passages whose figures the page shows without asserting them (CLAIMS.md § One statement, one claim): a quiz
 * statement the page marks wrong, and a quotation it reports and then rebuts in the passages after it.
 */
import type { Passage } from '../types.js';
import { hasAny } from './cues.js';
import { REBUTTALS } from './vocab.js';

/** A 判断题 statement marked false at its end: `（×）`, `(✗)`, `（错）`, `（错误）`. */
const MARKED_WRONG = /[(（]\s*(?:[×✗✘]|错误?)\s*[)）]\s*$/;
/** A passage that is one quotation from its first character to its last (`“…。”`). */
const WHOLLY_QUOTED = /^\s*[“"「『][^”"」』]+[”"」』]\s*[。.]?\s*$/;
/** Saying what went before does not match the rules (`以上内容与实际规定不符`), besides the words of {@link REBUTTALS}. */
const DOES_NOT_MATCH = /不符(?!合)/;
/** How many passages after a quotation may rebut it. */
const REBUTTAL_REACH = 2;

/** The `index` of each passage whose figures are not the page's statements. */
export function unassertedPassages(passages: readonly Passage[]): number[] {
    const unasserted: number[] = [];
    for (const [i, passage] of passages.entries()) {
        if (MARKED_WRONG.test(passage.text) || (WHOLLY_QUOTED.test(passage.text) && rebuttedAfter(passages, i))) {
            unasserted.push(passage.index);
        }
    }
    return unasserted;
}

function rebuttedAfter(passages: readonly Passage[], i: number): boolean {
    return passages
        .slice(i + 1, i + 1 + REBUTTAL_REACH)
        .some((p) => p.kind !== 'heading' && (hasAny(p.text, REBUTTALS) || DOES_NOT_MATCH.test(p.text)));
}
