/**
 * Full-width forms → their ASCII and half-width twins, as NFKC folds them (`１８９０` → `1890`, `，` → `,`, `￥` → `¥`),
 * character for character. Only the Halfwidth and Fullwidth Forms block and the ideographic space are folded: NFKC
 * over the whole text would also rewrite `①` as `1` and `㎡` as `m2`, which list markers and offsets rely on.
 */

const FIRST = 0xff01;
const LAST = 0xffee;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * The folded form of each code point of the block, computed once with the platform's NFKC; the one form NFKC
 * spells with two characters (a full-width macron) is kept as it is.
 */
const FOLDED: readonly string[] = Array.from({ length: LAST - FIRST + 1 }, (_, i) => {
    const ch = String.fromCharCode(FIRST + i);
    const folded = ch.normalize('NFKC');
    return folded.length === 1 ? folded : ch;
});

function folds(code: number): boolean {
    return (code >= FIRST && code <= LAST) || code === IDEOGRAPHIC_SPACE;
}

/** `text` with its full-width forms folded; the same length, position for position. */
export function foldWidth(text: string): string {
    let parts: string[] | null = null;
    let last = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (!folds(code)) continue;
        parts ??= [];
        parts.push(text.slice(last, i), code === IDEOGRAPHIC_SPACE ? ' ' : FOLDED[code - FIRST]!);
        last = i + 1;
    }
    if (!parts) return text;
    parts.push(text.slice(last));
    return parts.join('');
}
