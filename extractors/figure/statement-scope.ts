/**
 * What a figure's own clause says about whom, which step and which year it is for. Two figures stated side by
 * side in one sentence (`男性满…年、女性满…年`, `转出地…日内…;转入地…日内…`) answer different questions, so
 * comparisons must keep them apart; a figure offered only as an illustration (`一定比例(如…)`) or tied to a
 * stated year (`2023年…`) is read with that context.
 */
import type { FigureDraft, Metric } from '../../src/claims/schema.js';
import { lastMatch } from '../regex-matches.js';
import { lastClause } from './cues.js';
import { TIME_LIMIT_WORD } from './vocab.js';

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

/**
 * What a time limit bounds, read from the words right after it in its clause (`…日内出具证明`, `…日内办结`):
 * - `transfer`: the transfer itself (`…日内完成转移接续`, `…日内将余额转入`);
 * - `other`: another act, by whoever does it (`人力资源部在…日内出具离职证明`, `…日内发放`, `…日内答复`) — no
 *   transfer time, whatever the sentence said of the transfer before it;
 * - `bare`: nothing, or only that the matter is done (`…日内办结`, `办理时限:…个工作日`): the limit is the one of the
 *   task the sentence before it, its field or its page is about.
 */
export type BoundAct = 'transfer' | 'other' | 'bare';

const TIME_LIMIT_TAIL = /^\s*(?:以内|之内|内)?\s*(?:即可|就能|就可以|可以|可|能|要|须|需|必须|应当?|将)?\s*/;

/** Acts other than the transfer that a time limit may bound: papers issued, money paid, answers given. */
const OTHER_ACT = /^(?:出具|开具|开出|发放|发出|寄出|寄送|送达|答复|回复|反馈|支付|拨付|报销|退还|退回|结算|审批|作出|做出|公示|公布|告知|通知)/;

/**
 * A balance paid out to a person's bank card or to an heir (`…日内转入本人银行卡`, `…日内转给继承人`): money leaving the
 * scheme, not the insurance moving with its holder, though its verb is `转入`.
 */
const PAID_OUT = /^[^,，;；。]{0,8}?(?:转入|转到|转至|转给|打入|打到|存入|划入|划到)[^,，;；。]{0,10}?(?:银行卡|银行账户|存折|继承人|受益人|家属)/;

/** Words of the transfer, spoken ones too (`转到外地`, `转回老家`): on the act after a limit, or the question it answers. */
export const TRANSFER_ACT = /转移|转出|转入|接续|转接|关系转|转(?:到|去|往|回)|转过去|转过来/;

/**
 * The papers a transfer moves by (`参保凭证`, `联系函`, `转移接续函`, `转移单`): issuing them is the transfer-out itself,
 * not another act.
 */
const TRANSFER_PAPERS = /参保凭证|联系函|转移(?:接续)?(?:函|单|凭证|信息表)/;

export function boundAct(sentence: string, end: number): BoundAct {
    const rest = sentence.slice(end).replace(TIME_LIMIT_TAIL, '');
    const clause = rest.split(/[,，;；。!！]/, 1)[0]!;
    if (PAID_OUT.test(clause)) return 'other';
    if (TRANSFER_ACT.test(clause) || TRANSFER_PAPERS.test(clause)) return 'transfer';
    if (OTHER_ACT.test(clause)) return 'other';
    return 'bare';
}

/**
 * A service guide's time-limit field before a figure (`办理时限 | 自受理之日起`, `承诺办结时限`, `法定时限:`, `承诺办理时间
 * | …`): the limit is the one of the service the guide is about (its title or heading).
 */
export const TIME_LIMIT_FIELD = new RegExp(String.raw`${TIME_LIMIT_WORD}\s*(?:[|｜:：])?\s*(?:为|是)?\s*(?:自?(?:受理|申请)(?:之日|后)起?)?\s*$`);
