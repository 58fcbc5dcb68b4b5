import type { Element } from 'domhandler';
import { rawTextOf, type DomStats } from './dom-stats.js';
import { BOILERPLATE_LINE_MARKERS, BOILERPLATE_LINE_PREFIXES, SOFTWARE_STAMP, SOFTWARE_STAMP_HINTS } from './vocab.js';

const PREFIX = new RegExp(`^[\\s【\\[(（]*(?:${BOILERPLATE_LINE_PREFIXES.join('|')})`);
const MARKER = new RegExp(BOILERPLATE_LINE_MARKERS.join('|'), 'i');
/** Site notices are a line or two; longer blocks are not read whole to look for one. */
const MAX_BOILERPLATE_CHARS = 200;

/**
 * True for a line that is the site talking (`温馨提示:…`, `版权所有 © …`, `京ICP备…`, the software's stamp), not the
 * article. The stamp's pattern runs only on lines holding one of its words (a string search is far cheaper).
 */
export function isBoilerplate(text: string): boolean {
    return PREFIX.test(text) || MARKER.test(text) || (SOFTWARE_STAMP_HINTS.some((w) => text.includes(w)) && SOFTWARE_STAMP.test(text));
}

/**
 * True for a block of one short line that is a site notice: it must not win the search for the article. A block
 * of several lines (`<br>`, inner blocks) may end with a notice and still be the article.
 */
export function isBoilerplateBlock(el: Element, dom: DomStats): boolean {
    const s = dom.stats.get(el);
    return s !== undefined && !s.hasBlockChild && s.chars <= MAX_BOILERPLATE_CHARS && isBoilerplate(rawTextOf(el));
}
