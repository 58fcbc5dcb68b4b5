/**
 * What a figure's own clause says about whom, which step and which year it is for. Two figures stated side by
 * side in one sentence (`男性满…年、女性满…年`, `转出地…日内…;转入地…日内…`) answer different questions, so
 * comparisons must keep them apart; a figure offered only as an illustration (`一定比例(如…)`) or tied to a
 * stated year (`2023年…`) is read with that context.
 */
import type { FigureDraft, Metric } from '../../src/claims/schema.js';
import { lastMatch } from '../regex-matches.js';
import { lastClause } from './cues.js';

export type StatementScope = Pick<FigureDraft, 'sex' | 'step' | 'statedYear' | 'illustrative'>;

/**
 * `男`/`女` as a sex, not inside words for people in general (`男女`, `子女`, `儿女`, `妇女`, `女儿`). Its
 * clause, not the sentence, decides, so `男满…、女满…` gives each figure its own.
 */
const SEX_MARK = /(?<![男子儿妇])(男|女)(?![女儿])/g;

/** Stages of a transfer that the sending and the receiving office each take their own time limit for. */
const TRANSFER_STEP_MARKS: readonly { step: NonNullable<FigureDraft['step']>; mark: RegExp }[] = [
    { step: 'transfer_out', mark: /转出/g },
    { step: 'transfer_in', mark: /转入/g },
];
/** Words saying a time limit covers the whole transfer, not one office's part of it. */
const WHOLE_PROCESS = /整个|整体|全流程|全过程|全部流程|总共|共计|合计/;

/** A year the text ties a figure to (`2025年`, `2024年起`, `自2024年1月1日起`): four digits from 1990 to 2099. */
const STATED_YEAR = /(?<!\d)((?:19|20)\d{2})\s*年/g;

/** `如`, `例如`, `比如`, `譬如` right before a figure: it illustrates a range rather than stating one. */
const ILLUSTRATION_BEFORE = /(?:[例比譬]?如|诸如)[::]?\s*(?:约|大约)?\s*$/;

function sexBefore(clause: string): FigureDraft['sex'] {
    const mark = lastMatch(clause, SEX_MARK);
    if (!mark) return null;
    return mark[1] === '男' ? 'male' : 'female';
}

/** The office whose step the time limit is for: the step word nearest before the figure in its sentence. */
function transferStep(before: string): FigureDraft['step'] {
    if (WHOLE_PROCESS.test(before)) return null;
    let best: { step: NonNullable<FigureDraft['step']>; at: number } | null = null;
    for (const { step, mark } of TRANSFER_STEP_MARKS) {
        const match = lastMatch(before, mark);
        if (match && (!best || match.index > best.at)) best = { step, at: match.index };
    }
    return best?.step ?? null;
}

/**
 * The scope of the figure that starts at `offset` in `sentence`. Each field is null (or false) unless the text
 * before the figure states it.
 */
export function statementScope(sentence: string, offset: number, metric: Metric): StatementScope {
    const before = sentence.slice(0, offset);
    return {
        sex: sexBefore(lastClause(before)),
        step: metric === 'transfer_days' ? transferStep(before) : null,
        statedYear: Number(lastMatch(before, STATED_YEAR)?.[1] ?? NaN) || null,
        illustrative: ILLUSTRATION_BEFORE.test(before),
    };
}
