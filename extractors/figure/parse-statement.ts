/**
 * How a sentence states its figures (CLAIMS.md § One statement, one claim): questions state none; a reported
 * figure the page refutes is no claim, only the correction is; an age bracket may follow the amount it belongs to.
 */
import { findAges, type AgeMention } from './parse-age.js';
import type { NumberMention } from './parse-number.js';
import { hasAny } from './cues.js';
import {
    AGE_AFTER_AMOUNT,
    DENIAL_AT_START,
    DENIALS,
    EITHER_OR_QUESTION,
    FALSE_IN_CLAUSE,
    HEARSAY,
    OPERAND_AFTER,
    QUESTION_END,
    REBUTTALS,
    SPREADING,
} from './vocab.js';

/** A share worked out by division (`1200元分到12个月,就是每月100元`): the result restates the amount divided. */
const RESULT_OF_DIVISION = /(?:分到|分摊到|平摊到|平均到|摊到|分成|除以|÷)\s*\d+\s*个?(?:月|份)[^。;\d]{0,8}$/;
/** An amount after an age bracket: the bracket is stated for it. */
const AMOUNT_AFTER_AGE = /\d\s*(?:元|块)/;
/** A figure closed by a quotation mark within a few characters (`“每月150元”`). */
const CLOSES_QUOTE = /^[^,;。“"]{0,8}[”"」』]/;

/**
 * A figure named as what does not exist (`并没有“每月多返300元”的规定`, `从未出台过每月300元的政策`, `不存在…的说法`): the
 * negation before it in its clause, the rule, saying or document it would be right after it.
 */
const NEGATED_BEFORE = /(?:没有|没出台|未出台|并无|从无|从未|从没|未曾|不存在|无此|根本没)[^,;。]*$/;
const NEGATED_THING_AFTER = /^[^,;。]{0,4}?[”"」』]?\s*(?:的|这样的|这种|这一|之类的|一类的)?\s*(?:规定|说法|政策|文件|标准|事情?|一说|通知)/;

/**
 * A proposal, plan or wish for a value not yet in force (`建议将…提高到…`, `拟把…调整为…`, `希望能把…提到…`, `呼吁将…`):
 * what someone asks for, not what holds.
 */
const PROPOSED_CHANGE = /(?:建议|提议|拟|希望|期望|盼望|要求|呼吁|请求|恳请)(?:能够?|尽快|适当)?(?:将|把)/;
/** A draft as the subject of what a sentence proposes (`草案拟按…`, `征求意见稿提出…`): its figures are not in force. */
const DRAFT_PROPOSES = /(?:征求意见稿|草案|送审稿|讨论稿)(?:中|里)?(?:拟|提出|建议|设想|计划)/;
/**
 * What a letter, message or question said, quoted back to its writer (`您在来信中反映“…”`, `网友留言称“…”`): the
 * writer's words, not the page's.
 */
const WRITER_QUOTED = /(?:您|来信|信中|留言|网友|群众)[^“”。]{0,12}(?:反映|提到|提出|说|称|问|咨询)[::]?\s*[“「]$/;

/**
 * Who, besides the page, may speak in it: callers and writers to a bureau, the parties to a complaint or a case
 * (`原告诉称`, `投诉人反映`, `申请人主张`), and what circulates (`有视频称`). What they say is theirs, not the page's.
 */
const OTHER_SPEAKERS = [
    '市民', '群众', '网友', '居民', '读者', '来电人', '来信人', '来电', '来信', '留言',
    '原告', '被告', '上诉人', '申请人', '被申请人', '投诉人', '举报人', '诉求人', '反映人', '当事人',
    // what circulates: a video, a post, a message passed on (`有视频称…`, `网帖说…`, `朋友圈里的消息称…`)
    '视频', '短视频', '帖子', '网帖', '网文', '文章', '消息', '截图', '博主', '自媒体', '朋友圈', '群里',
].join('|');

/**
 * A caller's or writer's report opening a clause (or a table cell) (`市民来电反映:…`, `网友留言称:…`, `市民某某来电称,…`, `来信人反映…`,
 * `有网友称,…`): what follows is what they said or heard, not the page's statement, unless the page's answer starts
 * before the figure. `针对群众反映的问题,…` and `网友说得对,…` open no report.
 */
const WRITER_REPORTS = new RegExp(
    String.raw`(?:^|[,，。;；:：|]|\s)\s*(?:有|另有|据)?(?:(?:${OTHER_SPEAKERS})[^,，。;；:：]{0,6}?(?:反映|称|表示|咨询|询问|提出|说|问|主张|认为|投诉|举报)(?![的得])|(?:来电|来信|留言|致电|来访)人?\s*:)`,
);
/** The page's answer after a report (`答:`, `经核实,`, `经某局核查,`, `对此,`, `我局…`, a court's `本院认为`). */
const ANSWER_AFTER_REPORT = /答\s*:|回复\s*:|经[^,。;]{0,16}?(?:核实|核查|查实|调查)|对此|[我本](?:局|中心|院)/;

/** Kin a speaker tells of (`我老爸`, `我妈`, `老伴`, `家里老人`): one person, not the insured as a whole. */
const KIN = '老爸|爸爸|我爸|俺爸|老妈|妈妈|我妈|俺妈|父亲|母亲|老伴|老头|老太|家里老人|家老人|岳父|岳母|丈人|丈母娘|公公|婆婆|爷爷|奶奶|姥爷|姥姥|外公|外婆|爸|妈';
/**
 * One person's case told by exact age, its numeral left as written when bare (`我老爸七十三,每月…`, `我妈今年76岁了,每月…`,
 * a note's `妈(76岁)每月…`): an anecdote, not a rule. An age
 * that bounds a bracket (`老伴今年满七十了`, `我爸75岁以上`) states the rule for that bracket and is read as one.
 */
const KIN_AT_EXACT_AGE = new RegExp(String.raw`(?:${KIN})(?:今年|现在|已经|都)?\s*[(（]?\s*(?:\d{2,3}|[五六七八九]十[一二三四五六七八九]?)\s*(?:周岁|岁)?[)）]?(?:了)?(?![\d一二三四五六七八九十岁周以及之往起后前多])`);

/**
 * A reply applying the rule to the one person it answers (`您父亲适用每月88元的标准`, `你本人属于每月90元这一档`): the
 * person's case, not a statement of the rule, which the reply states on its own.
 */
const ONE_PERSON_APPLIED = new RegExp(
    String.raw`^(?:(?:您|你|我|他|她)(?:的|家)?(?:${KIN})|(?:您|你)(?:本人)?)\s*(?:目前|现在|应|应当|可|则)?\s*(?:适用|属于|执行|按照?|享受)[^,;。]{0,6}$`,
);

/**
 * A closing clause asking whether the listener understood (`整明白没?`, `听懂了吗?`, `记住了吧?`, `知道不?`): it checks
 * the telling, it does not ask about what was told.
 */
const UNDERSTOOD_CHECK = /[,;]\s*(?:你们?|大家|老铁们?)?(?:整|听|弄|搞|看)?(?:明白|懂|清楚|记住|知道)(?:了)?(?:没有?|吗|么|吧|不)?\s*[??]\s*$/;

/** True when the sentence asks rather than states. */
export function isQuestion(sentence: string): boolean {
    const asked = sentence.replace(UNDERSTOOD_CHECK, '');
    return QUESTION_END.test(asked) || EITHER_OR_QUESTION.test(asked);
}

/**
 * True when the figure is not one the sentence asserts (old values are in-force.ts's): an operand (`3.5%的一半,即1.75%`
 * → 3.5), the result of a division restating the amount divided (`1200元分到12个月,就是每月100元` → 100), a quoted
 * figure said to be circulating (`“300元”的消息疯传`), a figure reported as hearsay or in quotation marks that the
 * sentence then refutes (`“150元”并不准确`), one it denies (`并非150元`), a value proposed (`建议将…提高到100元`,
 * `草案拟按…`), a
 * quotation introduced as hearsay (`网传“…”`), or the words of a reader or a party quoted back (`您反映“…”`) or
 * reported (`市民来电反映:…`, `原告诉称:…`), one person's case told by exact age (`我妈今年76岁,每月…`) or answered by
 * applying the rule to them (`您母亲适用每月…标准`), a figure named as what does not exist (`并没有“每月…”的规定`), a
 * share of people (`21%的受访者`) or a belief the sentence calls mistaken (`误以为…按3%划入`). `nextStart` is where the next figure of the sentence starts (its length
 * if none).
 */
export function notAsserted(sentence: string, figure: NumberMention, nextStart: number): boolean {
    const after = sentence.slice(figure.end, nextStart);
    if (OPERAND_AFTER.test(after) || SHARE_OF_PEOPLE_AFTER.test(after)) return true;
    const before = sentence.slice(0, figure.start);
    if (heldInError(before)) return true;
    if (RESULT_OF_DIVISION.test(before)) return true;
    if (KIN_AT_EXACT_AGE.test(before)) return true;
    if (PROPOSED_CHANGE.test(before) || DRAFT_PROPOSES.test(before) || quotesTheWriter(before) || quotesHearsay(before) || reportsTheWriter(before)) return true;
    const quoted = CLOSES_QUOTE.test(after);
    if (quoted && hasAny(after, SPREADING)) return true;
    if (circulatedQuotation(sentence, figure)) return true;
    const reported = quoted || hasAny(before, HEARSAY);
    if (reported && hasAny(after, REBUTTALS)) return true;
    if (hasAny(ownClauseAfter(after), FALSE_IN_CLAUSE)) return true;
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('。')) + 1;
    const clause = before.slice(clauseStart).trim();
    if (NEGATED_BEFORE.test(clause) && NEGATED_THING_AFTER.test(after)) return true;
    if (ONE_PERSON_APPLIED.test(clause)) return true;
    return clause.startsWith(DENIAL_AT_START) || hasAny(clause, DENIALS);
}

/**
 * A share of people, not of money (`有21%的受访者…`, `近六成的网友`): a survey's finding, never a rate credited. Only
 * nouns for the people asked, so `2%的比例` and `按2%的标准` stay rates.
 */
const SHARE_OF_PEOPLE_AFTER = /^\s*(?:左右|以上|以下|多)?的?(?:受访者|受访群众|受访人员|被调查者|被访者|调查对象|答题者|网友|读者|用户|样本)/;
/** A belief the sentence says is mistaken (`误以为…`, `错误地认为…`), up to a word that sets the truth against it. */
const MISTAKEN_BELIEF = /误以为|误认为|错以为|错认为|错误地?认为|误信/g;
const TRUTH_AFTER_BELIEF = /其实|实际上|事实上|实则|但|而是|然而/;

/** The rest of the figure's own clause, up to the next comma, semicolon or full stop. */
function ownClauseAfter(after: string): string {
    const end = after.search(/[,;。]/);
    return end < 0 ? after : after.slice(0, end);
}

/** True when the figure sits in a belief the sentence calls mistaken, with no turn to the truth before it. */
function heldInError(before: string): boolean {
    if (!before.includes('误') && !before.includes('错')) return false;
    const beliefs = [...before.matchAll(MISTAKEN_BELIEF)];
    const last = beliefs.at(-1);
    return last !== undefined && !TRUTH_AFTER_BELIEF.test(before.slice(last.index + last[0].length));
}

/**
 * True when the figure stands inside a quotation the sentence then says is going round (`一条“…每月返X元,下月执行”的
 * 消息在群里转发`): however long the quotation, it is what is passed on, not what the page states.
 */
function circulatedQuotation(sentence: string, figure: NumberMention): boolean {
    const before = sentence.slice(0, figure.start);
    const opened = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'), before.lastIndexOf('『'));
    if (opened < 0 || opened < Math.max(before.lastIndexOf('”'), before.lastIndexOf('」'), before.lastIndexOf('』'))) return false;
    const closes = sentence.slice(figure.end).search(/[”」』]/);
    return closes >= 0 && hasAny(sentence.slice(figure.end + closes), SPREADING);
}

/** True when the figure follows a caller's or writer's report (see {@link WRITER_REPORTS}) with no answer between. */
function reportsTheWriter(before: string): boolean {
    const report = WRITER_REPORTS.exec(before);
    return report !== null && !ANSWER_AFTER_REPORT.test(before.slice(report.index + report[0].length));
}

/** True when the figure sits in a quotation of the page's reader (see {@link WRITER_QUOTED}) still open before it. */
function quotesTheWriter(before: string): boolean {
    const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'));
    return open > before.lastIndexOf('”') && open > before.lastIndexOf('」') && WRITER_QUOTED.test(before.slice(0, open + 1));
}

/** How far before an opening quotation mark the word that says it is hearsay may stand (`网传“`, `有人在群里说:“`). */
const HEARSAY_REACH = 12;

/**
 * True when the figure sits in a quotation still open before it that the page introduces as hearsay (`网传“…每月150元…”`):
 * the page reports what others say, whether or not it rebuts it in the same sentence.
 */
function quotesHearsay(before: string): boolean {
    const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'));
    if (open < 0 || open < before.lastIndexOf('”') || open < before.lastIndexOf('」')) return false;
    return hasAny(before.slice(Math.max(0, open - HEARSAY_REACH), open), HEARSAY) || HEARSAY_THEN_SAYING.test(before.slice(0, open));
}

/**
 * Hearsay that goes on to say what it says before the quotation (`群里传着一段话,说…“…”`, `流传一张图片,称…“…”`): the
 * saying is the hearsay's, however far its quotation opens from the hearsay word.
 */
const HEARSAY_THEN_SAYING = new RegExp(String.raw`(?:${HEARSAY.join('|')})[^。;；“”]{0,16}[,，]\s*(?:说|称|讲|声称)[^。;；,，“”]{0,20}$`);

/**
 * The age bracket stated right after an amount and joined to it (`每月返100元的是70岁以下的…`, `100元(70岁以下)`),
 * within the amount's clause; null when the amount has none after it.
 */
export function ageAfterAmount(sentence: string, amountEnd: number, ages: readonly AgeMention[]): AgeMention | null {
    const after = sentence.slice(amountEnd);
    const joint = AGE_AFTER_AMOUNT.exec(after);
    if (!joint) return null;
    // the clause runs on past the joint itself: `X元的,是…` goes on after its comma
    const rest = after.slice(joint[0].length);
    const clauseEnd = amountEnd + joint[0].length + (/[,;。]/.exec(rest)?.index ?? rest.length);
    const age = ages.find((a) => a.start >= amountEnd && a.end <= clauseEnd);
    // a bracket with an amount of its own (`90元(75岁及以上105元)`) is that amount's, not this one's
    if (!age || AMOUNT_AFTER_AGE.test(sentence.slice(age.end, clauseEnd))) return null;
    return age;
}

/** An answer opening a yes-or-no branch (`是:每月划入…`, `否:…`, `不是,…`). */
const BRANCH_ANSWER = /^\s*(?:[A-Za-z]\s*[.、:]\s*)?(是|对|否|不是|不对)\s*[:,;→]/;
/** A question asking yes or no (`您是否年满75周岁?`, `年满75周岁了吗?`). */
const YES_NO_QUESTION = /是否|[吗么]\s*[??]?\s*$/;

/**
 * The bracket a `是`/`否` branch puts its reader in, when the question above it asks whether they are in an age
 * bracket (`您是否年满75周岁?` → `是:` starts at 75, `否:` ends at 74); null for any other passage.
 */
export function branchAge(passage: string, question: string): AgeMention | null {
    const answer = BRANCH_ANSWER.exec(passage);
    if (!answer || !YES_NO_QUESTION.test(question) || !isQuestion(question)) return null;
    const asked = findAges(question);
    if (asked.length !== 1) return null;
    const age = asked[0]!;
    const yes = answer[1] === '是' || answer[1] === '对';
    if (yes) return { ...age, looseEnd: null, start: 0, end: 0 };
    if (age.ageMin !== null && age.ageMax === null) return { ageMin: null, ageMax: age.ageMin - 1, looseEnd: null, start: 0, end: 0 };
    if (age.ageMax !== null && age.ageMin === null) return { ageMin: age.ageMax + 1, ageMax: null, looseEnd: null, start: 0, end: 0 };
    return null;
}
