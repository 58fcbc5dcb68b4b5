import type { Element } from 'domhandler';
import { parentElement, textOf, type DomStats } from './dom-stats.js';

/**
 * Headings a Q&A page puts over the answer it marks as the best one (`最佳答案`, `提问者采纳`). The answer under one
 * is the page's content whatever scores more: the other answers may hold more punctuation than it.
 */
const BEST_ANSWER_HEADING = /^[\s\p{P}\p{S}]*(?:最佳答案|最佳回答|满意答案|满意回答|采纳答案|推荐答案|优质答案|优质回答|提问者采纳|已采纳)[\s\p{P}\p{S}]*$/u;
const HEADING_FIRST_CHARS = new Set(['最', '满', '采', '推', '优', '提', '已']);
/** Longest heading line, in characters, read as such a heading. */
const MAX_HEADING_CHARS = 8;
/** The box is the heading's ancestor with this much more text than the heading. */
const BOX_EXTRA_CHARS = 10;
/** A "box" holding more than this share of the page's text is the page, not the answer. */
const MAX_BOX_SHARE = 0.6;

/**
 * The blocks a best-answer heading opens (`<div><h3>最佳答案</h3><p>…</p></div>`): the heading's nearest ancestor
 * that starts with it and holds text besides it, when that is not most of the page.
 */
export function bestAnswerBoxes(dom: DomStats, pageChars: number): Element[] {
    const boxes: Element[] = [];
    for (const el of dom.shortTexts) {
        const s = dom.stats.get(el);
        if (!s || s.chars > MAX_HEADING_CHARS) continue;
        const first = (s.first ?? '').replace(/^[\s\p{P}\p{S}]+/u, '');
        if (!HEADING_FIRST_CHARS.has(first.charAt(0)) || !BEST_ANSWER_HEADING.test(textOf(el))) continue;
        const box = boxOf(el, dom, pageChars);
        if (box && !boxes.includes(box)) boxes.push(box);
    }
    return boxes;
}

function boxOf(heading: Element, dom: DomStats, pageChars: number): Element | null {
    const charsOf = (el: Element) => dom.stats.get(el)?.chars ?? 0;
    for (let h = heading, parent = parentElement(h); parent; h = parent, parent = parentElement(h)) {
        if (parent.name === 'body' || parent.name === 'html') return null;
        if (dom.stats.get(parent)?.first !== dom.stats.get(h)?.first) return null;
        if (charsOf(parent) > charsOf(heading) + BOX_EXTRA_CHARS) return charsOf(parent) <= pageChars * MAX_BOX_SHARE ? parent : null;
    }
    return null;
}
