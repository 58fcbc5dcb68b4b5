/**
 * Grouping units into blocks: the labels that announce a how-to (`手机APP查询医保余额:`, `步骤:`) and the
 * step units that follow, up to a heading, a comment, a new block label or text that is no step.
 */
import { channelsIn, taskIn } from './cues.js';
import { arrowLinks, fromFirstAction } from './parse-steps.js';
import type { Unit } from './units.js';
import { MENTION_MARKERS, MODE_WORDS, STEPS_LABEL } from './vocab.js';
import type { Channel } from '../../src/claims/schema.js';

export interface Block {
    /** Labels in page order (headings not included). */
    labels: string[];
    /** Content units read as steps, in page order. */
    steps: Unit[];
}

/** The channel a block stands for so far, given its labels and steps (see `resolve.ts`). */
export type ChannelOfBlock = (block: Block) => Channel | null;

/** True when the nearest label announces steps (`操作步骤:`); an earlier one covers only the rows it introduced. */
export function labelsSteps(labels: readonly string[]): boolean {
    const nearest = labels.at(-1);
    return nearest !== undefined && STEPS_LABEL.test(nearest);
}

/**
 * A label that names no channel, no task, no steps and no way of doing it (`线下`) only subdivides the block
 * it sits in (`新参保地办理`).
 */
function isSubLabel(label: string): boolean {
    return channelsIn(label).length === 0 && taskIn(label) === null && !STEPS_LABEL.test(label) && !MODE_WORDS.test(label);
}

/** Labels that keep naming the task for the blocks after theirs: a task and no channel (`如何绑定亲情账户`). */
function contextLabels(block: Block | null): string[] {
    return (block?.labels ?? []).filter((l) => taskIn(l)?.strong === true && channelsIn(l).length === 0);
}

/**
 * A step is an instruction, an arrow chain, the next row of a list of steps, or, right after a `步骤:`
 * label, whatever text comes first.
 */
function isStep(unit: Unit, block: Block): boolean {
    const text = unit.body;
    if (MENTION_MARKERS.test(text)) return false;
    if (arrowLinks(text) !== null || fromFirstAction(text) !== null) return true;
    const previous = block.steps.at(-1);
    if (previous) return unit.item && previous.item;
    const labels = unit.label === null ? block.labels : [...block.labels, unit.label];
    return labelsSteps(labels);
}

/** True when `unit` names channels and none of them is the block's: it starts a how-to of its own. */
function switchesChannel(unit: Unit, block: Block, channelOf: ChannelOfBlock): boolean {
    const current = channelOf(block);
    const named = channelsIn(unit.body);
    return current !== null && named.length > 0 && !named.includes(current);
}

/** Blocks with at least one step, in page order. */
export function findBlocks(units: readonly Unit[], channelOf: ChannelOfBlock): Block[] {
    const blocks: Block[] = [];
    let pending: string[] = [];
    let block: Block | null = null;
    // The latest heading-like label (`手机查医保卡开户行怎么查`): it frames every block up to the next heading.
    let topic: string | null = null;
    const close = (): void => {
        const done = block as Block | null;
        if (done && done.steps.length > 0) {
            blocks.push(topic === null || done.labels[0] === topic ? done : { ...done, labels: [topic, ...done.labels] });
        }
        block = null;
    };
    const takeLabel = (label: string): void => {
        const open = block as Block | null;
        if (open && open.steps.length > 0) {
            if (isSubLabel(label)) return;
            close();
            pending = [...contextLabels(open), label];
        } else if (open) {
            open.labels.push(label);
        } else {
            pending.push(label);
        }
    };

    for (const unit of units) {
        if (unit.role === 'heading' || unit.role === 'comment') {
            close();
            pending = [];
            if (unit.role === 'heading') topic = null;
            continue;
        }
        if (unit.titleLike) {
            close();
            topic = unit.label;
            pending = [];
            continue;
        }
        if (unit.label !== null && unit.role === 'label') {
            takeLabel(unit.label);
            continue;
        }
        const current: Block = block ?? { labels: pending, steps: [] };
        if (!isStep(unit, current)) {
            // Text that is no step ends a block, and the labels it followed label nothing else; its own inline
            // label (`广东省方案:…`) labels nothing at all.
            if (block) close();
            pending = contextLabels(current);
            continue;
        }
        // An inline `步骤:` announces only its own row.
        if (unit.label !== null && !STEPS_LABEL.test(unit.label)) takeLabel(unit.label);
        let open: Block = block ?? { labels: pending, steps: [] };
        if (!block) pending = [];
        block = open;
        if (open.steps.length > 0 && switchesChannel(unit, open, channelOf)) {
            close();
            open = { labels: contextLabels(open), steps: [] };
            block = open;
        }
        open.steps.push(unit);
    }
    close();
    return blocks;
}
