import type { AnyNode, Element } from 'domhandler';
import type { TextLine } from '../passages/from-lines.js';
import { countText, isDisclosureControl, isInvisible, rawTextOf, type DomStats } from './dom-stats.js';
import { BLOCK_TAGS, BOLD_TAGS, HEADING_TAGS } from './vocab.js';
import { visibleText } from '../visible-text.js';

/** A line of preformatted text wraps into the next only when it is this wide (columns) and nearly the widest. */
const MIN_WRAPPED_WIDTH = 24;
const WRAPPED_WIDTH_SHARE = 0.8;
/** A sentence or block end (`。`, `：`) closing a line. */
const ENDS_SENTENCE = /[。!?！？;；…:：]$/;

/** Between the cells of a table row on one line. */
const CELL_SEPARATOR = ' | ';
/** Punctuation inside or ending a sentence: a cell holding it is prose, not a label. */
const SENTENCE_MARK = /[，。；！？,;!?]/;

/** A cell with `rowspan` still owed to the rows below it, by grid column. */
interface SpanningCell {
    text: string;
    rows: number;
}

/** The grid of a table being read: which columns cells from rows above still fill, and the current row's column. */
interface TableGrid {
    spans: (SpanningCell | undefined)[];
    row: Element | null;
    column: number;
}

/** A line of visible text with what the walk measured about it. */
export interface WalkedLine extends TextLine {
    /** Characters (no whitespace), of them link text and bold text, and prose punctuation marks. */
    chars: number;
    linkChars: number;
    boldChars: number;
    punct: number;
    /** Inside the article roots (true) or before them (false: context such as the title and byline). */
    content: boolean;
}

export interface WalkOptions {
    /** Elements holding the article, in document order. */
    roots: readonly Element[];
    /** Subtrees inside the article to leave out (furniture, foreign blocks, teaser lists). */
    skip: (el: Element) => boolean;
    dom: DomStats;
}

/**
 * Reads the document in order as lines, up to the end of the last article root: each block element, `<br>` and
 * table row ends a line, and so does a newline inside `<pre>` unless it wraps a paragraph; `<li>` lines are items,
 * `<h1>`–`<h6>` and an accordion's `<button aria-expanded>` headings; a line entirely in bold is a heading;
 * data-table cells are joined by ` | `. Merged cells are expanded into the full grid, as HTML table readers do: a
 * `rowspan` cell is repeated on every row it spans, and a `colspan` label on every column it spans, while a
 * `colspan` cell stating a figure, holding sentences (a letter in a message board's table) or alone in its row (a
 * title across the table) is printed once and its other columns left blank (the figure or the text is said once).
 * Text before the roots comes back with `content: false`.
 */
export function walkLines(doc: AnyNode, options: WalkOptions): WalkedLine[] {
    const walker = new LineWalker(options);
    walker.walk(doc, false, false, undefined);
    walker.flush(false);
    return walker.lines;
}

class LineWalker {
    readonly lines: WalkedLine[] = [];
    #parts: string[] = [];
    #chars = 0;
    #linkChars = 0;
    #boldChars = 0;
    #punct = 0;
    #hint: TextLine['hint'];
    /** The number of the `<h1>`–`<h6>` being read, if any. */
    #headingRank: number | undefined;
    #content = false;
    #done = false;
    /** Inside `<figcaption>`: its lines are complete (`whole`), and its `<br>`s may wrap one statement. */
    #captionDepth = 0;
    /** Inside `<pre>`: newlines in text end lines, unless they wrap a paragraph (see `#wrapsInto`). */
    #preDepth = 0;
    /** Columns of the widest line of the `<pre>` being read, and the raw text of its current line. */
    #preWidth = 0;
    #preLine = '';
    readonly #options: WalkOptions;
    readonly #roots: Set<Element>;
    readonly #last: Element | undefined;
    /** The grid of each table read so far. */
    readonly #grids = new Map<Element, TableGrid>();

    constructor(options: WalkOptions) {
        this.#options = options;
        this.#roots = new Set(options.roots);
        this.#last = options.roots[options.roots.length - 1];
    }

    walk(node: AnyNode, inLink: boolean, inBold: boolean, hint: TextLine['hint']): void {
        if (this.#done) return;
        if (node.type === 'text') {
            this.#addText(node.data, inLink, inBold, hint);
            return;
        }
        if (node.type === 'root') {
            for (const child of node.children) this.walk(child, inLink, inBold, hint);
            return;
        }
        if (node.type !== 'tag') return;
        const el = node as Element;
        if (isInvisible(el)) return;
        if (this.#roots.has(el)) {
            this.flush(this.#content);
            this.#content = true;
            this.#children(el, inLink, inBold, hint);
            this.#endRow(el, hint);
            this.flush(true);
            this.#content = false;
            if (el === this.#last) this.#done = true;
            return;
        }
        if (this.#content && this.#options.skip(el)) {
            if (BLOCK_TAGS.has(el.name)) this.flush(true);
            return;
        }
        const name = el.name;
        if (isDisclosureControl(el)) {
            this.#block(el, 'heading');
            return;
        }
        if (name === 'br' || name === 'hr') {
            if (name === 'br' && this.#wrapsCaption()) return;
            this.flush(this.#content);
            return;
        }
        const part = tablePart(el);
        if (part !== null && part !== 'table' && isGridMargin(el)) return;
        const line = part === 'cell' ? this.#cellLine(el) : null;
        if (line) {
            this.#cell(el, line, inLink, inBold, hint);
            return;
        }
        if (part === 'row') {
            this.#block(el, hint);
            return;
        }
        if (name === 'pre') {
            const outer = this.#preWidth;
            this.#preDepth += 1;
            this.#preWidth = longestLine(rawTextOf(el));
            this.#preLine = '';
            this.#block(el, hint);
            this.#preDepth -= 1;
            this.#preWidth = outer;
            return;
        }
        if (!BLOCK_TAGS.has(name)) {
            this.#children(el, inLink || name === 'a', inBold || BOLD_TAGS.has(name), hint);
            return;
        }
        if (name === 'figcaption') {
            this.flush(this.#content);
            this.#captionDepth += 1;
            this.#block(el, hint);
            this.#captionDepth -= 1;
            return;
        }
        if (!HEADING_TAGS.has(name)) {
            this.#block(el, name === 'li' ? 'item' : hint);
            return;
        }
        this.#headingRank = Number(name[1]);
        this.#block(el, 'heading');
        this.#headingRank = undefined;
    }

    #block(el: Element, hint: TextLine['hint']): void {
        this.flush(this.#content);
        this.#children(el, false, false, hint);
        this.#endRow(el, hint);
        this.flush(this.#content);
    }

    /** The grid of the table `cell` sits in, moved to the cell's row. */
    #gridOf(cell: Element): TableGrid | null {
        const row = cell.parent;
        const table = row?.type === 'tag' && tablePart(row as Element) === 'row' ? closestTable(row) : null;
        if (!row || !table) return null;
        let grid = this.#grids.get(table);
        if (!grid) {
            grid = { spans: [], row: null, column: 0 };
            this.#grids.set(table, grid);
        }
        if (grid.row !== row) {
            grid.row = row as Element;
            grid.column = 0;
        }
        return grid;
    }

    /** At the end of a table row, prints the cells rows above span into its last columns. */
    #endRow(el: Element, hint: TextLine['hint']): void {
        if (tablePart(el) !== 'row') return;
        const table = closestTable(el);
        const grid = table ? this.#grids.get(table) : undefined;
        if (grid?.row === el) this.#fillSpans(grid, true, hint);
    }

    /**
     * The element holding a cell's one line of text: the cell itself, or the innermost of the single blocks it wraps
     * its text in (`<td><section><span>…</span></section></td>`, as editors of public-account posts write cells).
     * Null for a cell of several lines or blocks (a layout table's cell holding an article).
     */
    #cellLine(cell: Element): Element | null {
        const stats = this.#options.dom.stats;
        let el = cell;
        while (stats.get(el)?.hasBlockChild) {
            const blocks = el.children.filter((c) => c.type === 'tag' || (c.type === 'text' && c.data.trim() !== ''));
            const only = blocks.length === 1 ? (blocks[0] as Element) : null;
            if (!only || only.type !== 'tag' || !BLOCK_TAGS.has(only.name) || only.name === 'br' || tablePart(only) || isInvisible(only)) return null;
            el = only;
        }
        // a wrapper's text must all be inline, not in blocks nested under inline tags (`<div><font><p>…`)
        const s = stats.get(el);
        return el === cell || (s !== undefined && s.inlineChars === s.chars) ? el : null;
    }

    /** A data cell: cells of one row share a line, ` | `-separated as text renderings of tables print them. */
    #cell(el: Element, line: Element, inLink: boolean, inBold: boolean, hint: TextLine['hint']): void {
        const grid = this.#gridOf(el);
        if (grid) this.#fillSpans(grid, false, hint);
        if (this.#chars > 0) this.#parts.push(CELL_SEPARATOR);
        const from = this.#parts.length;
        this.#children(line, inLink, inBold, hint);
        if (!grid) return;
        const text = visibleText(this.#parts.slice(from).join('')).trim();
        const rows = spanOf(el, 'rowspan');
        const columns = spanOf(el, 'colspan');
        for (let i = 0; i < columns; i += 1) {
            if (rows > 1) grid.spans[grid.column] = { text, rows: rows - 1 };
            if (i > 0) this.#parts.push(CELL_SEPARATOR);
            if (i > 0 && !/\d/.test(text) && !SENTENCE_MARK.test(text) && !isLoneCell(el)) this.#addText(text, inLink, inBold, hint);
            grid.column += 1;
        }
    }

    /**
     * Prints the cells that rows above span into this row at its current column: the run of them there, or with
     * `toRowEnd` every one left in the row's last columns.
     */
    #fillSpans(grid: TableGrid, toRowEnd: boolean, hint: TextLine['hint']): void {
        for (; grid.column < grid.spans.length; grid.column += 1) {
            const span = grid.spans[grid.column];
            if (!span || span.rows === 0) {
                if (toRowEnd) continue;
                return;
            }
            span.rows -= 1;
            if (this.#chars > 0) this.#parts.push(CELL_SEPARATOR);
            this.#addText(span.text, false, false, hint);
        }
    }

    #children(el: Element, inLink: boolean, inBold: boolean, hint: TextLine['hint']): void {
        for (const child of el.children) this.walk(child, inLink, inBold, hint);
    }

    #addText(data: string, inLink: boolean, inBold: boolean, hint: TextLine['hint']): void {
        if (this.#preDepth > 0 && data.includes('\n')) {
            // preformatted text (a bulletin pasted as typed) breaks its lines where the text does
            data.split('\n').forEach((line, i) => {
                if (i > 0 && !this.#wrapsInto(line)) this.flush(this.#content);
                this.#addLine(line, inLink, inBold, hint);
                this.#preLine = line;
            });
            return;
        }
        this.#addLine(data, inLink, inBold, hint);
        if (this.#preDepth > 0) this.#preLine += data;
    }

    /**
     * A picture's caption is set in short lines to fit under it (`退休人员<br>按月划入<br>每人每月70元`): a `<br>` in a
     * `<figcaption>` wraps one statement, unless the line before it ends one (a sentence end, or a figure's unit).
     */
    #wrapsCaption(): boolean {
        return this.#captionDepth > 0 && !CAPTION_LINE_END.test(this.#parts.join('').trimEnd());
    }

    /**
     * Plain text typed to a fixed width wraps a paragraph onto the next line: a full-width line that ends no
     * sentence runs on into a next line that is neither blank nor indented (an indent opens a paragraph).
     */
    #wrapsInto(next: string): boolean {
        const line = this.#preLine;
        const width = displayWidth(line.trimEnd());
        return width >= MIN_WRAPPED_WIDTH && width >= this.#preWidth * WRAPPED_WIDTH_SHARE &&
            !ENDS_SENTENCE.test(line.trimEnd()) && next.trim().length > 0 && !/^\s/.test(next) && !sameRecordShape(line, next);
    }

    #addLine(data: string, inLink: boolean, inBold: boolean, hint: TextLine['hint']): void {
        const { chars, punct } = countText(data);
        this.#parts.push(data);
        if (chars === 0) return;
        if (this.#chars === 0) this.#hint = hint;
        this.#chars += chars;
        this.#punct += punct;
        if (inLink) this.#linkChars += chars;
        if (inBold) this.#boldChars += chars;
    }

    /** Ends the current line, if it has any text. */
    flush(content: boolean): void {
        if (this.#chars > 0) {
            const text = visibleText(this.#parts.join(''));
            const boldOnly = this.#boldChars === this.#chars;
            const hint = this.#hint ?? (boldOnly ? 'heading' : undefined);
            const line: WalkedLine = {
                text, chars: this.#chars, linkChars: this.#linkChars, boldChars: this.#boldChars,
                punct: this.#punct, content,
            };
            if (hint) line.hint = hint;
            if (hint === 'heading' && this.#headingRank !== undefined) line.rank = this.#headingRank;
            if (this.#captionDepth > 0) line.whole = true;
            this.lines.push(line);
        }
        this.#parts = [];
        this.#chars = 0;
        this.#linkChars = 0;
        this.#boldChars = 0;
        this.#punct = 0;
        this.#hint = undefined;
    }
}

/** What ends a caption line that states something: sentence punctuation, or the unit of a figure. */
const CAPTION_LINE_END = /(?:[。!?！？;；:：]|\d\s*(?:万?元|块|[%％]|周?岁|个?(?:工作|自然)日|天))$/;

/** Two lines with the same number (two or more) of commas: records of a CSV preview, each a line of its own. */
function sameRecordShape(line: string, next: string): boolean {
    const commas = (text: string) => text.split(',').length - 1;
    const count = commas(line);
    return count >= 2 && count === commas(next);
}

function longestLine(text: string): number {
    let longest = 0;
    for (const line of text.split('\n')) longest = Math.max(longest, displayWidth(line.trimEnd()));
    return longest;
}

/** Columns a line takes in a fixed-width font: Chinese and full-width characters take two. */
function displayWidth(text: string): number {
    let width = 0;
    for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
    return width;
}

/** The only cell of its row (a table's title across its width): it heads no column, so it is said once. */
function isLoneCell(cell: Element): boolean {
    const row = cell.parent;
    return row?.type === 'tag' && !row.children.some((c) => c !== cell && c.type === 'tag' && tablePart(c as Element) === 'cell');
}

/** A cell's `rowspan` or `colspan`: 1 unless the attribute is a sensible count (browsers cap rowspan at 65534). */
function spanOf(el: Element, attribute: 'rowspan' | 'colspan'): number {
    const n = Number.parseInt(el.attribs[attribute] ?? '', 10);
    return Number.isFinite(n) && n > 1 ? Math.min(n, 1000) : 1;
}

/** ARIA roles that make any element a table, a row or a cell, as assistive technology reads them. */
const ROLE_PARTS: ReadonlyMap<string, 'table' | 'row' | 'cell'> = new Map([
    ['table', 'table'], ['grid', 'table'], ['treegrid', 'table'], ['row', 'row'],
    ['cell', 'cell'], ['gridcell', 'cell'], ['columnheader', 'cell'], ['rowheader', 'cell'],
]);

/**
 * Which part of a table an element is: by its tag, by its ARIA role when it is built from other elements, or by
 * its shape when it is a grid of blocks without roles (see `isBlockGrid`).
 */
function tablePart(el: Element): 'table' | 'row' | 'cell' | null {
    if (el.name === 'table') return 'table';
    if (el.name === 'tr') return 'row';
    if (el.name === 'td' || el.name === 'th') return 'cell';
    const role = el.attribs.role?.trim().toLowerCase();
    const byRole = role && ROLE_PARTS.get(role);
    if (byRole) return byRole;
    if (!GRID_ROW_TAGS.has(el.name)) return null;
    const parent = el.parent?.type === 'tag' ? (el.parent as Element) : null;
    if (parent && isBlockGrid(parent)) return 'row';
    const grand = parent?.parent?.type === 'tag' ? (parent.parent as Element) : null;
    if (grand && GRID_ROW_TAGS.has(parent!.name) && isBlockGrid(grand)) return 'cell';
    return isBlockGrid(el) ? 'table' : null;
}

/** Tags a grid built of blocks uses for itself, its rows and its cells. */
const GRID_ROW_TAGS: ReadonlySet<string> = new Set(['div', 'li', 'ul', 'ol', 'section']);
/** Rows (a header among them) and cells per row a grid of blocks needs, and the longest text of one of its cells. */
const MIN_GRID_ROWS = 3;
const MIN_GRID_CELLS = 2;
const MAX_GRID_CELL_CHARS = 24;
const gridMemo = new WeakMap<Element, boolean>();

/**
 * A block of three or more rows, each the same number (two or more) of blocks of short text without sentences,
 * the first naming the columns (an online spreadsheet or a data grid drawn in `<div>`s): a table, its rows read as a table's rows are, cells
 * joined by ` | ` (a page of single cells would otherwise read as one number per line).
 */
function isBlockGrid(el: Element): boolean {
    let known = gridMemo.get(el);
    if (known === undefined) {
        known = measureGrid(el);
        gridMemo.set(el, known);
    }
    return known;
}

function measureGrid(el: Element): boolean {
    const rows: Element[] = [];
    for (const child of el.children) {
        if (child.type === 'text' && child.data.trim() !== '') return false;
        if (child.type === 'tag') rows.push(child as Element);
    }
    if (rows.length < MIN_GRID_ROWS) return false;
    let width = -1;
    for (const row of rows) {
        if (!GRID_ROW_TAGS.has(row.name) || row.name !== rows[0]!.name) return false;
        let cells = 0;
        for (const child of row.children) {
            if (child.type === 'text' && child.data.trim() !== '') return false;
            if (child.type !== 'tag') continue;
            if (!isGridCell(child as Element)) return false;
            cells += 1;
        }
        if (cells < MIN_GRID_CELLS || (width >= 0 && cells !== width)) return false;
        width = cells;
    }
    markMargins(rows);
    return hasHeaderRow(rows);
}

/** A cell that is a number, maybe with a short unit (`84`, `12.4万人`, `96%`). */
const NUMBER_CELL = /^\s*[\d０-９][\d０-９.,]*\s*[^\s\d]{0,2}\s*$/;

/**
 * A table heads its columns: its first data row names them (no cell of it is a number) and a later row holds
 * numbers. Cards of a dashboard (`93 | 元/月 | 某项标准` in each) repeat one shape with no header: not a table.
 */
function hasHeaderRow(rows: readonly Element[]): boolean {
    const dataRows = rows.filter((row) => !isGridMargin(row));
    const holdsNumber = (row: Element) => cellsOf(row).some((cell) => !isGridMargin(cell) && NUMBER_CELL.test(rawTextOf(cell)));
    return dataRows.length >= MIN_GRID_ROWS - 1 && !holdsNumber(dataRows[0]!) && dataRows.slice(1).some(holdsNumber);
}

/** The row numbers and column letters a spreadsheet draws around its cells: not data (see `markMargins`). */
const gridMargins = new WeakSet<Element>();

function isGridMargin(el: Element): boolean {
    return gridMargins.has(el);
}

const cellsOf = (row: Element): Element[] => row.children.filter((c): c is Element => c.type === 'tag');

/**
 * A spreadsheet's margins: a first column that is blank or counts the rows (`1`, `2`, `3` …), and a first row
 * whose other cells letter the columns (`A`, `B`, `C` …). Left out, the grid's first column and row are its
 * labels, as in any table.
 */
function markMargins(rows: readonly Element[]): void {
    const firsts = rows.map((row) => rawTextOf(cellsOf(row)[0]!).trim());
    const numbers = firsts.filter(Boolean).map(Number);
    const counts = numbers.length >= MIN_GRID_CELLS && numbers.every((n, i) => Number.isInteger(n) && (i === 0 || n === numbers[i - 1]! + 1));
    if (counts) for (const row of rows) gridMargins.add(cellsOf(row)[0]!);
    const letters = cellsOf(rows[0]!).slice(counts ? 1 : 0).map((c) => rawTextOf(c).trim());
    const lettered = letters.length >= MIN_GRID_CELLS &&
        letters.every((l, i) => /^[A-Z]$/.test(l) && (i === 0 || l.charCodeAt(0) === letters[i - 1]!.charCodeAt(0) + 1));
    if (lettered) gridMargins.add(rows[0]!);
}

/** A block holding only a short run of inline text, no sentence in it. */
function isGridCell(el: Element): boolean {
    if (!GRID_ROW_TAGS.has(el.name) || el.name === 'ul' || el.name === 'ol') return false;
    if (el.children.some((c) => c.type === 'tag' && BLOCK_TAGS.has((c as Element).name))) return false;
    const text = rawTextOf(el).trim();
    return text.length <= MAX_GRID_CELL_CHARS && !SENTENCE_MARK.test(text);
}

function closestTable(el: Element): Element | null {
    for (let node = el.parent; node; node = node.parent) {
        if (node.type === 'tag' && tablePart(node as Element) === 'table') return node as Element;
    }
    return null;
}
