/**
 * Grouping units into blocks: the labels that announce a how-to (`手机APP查询医保余额:`, `步骤:`) and the
 * step units that follow, up to a heading, a comment, a new block label or text that is no step.
 */
import type { Channel } from '../../src/claims/schema.js';
import { channelsIn, taskIn } from './cues.js';
import { arrowLinks, instructs, stripNumbering } from './parse-steps.js';
import { channelsOfUnit, FIRST_STEP_NUMBER, offersAnotherWay, type Unit } from './units.js';
import { CONTINUES_SEQUENCE, DATED_ENTRY, MENTION_MARKERS, MODE_WORDS, SEQUENCE_START, STEPS_LABEL } from './vocab.js';

export interface Block {
    /** The heading-like line the block sits under (`手机上怎么查医保卡的开户网点`), if any. */
    topic: string | null;
    /** Labels in page order, nearest last (headings not included). */
    labels: string[];
    /** Content units read as steps, in page order. */
    steps: Unit[];
    /** True when every label was carried over from a block before (see `contextLabels`): they name its task only. */
    carried: boolean;
}

/** The channel a block stands for so far, given its labels and steps (see `resolve.ts`). */
export type ChannelOfBlock = (block: Block) => Channel | null;

/** True when the nearest label announces steps (`操作步骤:`); an earlier one covers only the rows it introduced. */
export function labelsSteps(labels: readonly string[]): boolean {
    const nearest = labels.at(-1);
    return nearest !== undefined && STEPS_LABEL.test(nearest);
}

/**
 * True when the block's own nearest label announces steps. A label carried over from a block before names the task
 * of the text after it, but what follows another block is not its steps (`绑定方法如下:` + steps + a reply's anecdote).
 */
export function announcesSteps(block: Block): boolean {
    return !block.carried && labelsSteps(block.labels);
}

/**
 * A label that names no channel, no task, no steps and no way of doing it (`线下`) only subdivides the block
 * it sits in (`新参保地办理`).
 */
function isSubLabel(label: string): boolean {
    const namesSomething = channelsIn(label).length > 0 || taskIn(label) !== null;
    return !namesSomething && !STEPS_LABEL.test(label) && !MODE_WORDS.test(label);
}

/** Labels that keep naming the task for the blocks after theirs: a task and no channel (`如何绑定亲情账户`). */
function contextLabels(labels: readonly string[]): string[] {
    return labels.filter((l) => taskIn(l)?.strong === true && channelsIn(l).length === 0);
}

/** `微信绑定:` over a list: a label naming one way of doing it makes the list under it that way's steps. */
function labelsList(labels: readonly string[]): boolean {
    const nearest = labels.at(-1);
    return nearest !== undefined && channelsIn(nearest).length === 1;
}

/**
 * A step is an instruction, an arrow chain, the next row of a list of steps, or, right after a `步骤:`
 * label, whatever text comes first (the first row of a list, also after a label naming its channel).
 */
function isStep(unit: Unit, labels: readonly string[], carried: boolean, previous: Unit | undefined, heading: string | null): boolean {
    const text = unit.body;
    // a question (`问:在外地怎么办理备案?`) asks for the steps, it is none of them; what someone is reported to have
    // said of themselves (`市民某某说:“我是来…”`) tells of a visit, it instructs no one
    if (MENTION_MARKERS.test(text) || QUESTION_END.test(text)) return false;
    if (unit.label !== null && REPORTED_SPEECH.test(unit.label) && FIRST_PERSON.test(text)) return false;
    if (isFieldRow(text)) return false;
    // a message list stamps each row with its date (`…确认 11-28`, `2026-11-20 【提醒】…`): each row is a notice of its
    // own, and a notice after a how-to is none of its steps, whatever it asks (`请留意短信`)
    if (previous && isDated(previous.text) && isDated(unit.text)) return false;
    if (instructs(text)) return true;
    // a line led by a sequence word (`然后刷个脸`, `最后就能看到…`) goes on with the steps before it
    if (previous && SEQUENCE_START.test(text)) return true;
    // a menu chain gives its steps whole: the row after it goes on with them only by instructing; so does a list
    // numbered row by row (`1．…` `2．…`), whose steps end where its numbers do (a dated notice after it is none)
    if (previous) return unit.item && previous.item && arrowLinks(previous.body) === null && (!isNumbered(previous.text) || isNumbered(unit.text));
    // a list's first number (`某APP办理:①首页点…`, run into its paragraph) opens a list as an item does
    const opensList = FIRST_STEP_NUMBER.test(unit.body);
    if (unit.label !== null) return labelsSteps([...labels, unit.label]) || (opensList && labelsList([...labels, unit.label]));
    // a heading naming one way (`用某某APP绑定`) over a list with no label of its own opens that way's rows as a label does
    const over = labels.length > 0 || heading === null ? labels : [heading];
    return !carried && (labelsSteps(labels) || ((unit.item || opensList) && labelsList(over)));
}

function isDated(row: string): boolean {
    return DATED_ENTRY.test(row) || DATE_STAMP_END.test(row);
}

/** A row's text without the date stamp closing it: the stamp says when the row was posted, it is no word of a step. */
export function withoutDateStamp(row: string): string {
    return row.replace(DATE_STAMP_END, '');
}

/** A date stamp closing a row (`11-28`, `2026/11/28`): a dot is left out, as decimals and versions end rows too. */
const DATE_STAMP_END = /(?<![\d.])(?:\d{4}[-/])?\d{1,2}[-/]\d{1,2}\s*$/;

function isNumbered(row: string): boolean {
    return stripNumbering(row) !== row.trim();
}

/**
 * A row of a guide's table of fields (`事项类型 | 公共服务 | 办理形式 | 窗口办理`): cells of which none is an
 * instruction or a menu chain. It describes the service; it is no step of it.
 */
function isFieldRow(text: string): boolean {
    if (!FIELD_CELL_BREAK.test(text)) return false;
    return text.split(FIELD_CELL_BREAK).every((cell) => !instructs(cell.trim()));
}

const FIELD_CELL_BREAK = /\s*[|｜]\s*/;
const QUESTION_END = /[?？]\s*$/;
const REPORTED_SPEECH = /(?:说|表示|介绍|称|坦言|回忆|告诉记者)$/;
const FIRST_PERSON = /我|俺/;

/** Walks the units once, keeping the labels seen and the block being filled. */
class BlockBuilder {
    readonly blocks: Block[] = [];
    #topic: string | null = null;
    /** The heading the units sit under, until a comment or the next heading. */
    #heading: string | null = null;
    #labels: string[] = [];
    #carried = false;
    #steps: Unit[] = [];

    constructor(private readonly channelOf: ChannelOfBlock) {}

    /** A heading (its text) or a comment (null): nothing before it labels anything after it. */
    reset(heading: string | null): void {
        this.#close([]);
        if (heading !== null) this.#topic = null;
        this.#heading = heading;
    }

    /** A heading-like line: a new topic for the blocks below it. */
    topic(text: string): void {
        this.#close([]);
        this.#topic = text;
    }

    label(text: string): void {
        // a question opens the answer after it: the questions before it name nothing of that answer
        if (QUESTION_END.test(text)) this.#close([]);
        if (this.#steps.length === 0) this.#labels.push(text);
        else if (!isSubLabel(text)) this.#close([...contextLabels(this.#labels), text]);
        this.#carried = false;
    }

    content(unit: Unit): void {
        if (QUESTION_END.test(unit.body)) {
            this.label(unit.text);
            return;
        }
        // in a chat, the steps one sender gives end where someone else speaks: a reply or a thanks is none of them
        const previous = this.#steps.at(-1);
        if (previous !== undefined && previous.speaker !== unit.speaker) this.#close(contextLabels(this.#labels));
        if (!isStep(unit, this.#labels, this.#carried, this.#steps.at(-1), this.#heading)) {
            // Text that is no step ends a block, and the labels it followed label nothing else; its own inline
            // label (`广东省方案:…`) labels nothing at all.
            this.#close(contextLabels(this.#labels));
            return;
        }
        // An inline `步骤:` announces only its own row; a list item's short name for its step (`提交申请:…`,
        // `受理审核:…`), naming no way and no task, goes on with the list.
        if (unit.label !== null && !STEPS_LABEL.test(unit.label) && !this.#namesStepOfList(unit)) this.label(unit.label);
        if (this.#steps.length > 0 && this.#switchesChannel(unit)) this.#close(contextLabels(this.#labels));
        this.#steps.push(unit);
    }

    finish(): Block[] {
        this.#close([]);
        return this.blocks;
    }

    #current(): Block {
        return { topic: this.#topic, labels: this.#labels, steps: this.#steps, carried: this.#carried };
    }

    /**
     * True when `unit` names channels and none of them is the block's: it starts a how-to of its own, unless a
     * sequence word (`接着`, `最后`) carries it on. A channel only a step offering two ways named (`拨打…或到…`) does not
     * make the block that channel's yet.
     */
    #switchesChannel(unit: Unit): boolean {
        const current = this.channelOf(this.#current());
        const named = channelsOfUnit(unit);
        if (current === null || named.length === 0 || named.includes(current)) return false;
        if (CONTINUES_SEQUENCE.test(unit.body)) return false;
        if (current === 'alipay' && entersHostedProgram(unit.body, named)) return false;
        const namedBy = this.#steps.filter((step) => channelsOfUnit(step).includes(current));
        return namedBy.length === 0 || namedBy.some((step) => !offersAnotherWay(step));
    }

    #namesStepOfList(unit: Unit): boolean {
        const previous = this.#steps.at(-1);
        return unit.item && previous?.item === true && channelsIn(unit.label!).length === 0 && taskIn(unit.label!) === null;
    }

    /** Ends the current block (kept if it has steps) and starts the next with `labels`. */
    #close(labels: string[]): void {
        if (this.#steps.length > 0) this.blocks.push(this.#current());
        this.#labels = labels;
        this.#carried = labels.length > 0;
        this.#steps = [];
    }
}

/** A mini program or official account named without its host app (`进入“某某”小程序`). */
const HOSTED_PROGRAM = /小程序|公众号|服务号|订阅号/;

/**
 * True when the step's only channel is a mini program or account it enters without naming WeChat: it lives inside the
 * app the steps already opened (`打开支付宝…；进入“某某”小程序`), so it goes on with that app's steps.
 */
function entersHostedProgram(body: string, named: readonly Channel[]): boolean {
    return named.length === 1 && named[0] === 'wechat' && !body.includes('微信') && HOSTED_PROGRAM.test(body);
}

/** Blocks with at least one step, in page order. */
export function findBlocks(units: readonly Unit[], channelOf: ChannelOfBlock): Block[] {
    const builder = new BlockBuilder(channelOf);
    for (const unit of units) {
        if (unit.role === 'heading' || unit.role === 'comment') builder.reset(unit.role === 'heading' ? unit.text : null);
        else if (unit.titleLike) builder.topic(unit.label ?? unit.text);
        else if (unit.role === 'label') builder.label(unit.label ?? unit.text);
        else builder.content(unit);
    }
    return builder.finish();
}
