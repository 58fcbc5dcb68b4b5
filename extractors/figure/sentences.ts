import { SENTENCE_END } from './vocab.js';

/** A sentence of a passage and where it starts in the passage text. */
export interface Sentence {
    text: string;
    start: number;
}

/** Splits a passage into sentences at 。!? (not at `;`: see SENTENCE_END), keeping the end marks. */
export function splitSentences(text: string): Sentence[] {
    const sentences: Sentence[] = [];
    let start = 0;
    for (const part of text.split(SENTENCE_END)) {
        if (part.trim()) sentences.push({ text: part.trim(), start: start + part.indexOf(part.trim()) });
        start += part.length;
    }
    return sentences;
}

const CELL_BREAK = /[|｜\t]/;

/** Cells of a table row printed as text (`上海 | 74岁及以下 | 1680元/年`), or null for ordinary text. */
export function tableCells(text: string): string[] | null {
    if (!CELL_BREAK.test(text)) return null; // most passages: no need to split
    const cells = text.split(/\s*[|｜\t]\s*/).filter((c) => c !== '');
    return cells.length >= 2 ? cells : null;
}

/** True when `index` sits inside a parenthesised formula (`(3700×3%)`): its numbers are arithmetic, not claims. */
export function insideFormula(text: string, index: number): boolean {
    const open = Math.max(text.lastIndexOf('(', index), text.lastIndexOf('(', index));
    if (open < 0) return false;
    const closeCandidates = [text.indexOf(')', open), text.indexOf(')', open)].filter((i) => i >= 0);
    const close = closeCandidates.length ? Math.min(...closeCandidates) : text.length;
    return close > index && /[×*÷xX]/.test(text.slice(open, close));
}
