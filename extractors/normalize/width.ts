/**
 * Full-width forms → their ASCII and half-width twins, as NFKC folds them (`１８９０` → `1890`, `，` → `,`, `￥` → `¥`),
 * character for character. Only the Halfwidth and Fullwidth Forms block and the ideographic space are folded: NFKC
 * over the whole text would also rewrite `①` as `1` and `㎡` as `m2`, which list markers and offsets rely on.
 */

const FIRST = 0xff01;
const LAST = 0xffee;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * The folded code unit of each code point of the block, computed once with the platform's NFKC; the one form
 * NFKC spells with two characters (a full-width macron) is kept as it is.
 */
const FOLDED = Uint16Array.from({ length: LAST - FIRST + 1 }, (_, i) => {
    const folded = String.fromCharCode(FIRST + i).normalize('NFKC');
    return folded.length === 1 ? folded.charCodeAt(0) : FIRST + i;
});

function folded(code: number): number {
    if (code >= FIRST && code <= LAST) return FOLDED[code - FIRST]!;
    return code === IDEOGRAPHIC_SPACE ? 0x20 : code;
}

/** UTF-16LE bytes → string natively: far cheaper than building the string piece by piece. */
const UTF16LE = new TextDecoder('utf-16le');

/** `text` with its full-width forms folded; the same length, position for position. */
export function foldWidth(text: string): string {
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
        const code = folded(text.charCodeAt(i));
        bytes[2 * i] = code & 0xff;
        bytes[2 * i + 1] = code >> 8;
    }
    return UTF16LE.decode(bytes);
}
