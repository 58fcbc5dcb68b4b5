/**
 * Turns a corpus article's plain text into a small block model that the site templates render. The rules are
 * the demo's own (not the extractors'), so rendering never borrows the heuristics it is meant to test.
 */

/** One list item; `marker` is the exact prefix the line carried (`① `, `1. `, `(1)`, `第一步,`), or '' for a bullet. */
export interface ListItem {
    marker: string;
    text: string;
}

export type ContentBlock =
    | { kind: 'heading'; level: 1 | 2; text: string }
    | { kind: 'paragraph'; text: string }
    | { kind: 'list'; ordered: boolean; items: ListItem[] };

export interface ArticleDocument {
    /** The h1: the article title, or the whole first line when it does not start with the title. */
    title: string;
    /** Date/source lines under the title (`2025-09-17 08:12:40医保知识网`, `举报`), verbatim. */
    meta: string[];
    blocks: ContentBlock[];
}

interface ItemStyle {
    style: string;
    pattern: RegExp;
    ordered: boolean;
    /** Always an item; otherwise only inside a run of the same style. */
    always: boolean;
}

/** Line prefixes that make list items. */
const ITEM_STYLES: readonly ItemStyle[] = [
    { style: 'bullet', pattern: /^[•·●▪]\s*/, ordered: false, always: true },
    { style: 'circled', pattern: /^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*/, ordered: true, always: true },
    { style: 'num-dot', pattern: /^\d{1,2}[.．](?!\d)\s*/, ordered: true, always: false },
    { style: 'num-dun', pattern: /^\d{1,2}、\s*/, ordered: true, always: false },
    { style: 'num-paren', pattern: /^[(（]\d{1,2}[)）]\s*/, ordered: true, always: false },
    { style: 'step', pattern: /^第[一二三四五六七八九十\d]{1,3}步[,，、:：]?\s*/, ordered: true, always: false },
];

/** Prefixes of section headings, with their level. */
const HEADING_STYLES: readonly { pattern: RegExp; level: 1 | 2 }[] = [
    { pattern: /^[一二三四五六七八九十]{1,3}[、.．]/, level: 1 },
    { pattern: /^【[\d一二三四五六七八九十]{1,3}】/, level: 1 },
    { pattern: /^\d{1,2}[、.．](?!\d)/, level: 2 },
];

/** Longest line that can be a marked heading; longer lines are prose. */
const MAX_HEADING_CHARS = 40;
/** Longest unmarked question that stands alone as a heading (`返款是怎么计算的?`). */
const MAX_QUESTION_HEADING_CHARS = 32;
/** A line ending like this is a sentence, not a heading. */
const SENTENCE_END = /[。；;！!，,…]$/;
/** Punctuation inside a question that makes it prose (`网友提问:…?`). */
const PROSE_INSIDE = /[。:：；;，,]/;
/** Lines under the title that carry the date or source. */
const META_LINE = /\d{4}[-/年.]\d{1,2}|举报|发布时间|来源[:：]/;
const MAX_META_CHARS = 60;

interface Line {
    text: string;
    item?: ItemStyle;
}

/** Parses an article's plain text (title line first, blocks separated by blank lines) into blocks. */
export function parseArticleText(text: string, title: string): ArticleDocument {
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const first = lines.shift() ?? title;
    const doc: ArticleDocument = { title: first, meta: [], blocks: [] };
    if (first.startsWith(title) && first.length > title.length) {
        // content-farm dumps glue the lead sentence onto the title line
        doc.title = title;
        lines.unshift(first.slice(title.length).trim());
    } else {
        while (doc.meta.length < 2 && lines[0] && lines[0].length <= MAX_META_CHARS && META_LINE.test(lines[0])) {
            doc.meta.push(lines.shift()!);
        }
    }
    const classified: Line[] = lines.map((t) => ({ text: t, item: ITEM_STYLES.find((s) => s.pattern.test(t)) }));
    classified.forEach((line, i) => {
        if (line.item && !line.item.always && !inRun(classified, i)) line.item = undefined;
    });
    for (const line of classified) appendLine(doc.blocks, line);
    return doc;
}

/** A numbered line counts as an item only next to another line of the same style (a run of steps). */
function inRun(lines: Line[], i: number): boolean {
    const style = lines[i]!.item!.style;
    return lines[i - 1]?.item?.style === style || lines[i + 1]?.item?.style === style;
}

function appendLine(blocks: ContentBlock[], line: Line): void {
    if (line.item) {
        const match = line.item.pattern.exec(line.text)![0];
        const item = { marker: line.item.style === 'bullet' ? '' : match, text: line.text.slice(match.length) };
        const last = blocks.at(-1);
        if (last?.kind === 'list' && last.ordered === line.item.ordered) last.items.push(item);
        else blocks.push({ kind: 'list', ordered: line.item.ordered, items: [item] });
        return;
    }
    const level = headingLevel(line.text);
    blocks.push(level ? { kind: 'heading', level, text: line.text } : { kind: 'paragraph', text: line.text });
}

function headingLevel(text: string): 1 | 2 | null {
    if (SENTENCE_END.test(text)) return null;
    const marked = HEADING_STYLES.find((h) => h.pattern.test(text));
    if (marked) return text.length <= MAX_HEADING_CHARS ? marked.level : null;
    const question = /[?？]$/.test(text) && text.length <= MAX_QUESTION_HEADING_CHARS;
    return question && !PROSE_INSIDE.test(text.slice(0, -1)) ? 1 : null;
}

/** The item as the source line had it, marker included (bullet glyphs are decoration and stay out). */
export function itemLine(item: ListItem): string {
    return item.marker + item.text;
}
