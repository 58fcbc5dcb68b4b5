/**
 * Reading passages as a stream of units a procedure is built from: headings, block labels (`微信查询步骤:`),
 * commentary (`优点:…`) and content. Text dumps run several list rows into one line separated by spaces
 * (`官方网站查询 登录当地社保局官网,…`); such a line is cut back into its rows first.
 */
import type { Channel } from '../../src/claims/schema.js';
import { CHAT_MESSAGE_HEADER } from '../passages/markers.js';
import type { Passage } from '../types.js';
import { channelsIn, taskIn } from './cues.js';
import { arrowLinks, fromFirstAction, isActionStart, isBareStepNumber, stripNumbering } from './parse-steps.js';
import {
    ACTION_START,
    CLOSING,
    COMMENT_LABEL,
    GLUED_STEP_MARKER,
    INLINE_NUMBERED_ROW,
    INLINE_NUMBERED_WAY,
    NUMBERED_WAY,
    LABEL_NUMBERING,
    MAX_INLINE_LABEL_CHARS,
    MAX_LABEL_CHARS,
    MAX_TITLE_LIKE_CHARS,
    SITE_PATH,
    QUESTION_WORDS,
    SEQUENCE_START,
    STAFFED_COUNTER,
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
    titleLike: boolean;
    /** Channels the body names, once asked (see `channelsOfUnit`). */
    channels: readonly Channel[] | null;
    /** Who sent the row, when it is a chat message (see `CHAT_MESSAGE_HEADER`); else null. */
    speaker: string | null;
}

/**
 * A space between two pieces of CJK text marks where one row of a flattened list ended; not the space after a step's
 * number (`第②步 点击…`), which opens its row.
 */
const ROW_BREAK = /(?<=[\u4e00-\u9fff。！？!?”」』:：)）])(?<!第[①-⑳一二三四五六七八九十\d]{1,2}步)\s+(?=[\u4e00-\u9fff“「【(（])/;
const SENTENCE_PUNCTUATION = /[。;；,，!！]/;
/** A salutation opening a letter or speech, after any opening quote: `尊敬的…`, `亲爱的…`. */
const SALUTATION = /^[“"「『]?\s*(?:尊敬的|亲爱的)/;
const INLINE_LABEL = /^([^:：。,，;；]{1,40}?)\s*[:：]\s*(.+)$/;
/** `(四)余额查询。参保人员可…`: a numbered row whose first sentence is a bare phrase names what the rest is about. */
const NUMBERED_LEAD = /^([^:：。,，;；!！?？]{2,40}?)。\s*(.+)$/;
const CJK = /[\u4e00-\u9fff]/;

/** The number a list's first row carries (`1.`, `(1)`, `①`, `第一步`, `Step 1`). */
export const FIRST_STEP_NUMBER = /^\s*(?:1[.．、)）](?!\d)|[(（]1[)）]|1\uFE0F?\u20E3|[①❶➀➊⑴⒈]|第[一1①]步|(?:[Ss]tep|STEP)\s*1(?!\d)|步骤\s*[1①一](?!\d))/;

/** Words asking how a thing is done, the spoken `咋` among them. */
const ASKS_HOW = /怎么|如何|怎样|咋/;

/** `通过银行官方App查询`, `用微信办理`: a short line ending so names a way, it is not a step. */
const CHANNEL_LABEL_END = /(?:查询|办理|查|打印|缴费)$/;
const CHANNEL_LABEL_START = /^(?:查询|办理|查|打印|缴费)/;

const WHITESPACE = /\s/;
const SPACED_ARROW = /\s(?:→|>|＞|›)\s/;
/** A subtitle's time code (`01:15`, `[00:01:15]`): when the line is spoken, no part of what it says. */
const TIME_CODE = /^\s*\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?\s*/;
/** Text without one of these holds no step marker: spares most passages the look for glued markers. */
const MAY_MARK_STEPS = /[Ss]tep|STEP|步|[①-⑳]|[；;：:。]\s*\d|[；;。！!:：]\s*(?:方式|方法|途径|渠道|办法)/;

/**
 * Rows of a passage text: the text itself, or the pieces of a flattened list or of steps run together. A list item is
 * one row whatever its spacing (Markdown puts spaces around `<code>` names), but steps run together in it are rows.
 */
function rowsOf(text: string, item = false): string[] {
    if (item) return (text.match(GLUED_STEP_MARKER)?.length ?? 0) >= 2 ? text.split(GLUED_STEP_MARKER).flatMap((row) => rowsOf(row, true)) : [text];
    if (MAY_MARK_STEPS.test(text)) {
        for (const marker of [GLUED_STEP_MARKER, INLINE_NUMBERED_ROW]) {
            if ((text.match(marker)?.length ?? 0) >= 2) return text.split(marker).flatMap((row) => rowsOf(row));
        }
        if ((text.match(NUMBERED_WAY)?.length ?? 0) >= 2) {
            const ways = text.split(INLINE_NUMBERED_WAY);
            if (ways.length >= 2) return ways.flatMap((row) => rowsOf(row));
        }
    }
    // Most passages have no space at all: splitting them with the look-around pattern is wasted work. Spaces around
    // a menu chain's arrows (`依次点击 首页 > 我的 > 查询 即可`) set its links apart inside one sentence, no rows.
    if (!WHITESPACE.test(text) || SPACED_ARROW.test(text)) return [text];
    return text
        .split(ROW_BREAK)
        .map((r) => r.trim())
        .filter((r) => r.length > 0);
}

function isShortLine(text: string): boolean {
    return text.length <= MAX_LABEL_CHARS && !SENTENCE_PUNCTUATION.test(text);
}

/** A question standing alone like a heading (`某市如何开通医保家庭共济!看这篇→`). */
function isTitleLike(text: string): boolean {
    return text.length <= MAX_TITLE_LIKE_CHARS && TITLE_QUESTION.test(text) && !/[。,，;；:：]/.test(text);
}

/** Longest line, in characters, read as nothing but the name of a task (`备案`, `余额查询`). */
const MAX_TASK_NAME_CHARS = 4;

function isBareTaskName(text: string): boolean {
    return text.length <= MAX_TASK_NAME_CHARS && ONLY_CJK.test(text) && taskIn(text) !== null;
}

const ONLY_CJK = /^[\u4e00-\u9fff]+$/;

function endsWithColon(text: string): boolean {
    return /[:：]$/.test(text);
}

/** The row after the one being read: its text, and whether its passage is a list item. */
interface NextRow {
    text: string;
    item: boolean;
}

/**
 * Would this row, standing next, make the row before it a label: `拨打医保服务热线` + `操作步骤:`, or a line over the first
 * row of a list (`查询个人账户余额` + `(1) 打开…`, or over a list item)?
 */
function introducesSteps(next: NextRow | undefined, source: RowSource): boolean {
    if (next === undefined) return false;
    // a line between two items (a `<dd>` after its `<dt>`) is a row of the list, not its label
    if (FIRST_STEP_NUMBER.test(next.text) || (next.item && !source.item && !source.afterItem)) return true;
    const row = stripNumbering(next.text);
    if (endsWithColon(row)) return true;
    const inline = INLINE_LABEL.exec(row);
    return !!inline && STEPS_LABEL.test(inline[1]!);
}

/** Where a row comes from: its passage, whether that passage is a list item, and whether the one before it was. */
interface RowSource {
    passage: number;
    item: boolean;
    afterItem: boolean;
    speaker: string | null;
}

/** Every unit has the same fields in the same order, so the code reading them sees one object shape. */
function unit(role: UnitRole, source: RowSource, label: string | null, body: string, text: string, titleLike = false): Unit {
    return { role, passage: source.passage, label, body, text, item: source.item, titleLike, channels: null, speaker: source.speaker };
}

/**
 * A menu the step picks by its quoted name (`点击底部菜单“某某办”-“账户查询”`, `选择“某某通”`): a page inside the app the
 * steps are in, named like a channel yet no way of its own.
 */
const MENU_PICK = /(?:点击?|选择?|进入|菜单|栏目)[^,，。;；“「]{0,4}[“「][^”」]*[”」](?:\s*[-—>→]\s*[“「][^”」]*[”」])*/g;

/**
 * Channels a unit's body names, menus it picks left out; kept on the unit, since blocks and resolvers ask about every
 * step repeatedly.
 */
export function channelsOfUnit(unit: Unit): readonly Channel[] {
    unit.channels ??= channelsOutsideMenus(unit.body);
    return unit.channels;
}

/** Channels a text names, menus it picks left out (see {@link MENU_PICK}). */
export function channelsOutsideMenus(text: string): readonly Channel[] {
    return channelsIn(text.replace(MENU_PICK, ' '));
}

const SENTENCE_END = /[。！!？?]/;
const CLAUSE_END = /[,，;；。！!？?]/;

/**
 * The channel of the sentence that opens the steps: the one their first instruction names, else the one named before
 * it in the same sentence (`我是在某某银行APP上查的:登录后…`, `大厅里有自助终端,插入社保卡…`). Null when the unit gives
 * no instruction, offers two ways, or its opening sentence names no channel or several.
 */
export function openingChannel(unit: Unit): Channel | null {
    const steps = fromFirstAction(unit.body);
    if (steps === null) return null;
    const lead = unit.body.slice(0, unit.body.length - steps.length).split(SENTENCE_END).at(-1)!;
    if (OR_ANOTHER_WAY.test(lead + steps)) return null;
    const first = steps.split(CLAUSE_END)[0]!;
    const own = channelsOutsideMenus(first);
    if (own.length === 1 && own[0] === 'counter') return ownerOfCounter(lead + first) ?? kioskThere(first, steps) ?? 'counter';
    if (own.length > 0) return only(own);
    return lastOfVisit(channelsOutsideMenus(lead.replace(NOT_USED, ' ')), lead);
}

/**
 * The way of steps whose lead names several: alternatives offered (`用微信或支付宝,打开…`) commit to none, but ways
 * named one after another without choice (`去大厅请人在手机上装了“某某”,教我先点…`) tell where one went and then
 * what was used there: the last is the steps' own.
 */
function lastOfVisit(named: readonly Channel[], lead: string): Channel | null {
    if (named.length <= 1 || OFFERS_CHOICE.test(lead)) return only(named);
    return named.at(-1)!;
}

const OFFERS_CHOICE = /或|还是|、|以及|及|和|也可|也能|都可|均可/;

/**
 * A counter or window says nothing of whose it is: the bank or hospital its sentence goes to is (`到某银行网点,取号后在
 * 柜台…`, `到定点医院,在医保窗口…`). Null when the sentence names no such owner.
 */
function ownerOfCounter(sentence: string): Channel | null {
    const owner = only(channelsOutsideMenus(sentence));
    return owner === 'bank' || owner === 'hospital' ? owner : null;
}

/**
 * `到某社区服务中心,在自助机上刷卡…`: going to a hall to use a terminal standing there is the terminal, when the sentence
 * names no staffed window or desk (`到中心,在窗口…` stays the counter).
 */
function kioskThere(first: string, steps: string): Channel | null {
    const sentence = steps.split(SENTENCE_END, 1)[0]!;
    if (STAFFED_COUNTER.test(sentence)) return null;
    return channelsOutsideMenus(sentence.slice(first.length)).includes('kiosk') ? 'kiosk' : null;
}

/** A way the writer says they do not or cannot use (`我不会用微信`, `没有智能手机`): not the way of the steps. */
const NOT_USED = /(?:不会|不用|不能|不方便|没有|没)(?:用|使用|下载)?[^,，。;；:：]{0,8}?(?:微信|支付宝|APP|App|app|手机|电脑)/g;

/** The channel when exactly one is named: several named together are alternatives, none of them the steps' own. */
function only(channels: readonly Channel[]): Channel | null {
    return channels.length === 1 ? channels[0]! : null;
}

/** `拨打…电话或到…登记`: a step offering two ways of doing it, which commits the steps to neither. */
const OR_ANOTHER_WAY = /[^,，。;；]或者?(?:到|去|前往|通过|在|用|登录|拨打|打开)/;

/** True when the step offers two ways of doing it (see {@link OR_ANOTHER_WAY}). */
export function offersAnotherWay(step: Unit): boolean {
    return OR_ANOTHER_WAY.test(step.body);
}

/**
 * Channels the steps name, those of a step offering two ways left out while another step names one: the steps
 * after `拨打…或到服务站登记` say which way the how-to is.
 */
export function committedChannels(steps: readonly Unit[]): Channel[] {
    const committed = steps.filter((step) => !offersAnotherWay(step)).flatMap(channelsOfUnit);
    return committed.length > 0 ? committed : steps.flatMap(channelsOfUnit);
}

/** Cells of a table row as `units` prints them (`微信 | 打开微信→…`). */
const CELL_BREAK = /\s+\|\s+/;

/**
 * A table row whose last cell gives the steps and whose cells before it name what they are for (`异地就医备案 | 某某APP |
 * 登录后点击…`, `微信 | 打开微信→…`): those cells label the steps, each row a how-to of its own.
 */
function stepCells(text: string): { label: string; steps: string } | null {
    if (!text.includes('|')) return null;
    const cells = text.split(CELL_BREAK);
    const steps = cells.at(-1)!;
    const names = cells.slice(0, -1);
    if (names.length === 0 || names.some((cell) => cell.length > MAX_LABEL_CHARS || SENTENCE_PUNCTUATION.test(cell))) return null;
    return isActionStart(steps) || arrowLinks(steps) !== null ? { label: names.join(' '), steps } : null;
}

/** A table row whose first cell only numbers it (`2 | 输入密码…`): a step table's row, in the order of its numbers. */
const NUMBERED_CELL = /^\s*(?:\d{1,2}|第[一二三四五六七八九十\d]{1,3}步|步骤\s*\d{1,2})\s+[|｜]\s+(?=\S)/;

function rowUnit(row: string, next: NextRow | undefined, source: RowSource): Unit {
    const numberedCell = NUMBERED_CELL.exec(row);
    // the number cell says what a list item's marker says: the row is the next item of a list of steps
    if (numberedCell) return unit('content', { ...source, item: true }, null, row.slice(numberedCell[0].length).trim(), row);
    const text = stripNumbering(row);
    if (COMMENT_LABEL.test(text) || CLOSING.test(text) || SITE_PATH.test(text)) return unit('comment', source, null, text, row);
    if (endsWithColon(text)) return unit('label', source, text.replace(/[:：]$/, '').trim(), '', row);
    const cells = stepCells(text);
    if (cells) return unit('content', source, cells.label, cells.steps, row);
    // a chat message asking how (`…这个咋弄`), question mark or not, names what the replies after it are for
    if (source.speaker !== null && ASKS_HOW.test(text) && !isActionStart(text)) return unit('label', source, text, '', row);

    const inline = INLINE_LABEL.exec(text) ?? (LABEL_NUMBERING.test(row) ? NUMBERED_LEAD.exec(text) : null);
    // a letter's salutation (`尊敬的某局领导:…`) says whom the words after it are for; it labels nothing
    if (inline && SALUTATION.test(inline[1]!)) return unit('content', source, null, inline[2]!.trim(), row);
    if (inline && inline[1]!.length <= MAX_INLINE_LABEL_CHARS && CJK.test(inline[1]!)) {
        const label = inline[1]!;
        const body = inline[2]!;
        // `通过银行App缴费`, `查询余额` name a way; `搜索“某某”小程序缴费` is an instruction that happens to end on the task
        const instructionEndingOnTask = ACTION_START.test(body) && !CHANNEL_LABEL_START.test(body);
        // an item between two items is a row of the list (`受理审核:工作人员审核材料`), whoever acts in it, unless
        // it only names a task (`发送:异地备案`), as a menu of topics does
        const midList = source.item && source.afterItem && next?.item === true && taskIn(body) === null;
        // a body opening with a list's first number (`…办理:①首页点…`) is the list's first row, no way's name
        const namesAWay = !midList && !FIRST_STEP_NUMBER.test(body) &&
            isShortLine(body) && (!isActionStart(body) || (CHANNEL_LABEL_END.test(body) && !instructionEndingOnTask)) && arrowLinks(body) === null;
        if (namesAWay) return unit('label', source, text, '', row);
        return unit('content', source, label.trim(), body.trim(), row);
    }
    if (isTitleLike(text)) return unit('label', source, text, '', row, true);
    // a branch of a tree or outline that only names a task (`查询`, `余额查询`) names what the rows after it are for
    if (source.item && next?.item === true && isBareTaskName(text)) return unit('label', source, text, '', row);
    // a short message is said to someone, no label over the messages after it
    if (isShortLine(text) && !source.item && source.speaker === null) {
        const stepLine =
            !LABEL_NUMBERING.test(row) &&
            !QUESTION_WORDS.test(text) &&
            !CHANNEL_LABEL_END.test(text) &&
            (isActionStart(text) || SEQUENCE_START.test(text)) &&
            !introducesSteps(next, source);
        if (!stepLine) return unit('label', source, text, '', row);
    }
    return unit('content', source, null, text, row);
}

/** A step named by its number and a short title (`第二步 审核`, `步骤3 领证`), the step's text in a paragraph of its own. */
const STEP_TITLE = /^\s*(?:第[一二三四五六七八九十\d]{1,3}步|步骤\s*[一二三四五六七八九十\d]{1,2}|(?:[Ss]tep|STEP)\s*\d{1,2})[\s:：、.．]*[\u4e00-\u9fff]{2,8}$/;

/**
 * Passages that title a step whose text is the paragraph right after them, in a run of at least two such pairs
 * (`第一步 申请` + its paragraph, `第二步 受理` + its paragraph): one pair alone may be a list item with a remark after it.
 */
function stepTitles(passages: readonly Passage[]): Set<number> {
    const titlesStep = (i: number): boolean =>
        passages[i]?.kind !== 'heading' && STEP_TITLE.test(passages[i]?.text ?? '') && passages[i + 1]?.kind === 'paragraph';
    const titles = new Set<number>();
    for (let i = 0; i < passages.length; i++) {
        if (titlesStep(i) && (titlesStep(i + 2) || titlesStep(i - 2))) titles.add(i);
    }
    return titles;
}

/** Units of the passages, in page order: a heading is one unit, other passages one unit per row. */
export function unitsOf(passages: readonly Passage[]): Unit[] {
    const units: Unit[] = [];
    // The row after the current one decides whether a short line introduces steps (`introducesSteps`).
    let pending: { row: string; source: RowSource } | null = null;
    const flush = (next: NextRow | undefined) => {
        if (pending) units.push(rowUnit(pending.row, next, pending.source));
        pending = null;
    };
    let afterItem = false;
    const titles = stepTitles(passages);
    for (const [i, passage] of passages.entries()) {
        // a step's title says nothing its paragraph does not: the paragraph is the step, a row of the list
        if (titles.has(i)) continue;
        const message = passage.kind === 'heading' ? null : CHAT_MESSAGE_HEADER.exec(passage.text);
        const item = passage.kind === 'item' || titles.has(i - 1);
        const source: RowSource = { passage: passage.index, item, afterItem, speaker: message?.[1] ?? null };
        afterItem = source.item;
        if (passage.kind === 'heading') {
            flush(undefined);
            units.push(unit('heading', source, passage.text, '', passage.text));
            // a heading that is itself a menu chain (`支付宝:首页→市民中心→社保`) gives the steps of its section
            if (arrowLinks(passage.text) !== null) pending = { row: passage.text, source: { ...source, item: false } };
            continue;
        }
        const text = message ? passage.text.slice(message[0].length) : passage.text.replace(TIME_CODE, '');
        for (const row of rowsOf(text, source.item)) {
            // a step's number standing alone (`<dt>第一步</dt>`, a flow chart's `1`) says nothing the order does not
            if (isBareStepNumber(row)) continue;
            flush({ text: row, item: source.item });
            pending = { row, source };
        }
    }
    flush(undefined);
    return units;
}
