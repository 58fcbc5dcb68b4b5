import type { Element } from 'domhandler';
import { parentElement, textOf, type DomStats } from './dom-stats.js';
import { BARE_FOREIGN_BLOCK_HEADINGS, FOREIGN_BLOCK_HEADINGS, MAX_FOREIGN_HEADING_CHARS } from './vocab.js';

/** A count after a bare heading (`评论 (12)`, `留言 8`) and a colon. */
const HEADING_COUNT = '(?:\\s*[(（]?\\d+[)）]?)?\\s*[:：]?$';
const FOREIGN_HEADING = new RegExp(
    `^(?:${FOREIGN_BLOCK_HEADINGS.join('|')}|(?:${BARE_FOREIGN_BLOCK_HEADINGS.join('|')})${HEADING_COUNT})`,
);
const HEADING_FIRST_CHARS = new Set([...FOREIGN_BLOCK_HEADINGS, ...BARE_FOREIGN_BLOCK_HEADINGS].map((h) => h.charAt(0)));
/** Decoration before a block heading: `■ 相关推荐`, `【猜你喜欢】`, `>> 延伸阅读`. */
const LEADING_DECORATION = /^[\s\p{P}\p{S}]+/u;
/** A box is the heading's ancestor with this much more text than the heading. */
const BOX_EXTRA_CHARS = 10;
/** A "box" holding more than this share of the page's text is the page itself, not a box. */
const MAX_BOX_SHARE = 0.6;

/** True for a short line that opens a block of other articles or comments (`相关推荐`, `网友评论:`). */
export function isForeignBlockHeading(text: string): boolean {
    return text.length <= MAX_FOREIGN_HEADING_CHARS && FOREIGN_HEADING.test(text.replace(LEADING_DECORATION, ''));
}

/**
 * Elements holding other articles' titles and snippets, or comments: found from their heading. A heading at
 * the top of a box (`<div><h3>相关推荐</h3><ul>…</ul></div>`) marks the box; a heading standing among the
 * article's own blocks marks itself and everything after it at that level.
 */
export function findForeignBlocks(dom: DomStats, pageChars: number): Set<Element> {
    const foreign = new Set<Element>();
    for (const el of dom.shortTexts) {
        // The first text node is enough to rule an element out; the whole text is read only for the few left.
        const first = (dom.stats.get(el)?.first ?? '').replace(LEADING_DECORATION, '');
        if (!HEADING_FIRST_CHARS.has(first.charAt(0))) continue;
        if (isForeignBlockHeading(textOf(el))) markFrom(el, dom, pageChars, foreign);
    }
    return foreign;
}

function markFrom(heading: Element, dom: DomStats, pageChars: number, foreign: Set<Element>): void {
    let h = heading;
    for (;;) {
        const parent = parentElement(h);
        if (!parent || parent.name === 'body' || parent.name === 'html') break;
        // The heading must be where the parent's text starts, else the parent is the article around it.
        if (dom.stats.get(parent)?.first !== dom.stats.get(h)?.first) break;
        if (charsOf(parent, dom) > charsOf(h, dom) + BOX_EXTRA_CHARS) {
            if (charsOf(parent, dom) <= pageChars * MAX_BOX_SHARE) {
                foreign.add(parent);
                return;
            }
            // A "box" that is most of the page: take only the heading and the block right after it.
            foreign.add(h);
            const next = nextElement(h);
            if (next) foreign.add(next);
            return;
        }
        h = parent;
    }
    for (let el: Element | null = h; el; el = nextElement(el)) foreign.add(el);
}

function charsOf(el: Element, dom: DomStats): number {
    return dom.stats.get(el)?.chars ?? 0;
}

function nextElement(el: Element): Element | null {
    for (let n = el.next; n; n = n.next) if (n.type === 'tag') return n as Element;
    return null;
}
