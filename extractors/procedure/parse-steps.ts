/**
 * Turning step text into clean step strings: numbered lines, arrow chains (`打开支付宝→市民中心→社保`) and
 * prose (`先登录…,再进入…,最后查询…`).
 */
import { taskIn } from './cues.js';
import {
    ACTION_START,
    ACTION_VERB,
    ADDRESSEE_WORD,
    ARROW,
    BARE_SEQUENCE_WORD,
    BARE_STEP_NUMBER,
    COUNTED_STEP_OPENING,
    CLOSING,
    DASH_ARROW,
    FIRST_STEP_INSIDE,
    LEAD_IN,
    MIN_WEAK_ARROW_LINKS,
    QUALIFIED_ADDRESSEE,
    SEQUENCE_START,
    SETTING_START,
    STEP_NUMBERING,
    WEAK_ARROW,
} from './vocab.js';

const CLAUSE_BREAK = /[,，;；。！!？?]/;
const COLON = /[:：]/g;
/** The end of a sentence followed by one that offers another way of doing it. */
const ALTERNATIVE_SENTENCE = /[。！!；;](?=\s*(?:也|还|或者|或|另外|此外)[,，]?\s*(?:可以|可|能)?)/;
/** A last clause offering another way after the steps (`…输入卡号查询,或者到窗口查询`). */
const ALTERNATIVE_CLAUSE = /[,，](?=\s*(?:或者|也可以|还可以|也可)\s*(?:到|去|前往|通过|拨打|登录|在|用)[^,，。;；]*[。！!]?\s*$)/;
/** The same marks and a colon (`查的方法:打开…`), searched from a position: a clause ends just after one. */
const CLAUSE_END = /[,，;；。！!？?:：]/g;
const TRAILING_PUNCTUATION = /[\s。;；,，:：!！、]+$/;
/** A character every arrow of `ARROW` and `WEAK_ARROW` contains: text without one is no chain. */
const ARROW_CHARACTER = /[→⇒➜➡>＞›]/;
/** A character every dash of `DASH_ARROW` is. */
const DASH_CHARACTER = /[-—－]/;
/** A chain's first link with an introduction before a colon: the text after the colon. */
const LEAD_BEFORE_COLON = /^[^:：]+[:：]\s*(.+)$/;

/** Drops list numbering (`1.`, `(2)`, `第一步,`) from the front of a line. */
export function stripNumbering(text: string): string {
    const numbering = STEP_NUMBERING.exec(text);
    return (numbering ? text.slice(numbering[0].length) : text).trim();
}

/** A row that is only a step's number (`2`, `第三步`, `Step 4:`). */
export function isBareStepNumber(row: string): boolean {
    const text = row.trim();
    return BARE_STEP_NUMBER.test(text) || (text.length > 0 && stripNumbering(text) === '');
}

/** `本县参保人员可携带…` → `携带…`; null when the text names no qualified addressee first. */
function withoutAddressee(text: string): string | null {
    // Only a text naming an addressee can start with one: spare the others the look for a qualifier.
    if (!ADDRESSEE_WORD.test(text)) return null;
    const addressee = QUALIFIED_ADDRESSEE.exec(text);
    return addressee ? text.slice(addressee[0].length).replace(LEAD_IN, '') : null;
}

/** Drops what stands before the verb: `先`, `您可以`, `大理州参保人员可`. */
function stripLeadIn(text: string): string {
    const rest = text.replace(LEAD_IN, '');
    return withoutAddressee(rest) ?? rest;
}

/** A step as stored: no numbering, no leading `先`/`也可以`/`最后`, no trailing `。` or `;`. */
export function cleanStep(text: string): string {
    return stripLeadIn(stripNumbering(text.trim())).replace(TRAILING_PUNCTUATION, '').trim();
}

function startsWithAction(body: string): boolean {
    return ACTION_START.test(body) || (SETTING_START.test(body) && ACTION_VERB.test(body));
}

/**
 * True when the clause, after `先`/`您可以`-style lead-ins or the person addressed (`大理州参保人员可`), starts
 * with an instruction verb, or with a setting (`在首页`, `通过应用商店`) followed by one.
 */
export function isActionStart(clause: string): boolean {
    const body = stripNumbering(clause.trim()).replace(LEAD_IN, '');
    if (startsWithAction(body)) return true;
    const unaddressed = withoutAddressee(body);
    return unaddressed !== null && startsWithAction(unaddressed);
}

/**
 * Clauses of a text, split at commas, semicolons and sentence ends, and at an enumeration comma before an
 * instruction (`打开微信、搜索“…”、点击“…”`: instructions listed are steps each; `身份证、社保卡` stays one clause).
 */
function clausesOf(text: string): string[] {
    return text
        .split(CLAUSE_BREAK)
        .flatMap(splitListedInstructions)
        .map((c) => c.trim())
        .filter((c) => c.length > 0);
}

function splitListedInstructions(clause: string): string[] {
    if (!clause.includes('、')) return [clause];
    const pieces = clause.split('、');
    if (!isActionStart(pieces[0]!) || !pieces.slice(1).every(isActionStart)) return [clause];
    return pieces;
}

/**
 * How many clauses of `text` are instructions, or steps a sequence word orders (`再等审核`, `最后…`); what follows a
 * colon is a clause of its own (`到网点办理:向柜员说明…`).
 */
export function countActionClauses(text: string): number {
    return clausesOf(text.replace(COLON, '，')).filter(startsStep).length;
}

function linksOf(text: string, arrow: RegExp): string[] {
    const links = text
        .split(arrow)
        .map(cleanStep)
        .filter((l) => l.length > 0);
    // `可在自助机上办理:刷卡→…`: what precedes the colon introduces the chain, it is no link of it.
    const lead = links[0]?.match(LEAD_BEFORE_COLON);
    if (links.length >= 2 && lead) links[0] = cleanStep(lead[1]!);
    return links;
}

/**
 * The links of an arrow chain, or null when `text` is not one: fewer than two links, or fewer than
 * {@link MIN_WEAK_ARROW_LINKS} when only a bare `>` joins them.
 */
export function arrowLinks(text: string): string[] | null {
    if (!ARROW_CHARACTER.test(text)) return DASH_CHARACTER.test(text) ? dashLinks(text) : null;
    const links = linksOf(text, ARROW);
    if (links.length >= 2) return links;
    const weak = linksOf(text, WEAK_ARROW);
    return weak.length >= MIN_WEAK_ARROW_LINKS ? weak : null;
}

/** The links of a chain joined by hyphens (see {@link DASH_ARROW}), or null when `text` is not one. */
function dashLinks(text: string): string[] | null {
    const links = linksOf(text, DASH_ARROW);
    if (links.length < MIN_WEAK_ARROW_LINKS) return null;
    // `路径:我的-账户-余额`, `依次进入:某中心—社保—查询`: a chain announced as the path to take, or one arriving at a
    // menu that names a task (`某中心—社保—余额查询`), is one whatever its first links
    if (PATH_ANNOUNCED.test(text.split(DASH_ARROW, 1)[0]!) || taskIn(links.at(-1)!)?.strong) return links;
    return isActionStart(links[0]!) && isActionStart(links[1]!) ? links : null;
}

/** A clause announcing a menu path before its colon (`路径:`, `入口为:`, `依次点击:`), then the path's first link. */
const PATH_ANNOUNCED = /(?:路径|入口|依次(?:点击|点开|点|进入|选择|打开)?)\s*(?:为|是)?\s*[:：]\s*[^,，。;；:：]{1,16}$/;

/**
 * `先拿身份证到窗口…,再等…`: a clause led by `先` that a later `再`/`然后` answers opens ordered steps, whatever its verb;
 * the `先` may follow who does it or when (`我上回是先…`, `你先…`, `当天先…`), and the steps start at it.
 */
const OPENS_ORDER = /^[^,，;；。:：]{0,6}?(?<![事优原预率争抢领祖])(?:首先|先)(?![,，生进后前行])/;
const ORDER_GOES_ON = /[,，;；。:：]\s*(?:再|然后|接着|随后|最后)/;

/**
 * True when `text` counts out at least three steps in prose (`先…;然后…;最后…`): a clause led by `先`/`首先` that two
 * later sequence words answer, two of its clauses instructing (`先别急,然后看看,最后再说` counts out no steps).
 */
export function countsOutSteps(text: string): boolean {
    if (!OPENS_ORDER.test(text)) return false;
    let answers = 0;
    for (const _ of text.matchAll(ORDER_GOES_ON_ALL)) if (++answers >= 2) break;
    return answers >= 2 && clausesOf(text).filter(isActionStart).length >= 2;
}

const ORDER_GOES_ON_ALL = new RegExp(ORDER_GOES_ON.source, 'g');

/** A clause opening on the first of counted steps (`第一步`, `第1步`, `步骤一`), and the second one after it. */
const countedStep = (numeral: string) => String.raw`第${numeral}步|步骤\s*${numeral}(?![\d0-9])`;
const FIRST_COUNTED_STEP = new RegExp(String.raw`^\s*(?:${countedStep('[一1]')})`);
const SECOND_COUNTED_STEP = new RegExp(countedStep('[二2]'));

/** Length of the `先`/`首先` that ends an {@link OPENS_ORDER} match. */
function firstWordLength(match: string): number {
    return match.endsWith('首先') ? 2 : 1;
}

/**
 * The part of `text` from its first instruction on (`社保卡是银行发行的。登录手机银行,…` → `登录手机银行,…`),
 * or null when no clause is an instruction.
 */
export function fromFirstAction(text: string): string | null {
    let start = 0;
    while (start < text.length) {
        CLAUSE_END.lastIndex = start;
        const end = CLAUSE_END.exec(text) ? CLAUSE_END.lastIndex : text.length;
        const clause = text.slice(start, end);
        if (isActionStart(clause)) return text.slice(start).trim();
        const order = OPENS_ORDER.exec(clause);
        if (order && ORDER_GOES_ON.test(text.slice(end - 1))) return text.slice(start + order[0].length - firstWordLength(order[0])).trim();
        // `第一步,首页输入…;第二步,…`: steps counted out are steps, whatever word opens the first
        if (FIRST_COUNTED_STEP.test(clause) && SECOND_COUNTED_STEP.test(text.slice(end))) return text.slice(start).trim();
        start = end;
    }
    return null;
}

/**
 * `…即可查看。也可以拨打热线咨询。`: a later sentence offering another way (`也可以`, `还可`, `或者`, `此外`) is an
 * alternative, not a further step; the steps are the text before it. So is a last clause doing so after two
 * instructions (`…按提示输入卡号查询,或者到窗口查询`). A way only named there is no how-to of its
 * own (CLAIMS.md § Procedures), and one given with steps of its own is read where it has a passage to itself.
 */
export function beforeAlternatives(text: string): string {
    const at = text.search(ALTERNATIVE_SENTENCE);
    const before = at > 0 ? text.slice(0, at + 1) : text;
    const clause = before.search(ALTERNATIVE_CLAUSE);
    return clause > 0 && countActionClauses(before.slice(0, clause)) >= 2 ? before.slice(0, clause) : before;
}

/**
 * True when `text` instructs: an arrow chain, a clause that starts with an instruction, or steps counted out
 * (`…;第二步,…`, the first one's count already read as the row's numbering).
 */
export function instructs(text: string): boolean {
    return arrowLinks(text) !== null || fromFirstAction(text) !== null || (text.includes('步') && COUNTED_STEPS_GO_ON.test(text));
}

const COUNTED_STEPS_GO_ON = new RegExp(String.raw`[,，;；。]\s*(?:${countedStep('[二2]')})`);

/** An instruction, or a clause that a sequence word (`然后`, `最后`) makes the next step. */
function startsStep(clause: string): boolean {
    return isActionStart(clause) || SEQUENCE_START.test(clause);
}

/** `查询的办法是先打开微信` → `先打开微信`; other clauses as they are. */
function fromAnnouncedFirstStep(clause: string): string {
    const inside = FIRST_STEP_INSIDE.exec(clause);
    return inside && isActionStart(inside[1]!) ? inside[1]! : clause;
}

/**
 * Steps of one prose passage: each instruction clause starts a step and the clauses after it that are not
 * instructions stay with it (`打开某某App,首页搜索“社保”,进入…;然后点击…` → three steps); a sequence word
 * (`先…再…然后…最后`) starts a step too. A sentence that
 * does not start with an instruction ends the steps (`…提交申请。目前不少城市已经…`).
 */
export function stepsFromProse(text: string): string[] {
    const links = arrowLinks(text);
    if (links) return [...instructionsBeforeChain(text), ...links.map((link, i) => (i === 0 ? chainStart(link) : chainEnd(link)))];
    const steps: string[] = [];
    const sentences = stepSentences(text);
    // prose counting its steps (`第一步,…;第二步,…`) says where each starts: the clauses between counts, instructions
    // too (`选“某菜单”,输入验证码`), go on with the step counted before them
    const counted = sentences.flatMap(clausesOf).filter((clause) => COUNTED_STEP_OPENING.test(clause)).length >= 2;
    for (const sentence of sentences) {
        const clauses = clausesOf(sentence).map(fromAnnouncedFirstStep);
        // `第二步,选择…`, `其次,选择…`: a clause that is only a step number or sequence word opens the next step with
        // the clause after it
        let numbered = false;
        for (const clause of clauses) {
            if (BARE_STEP_NUMBER.test(clause) || BARE_SEQUENCE_WORD.test(clause)) {
                numbered = steps.length > 0;
                continue;
            }
            if (numbered || (!counted && startsStep(clause)) || COUNTED_STEP_OPENING.test(clause) || steps.length === 0) steps.push(clause);
            else steps[steps.length - 1] += `,${clause}`;
            numbered = false;
        }
    }
    return steps.map(cleanStep).filter((s) => s.length > 0);
}

/**
 * `打开某App,依次点击 首页 > 账户 > 查询 即可`: a chain printed inside a sentence starts after the clauses leading
 * into it, which are steps of their own when they instruct, and ends where its clause does.
 */
function instructionsBeforeChain(text: string): string[] {
    const first = text.split(ANY_CHAIN_ARROW, 1)[0]!;
    const breakAt = lastClauseBreak(first);
    if (breakAt < 0) return [];
    const lead = first.slice(0, breakAt).replace(ANNOUNCING_CLAUSE, '');
    return fromFirstAction(lead) === null ? [] : stepsFromProse(lead);
}

function chainStart(link: string): string {
    const at = lastClauseBreak(link);
    return at < 0 ? link : cleanStep(link.slice(at + 1).replace(ANNOUNCING_WORDS, ''));
}

function chainEnd(link: string): string {
    return cleanStep(link.split(CLAUSE_BREAK, 1)[0]!.replace(DONE_WORDS, ''));
}

function lastClauseBreak(text: string): number {
    return Math.max(text.search(LAST_CLAUSE_BREAK), -1);
}

const ANY_CHAIN_ARROW = new RegExp(`${ARROW.source}|${WEAK_ARROW.source}|${DASH_ARROW.source}`);
const LAST_CLAUSE_BREAK = /[,，;；。:：](?=[^,，;；。:：]*$)/;
/** A last clause only announcing the chain after it (`,路径`, `,入口为`). */
const ANNOUNCING_CLAUSE = /[,，;；]?\s*(?:路径|入口)\s*(?:为|是)?\s*$/;
/** Words announcing a chain before its first link (`依次点击 首页`): the chain's links are what is picked. */
const ANNOUNCING_WORDS = /^\s*依次(?:点击|点开|点|进入|选择|打开)?\s*/;
/** `余额查询 即可`: the words saying the task is done end a chain's last link, no part of its name. */
const DONE_WORDS = /\s*(?:即可|就可以了?|就行了?)\s*[。.]?\s*$/;

/** The sentences of prose steps: the first, and each after it that starts a step, up to one that does not. */
function stepSentences(text: string): string[] {
    const sentences: string[] = [];
    for (const sentence of text.split(/(?<=[。！!？?])/)) {
        const first = clausesOf(sentence).map(fromAnnouncedFirstStep)[0];
        const started = sentences.some((s) => clausesOf(s).some((c) => !BARE_STEP_NUMBER.test(c) && !BARE_SEQUENCE_WORD.test(c)));
        if (started && first !== undefined && (!startsStep(first) || CLOSING.test(first))) break;
        sentences.push(sentence);
    }
    return sentences;
}

/**
 * The text of a passage as far as its steps go: what leads into the first instruction and the steps, without the
 * sentences after them (`…提交即可。本地规定45日内办结。` ends at `提交即可。`). A place named only after the steps is
 * said of something else. Text with no instruction, or an arrow chain, is kept whole.
 */
export function throughSteps(text: string): string {
    const steps = fromFirstAction(text);
    if (steps === null || arrowLinks(steps) !== null) return text;
    return text.slice(0, text.indexOf(steps)) + stepSentences(steps).join('');
}

/**
 * Steps of a block: one passage of prose is split into its instructions; several passages are one step
 * each, except arrow chains, whose links are steps.
 */
export function stepsFromTexts(texts: readonly string[]): string[] {
    if (texts.length === 1) return stepsFromProse(texts[0]!);
    return texts.flatMap((t) => arrowLinks(t) ?? [cleanStep(t)]).filter((s) => s.length > 0 && !BARE_STEP_NUMBER.test(s));
}
