/**
 * Doubts a figure's own sentence raises, for its extraction confidence (extractors/confidence.ts): the figure in
 * quotation marks, a change being reported, a fragment too short to say what the figure is.
 */
import type { ConfidenceCue } from '../confidence.js';

/** A sentence reporting a change (`由每月60元调高至72元`, `缩短为10个工作日`, `多划15元`): old and new values side by side. */
const CHANGE_SENTENCE = /由[^,,。;;]{0,20}(?:调|提高|提升|上调|下调|降|增加|减少|缩短|压缩|延长|改)|调整为|调高|调低|上调|下调|多划|少划|多返|少返/;

/** Shortest sentence, in characters, that says more than a bare figure; shorter ones are often a broken-off line. */
const TERSE_SENTENCE_CHARS = 12;

const OPENING_QUOTES = ['“', '「', '『'] as const;
const CLOSING_QUOTES = ['”', '」', '』'] as const;

/** The doubts about the figure at `offset` of `sentence` (a table row is terse by nature and not held against it). */
export function sentenceCues(sentence: string, offset: number, tableRow: boolean): ConfidenceCue[] {
    const cues: ConfidenceCue[] = [];
    if (insideQuotes(sentence, offset)) cues.push('quoted-figure');
    if (CHANGE_SENTENCE.test(sentence)) cues.push('change-sentence');
    if (!tableRow && sentence.length < TERSE_SENTENCE_CHARS) cues.push('terse-sentence');
    return cues;
}

/** True when `offset` sits between an opening and a closing quotation mark (`“每月返300元”`). */
function insideQuotes(text: string, offset: number): boolean {
    return lastOfAny(text, OPENING_QUOTES, offset) > lastOfAny(text, CLOSING_QUOTES, offset);
}

/** Where the last of `marks` before `offset` starts in `text` (-1 for none). */
function lastOfAny(text: string, marks: readonly string[], offset: number): number {
    let last = -1;
    for (const mark of marks) {
        const at = offset >= mark.length ? text.lastIndexOf(mark, offset - mark.length) : -1;
        if (at > last) last = at;
    }
    return last;
}
