/**
 * Passages whose figures the page shows without asserting them (CLAIMS.md § One statement, one claim): a quiz
 * statement the page marks wrong, a quotation it reports and then rebuts in the passages after it, what a
 * caller or letter writer said, under the heading a hotline or mailbox reply gives it (`来电内容`, `网友留言`), a
 * vote's option with its tally, and a draft's text put out for comment under a heading naming the draft.
 */
import type { Passage } from '../types.js';
import { hasAny } from './cues.js';
import { REBUTTALS } from './vocab.js';

/** A 判断题 statement marked false at its end: `（×）`, `(✗)`, `（错）`, `（错误）`. */
const MARKED_WRONG = /[(（]\s*(?:[×✗✘]|错误?)\s*[)）]\s*$/;
/** A passage that is one quotation from its first character to its last (`“…。”`). */
const WHOLLY_QUOTED = /^\s*[“"「『][^”"」』]+[”"」』]\s*[。.]?\s*$/;
/** Saying what went before does not match the rules (`以上内容与实际规定不符`), besides the words of {@link REBUTTALS}. */
const DOES_NOT_MATCH = /不符(?!合)/;
/** The heading over a caller's or writer's own words on a reply page; the reply has a heading of its own. */
const WRITERS_WORDS_HEADING =
    /^\s*(?:(?:来电|来信|留言|诉求|信件|投诉|反映)(?:内容|事项|摘要|详情|问题)|(?:网友|群众|市民)(?:留言|来信|来电|诉求))\s*[:：]?\s*$/;
/**
 * An option of a vote followed by the votes it got (`某某项目 356票`, `…(1200 票)`): what voters may choose, a proposal,
 * not what is in force.
 */
const VOTE_TALLY = /\d\s*票\s*[)）]?\s*$/;

/**
 * A heading over a draft's own text (`附件:某办法(征求意见稿)`, `草案全文`): what is proposed, not in force. Not the
 * heading of a text about the draft (`起草说明`), which says what holds now in its own words.
 */
const DRAFT_HEADING = /征求意见稿|草案|送审稿|讨论稿/;

/** How many passages after a quotation may rebut it. */
const REBUTTAL_REACH = 2;

/** The `index` of each passage whose figures are not the page's statements. */
export function unassertedPassages(passages: readonly Passage[]): number[] {
    const unasserted: number[] = [];
    for (const [i, passage] of passages.entries()) {
        const writersWords = passage.section !== null && WRITERS_WORDS_HEADING.test(passage.section);
        const draft = passage.section !== null && DRAFT_HEADING.test(passage.section);
        if (writersWords || draft || VOTE_TALLY.test(passage.text) || MARKED_WRONG.test(passage.text) || (WHOLLY_QUOTED.test(passage.text) && rebuttedAfter(passages, i))) {
            unasserted.push(passage.index);
        }
    }
    return unasserted;
}

function rebuttedAfter(passages: readonly Passage[], i: number): boolean {
    return passages
        .slice(i + 1, i + 1 + REBUTTAL_REACH)
        .some((p) => p.kind !== 'heading' && (hasAny(p.text, REBUTTALS) || DOES_NOT_MATCH.test(p.text)));
}
