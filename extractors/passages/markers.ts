/**
 * The line prefixes Chinese articles use for headings and list items, as data. Each marker has a `style`
 * name: headings of the same style are siblings, and `STYLE_RANK` says which styles nest in which.
 */

export interface LineMarker {
    /** Sibling group: `一、` headings are siblings of each other, not of `1、` headings. */
    style: string;
    /** Matches the prefix; group 1, when present, is the ordinal (used to tell step runs from headings). */
    pattern: RegExp;
}

const CN_DIGITS = '一二三四五六七八九十';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Prefixes that make a short line a heading (`一、概述`, `(一)`, `【1】…`); long or sentence-like lines stay text. */
export const HEADING_MARKERS: readonly LineMarker[] = [
    { style: 'cn-dun', pattern: new RegExp(`^([${CN_DIGITS}]{1,3})[、.．]\\s*`) },
    { style: 'cn-paren', pattern: new RegExp(`^[(（]([${CN_DIGITS}]{1,3})[)）]\\s*`) },
    { style: 'bracket', pattern: /^【(\d{1,2}|[一二三四五六七八九十]{1,3})】\s*/ },
    { style: 'chapter', pattern: new RegExp(`^第([${CN_DIGITS}\\d]{1,3})[部章节]分?[、.．:：\\s]\\s*`) },
];

/**
 * Arabic-numbered prefixes (`1、`, `1.`, `(1)`): a heading when short and standing alone, a list item when the
 * line is a sentence or sits in a run of consecutive numbers (numbered steps).
 */
export const NUMBERED_MARKERS: readonly LineMarker[] = [
    { style: 'num-dun', pattern: /^(\d{1,2})、\s*/ },
    // `1.` but not a decimal (`1.5元`) and not a date (`2025.05`).
    { style: 'num-dot', pattern: /^(\d{1,2})[.．](?!\d)\s*/ },
    { style: 'num-paren', pattern: /^[(（](\d{1,2})[)）]\s*/ },
    { style: 'num-half-paren', pattern: /^(\d{1,2})[)）]\s*/ },
];

/**
 * Outline rank of each heading style, outermost first: `一、` sections hold `(一)` and `1、` subsections.
 * Content farms mix styles freely, so rank decides nesting rather than order of appearance. Headings marked only
 * by their tag (`h2`, `h4`) nest by the tag's number, below `一、` and above a bold line with no mark at all.
 */
export const STYLE_RANK: Readonly<Record<string, number>> = {
    chapter: 0,
    'cn-dun': 1,
    h1: 1.05,
    h2: 1.1,
    h3: 1.15,
    h4: 1.2,
    h5: 1.25,
    h6: 1.3,
    'cn-paren': 2,
    bracket: 2,
    'num-dun': 3,
    'num-dot': 3,
    'num-paren': 4,
    'num-half-paren': 4,
};

/** Rank of an unmarked heading (bold line, `<h3>`, bare question): below `一、`, above numbered subsections. */
export const UNMARKED_RANK = 1.5;

/** Prefixes that always make a list item. */
export const ITEM_MARKERS: readonly RegExp[] = [
    new RegExp(`^[${CIRCLED}]`),
    // the other glyphs a number is drawn in: negative circled (`❶`, `➊`), sans-serif circled (`➀`), parenthesised
    // (`⑴`) and with a full stop (`⒈`)
    /^[\u2776-\u2793\u2474-\u249B]/,
    // keycap digits of social-media posts (`1️⃣`)
    /^\d\uFE0F?\u20E3/u,
    new RegExp(`^第[${CN_DIGITS}\\d]{1,3}步`),
    /^步骤\s*\d{1,2}/,
    /^(?:Step|STEP|step)\s*\d{1,2}(?!\d)/,
];

/**
 * Bullet glyphs that are decoration, not text: text dumps render `<li>` as `  • …`. They are stripped so a
 * quote is the page's words whichever way the list was written down.
 */
export const DECORATIVE_BULLET = /^(?:[•·●○◦▪▫■□◆◇►▶▸➢✓✔√*]|-(?=\s))\s*/;

/** Characters that end a sentence: a line ending in one is prose, not a heading. */
export const SENTENCE_END = /[。；;！!，,、…]$/;

/** Question marks: a short question standing alone is a heading (`怎么查询余额?`). */
export const QUESTION_END = /[?？]$/;

/** A line ending in a colon introduces a block (`微信查询步骤:`): kept as a paragraph, read as a label. */
export const COLON_END = /[:：]$/;

/** Punctuation inside a line that marks it as prose even when it ends in a question mark. */
export const PROSE_INSIDE = /[。:：；;]/;

/** Longest line, in characters, that can be a marked heading (`一、…`, `1、…`, bold line). */
export const MAX_HEADING_CHARS = 40;

/**
 * Shortest line without a sentence end that is read as broken off mid-sentence (see broken-lines.ts): shorter
 * ones are labels and title-like lines (`微信查询`, `各地标准一览`), as long as the longest block label.
 */
export const MIN_BROKEN_LINE_CHARS = 21;

/** Longest unmarked question that can be a heading. */
export const MAX_QUESTION_HEADING_CHARS = 32;

/**
 * The header of a chat message as an exported group chat or a service robot's transcript prints it: a time (a date
 * before it allowed), the sender's name and a colon, then what was said (`2024-06-01 08:30 某某：…`, `[08:30:05]
 * 客服:…`). Group 1 is the sender. Each message is a line of its own, and its sender labels nothing of it.
 */
export const CHAT_MESSAGE_HEADER =
    /^\s*[[【(（]?(?:20\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?\s*([^\s:：,，。;；!！?？]{1,16})\s*[:：]\s*(?=\S)/;
