import type { Element } from 'domhandler';
import { containerAbove, hasClassWord, isChecklist, lastVisibleChar, parentElement, rawTextOf, textOf, type DomStats, type ElementStats } from './dom-stats.js';
import { BLOCK_TAGS, COMMENT_CLASS_WORDS, FIGURE_STATEMENT, LIST_WRAPPER_TAGS, PARAGRAPH_TAGS, PHRASING_BLOCK_TAGS, REPLY_CLASS_WORDS, WRITTEN_AMOUNT } from './vocab.js';

/** Score multipliers for class/id words: furniture words sink a block, article words lift it. */
const CLASS_FACTOR = { '-1': 0.3, '0': 1, '1': 1.25 } as const;
/** A sibling of the best block joins the article when it scores this share of the best (and at least the floor). */
const SIBLING_SHARE = 0.2;
const SIBLING_FLOOR = 10;
/** A sibling paragraph with this much own text and little link text joins whatever its score. */
const SIBLING_PARAGRAPH_CHARS = 40;
const SIBLING_MAX_LINK_DENSITY = 0.25;
/** Sentence marks a sibling of unlinked text needs to be prose rather than a caption or a label. */
const MIN_SIBLING_PUNCT = 2;
/** Own text (not link text) an item of a list of snippets needs to be one. */
const MIN_SNIPPET_CHARS = 10;
const MIN_SNIPPETS = 3;
/** Rows a table of facts needs, and the longest label cell (`承诺办结时限`) read as a label. */
const MIN_FACT_ROWS = 2;
const MAX_LABEL_CHARS = 8;
/** More links than this in a sibling make it a list of other pages, not part of the article. */
const SIBLING_MAX_LINKS = 2;
/** A list whose items mostly open with a link is a list of teasers (titles of other articles). */
const TEASER_MIN_ITEMS = 3;
const TEASER_SHARE = 0.6;
/**
 * The best block holding this share of its parent's text makes the parent a wrapper (the block plus a title, an
 * author line, a footer): then blocks after the wrapper may continue the article (the other answers of a Q&A page).
 */
const WRAPPER_SHARE = 0.6;
/**
 * Such a following block may link author names and buttons (`热心网友`, `评论`), not headlines: longer link text
 * on average makes it a teaser of other articles (`下一篇:…` with its snippet).
 */
const CONTINUATION_MAX_CHARS_PER_LINK = 8;

/** Blocks weighed as rival candidates, how close to the best they must score, and how many make a wrapper. */
const TOP_CANDIDATES = 5;
/** Levels above the article searched for the block that repeats as a thread's posts. */
const MAX_POST_DEPTH = 12;
const RIVAL_SHARE = 0.75;
/** A block whose text ends on a question mark asks: the blocks after it may be its answers. */
const QUESTION_MARKS: ReadonlySet<string> = new Set(['?', '？']);
const MIN_RIVALS = 3;

/** Share of an element's text that is link text. */
export function linkDensity(s: ElementStats): number {
    return s.chars === 0 ? 0 : s.linkChars / s.chars;
}

/** True for an element whose children mostly start with a link: a list of other articles' titles. */
export function isTeaserList(el: Element, dom: DomStats): boolean {
    let items = 0;
    let linked = 0;
    for (const child of el.children) {
        if (child.type !== 'tag') continue;
        const s = dom.stats.get(child as Element);
        if (!s || s.chars === 0) continue;
        items++;
        if (s.firstInLink) linked++;
    }
    return linked >= TEASER_MIN_ITEMS && linked >= items * TEASER_SHARE;
}

/**
 * The elements that hold the article text, in document order: the best-scoring block (paragraph score, less its
 * link text, weighed by class words) plus those of its siblings that read as more of the same. Furniture and
 * foreign blocks never qualify. Empty when nothing on the page scores (no paragraph of text at all).
 */
export function findContentRoots(dom: DomStats, excluded: (el: Element) => boolean): Element[] {
    const top = topCandidates(dom, excluded);
    if (top.length === 0) return [];
    const bestScore = top[0]!.score;
    let best = outsidePhrasing(climbWhileScoreGrows(dom, commonAncestorOfRivals(top)));
    best = snippetListAround(best, dom) ?? best;
    best = checklistAround(best) ?? best;
    const parent = parentElement(best);
    if (!parent) return [best];
    const threshold = Math.max(SIBLING_FLOOR, bestScore * SIBLING_SHARE);
    const roots: Element[] = [];
    let afterBest = false;
    for (const child of parent.children) {
        if (child.type !== 'tag') continue;
        const el = child as Element;
        if (el === best || joinsAsSibling(el, dom, threshold, excluded) || isTwinPage(el, best, dom, excluded) ||
            isSectionLike(el, best, dom, excluded) ||
            (afterBest && isSingleReply(el, dom))) roots.push(el);
        afterBest ||= el === best;
    }
    const bestChars = dom.stats.get(best)?.chars ?? 0;
    // The article, a post or an answer may be one of several blocks of one shape (sections of a long story,
    // the posts of a thread): the prose of those before and after it is text too. (Blocks of the best one's own
    // shape beside it are its siblings, weighed above.)
    const repeated = repeatedAncestor(best);
    const post = repeated === best ? null : repeated;
    const more: Element[] = [];
    if (bestChars >= (dom.stats.get(parent)?.chars ?? 0) * WRAPPER_SHARE) {
        more.push(...continuationParagraphs(parent, dom, excluded, post === parent ? post : null));
    }
    if (post && post !== parent) more.push(...continuationParagraphs(post, dom, excluded, post));
    // A thread's opening post comes before the reply that scores best: the prose of twins before it is text too.
    const before = repeated ? precedingParagraphs(repeated, dom, excluded).filter((p) => !roots.some((r) => isInside(p, r) || isInside(r, p))) : [];
    more.push(...answersAfter(best, top, dom, excluded));
    return [...before, ...roots, ...more];
}

/**
 * A rival block after the best one made of blocks of one shape, each with prose of its own (the answers under a
 * question, the replies under a post): those are text too, however short each is. When the best block asks (ends
 * on a question mark), such a block counts as its answers at a sibling's share of its score. Their prose blocks
 * are read; furniture and links between them stay out.
 */
function answersAfter(best: Element, top: readonly Candidate[], dom: DomStats, excluded: (el: Element) => boolean): Element[] {
    const found: Element[] = [];
    // whether the best block asks is read only when a rival scores high enough for it to matter
    let share: number | undefined;
    for (const { el, score } of top.slice(1)) {
        if (score < top[0]!.score * SIBLING_SHARE) continue;
        share ??= QUESTION_MARKS.has(lastVisibleChar(best)) ? SIBLING_SHARE : RIVAL_SHARE;
        if (score < top[0]!.score * share || isInside(el, best) || isInside(best, el) || !follows(el, best)) continue;
        const s = dom.stats.get(el)!;
        if (!continues(el, s, dom, excluded, false) || !holdsRepeatedProse(el, dom)) continue;
        collectProse(el, dom, proseParagraphs(dom), found);
    }
    return found;
}

/** True when `el` comes after `other` in document order (neither inside the other). */
export function follows(el: Element, other: Element): boolean {
    const a = pathFromTop(el);
    const b = pathFromTop(other);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    const parent = a[i - 1];
    if (!parent || i >= a.length || i >= b.length) return false;
    return parent.children.indexOf(a[i]!) > parent.children.indexOf(b[i]!);
}

/** `el` and its ancestor elements, outermost first. */
function pathFromTop(el: Element): Element[] {
    const up: Element[] = [];
    for (let e: Element | null = el; e; e = parentElement(e)) up.unshift(e);
    return up;
}

/** Two or more child blocks of one shape (see `sameShape`) that each hold text. */
function holdsRepeatedProse(el: Element, dom: DomStats): boolean {
    const blocks = el.children.filter((c): c is Element => c.type === 'tag' && (dom.stats.get(c as Element)?.chars ?? 0) > 0);
    return blocks.some((a, i) => blocks.some((b, j) => j > i && sameShape(a, b)));
}

/**
 * A block of the best one's own shape after it (the next card of a list of snippets, the next part of a text cut
 * into blocks) carries the text on, however little of it there is.
 */
function isTwinPage(el: Element, best: Element, dom: DomStats, excluded: (el: Element) => boolean): boolean {
    const s = dom.stats.get(el);
    return !!s && s.chars > 0 && sameShape(el, best) && isAfter(el, best) && continues(el, s, dom, excluded, false);
}

function isAfter(el: Element, other: Element): boolean {
    for (let n = other.nextSibling; n; n = n.nextSibling) if (n === el) return true;
    return false;
}

/** Prose paragraphs of the blocks of `post`'s shape that come before it, in document order. */
function precedingParagraphs(post: Element, dom: DomStats, excluded: (el: Element) => boolean): Element[] {
    const twins: Element[] = [];
    for (let n = post.previousSibling; n; n = n.previousSibling) {
        if (n.type === 'tag' && sameShape(n as Element, post)) twins.unshift(n as Element);
    }
    const found: Element[] = [];
    // a twin's caption stating a figure (`每月记入90元` under a slide's picture) is its text, punctuated or not
    const prose = new Set([...proseParagraphs(dom), ...dom.paragraphs.filter((p) => statesFigure(rawTextOf(p)))]);
    for (const el of twins) {
        const s = dom.stats.get(el);
        if (s && s.chars > 0 && continues(el, s, dom, excluded, true)) collectProse(el, dom, prose, found);
    }
    return found;
}

/** A figure with its unit, in digits or Chinese numerals (see `isFigureLine` in index.ts). */
function statesFigure(text: string): boolean {
    return FIGURE_STATEMENT.test(text) || WRITTEN_AMOUNT.test(text);
}

function proseParagraphs(dom: DomStats): Set<Element> {
    return new Set(dom.paragraphs.filter((p) => (dom.stats.get(p)?.inlinePunct ?? 0) > 0));
}

/**
 * The nearest ancestor of the article (a few levels up at most) with sibling blocks of its own shape: a post of
 * a forum thread among the other posts, a section of a long story among the others, each in the same markup.
 */
function repeatedAncestor(el: Element): Element | null {
    let up: Element | null = el;
    for (let level = 0; up && level <= MAX_POST_DEPTH && up.name !== 'body'; level++, up = parentElement(up)) {
        for (const n of up.parent?.children ?? []) {
            if (n !== up && n.type === 'tag' && sameShape(n as Element, up)) return up;
        }
    }
    return null;
}

/**
 * Same tag and class, and ids alike but for their digits (`post_101`, `post_102`); blocks with neither class nor
 * id (old table layouts) must share their inline style instead, or, for table rows, their columns. A class word
 * more on one of them marks a variant of the same block (`post first-post` beside `post`: the opening post of a
 * thread), not another kind of block.
 */
function sameShape(a: Element, b: Element): boolean {
    if (a.name !== b.name || !sameClassOrVariant(a.attribs.class, b.attribs.class) || idShape(a) !== idShape(b)) return false;
    if (a.attribs.class !== undefined || a.attribs.id !== undefined) return true;
    if (a.attribs.style !== undefined && a.attribs.style === b.attribs.style) return true;
    if (a.name !== 'tr') return false;
    const columns = columnsOf(a);
    return columns !== null && columns === columnsOf(b);
}

/**
 * A row's columns (`td.author|td.post`) and the blocks each cell holds, when it has two or more cells that carry a
 * class or width: a forum renders each post as such a row (the poster's column beside the post's, the post a
 * header block and a text block), where a row has no mark of its own. Rows of bare cells (a table of figures) are
 * not told apart by this, and the bands of a portal laid out in a table (logo, menu beside the article, footer)
 * differ in the blocks their cells hold.
 */
const MIN_POST_COLUMNS = 2;

function columnsOf(row: Element): string | null {
    const cells = row.children.filter((c): c is Element => c.type === 'tag' && ((c as Element).name === 'td' || (c as Element).name === 'th'));
    if (cells.length < MIN_POST_COLUMNS || !cells.some((c) => c.attribs.class !== undefined || c.attribs.width !== undefined)) return null;
    return cells.map((c) => `${c.name}.${c.attribs.class ?? ''}/${c.attribs.width ?? ''}/${c.attribs.colspan ?? ''}[${blocksOf(c)}]`).join('|');
}

/** The tags and classes of the blocks directly inside an element (`div.head,div.text`). */
function blocksOf(el: Element): string {
    return el.children.filter((c): c is Element => c.type === 'tag' && BLOCK_TAGS.has((c as Element).name))
        .map((c) => `${c.name}.${c.attribs.class ?? ''}`).join(',');
}

/** An element's id with its numbers blanked (`post-12` → `post-#`): twins differ only in their numbers. */
function idShape(el: Element): string {
    return (el.attribs.id ?? '').replace(/\d+/g, '#');
}

/** Equal class attributes, or one holding every class word of the other and one more (a variant of it). */
function sameClassOrVariant(a = '', b = ''): boolean {
    if (a === b) return true;
    const wordsA = a.split(/\s+/).filter(Boolean);
    const wordsB = b.split(/\s+/).filter(Boolean);
    const [fewer, more] = wordsA.length < wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
    return fewer.length > 0 && more.length === fewer.length + 1 && fewer.every((w) => more.includes(w));
}

/**
 * Prose paragraphs in the blocks that follow the article's wrapper at its own level (more answers after the best
 * one), each read on its own so the author lines and vote counts around them stay out. A block qualifies only if
 * nothing marks it as furniture, comments or a list of links; blocks before the wrapper (the question, the
 * byline) are context, not text. Blocks of `twinOf`'s shape may have links as long as an article's own.
 */
function continuationParagraphs(
    wrapper: Element,
    dom: DomStats,
    excluded: (el: Element) => boolean,
    twinOf: Element | null,
): Element[] {
    const found: Element[] = [];
    let prose: Set<Element> | undefined;
    let sibling = wrapper.nextSibling;
    for (; sibling; sibling = sibling.nextSibling) {
        if (sibling.type !== 'tag') continue;
        const el = sibling as Element;
        const s = dom.stats.get(el);
        if (!s || s.chars === 0) continue;
        const twin = twinOf !== null && sameShape(el, twinOf);
        if (!continues(el, s, dom, excluded, twin)) continue;
        prose ??= proseParagraphs(dom);
        collectProse(el, dom, prose, found);
    }
    return found;
}

function continues(
    el: Element,
    s: ElementStats,
    dom: DomStats,
    excluded: (el: Element) => boolean,
    longLinksAllowed: boolean,
): boolean {
    return s.classSignal >= 0 && !s.furniture && !excluded(el) && linkDensity(s) < SIBLING_MAX_LINK_DENSITY &&
        (longLinksAllowed || s.linkChars <= s.links * CONTINUATION_MAX_CHARS_PER_LINK) && !isTeaserList(el, dom);
}

/**
 * The outermost blocks under `el` that hold prose directly (a `<div>` of text, a `<p>`, or the block around
 * `<p>`/`<li>` paragraphs), in document order; furniture subtrees are pruned.
 */
function collectProse(el: Element, dom: DomStats, prose: ReadonlySet<Element>, found: Element[]): void {
    for (const child of el.children) {
        if (child.type !== 'tag') continue;
        const c = child as Element;
        const s = dom.stats.get(c);
        if (!s || s.chars === 0 || s.classSignal < 0 || s.furniture) continue;
        if (holdsProse(c, prose)) found.push(c);
        else collectProse(c, dom, prose, found);
    }
}

function holdsProse(el: Element, prose: ReadonlySet<Element>): boolean {
    if (prose.has(el)) return el.name !== 'li';
    return el.children.some((child) => {
        if (child.type !== 'tag') return false;
        const c = child as Element;
        if (LIST_WRAPPER_TAGS.has(c.name)) return c.children.some((item) => prose.has(item as Element));
        return PARAGRAPH_TAGS.has(c.name) && prose.has(c);
    });
}

/**
 * A block inside a `<p>` or heading sits there only because a tag was left open (`<p><b>…<p>…`): the article
 * is the container of the outermost such paragraph, which also holds the paragraphs before the open tag.
 */
function outsidePhrasing(el: Element): Element {
    let outermost: Element | null = null;
    for (let up = parentElement(el); up; up = parentElement(up)) if (PHRASING_BLOCK_TAGS.has(up.name)) outermost = up;
    return (outermost && containerAbove(outermost)) ?? el;
}

/**
 * An article cut into repeated wrappers (one per paragraph or section, same tag and class) scores more in the
 * ancestor that gathers them than in any one of them: climb to that ancestor, as long as the scores on the way
 * do not fall below a third of the start. An ancestor that scores more only because it also holds other,
 * different blocks (the question above an answer, the next article's snippet) is not climbed to.
 */
function climbWhileScoreGrows(dom: DomStats, el: Element): Element {
    let last = dom.stats.get(el)?.score ?? 0;
    const floor = last / 3;
    let branch = el;
    for (let up = parentElement(el); up && up.name !== 'body'; branch = up, up = parentElement(up)) {
        const s = dom.stats.get(up);
        if (!s || s.score === 0) continue;
        if (s.score < floor || s.furniture) break;
        if (s.score > last) return hasScoringTwin(dom, branch) ? up : el;
        last = s.score;
    }
    return el;
}

/** A sibling of `el` of the same shape (see `sameShape`) that also holds scored text. */
function hasScoringTwin(dom: DomStats, el: Element): boolean {
    for (const sibling of el.parent?.children ?? []) {
        if (sibling === el || sibling.type !== 'tag') continue;
        const other = sibling as Element;
        if (sameShape(other, el) && (dom.stats.get(other)?.score ?? 0) > 0) return true;
    }
    return false;
}

interface Candidate {
    el: Element;
    score: number;
}

/** The best-scoring blocks, best first (at most `TOP_CANDIDATES`). */
function topCandidates(dom: DomStats, excluded: (el: Element) => boolean): Candidate[] {
    const top: Candidate[] = [];
    for (const [el, s] of dom.stats) {
        if (s.score <= 0) continue;
        const score = finalScore(s);
        if (top.length === TOP_CANDIDATES && score <= top[TOP_CANDIDATES - 1]!.score) continue;
        if (excluded(el)) continue;
        let at = top.length;
        while (at > 0 && top[at - 1]!.score < score) at--;
        top.splice(at, 0, { el, score });
        if (top.length > TOP_CANDIDATES) top.pop();
    }
    return top;
}

/**
 * An article cut into sibling sections (a wrapper per few paragraphs, ads between them) gives several blocks of
 * near-equal score: the nearest ancestor of the best that holds enough of those rivals is the article.
 */
function commonAncestorOfRivals(top: readonly Candidate[]): Element {
    const best = top[0]!.el;
    const rivals = top.slice(1).filter((c) => c.score >= top[0]!.score * RIVAL_SHARE && !isInside(best, c.el)).map((c) => c.el);
    if (rivals.length < MIN_RIVALS) return best;
    for (let up = parentElement(best); up && up.name !== 'body'; up = parentElement(up)) {
        if (rivals.filter((r) => isInside(r, up)).length >= MIN_RIVALS) return up;
    }
    return best;
}

export function isInside(el: Element, ancestor: Element): boolean {
    for (let up: Element | null = el; up; up = parentElement(up)) if (up === ancestor) return true;
    return false;
}

function finalScore(s: ElementStats): number {
    return s.score * (1 - linkDensity(s)) * CLASS_FACTOR[s.classSignal];
}

/**
 * When the best block is one item of a list (or sits in one) whose items mostly carry text of their own, the
 * page is that list (search results, a news digest) and owns every item's snippet (CLAIMS.md § One statement).
 */
function snippetListAround(best: Element, dom: DomStats): Element | null {
    const parent = parentElement(best);
    const item = best.name === 'li' ? best : parent?.name === 'li' ? parent : null;
    const list = item ? parentElement(item) : null;
    if (!list || dom.stats.get(list)?.furniture) return null;
    let items = 0;
    let snippets = 0;
    for (const child of list.children) {
        if (child.type !== 'tag' || (child as Element).name !== 'li') continue;
        items += 1;
        const s = dom.stats.get(child as Element);
        if (s && s.chars - s.linkChars >= MIN_SNIPPET_CHARS && s.links <= SIBLING_MAX_LINKS) snippets += 1;
    }
    return snippets >= MIN_SNIPPETS && snippets >= items * TEASER_SHARE ? list : null;
}

/**
 * When the best block is one group of a checklist (a `<fieldset>` of checkbox items in a form), the page is the whole
 * checklist: its other groups, however short, are items of the same list.
 */
function checklistAround(best: Element): Element | null {
    for (let up = parentElement(best); up && up.name !== 'body'; up = parentElement(up)) {
        if (up.name === 'form') return isChecklist(up) ? up : null;
    }
    return null;
}

function joinsAsSibling(el: Element, dom: DomStats, threshold: number, excluded: (el: Element) => boolean): boolean {
    const s = dom.stats.get(el);
    if (!s || s.chars === 0 || s.classSignal < 0 || s.furniture || s.links > SIBLING_MAX_LINKS) return false;
    if (excluded(el) || isTeaserList(el, dom)) return false;
    if (finalScore(s) >= threshold) return true;
    // fact rows without a single link beside the article (`<dl><dt>办理地点<dd>…` of a guide beside its steps)
    if (s.links === 0 && holdsDefinitionRows(el) && s.score >= threshold * SIBLING_SHARE) return true;
    // a service guide's table of facts (`办理时限 | 7个工作日`) beside its steps: label and value cells, a figure among them
    if (s.links === 0 && isLabelValueTable(el) && FIGURE_STATEMENT.test(rawTextOf(el))) return true;
    return s.inlineChars - s.inlineLinkChars >= SIBLING_PARAGRAPH_CHARS && linkDensity(s) < SIBLING_MAX_LINK_DENSITY;
}

/**
 * A block of the best one's tag and class holding unlinked, punctuated text (`<section><p>…</p><p>…</p></section>`
 * beside the best `<section>`): more of the article cut into sections, however few points its short lines score.
 */
function isSectionLike(el: Element, best: Element, dom: DomStats, excluded: (el: Element) => boolean): boolean {
    if (el.name !== best.name || el.attribs.class !== best.attribs.class) return false;
    const s = dom.stats.get(el);
    return !!s && s.classSignal >= 0 && !s.furniture && isUnlinkedProse(s) && !excluded(el);
}

/** Unlinked, punctuated text that holds a scoring paragraph. */
function isUnlinkedProse(s: ElementStats): boolean {
    return s.links === 0 && s.score > 0 && s.chars >= SIBLING_PARAGRAPH_CHARS && s.punct >= MIN_SIBLING_PUNCT;
}

/**
 * One block classed as a reply (none of its shape beside it) after the article (the editor's answer under a reader's letter, the office's
 * answer under a question): the page's own text, though `reply` classes a comment elsewhere. A block of comments
 * or one with links (author names, buttons) is not.
 */
export function isSingleReply(el: Element, dom: DomStats): boolean {
    const s = dom.stats.get(el);
    if (!s || s.classSignal >= 0 || s.furniture || !isUnlinkedProse(s)) return false;
    if (!hasClassWord(el, REPLY_CLASS_WORDS, new Map()) || hasClassWord(el, COMMENT_CLASS_WORDS, new Map())) return false;
    return !(el.parent?.children ?? []).some((n) => n !== el && n.type === 'tag' && sameShape(n as Element, el));
}

/** A `<table>` of two or more rows, each a label cell and a value cell. */
function isLabelValueTable(el: Element): boolean {
    if (el.name !== 'table') return false;
    const rows = el.children.flatMap((c) => (c.type === 'tag' && (c as Element).name === 'tbody' ? (c as Element).children : [c]))
        .filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'tr');
    const cellsOf = (row: Element) => row.children.filter((c): c is Element => c.type === 'tag' && ((c as Element).name === 'td' || (c as Element).name === 'th'));
    return rows.length >= MIN_FACT_ROWS && rows.every((row) => {
        const cells = cellsOf(row);
        return cells.length === 2 && (cells[0]!.name === 'th' || textOf(cells[0]!).length <= MAX_LABEL_CHARS);
    });
}

/** A `<dl>`, or a block of `<dl>` rows. */
function holdsDefinitionRows(el: Element): boolean {
    return el.name === 'dl' || el.children.some((c) => c.type === 'tag' && (c as Element).name === 'dl');
}
