/**
 * What the suite's own templates share: the demo's blocks with runs of table rows (`地区 | 年龄段 | 返款标准`)
 * gathered into real tables, and the types a template implements.
 */
import type { ContentBlock } from '../../demo/article-text.js';
import type { ArticlePageData } from '../../demo/templates/index.js';

/** A page template of the suite: article pages only (the suite never crawls list pages). */
export interface ArticleTemplate {
    name: string;
    renderArticle(data: ArticlePageData): string;
}

export type RenderBlock = ContentBlock | { kind: 'table'; rows: string[][] };

const CELL_SEPARATOR = ' | ';
const cellsOf = (b: ContentBlock) => (b.kind === 'paragraph' && b.text.includes(CELL_SEPARATOR) ? b.text.split(CELL_SEPARATOR) : null);

/** The blocks with every run of two or more rows of equal width turned into one table. */
export function withTables(blocks: readonly ContentBlock[]): RenderBlock[] {
    const out: RenderBlock[] = [];
    for (const block of blocks) {
        const cells = cellsOf(block);
        const last = out.at(-1);
        if (cells && last?.kind === 'table' && last.rows[0]!.length === cells.length) last.rows.push(cells);
        else out.push(cells ? { kind: 'table', rows: [cells] } : block);
    }
    // a single row is a sentence that happens to hold the separator
    return out.map((b) => (b.kind === 'table' && b.rows.length < 2 ? { kind: 'paragraph', text: b.rows[0]!.join(CELL_SEPARATOR) } : b));
}

/** Digits with a unit, in any written width: what editors colour or embolden inside a sentence. */
const HIGHLIGHT = /[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:[%％]|元|个工作日|岁|周岁)/g;

/** The text cut into plain and highlighted pieces, in order; joined they give the text back unchanged. */
export function highlightPieces(text: string): { text: string; highlighted: boolean }[] {
    const pieces: { text: string; highlighted: boolean }[] = [];
    let at = 0;
    for (const m of text.matchAll(HIGHLIGHT)) {
        if (m.index > at) pieces.push({ text: text.slice(at, m.index), highlighted: false });
        pieces.push({ text: m[0], highlighted: true });
        at = m.index + m[0].length;
    }
    if (at < text.length) pieces.push({ text: text.slice(at), highlighted: false });
    return pieces;
}
