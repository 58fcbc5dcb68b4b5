import type { Element } from 'domhandler';
import { containerAbove, parentElement, type DomStats, type ElementStats } from './dom-stats.js';
import { PHRASING_BLOCK_TAGS } from './vocab.js';

/** Score multipliers for class/id words: furniture words sink a block, article words lift it. */
const CLASS_FACTOR = { '-1': 0.3, '0': 1, '1': 1.25 } as const;
/** A sibling of the best block joins the article when it scores this share of the best (and at least the floor). */
const SIBLING_SHARE = 0.2;
const SIBLING_FLOOR = 10;
/** A sibling paragraph with this much own text and little link text joins whatever its score. */
const SIBLING_PARAGRAPH_CHARS = 40;
const SIBLING_MAX_LINK_DENSITY = 0.25;
/** More links than this in a sibling make it a list of other pages, not part of the article. */
const SIBLING_MAX_LINKS = 2;
/** A list whose items mostly open with a link is a list of teasers (titles of other articles). */
const TEASER_MIN_ITEMS = 3;
const TEASER_SHARE = 0.6;

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
    let best: Element | null = null;
    let bestScore = 0;
    for (const [el, s] of dom.stats) {
        if (s.score <= 0) continue;
        const score = finalScore(s);
        if (score > bestScore && !excluded(el)) {
            best = el;
            bestScore = score;
        }
    }
    if (!best) return [];
    best = outsidePhrasing(best);
    const parent = parentElement(best);
    if (!parent) return [best];
    const threshold = Math.max(SIBLING_FLOOR, bestScore * SIBLING_SHARE);
    const roots: Element[] = [];
    for (const child of parent.children) {
        if (child.type !== 'tag') continue;
        const el = child as Element;
        if (el === best || joinsAsSibling(el, dom, threshold, excluded)) roots.push(el);
    }
    return roots;
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

function finalScore(s: ElementStats): number {
    return s.score * (1 - linkDensity(s)) * CLASS_FACTOR[s.classSignal];
}

function joinsAsSibling(el: Element, dom: DomStats, threshold: number, excluded: (el: Element) => boolean): boolean {
    const s = dom.stats.get(el);
    if (!s || s.chars === 0 || s.classSignal < 0 || s.furniture || s.links > SIBLING_MAX_LINKS) return false;
    if (excluded(el) || isTeaserList(el, dom)) return false;
    if (finalScore(s) >= threshold) return true;
    return s.inlineChars - s.inlineLinkChars >= SIBLING_PARAGRAPH_CHARS && linkDensity(s) < SIBLING_MAX_LINK_DENSITY;
}
