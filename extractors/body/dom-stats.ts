import type { AnyNode, Element } from 'domhandler';
import {
    BLOCK_TAGS,
    CONTENT_CLASS_WORDS,
    FURNITURE_CLASS_WORDS,
    FIGURE_STATEMENT,
    FURNITURE_ROLES,
    FURNITURE_TAGS,
    INVISIBLE_TAGS,
    LIST_WRAPPER_TAGS,
    PARAGRAPH_TAGS,
    PHRASING_BLOCK_TAGS,
    PROSE_PUNCTUATION,
} from './vocab.js';
import { visibleText } from '../visible-text.js';

/** What one pass over the tree learns about an element's subtree. */
export interface ElementStats {
    /** Visible characters, whitespace not counted. */
    chars: number;
    /** Of those, characters of link text (a link whose text is itself prose counts as text). */
    linkChars: number;
    /** Prose punctuation marks. */
    punct: number;
    /** Links (`<a href>`) inside. */
    links: number;
    /** Characters of text that sits directly in this block (through inline tags only), and its link part. */
    inlineChars: number;
    inlineLinkChars: number;
    inlinePunct: number;
    /** Of the direct text outside links, digits and the separators of dates and times (`2026-05-22 10:30`). */
    inlineNumberChars: number;
    /** A block element or `<br>` is among the children: a table cell holding one is layout, not data. */
    hasBlockChild: boolean;
    /** First non-empty text (trimmed, at most 40 characters) and whether it is link text. */
    first: string | null;
    firstInLink: boolean;
    /** Readability-style score (see `scoreParagraphs`); 0 until scored. */
    score: number;
    /** Class/id words say furniture (-1), article (+1) or nothing (0). */
    classSignal: -1 | 0 | 1;
    /** Tag, role or `hidden` make it page furniture. */
    furniture: boolean;
}

export interface DomStats {
    stats: Map<Element, ElementStats>;
    /** Blocks with enough direct text to score, in document order. */
    paragraphs: Element[];
    /** Elements whose whole text is short (≤ 20 chars), in document order: heading candidates. */
    shortTexts: Element[];
}

/** Shortest direct text, in characters, that makes a block a scoring paragraph. */
const MIN_PARAGRAPH_CHARS = 10;
/**
 * Of that text, characters other than digits and date separators a paragraph needs: the date after a linked
 * headline in a list (`<li><a>…</a><span>2026-05-22</span></li>`) is as long as a short sentence but says nothing.
 */
const MIN_PARAGRAPH_WORD_CHARS = 5;
/** A link whose text has this many characters and prose marks is a snippet, not a menu entry. */
const PROSE_LINK_CHARS = 30;
const PROSE_LINK_PUNCT = 2;
/** Characters per score point, and the cap of the length bonus (Chinese is dense: 50 chars ≈ 100 Latin). */
const CHARS_PER_POINT = 50;
const MAX_LENGTH_POINTS = 3;
const SHORT_TEXT_CHARS = 20;
/** Containers above a paragraph's holder that share its points: the next at half, then a sixth, a ninth. */
const MAX_SCORED_LEVEL = 3;

/**
 * Per UTF-16 code unit: 1 for whitespace, 2 for prose punctuation, 3 for digits and the separators of dates and
 * times (a table: this runs on every character).
 */
const CHAR_CLASS = new Uint8Array(0x10000);
for (let code = 0; code <= 32; code++) CHAR_CLASS[code] = 1;
for (const c of '0123456789-/:.') CHAR_CLASS[c.charCodeAt(0)] = 3;
CHAR_CLASS[0xa0] = 1;
CHAR_CLASS[0x3000] = 1;
for (const c of PROSE_PUNCTUATION) CHAR_CLASS[c.charCodeAt(0)] = 2;

/** Tag name, or null for nodes that are not elements. */
export function tagOf(node: AnyNode): string | null {
    return node.type === 'tag' || node.type === 'script' || node.type === 'style' ? (node as Element).name : null;
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * True when the element carries no visible text by nature (`<script>`, `<svg>`, `<head>`) or is hidden for good.
 * A collapsed accordion panel is not: a reader opens it with one click, so its answer is the page's text.
 */
export function isInvisible(el: Element): boolean {
    if (INVISIBLE_TAGS.has(el.name)) return !isDisclosureControl(el);
    if (el.attribs['aria-hidden'] === 'true') return true;
    const { style } = el.attribs;
    const hidden = el.attribs.hidden !== undefined || (style !== undefined && HIDDEN_STYLE.test(style));
    return hidden && !isDisclosurePanel(el);
}

/** A button that opens and closes a panel (`<button aria-expanded>`): its text is the panel's heading. */
export function isDisclosureControl(el: Element): boolean {
    return el.name === 'button' && el.attribs['aria-expanded'] !== undefined;
}

/** A hidden block right after the control that opens it (`aria-expanded`, `aria-controls`, `role=button`). */
function isDisclosurePanel(el: Element): boolean {
    let control = el.prev;
    while (control && control.type !== 'tag') control = control.prev;
    if (!control) return false;
    const { attribs } = control as Element;
    return attribs['aria-expanded'] !== undefined || attribs['aria-controls'] !== undefined || attribs.role === 'button';
}

/**
 * Measures every element of the tree in one post-order pass: text length, link text, punctuation, first text.
 * Invisible elements (`<script>`, `hidden`) are left out as if absent.
 */
export function measureDom(root: AnyNode): DomStats {
    const out: DomStats = { stats: new Map(), paragraphs: [], shortTexts: [] };
    visit(root, false, out);
    return out;
}

/**
 * Gives every paragraph's points (1 + punctuation + a length bonus) to the element that holds it in full and
 * to that element's parent at half, Readability-style. Paragraphs inside `excluded` blocks score nothing.
 */
export function scoreParagraphs(dom: DomStats, excluded: (el: Element) => boolean): void {
    for (const p of dom.paragraphs) {
        if (excluded(p) || isFieldValue(p)) continue;
        const s = dom.stats.get(p) as ElementStats;
        const own = p.name === 'tr' ? s.chars - s.linkChars : s.inlineChars - s.inlineLinkChars;
        const points = 1 + s.inlinePunct + Math.min(own / CHARS_PER_POINT, MAX_LENGTH_POINTS);
        const holder = holderOf(p, s);
        if (holder) addScore(dom.stats, holder, points);
        let up = holder ? containerAbove(holder) : null;
        for (let level = 1; up && level <= MAX_SCORED_LEVEL; level++, up = containerAbove(up)) {
            addScore(dom.stats, up, level === 1 ? points / 2 : points / (level * 3));
        }
    }
}

/**
 * Class signal per distinct class/id string: templates repeat the same few on hundreds of elements, and a site's
 * pages share their template. Bounded, as a crawl over many sites meets many.
 */
type SignalCache = Map<string, -1 | 0 | 1>;
const CLASS_SIGNALS: SignalCache = new Map();
const MAX_CLASS_SIGNALS = 4096;

/**
 * The measures of one element. Its class signal is read from its class and id words when first asked: only the
 * elements the body reader weighs as candidates or meets inside the article ask, most of a page's never do.
 */
class MeasuredElement implements ElementStats {
    chars = 0;
    linkChars = 0;
    punct = 0;
    links: number;
    inlineChars = 0;
    inlineLinkChars = 0;
    inlinePunct = 0;
    inlineNumberChars = 0;
    hasBlockChild = false;
    first: string | null = null;
    firstInLink = false;
    score = 0;
    furniture: boolean;
    readonly #el: Element;
    #classSignal: -1 | 0 | 1 | undefined;

    constructor(el: Element, isRoot: boolean, links: number) {
        this.#el = el;
        this.links = links;
        this.furniture = !isRoot && isFurniture(el);
        if (isRoot) this.#classSignal = 0;
    }

    get classSignal(): -1 | 0 | 1 {
        return (this.#classSignal ??= classSignalOf(this.#el, CLASS_SIGNALS));
    }

    set classSignal(signal: -1 | 0 | 1) {
        this.#classSignal = signal;
    }
}

function visit(node: AnyNode, inLink: boolean, out: DomStats): ElementStats | null {
    const el = node as Element;
    if (node.type !== 'root' && isInvisible(el)) return null;
    const isLink = el.name === 'a';
    const s = new MeasuredElement(el, node.type === 'root', isLink && el.attribs.href !== undefined ? 1 : 0);
    const linkHere = inLink || isLink;
    const paragraphsBefore = out.paragraphs.length;
    for (const child of el.children ?? []) {
        if (child.type === 'text') {
            const { chars, punct, numbers } = countText(child.data);
            if (chars === 0) continue;
            s.chars += chars;
            s.punct += punct;
            s.inlineChars += chars;
            s.inlinePunct += punct;
            if (linkHere) {
                s.linkChars += chars;
                s.inlineLinkChars += chars;
            } else {
                s.inlineNumberChars += numbers;
            }
            if (s.first === null) {
                s.first = child.data.trim().slice(0, 40);
                s.firstInLink = linkHere;
            }
        } else if (child.type === 'tag') {
            const c = visit(child, linkHere, out);
            if (!c) continue;
            s.chars += c.chars;
            s.linkChars += c.linkChars;
            s.punct += c.punct;
            s.links += c.links;
            if (s.first === null && c.first !== null) {
                s.first = c.first;
                s.firstInLink = c.firstInLink;
            }
            if (BLOCK_TAGS.has(child.name) || child.name === 'br') {
                s.hasBlockChild = true;
            } else {
                s.inlineChars += c.inlineChars;
                s.inlineLinkChars += c.inlineLinkChars;
                s.inlinePunct += c.inlinePunct;
                s.inlineNumberChars += c.inlineNumberChars;
            }
        }
    }
    if (isLink && s.chars >= PROSE_LINK_CHARS && s.punct >= PROSE_LINK_PUNCT) {
        s.linkChars = 0;
        s.inlineLinkChars = 0;
    }
    if (node.type === 'root') return s;
    out.stats.set(el, s);
    if (BLOCK_TAGS.has(el.name) && isParagraphText(s)) out.paragraphs.push(el);
    else if (isFigureRow(el, s, out.paragraphs.length - paragraphsBefore)) out.paragraphs.push(el);
    if (s.chars > 0 && s.chars <= SHORT_TEXT_CHARS) out.shortTexts.push(el);
    return s;
}

/** Enough direct text outside links, and not only a date or a number (see `MIN_PARAGRAPH_WORD_CHARS`). */
function isParagraphText(s: ElementStats): boolean {
    const own = s.inlineChars - s.inlineLinkChars;
    return own >= MIN_PARAGRAPH_CHARS && own - s.inlineNumberChars >= MIN_PARAGRAPH_WORD_CHARS;
}

/** A label cell of a form-like table (`发布机构:`, `索 引 号：`). */
const FIELD_LABEL = /[:：]\s*$/;

/**
 * A table cell right after a label cell (`发布机构: | 某局`): the value of a field of the page's metadata or of a
 * form, not a paragraph of the article.
 */
function isFieldValue(cell: Element): boolean {
    if (cell.name !== 'td' && cell.name !== 'th') return false;
    let prev = cell.prev;
    while (prev && prev.type !== 'tag') prev = prev.prev;
    const label = prev as Element | null;
    return !!label && (label.name === 'td' || label.name === 'th') && FIELD_LABEL.test(textOf(label));
}

/**
 * A table row of short cells, none a paragraph of its own, that states a figure with its unit (`某市 | 70岁以下 |
 * 120元/月`): data as telling as a sentence, so it scores as one paragraph.
 */
function isFigureRow(el: Element, s: ElementStats, paragraphsInside: number): boolean {
    return el.name === 'tr' && paragraphsInside === 0 && s.chars - s.linkChars >= MIN_PARAGRAPH_CHARS && FIGURE_STATEMENT.test(textOf(el));
}

/** Counts non-whitespace characters, prose punctuation and digits (with date separators) in one pass. */
export function countText(data: string): { chars: number; punct: number; numbers: number } {
    let chars = 0;
    let punct = 0;
    let numbers = 0;
    for (let i = 0; i < data.length; i++) {
        const cls = CHAR_CLASS[data.charCodeAt(i)];
        if (cls === 1) continue;
        chars++;
        if (cls === 2) punct++;
        else if (cls === 3) numbers++;
    }
    return { chars, punct, numbers };
}

/** Visible text of a (small) subtree: whitespace collapsed, control characters dropped. */
export function textOf(node: AnyNode): string {
    return visibleText(rawTextOf(node));
}

/** Visible text of a (small) subtree as written, whitespace and all. */
export function rawTextOf(node: AnyNode): string {
    if (node.type === 'text') return node.data;
    if (node.type !== 'tag' || isInvisible(node)) return '';
    let text = '';
    for (const child of node.children) text += rawTextOf(child);
    return text;
}

/** Whitespace and the control characters `visibleText` removes: never the last character of a visible text. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const INVISIBLE_CHAR = /[\s\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;

/**
 * The last character of `textOf(node)` ('' when it is empty), read backwards from the end: asking how a long
 * block ends need not build its whole text.
 */
export function lastVisibleChar(node: AnyNode): string {
    if (node.type === 'text') {
        for (let i = node.data.length - 1; i >= 0; i--) if (!INVISIBLE_CHAR.test(node.data[i]!)) return node.data[i]!;
        return '';
    }
    if (node.type !== 'tag' || isInvisible(node)) return '';
    for (let i = node.children.length - 1; i >= 0; i--) {
        const last = lastVisibleChar(node.children[i]!);
        if (last) return last;
    }
    return '';
}

/**
 * The element a paragraph's score goes to: its nearest container, skipping list and table wrappers, inline tags
 * and paragraphs (a `<p>` inside `<p><b>…` is there only because a tag was left open). A container with text of
 * its own (`<div>` of `<br>` lines, a layout `<td>`) holds itself, unless it is the text of a list item
 * (`<li><em>1</em><div>…</div></li>`): then it scores for the list's container, as the item itself would.
 */
function holderOf(p: Element, s: ElementStats): Element | null {
    if (p.name === 'tr') return containerAbove(p);
    const layoutCell = (p.name === 'td' || p.name === 'th') && s.hasBlockChild;
    if (layoutCell) return p;
    if (PARAGRAPH_TAGS.has(p.name)) return containerAbove(p);
    const item = parentElement(p);
    return item && LIST_ITEM_TAGS.has(item.name) ? containerAbove(item) : p;
}

/** Items of a list, whose text block belongs to the list. */
const LIST_ITEM_TAGS: ReadonlySet<string> = new Set(['li', 'dd']);

/** The nearest ancestor that can hold paragraphs: a block that is neither a list/table wrapper nor phrasing. */
export function containerAbove(el: Element): Element | null {
    let up = parentElement(el);
    while (up && (LIST_WRAPPER_TAGS.has(up.name) || PHRASING_BLOCK_TAGS.has(up.name) || !BLOCK_TAGS.has(up.name))) {
        up = parentElement(up);
    }
    return up;
}

export function parentElement(el: Element): Element | null {
    const parent = el.parent;
    return parent && parent.type === 'tag' ? (parent as Element) : null;
}

function addScore(stats: Map<Element, ElementStats>, el: Element, points: number): void {
    const s = stats.get(el);
    if (s) s.score += points;
}

function isFurniture(el: Element): boolean {
    if (el.name === 'figure') return !holdsTable(el);
    if (el.name === 'form') return !isChecklist(el);
    if (FURNITURE_TAGS.has(el.name)) return true;
    const { role } = el.attribs;
    return role !== undefined && FURNITURE_ROLES.has(role.toLowerCase());
}

/**
 * A form whose only controls are checkboxes, with nothing to submit, is a printable checklist (`□ 身份证`, `□ 先在…备案`):
 * its labels are the page's text. A form that asks for input or sends it (a search box, a poll) stays furniture.
 */
export function isChecklist(form: Element): boolean {
    const controls = descendantsNamed(form, FORM_CONTROL_TAGS);
    return controls.length > 0 && controls.every((c) => c.name === 'input' && c.attribs.type?.toLowerCase() === 'checkbox');
}

const FORM_CONTROL_TAGS: ReadonlySet<string> = new Set(['input', 'select', 'textarea', 'button']);

function descendantsNamed(el: Element, names: ReadonlySet<string>): Element[] {
    return el.children.flatMap((c) => {
        if (c.type !== 'tag') return [];
        const child = c as Element;
        return names.has(child.name) ? [child, ...descendantsNamed(child, names)] : descendantsNamed(child, names);
    });
}

/** Some editors wrap data tables in `<figure>`: such a figure is the article's table, not a picture. */
function holdsTable(el: Element): boolean {
    return el.children.some((c) => c.type === 'tag' && ((c as Element).name === 'table' || holdsTable(c as Element)));
}

const CAPITAL = /[A-Z]/;
const CAMEL_BREAK = /([a-z])([A-Z])/g;

/**
 * Whole words of class and id (`related-list` → related, list; `sideBar` → side, bar). Most class strings are
 * lower case: the camel-case split (a replace with captures, some twice the cost of the rest) runs only on the others.
 */
function classWords(raw: string): string[] {
    return (CAPITAL.test(raw) ? raw.replace(CAMEL_BREAK, '$1 $2') : raw)
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}

/** True when a whole word of `el`'s class or id is in `words` (answers cached per class/id string in `cache`). */
export function hasClassWord(el: Element, words: ReadonlySet<string>, cache: Map<string, boolean>): boolean {
    const { class: cls, id } = el.attribs;
    if (!cls && !id) return false;
    const raw = id ? `${cls ?? ''} ${id}` : cls!;
    let found = cache.get(raw);
    if (found === undefined) {
        found = classWords(raw).some((w) => words.has(w));
        cache.set(raw, found);
    }
    return found;
}

/** Furniture (-1) when any word says so, else article (+1) when any word says so, else 0. */
function signalOfWords(words: readonly string[]): -1 | 0 | 1 {
    let signal: -1 | 0 | 1 = 0;
    for (const word of words) {
        if (FURNITURE_CLASS_WORDS.has(word)) return -1;
        if (CONTENT_CLASS_WORDS.has(word)) signal = 1;
    }
    return signal;
}

function classSignalOf(el: Element, cache: SignalCache): -1 | 0 | 1 {
    const { class: cls, id } = el.attribs;
    if (!cls && !id) return 0;
    // most elements have a class and no id: their class string is the key as it stands, no new string to hash
    const raw = id ? `${cls ?? ''} ${id}` : cls!;
    let signal = cache.get(raw);
    if (signal === undefined) {
        signal = signalOfWords(classWords(raw));
        if (cache.size >= MAX_CLASS_SIGNALS) cache.clear();
        cache.set(raw, signal);
    }
    return signal;
}
