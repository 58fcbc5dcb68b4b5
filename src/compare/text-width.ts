/**
 * Terminal display width of text, for aligning tables that mix CJK and Latin: East Asian wide and fullwidth
 * characters take two columns (Unicode UAX #11), combining marks none.
 */

/** Code point ranges of East Asian Wide (W) and Fullwidth (F) characters that Chinese text uses. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
    [0x1100, 0x115f], // Hangul Jamo
    [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
    [0x3041, 0x33ff], // Hiragana … CJK compatibility
    [0x3400, 0x4dbf], // CJK extension A
    [0x4e00, 0x9fff], // CJK unified ideographs
    [0xa000, 0xa4cf], // Yi
    [0xac00, 0xd7a3], // Hangul syllables
    [0xf900, 0xfaff], // CJK compatibility ideographs
    [0xfe30, 0xfe4f], // CJK compatibility forms
    [0xff00, 0xff60], // fullwidth forms
    [0xffe0, 0xffe6], // fullwidth signs
    [0x1f300, 0x1f64f], // pictographs, emoticons
    [0x20000, 0x3fffd], // CJK extensions B…
];

const COMBINING = /\p{M}/u;

function charWidth(codePoint: number, char: string): number {
    if (COMBINING.test(char)) return 0;
    return WIDE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to) ? 2 : 1;
}

/** Columns the text occupies in a monospace terminal. */
export function displayWidth(text: string): number {
    let width = 0;
    for (const char of text) width += charWidth(char.codePointAt(0)!, char);
    return width;
}

/** Pads with spaces on the right to `width` columns (text already wider is left as is). */
export function padEnd(text: string, width: number): string {
    return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Cuts text to at most `width` columns, ending in `…` when cut. */
export function truncate(text: string, width: number): string {
    if (displayWidth(text) <= width) return text;
    let out = '';
    let used = 0;
    for (const char of text) {
        const w = charWidth(char.codePointAt(0)!, char);
        if (used + w > width - 1) break;
        out += char;
        used += w;
    }
    return `${out}…`;
}

/** Lays rows out as columns separated by two spaces; the first row is the header, underlined. */
export function renderTable(rows: readonly (readonly string[])[]): string {
    if (rows.length === 0) return '';
    const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => displayWidth(row[col] ?? ''))));
    const line = (row: readonly string[]) =>
        row.map((cell, col) => (col === row.length - 1 ? cell : padEnd(cell, widths[col]!))).join('  ').trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}
