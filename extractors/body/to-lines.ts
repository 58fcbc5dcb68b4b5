import type { AnyNode, Element } from 'domhandler';
import type { TextLine } from '../passages/from-lines.js';
import { countText, isInvisible, type DomStats } from './dom-stats.js';
import { BLOCK_TAGS, BOLD_TAGS, HEADING_TAGS } from './vocab.js';
import { visibleText } from '../visible-text.js';

/** Between the cells of a table row on one line. */
const CELL_SEPARATOR = ' | ';

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
 * table row ends a line; `<li>` lines are items and `<h1>`–`<h6>` headings; a line entirely in bold is a
 * heading; data-table cells are joined by ` | `. Text before the roots comes back with `content: false`.
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
    #content = false;
    #done = false;
    readonly #options: WalkOptions;
    readonly #roots: Set<Element>;
    readonly #last: Element | undefined;

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
        if (name === 'br' || name === 'hr') {
            this.flush(this.#content);
            return;
        }
        if ((name === 'td' || name === 'th') && !this.#options.dom.stats.get(el)?.hasBlockChild) {
            // A data cell: cells of one row share a line, ` | `-separated as text renderings of tables print them.
            if (this.#chars > 0) this.#parts.push(CELL_SEPARATOR);
            this.#children(el, inLink, inBold, hint);
            return;
        }
        if (!BLOCK_TAGS.has(name)) {
            this.#children(el, inLink || name === 'a', inBold || BOLD_TAGS.has(name), hint);
            return;
        }
        this.flush(this.#content);
        const blockHint = name === 'li' ? 'item' : HEADING_TAGS.has(name) ? 'heading' : hint;
        this.#children(el, false, false, blockHint);
        this.flush(this.#content);
    }

    #children(el: Element, inLink: boolean, inBold: boolean, hint: TextLine['hint']): void {
        for (const child of el.children) this.walk(child, inLink, inBold, hint);
    }

    #addText(data: string, inLink: boolean, inBold: boolean, hint: TextLine['hint']): void {
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
