/**
 * Rewriting text while remembering where each character came from, so that a reader working on the canonical
 * text can quote the page's own words.
 */

/** One rewrite of a stretch of the input: `[start, end)` becomes `text`. */
export interface Edit {
    start: number;
    end: number;
    text: string;
}

/** A rewritten text and, for each of its positions, the position in the input it came from. */
export interface Rewritten {
    text: string;
    /** `origin[i]` is the input offset of output offset `i` (length `text.length + 1`); null when nothing moved. */
    origin: Int32Array | null;
}

/**
 * Applies non-overlapping edits, given in order. Every character an edit writes maps to the start of the stretch
 * it replaces, so a span that ends before an edit ends before the replaced stretch too.
 */
export function applyEdits(input: string, edits: readonly Edit[]): Rewritten {
    if (edits.length === 0) return { text: input, origin: null };
    const parts: string[] = [];
    let length = 0;
    let at = 0;
    for (const edit of edits) {
        length += edit.start - at + edit.text.length;
        at = edit.end;
    }
    length += input.length - at;
    const origin = new Int32Array(length + 1);
    let out = 0;
    at = 0;
    for (const edit of edits) {
        parts.push(input.slice(at, edit.start), edit.text);
        for (let i = at; i < edit.start; i++) origin[out++] = i;
        for (let i = 0; i < edit.text.length; i++) origin[out++] = edit.start;
        at = edit.end;
    }
    parts.push(input.slice(at));
    for (let i = at; i < input.length; i++) origin[out++] = i;
    origin[out] = input.length;
    return { text: parts.join(''), origin };
}

/** The map of two rewrites in a row: output of `second` → input of `first`. */
export function composeOrigins(first: Int32Array | null, second: Int32Array | null): Int32Array | null {
    if (!first) return second;
    if (!second) return first;
    const composed = new Int32Array(second.length);
    for (let i = 0; i < second.length; i++) composed[i] = first[second[i]!]!;
    return composed;
}
