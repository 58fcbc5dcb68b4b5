import type { Passage } from '../types.js';
import { visibleText } from '../visible-text.js';
import { joinBrokenLines } from './broken-lines.js';
import { delimitedRowsAsTable } from './delimited-rows.js';
import {
    COLON_END,
    DECORATIVE_BULLET,
    HEADING_MARKERS,
    ITEM_MARKERS,
    MAX_HEADING_CHARS,
    MAX_QUESTION_HEADING_CHARS,
    NUMBERED_MARKERS,
    STYLE_RANK,
    UNMARKED_RANK,
    PROSE_INSIDE,
    QUESTION_END,
    SENTENCE_END,
    type LineMarker,
} from './markers.js';

/** One line of visible text, with what the markup already says about it (`<li>` → item, `<h3>` → heading). */
export interface TextLine {
    text: string;
    hint?: 'heading' | 'item' | 'paragraph';
    /** For a heading line read from `<h1>`–`<h6>`, the tag's number: `<h4>` headings nest under an `<h2>`. */
    rank?: number;
    /** Complete by markup (a picture's caption): no sentence runs into it from the line before or on after it. */
    whole?: boolean;
}

/** A heading style for lines that carry no marker (a bold line, an `<h3>`, a bare question). */
const UNMARKED_STYLE = 'plain';

interface MarkerMatch {
    style: string;
    ordinal: number | null;
}

interface Classified {
    text: string;
    kind: Passage['kind'];
    /** Heading style, for levels; set on headings only. */
    style?: string;
}

/**
 * Turns plain text lines, in page order, into passages: classifies each as heading, list item or paragraph,
 * and gives every passage the text of the heading it sits under (`section`) and that heading's nesting
 * (`level`). A sentence broken across lines is one passage. Whitespace is collapsed and decorative bullets
 * dropped; otherwise the text is kept verbatim.
 */
export function passagesFromLines(lines: readonly TextLine[]): Passage[] {
    const visible: TextLine[] = [];
    for (const line of lines) {
        const text = visibleText(line.text);
        if (text) visible.push({ text, hint: line.hint, rank: line.rank, whole: line.whole });
    }
    const cleaned = joinBrokenLines(delimitedRowsAsTable(visible));
    const numbers = cleaned.map((line) => (line.hint === 'item' ? null : matchMarker(line.text, NUMBERED_MARKERS)));
    const headingNumbers = cleaned.map((line) => (line.hint === 'item' ? null : matchMarker(line.text, HEADING_MARKERS)));

    const passages: Passage[] = [];
    const open: string[] = [];
    let section: string | null = null;
    let level: number | undefined;
    cleaned.forEach((line, i) => {
        const c = classify(line, numbers, headingNumbers, i);
        if (c.kind === 'heading') {
            level = levelOf(open, c.style ?? UNMARKED_STYLE);
            section = c.text;
        }
        const passage: Passage = { index: passages.length, text: c.text, kind: c.kind, section };
        if (level !== undefined) passage.level = level;
        passages.push(passage);
    });
    return passages;
}

function classify(
    line: TextLine,
    numbers: readonly (MarkerMatch | null)[],
    headingNumbers: readonly (MarkerMatch | null)[],
    i: number,
): Classified {
    const { text, hint } = line;
    const bullet = DECORATIVE_BULLET.exec(text);
    if (bullet && text.length > bullet[0].length) {
        const stripped = text.slice(bullet[0].length);
        // a heading by markup keeps its rank whatever glyph decorates it (`<h4>■ 某类人员</h4>`)
        if (hint === 'heading' && looksLikeHeading(stripped, MAX_HEADING_CHARS)) {
            return { text: stripped, kind: 'heading', style: line.rank ? `h${line.rank}` : UNMARKED_STYLE };
        }
        return { text: stripped, kind: 'item' };
    }
    if (hint === 'item') return { text, kind: 'item' };
    if (ITEM_MARKERS.some((re) => re.test(text))) return { text, kind: 'item' };

    const headingMarker = headingNumbers[i];
    if (headingMarker) {
        if (!looksLikeHeading(text, MAX_HEADING_CHARS)) return { text, kind: 'paragraph' };
        // short `一、…` `二、…` lines one after another head no text of their own: a list (steps), as `1.` `2.` are
        return inNumberedRun(headingNumbers, i) ? { text, kind: 'item' } : { text, kind: 'heading', style: headingMarker.style };
    }

    const numbered = numbers[i];
    if (numbered) {
        if (text.length <= MAX_HEADING_CHARS && QUESTION_END.test(text)) {
            return { text, kind: 'heading', style: numbered.style };
        }
        // Consecutive 1. 2. 3. lines are steps; a short numbered line standing between paragraphs is a heading.
        if (!inNumberedRun(numbers, i) && looksLikeHeading(text, MAX_HEADING_CHARS)) {
            return { text, kind: 'heading', style: numbered.style };
        }
        return { text, kind: 'item' };
    }

    if (hint === 'heading' && looksLikeHeading(text, MAX_HEADING_CHARS)) {
        return { text, kind: 'heading', style: line.rank ? `h${line.rank}` : UNMARKED_STYLE };
    }
    if (isQuestionHeading(text)) return { text, kind: 'heading', style: UNMARKED_STYLE };
    return { text, kind: 'paragraph' };
}

/** Short, and not ending like a sentence or a block label. */
function looksLikeHeading(text: string, maxChars: number): boolean {
    return text.length <= maxChars && !SENTENCE_END.test(text) && !COLON_END.test(text);
}

/** A bare question standing alone: `某县如何查询医保卡余额?`, but not `网友提问:…?`. */
function isQuestionHeading(text: string): boolean {
    // Length first: an end-anchored regex is tried at every position of a long paragraph.
    return text.length <= MAX_QUESTION_HEADING_CHARS && QUESTION_END.test(text) && !PROSE_INSIDE.test(text);
}

function matchMarker(text: string, markers: readonly LineMarker[]): MarkerMatch | null {
    for (const marker of markers) {
        const m = marker.pattern.exec(text);
        // A bare marker with nothing after it (`1.`) is not a numbered line.
        if (m && text.length > m[0].length) {
            const ordinal = m[1] ? ordinalOf(m[1]) : null;
            return { style: marker.style, ordinal };
        }
    }
    return null;
}

/** The number an ordinal spells, in Arabic or Chinese digits up to 99 (`3`, `十二`, `二十一`); null for others. */
function ordinalOf(spelled: string): number | null {
    if (/^\d+$/.test(spelled)) return Number(spelled);
    const digit = (c: string | undefined): number => (c ? CN_DIGIT_VALUES.indexOf(c) + 1 : 0);
    if (spelled.length === 1 && digit(spelled) > 0) return digit(spelled);
    const tens = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(spelled);
    return tens ? (digit(tens[1]) || 1) * 10 + digit(tens[2]) : null;
}

const CN_DIGIT_VALUES = '一二三四五六七八九';

/** True when the line directly before or after continues the same numbering (n-1 or n+1, same style). */
function inNumberedRun(numbers: readonly (MarkerMatch | null)[], i: number): boolean {
    const here = numbers[i];
    if (!here || here.ordinal === null) return false;
    const follows = (other: MarkerMatch | null | undefined, step: number): boolean =>
        !!other && other.style === here.style && other.ordinal === (here.ordinal as number) + step;
    return follows(numbers[i - 1], -1) || follows(numbers[i + 1], 1);
}

/**
 * Level of a heading of `style`: a heading closes every open heading of the same or a lower rank, and nests
 * under the rest (`一、` → 1, `1、` → 2, next `二、` → 1 again, even when a page opens with `1、`).
 */
function levelOf(open: string[], style: string): number {
    const rank = STYLE_RANK[style] ?? UNMARKED_RANK;
    while (open.length > 0 && (STYLE_RANK[open[open.length - 1]!] ?? UNMARKED_RANK) >= rank) open.pop();
    open.push(style);
    return open.length;
}
