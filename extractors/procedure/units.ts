/**
 * Reading passages as a stream of units a procedure is built from: headings, block labels (`微信查询步骤:`),
 * commentary (`优点:…`) and content. Text dumps run several list rows into one line separated by spaces
 * (`官方网站查询 登录当地社保局官网,…`); such a line is cut back into its rows first.
 */
import type { Passage } from '../types.js';
import { isActionStart, stripNumbering } from './parse-steps.js';
import {
    CLOSING,
    COMMENT_LABEL,
    LABEL_NUMBERING,
    MAX_INLINE_LABEL_CHARS,
    MAX_LABEL_CHARS,
    MAX_TITLE_LIKE_CHARS,
    QUESTION_WORDS,
    TITLE_QUESTION,
    STEPS_LABEL,
} from './vocab.js';

export type UnitRole = 'heading' | 'label' | 'comment' | 'content';

export interface Unit {
    role: UnitRole;
    /** Index of the passage the unit comes from. */
    passage: number;
    /** Label text for labels and inline labels (`定点医院/药店` of `定点医院/药店:在…`), else null. */
    label: string | null;
    /** Text after an inline label, or the whole text; empty for a bare label. */
    body: string;
    /** Whole text of the unit as the page prints it. */
    text: string;
    /** True when the passage is a list item. */
    item: boolean;
    /** True for a label that is a heading in all but markup (`如何绑定医保亲情账户?`): it opens a new context. */
    titleLike?: boolean;
}

/** A space between two pieces of CJK text marks where one row of a flattened list ended. */
const ROW_BREAK = /(?<=[\u4e00-\u9fff。！？!?”」』:：])\s+(?=[\u4e00-\u9fff“「【(（])/;
const SENTENCE_PUNCTUATION = /[。;；,，!！]/;
const INLINE_LABEL = /^([^:：。,，;；]{1,40}?)\s*[:：]\s*(.+)$/;
const CJK = /[\u4e00-\u9fff]/;

/** `通过银行官方App查询`, `用微信办理`: a short line ending so names a way, it is not a step. */
const CHANNEL_LABEL_END = /(?:查询|办理|查|打印|缴费)$/;

/** Rows of a passage text: the text itself, or the pieces of a flattened list. */
function rowsOf(text: string): string[] {
    return text
        .split(ROW_BREAK)
        .map((r) => r.trim())
        .filter((r) => r.length > 0);
}

function isShortLine(text: string): boolean {
    return text.length <= MAX_LABEL_CHARS && !SENTENCE_PUNCTUATION.test(text);
}

/** A question standing alone like a heading (`海南琼海如何绑定医保亲情账户!一文详解→`). */
function isTitleLike(text: string): boolean {
    return text.length <= MAX_TITLE_LIKE_CHARS && TITLE_QUESTION.test(text) && !/[。,，;；:：]/.test(text);
}

function endsWithColon(text: string): boolean {
    return /[:：]$/.test(text);
}

/** Would this row, standing next, make the row before it a label (`拨打医保服务热线` + `操作步骤:`)? */
function introducesSteps(next: string | undefined): boolean {
    if (next === undefined) return false;
    const row = stripNumbering(next);
    if (endsWithColon(row)) return true;
    const inline = INLINE_LABEL.exec(row);
    return !!inline && STEPS_LABEL.test(inline[1]!);
}

function rowUnit(row: string, next: string | undefined, base: Omit<Unit, 'role' | 'label' | 'body' | 'text'>): Unit {
    const text = stripNumbering(row);
    const make = (role: UnitRole, label: string | null, body: string): Unit => {
        return { ...base, role, label, body, text: row };
    };
    if (COMMENT_LABEL.test(text) || CLOSING.test(text)) return make('comment', null, text);
    if (endsWithColon(text)) return make('label', text.replace(/[:：]$/, '').trim(), '');

    const inline = INLINE_LABEL.exec(text);
    if (inline && inline[1]!.length <= MAX_INLINE_LABEL_CHARS && CJK.test(inline[1]!)) {
        const [, label, body] = inline as unknown as [string, string, string];
        const namesAWay = isShortLine(body) && (!isActionStart(body) || CHANNEL_LABEL_END.test(body));
        if (namesAWay) return make('label', text, '');
        return make('content', label.trim(), body.trim());
    }
    if (isTitleLike(text)) return { ...make('label', text, ''), titleLike: true };
    if (isShortLine(text) && !base.item) {
        const stepLine =
            !LABEL_NUMBERING.test(row) &&
            !QUESTION_WORDS.test(text) &&
            !CHANNEL_LABEL_END.test(text) &&
            isActionStart(text) &&
            !introducesSteps(next);
        if (!stepLine) return make('label', text, '');
    }
    return make('content', null, text);
}

/** Units of the passages, in page order: a heading is one unit, other passages one unit per row. */
export function unitsOf(passages: readonly Passage[]): Unit[] {
    const rows = passages.flatMap((passage): { row: string | null; passage: Passage }[] =>
        passage.kind === 'heading' ? [{ row: null, passage }] : rowsOf(passage.text).map((row) => ({ row, passage })),
    );
    return rows.map(({ row, passage }, i): Unit => {
        const base = { passage: passage.index, item: passage.kind === 'item' };
        if (row === null) return { ...base, role: 'heading', label: passage.text, body: '', text: passage.text };
        return rowUnit(row, rows[i + 1]?.row ?? undefined, base);
    });
}
