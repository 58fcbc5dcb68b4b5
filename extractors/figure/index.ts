/**
 * Figures (CLAIMS.md § Metrics): the numbers a page states about medical-insurance personal accounts — money
 * and rates credited, transfer time limits, fees, thresholds — each with its place, ages, period and whether it
 * is a worked example.
 */
import type { Basis, FigureDraft, Metric, Population } from '../../src/claims/schema.js';
import type { RegionMention } from '../region/index.js';
import type { PageContext, Passage } from '../types.js';
import { rated, type ConfidenceCue } from '../confidence.js';
import { attribute, attributePassages, isGeneralStatement, placesIn, refersToPagePlace, type Attribution, type PassageAttribution, type PassageInheritance, type RegionSource } from './attribution.js';
import { clauseAround, hasAny, lastClause, nearestPopulation, periodBefore, quarterlyBefore } from './cues.js';
import { sentenceCues } from './doubts.js';
import { findAges, bracketStarts, belowLaterBracket, closedByLaterBracket, resolveAge, type AgeMention } from './parse-age.js';
import { findAmounts, type AmountMention } from './parse-amount.js';
import { findDurations, findYearCounts, SPELLED_LIMIT } from './parse-duration.js';
import type { NumberMention } from './parse-number.js';
import { findRates } from './parse-rate.js';
import { STATE_RULE } from './attribution-vocab.js';
import { restBracket } from './complement-bracket.js';
import { ageAfterAmount, branchAge, isQuestion, notAsserted } from './parse-statement.js';
import { isNewValue, latestOfChronicles, pastFigures, pastPassages } from './in-force.js';
import { insideFormula, splitSentences, tableCells } from './sentences.js';
import { fanOutSharedRules } from './shared-rule.js';
import { unassertedPassages } from './unasserted-passages.js';
import { answeredBrackets } from './dialogue-answers.js';
import { boundAct, statementScope, TIME_LIMIT_FIELD, TRANSFER_ACT } from './statement-scope.js';
import { bareCells, columnAt, rowAgeBounds, type BareCell, type Column } from './table-columns.js';
import {
    ACCOUNT_TAKES_IN,
    ACCOUNT_TOPIC_WORDS,
    ASSUMING_LEVEL,
    BARE_CREDIT_VERB,
    BARE_INPUT_FIGURE,
    BARE_ANSWER_BEFORE,
    BASIS_CUES,
    CHANGE_BEFORE_FIGURE,
    CONTRIBUTION_YEARS_CUES,
    CREDIT_WORDS,
    DEDUCTIBLE_CUE,
    ELAPSED_BEFORE,
    EXAMPLE_MARKERS,
    PERSON_AT_EXACT_AGE,
    WORKED_FORMULA,
    HEDGES,
    INSTALMENT_CUE,
    INCREMENT_VERBS,
    INCREMENT_WORDS,
    MONTHLY_EQUIVALENT_CUES,
    NET_CUES,
    NON_CREDIT_AMOUNT_CUES,
    NON_CREDIT_RATE_CUES,
    OTHER_MONEY_WORDS,
    OTHER_SERVICE_TOPICS,
    OWN_PAYMENT_CREDITED,
    PREMIUM_CUES,
    RATIO_WORDS,
    RELATIONS_MOVED,
    SUBSET_OF_PLACES,
    TOTAL_CUES,
    TOTAL_ROW,
    TIME_LIMIT_LABEL,
    TRANSFER_CUES,
    TRANSFER_NAMES,
    CHANGE_TO,
} from './vocab.js';

/** What a sentence is read against: the passage around it and what the page says elsewhere. */
interface SentenceContext {
    passage: Passage;
    /** Places the passage inherits: label block, table row or column, section heading, stated subject (attribution.ts). */
    around: PassageAttribution;
    /** Section heading, title and table header: where a credit verb may stand for a terse `某市:每月约236元`. */
    topic: string;
    /** Ages at which some bracket on the page starts, for `X岁以下` (see parse-age). */
    ageStarts: ReadonlySet<number>;
    /** In a table row: what each column's header says (`地区 | 70岁以下(元/年) | 70岁及以上(元/年)`). */
    columns: readonly Column[] | null;
    /** Where the sentence read starts in the passage: a row whose cells hold sentences is read cell by cell. */
    sentenceStart: number;
    /** A `是:`/`否:` branch under a yes-or-no question naming an age: the bracket the answer puts the reader in. */
    branchAge: AgeMention | null;
    /** Whether any passage of the page's body (not a heading) names the place. */
    bodyNames: (name: string) => boolean;
    /** The question right before the passage, else its section heading: what a bare answer answers. */
    asked: string;
    /** In a table row: the period its lead line states in words for the table's amounts (see tablePeriodOf). */
    tablePeriod: 'month' | 'year' | null;
    /** The passage answers a worked example's question (`假设…养老金3000元…每月划入多少?`): its figures are the result. */
    answersExample: boolean;
    /** Brackets of the passages just before, back to a heading: what an amount said of the rest is the rest of. */
    earlierAges: () => AgeMention[];
    /** The one bracket the passage's section heading names (`◆ 八十岁(含)往上的`), for lines that state none. */
    sectionAge: AgeMention | null;
    /** The period the question the passage answers asks in (`每月进多少?`): a reply's bare `92元` is per that period. */
    askedPeriod: 'month' | 'year' | null;
    /**
     * The sentence right before, when this one builds on its rule (`在此基础上`, `参照上述`): what it credits and whom
     * it is for are that rule's. '' otherwise.
     */
    restates: string;
    /**
     * The other items of the list the passage is an item of ('' otherwise): the points of one list speak of one
     * thing, so an item that names the personal account (`在职人员：个账按…记入`) says what a terse sibling's
     * amount is (`退休的：每月N元`).
     */
    siblingItems: string;
}

/** The last sentence of the passage before passage `i`, unless that one is a heading. */
function lastSentenceBefore(passages: readonly Passage[], i: number): string {
    const previous = passages[i - 1];
    return previous && previous.kind !== 'heading' ? splitSentences(previous.text).at(-1)?.text ?? '' : '';
}

/** A sentence building on the rule said before it (`在此基础上可提高`, `参照上述办法`, `照此执行`). */
const BUILDS_ON_PREVIOUS = /在(?:此|这个|这一|上述(?:标准|比例)?)基础(?:之)?上|(?:参照|比照|按照|依照)(?:上述|前述|以上)|照此/;

const DIGIT = /\d/;

/** A digit, or a limit spelled without one: what any figure needs. */
function mayStateFigure(text: string): boolean {
    return DIGIT.test(text) || SPELLED_LIMIT.test(text);
}
/**
 * A share of a base right before a rate: `缴费基数的N%`, `本人养老金的N%`, `缴费基数×N%`, or that share's words in the
 * cell before the rate's (`本人缴费基数的 | 2%`): a row splits a phrase across cells as it splits `每人每月 | N元`.
 */
const SHARE_OF_BASE = /(?:缴费基数|养老金|退休金)(?:的|\s*[×xX*]|乘以)?\s*(?:[|｜]\s*)?$/;
/** A paying verb right after a rate (`按基数的9%缴纳`): the rate of a contribution, not of a credit. */
const PAID_AT_RATE = /^\s*(?:的(?:比例|费率|标准))?(?:缴费|缴纳|交费|交纳|缴交|缴)/;
const FLEXIBLE = /灵活就业/;
/** `缴费基数` names what a credit is worked out from: its `缴费` pays nothing. */
const withoutBaseWord = (text: string): string => text.replaceAll('缴费基数', '');
/** The account said to be a share (`个人账户是缴费基数的2%`): what is credited to it, said without a verb. */
const ACCOUNT_IS_SHARE = /(?:个人账户|个账|医保账户)(?:每月|每个月)?(?:是|为)[^,,;;。]{0,12}$/;
/** A fee of any kind (`物业费`, `管理费`): money paid, never credited. */
const FEE = /费/;
/**
 * `70周岁(含)以上`, `70岁(不含)以下`, `过了70(含70)`, `70岁含本数以上`: says whether a bound is included; its `含` is not the `含3元…` of a
 * deduction.
 */
const INCLUSIVE_MARK = /[(（](?:不?含|不?包含|不?包括)(?:本数|本级|[\d零一二两三四五六七八九十百]+(?:周岁|岁)?)?[)）]|(?<=[\d岁])含(?:本数|(?=及?以[上下]|往[上下]))/g;

const CHINESE = /[\u4e00-\u9fff]/;
/**
 * A correction notice: `更正`, `勘误`, a figure said to be wrong (`有误`, `笔误`, `错误`), what it should be (`应为`), or
 * what was written by mistake (`误作`, `误写为`, `错印成`).
 */
const CORRECTION_WORD = /更正|勘误|应为|应是|有误|笔误|错误|误作|误为|误[写印植标排]|错[写印标排]/;
/** The page putting its own text right: a notice (`更正`, `勘误`) or the right value (`应为`, `改为`). */
const PUT_RIGHT = /更正|勘误|应为|应是|改为|已改|已修改|修正/;
/**
 * The figures a correction calls wrong, in both orders: a quoted passage then its fault (`“…”有误`, `“…”系笔误,更正
 * 为…`, `“…”印错了`), or the mistake's verb then what was printed (`误作“…”`, `误写为…`, `错印成…`, `误排为…`). What was
 * wrong states nothing (CLAIMS.md § One statement, one claim).
 */
const CALLED_WRONG = new RegExp([
    // any fault word (`有误`, `系编辑差错`, `属笔误`, `出错`, `失误`) but one denying a fault (`无误`, `没有错`)
    String.raw`[“"「『]([^”"」』]{1,40})[”"」』][^,;。“"「『]{0,8}?(?:不准确|不正确|不对|不实|(?<!无|没|没有|并无|不|未)[错误])`,
    String.raw`(?:误作|误为|误[写印植标排](?:为|成|作)|错[写印标排](?:为|成|作)|错误地?[写印标排](?:为|成|作))\s*[“"「『]?([^”"」』,;。]{1,40})`,
].join('|'), 'g');

/** A value set against the one after it (`现在的X元比原来的Y元多…`): the new value of a change said the other way round. */
const COMPARED_NEXT = /^[^;。\d]{0,3}?(?:比|较)(?![例重率])/;
/** The difference a change states after its new value (`,每个月多了5元`), up to the difference's figure. */
const DIFFERENCE_AFTER = new RegExp(`^[^。;]*?(?:${INCREMENT_WORDS.join('|')})了?(?:${INCREMENT_VERBS.join('|')})?了?\\s*\\d`);

/** Words that, before an amount, say it is an assumed input: their presence with a marker makes an example. */
const EXAMPLE_INPUT_CUES = ['养老金', '退休金', '月薪', '工资', '收入', '薪水', '基数'] as const;

/**
 * Reads every figure claim from an article's passages. Each claim quotes the sentence (or table row) it comes
 * from; the same claim printed twice on a page is returned once.
 */
export function extractFigures(
    passages: readonly Passage[],
    ctx: PageContext,
    inheritances: readonly PassageInheritance[] = attributePassages(passages, ctx.title, ctx.publisher ?? ''),
): FigureDraft[] {
    const ageStarts = bracketStarts(passages.flatMap((p) => findAges(p.text)));
    // past steps of a timeline, quiz statements marked wrong and refuted rumours state nothing in force
    const unasserted = pastPassages(passages);
    for (const index of unassertedPassages(passages)) unasserted.add(index);
    const drafts: FigureDraft[] = [];
    const bodyNames = (name: string) => passages.some((p) => p.kind !== 'heading' && p.text.includes(name));
    const sectionAges = new Map<string, AgeMention | null>();
    const leadAges = new Map<string, AgeMention | null>();
    const titlePeriod = periodAsked(ctx.title);
    for (const [i, passage] of passages.entries()) {
        const around = inheritances[i]!.around;
        // Every figure is written in Arabic digits but a spelled limit (`半个月`): a passage without any states none.
        if (!around || !mayStateFigure(passage.text) || unasserted.has(passage.index)) continue;
        const asked = askedBefore(passages, i);
        const lead = leadOf(passages, i);
        const context: SentenceContext = {
            passage,
            around,
            topic: [passage.section ?? '', ctx.title, around.tableHeader, equivalentOf(passages, i), lead, labelOverRows(passages, i), formFieldsAround(passages, i)].join(' '),
            ageStarts,
            columns: around.columns,
            sentenceStart: 0,
            branchAge: branchAge(passage.text, asked),
            bodyNames,
            asked,
            answersExample: answersExampleQuestion(passages, i),
            tablePeriod: around.columns ? tablePeriodOf(passages, i) : null,
            earlierAges: () => agesBefore(passages, i),
            sectionAge: sectionAgeOf(passage, ctx.title, sectionAges) ?? leadAgeOf(lead, leadAges) ?? leadAgeOf(labelLineAbove(passages, i), leadAges),
            askedPeriod: periodAsked(asked) ?? titlePeriod,
            restates: '',
            siblingItems: siblingItemsOf(passages, i),
        };
        let previousSentence: string | null = null;
        for (const sentence of splitSentences(passage.text)) {
            // the cues are Chinese: a sentence in another language (a bilingual page's English line) is not read
            if (mayStateFigure(sentence.text) && CHINESE.test(sentence.text)) {
                const restates = BUILDS_ON_PREVIOUS.test(sentence.text) ? previousSentence ?? lastSentenceBefore(passages, i) : '';
                drafts.push(...figuresInSentence(sentence.text, { ...context, sentenceStart: sentence.start, restates }));
            }
            previousSentence = sentence.text;
        }
    }
    drafts.push(...answeredBrackets(passages, drafts, ageStarts));
    const corrected = correctedFigures(passages);
    const kept = corrected.size ? withoutRestatedCorrections(drafts.filter((d) => !corrected.has(figureKey(d.unit, d.value))), passages) : drafts;
    return uniqueClaims(closedByHigherBrackets(belowLaterTopUps(fanOutSharedRules(latestOfChronicles(kept, passages), ctx.title, passages))));
}

/**
 * An open-ended bracket (`满70岁的…`) on a page that gives the same place's same figure for a higher open bracket
 * elsewhere (a later post's `满80岁的…`) runs up to that one, as it does within one sentence: the two are steps of
 * one ladder however the page splits them.
 */
function closedByHigherBrackets(drafts: FigureDraft[]): FigureDraft[] {
    return drafts.map((d) => {
        if (d.ageMin === null || d.ageMax !== null) return d;
        const higher = drafts
            .filter((o) => o.metric === d.metric && o.region === d.region && o.ageMax === null && o.ageMin !== null && o.ageMin > d.ageMin!)
            .map((o) => o.ageMin!);
        return higher.length > 0 ? { ...d, ageMax: Math.min(...higher) - 1 } : d;
    });
}

/**
 * The bracket a section heading names, when it names exactly one (`◆ 还没满八十岁的` over `个账:月记入N元`):
 * it holds for every line under it up to the next heading, as a label's place does. Not the page's title: a title
 * naming a bracket (`80岁以上老人多领…`) may head figures of every bracket. A line saying it holds for every age
 * (`不分年龄`, `统一为`) takes none.
 */
function sectionAgeOf(passage: Passage, title: string, known: Map<string, AgeMention | null>): AgeMention | null {
    const section = passage.section;
    if (!section || passage.kind === 'heading') return null;
    let age = known.get(section);
    if (age === undefined) {
        // a question (`您是否年满80周岁?`) names a bracket it asks about, not the group the lines under it are for
        const ages = title.includes(section.trim()) || isQuestion(section) ? [] : findAges(section);
        age = ages.length === 1 ? ages[0]! : null;
        known.set(section, age);
    }
    return age;
}

/**
 * The bracket a line right above a list names, when the line names exactly one and states no amount (`【未满八十岁】`,
 * `八十岁以上的职工:` over `1.…` `2.…`): a heading by its place whatever its marks, so it holds for every item of the list
 * as a section heading's bracket does.
 */
function leadAgeOf(lead: string, known: Map<string, AgeMention | null>): AgeMention | null {
    if (!lead || lead.length > LEAD_HEADING_CHARS) return null;
    let age = known.get(lead);
    if (age === undefined) {
        const ages = isQuestion(lead) || SAME_FOR_ALL_AGES.test(lead) || findAmounts(lead).length ? [] : findAges(lead);
        age = ages.length === 1 ? ages[0]! : null;
        known.set(lead, age);
    }
    return age;
}

/** The longest line above a list read as the list's heading. */
const LEAD_HEADING_CHARS = 30;

/** A question asking an amount per period: `每月进多少`, `一个月能划几块钱`, `每年返多少?`. */
const PERIOD_ASKED = /(?:每|一)个?(月|年)[^,，;；。?？]{0,10}?(?:多少|几)/;

/** The period a question asks an amount in, if it asks one (see {@link PERIOD_ASKED}). */
function periodAsked(question: string): 'month' | 'year' | null {
    const m = PERIOD_ASKED.exec(question);
    return m ? (m[1] === '月' ? 'month' : 'year') : null;
}

/** A statement that holds for every age: `不分年龄`, `不论年龄大小`, `统一为`, `一律`. */
const SAME_FOR_ALL_AGES = /不(?:分|论|管|区分)年龄|统一|一律/;

/** How many passages back an amount said of the rest looks for the brackets it is the rest of. */
const REST_REACH = 4;

/** The brackets of the passages right before passage `i`, back to a heading (see {@link SentenceContext.earlierAges}). */
function agesBefore(passages: readonly Passage[], i: number): AgeMention[] {
    const ages: AgeMention[] = [];
    for (let j = i - 1; j >= Math.max(0, i - REST_REACH); j--) {
        const passage = passages[j]!;
        if (passage.kind === 'heading') break;
        ages.push(...findAges(passage.text));
    }
    return ages;
}

/**
 * A base amount stated for everyone, then a top-up bracket for older people on a later line or in a footnote
 * (`每人每月90元` … `② 满85周岁的每月划入117元`): the base is the amount below that bracket, as when both stand in
 * one sentence (`X岁以下…X岁及以上`). Only when the next claim of that metric and place is the bracket.
 */
function belowLaterTopUps(drafts: FigureDraft[]): FigureDraft[] {
    for (const [i, base] of drafts.entries()) {
        if (base.unit !== 'CNY' || base.example || base.ageMin !== null || base.ageMax !== null) continue;
        const next = drafts.slice(i + 1).find((d) => d.metric === base.metric && !d.example);
        if (!next || next.region !== base.region || next.passage === base.passage) continue;
        if (next.ageMin !== null && next.ageMax === null) base.ageMax = next.ageMin - 1;
    }
    return drafts;
}

/**
 * A correction the page prints of its own text (`“每月划入90元”有误,应为每月划入85元`): the figures it quotes as wrong
 * are withdrawn wherever the page states them; the corrected ones stand (CLAIMS.md § One statement, one claim).
 */
function correctedFigures(passages: readonly Passage[]): Set<string> {
    const wrong = new Set<string>();
    for (const passage of passages) {
        if (!CORRECTION_WORD.test(passage.text)) continue;
        // a reader asking whether a figure is wrong corrects nothing (`“…”有误吧?`); a quoted fault needs the page's own
        // correction (`更正`, `勘误`, `应为`)
        if (isQuestion(passage.text)) continue;
        const notice = PUT_RIGHT.test(passage.text);
        for (const m of passage.text.matchAll(CALLED_WRONG)) {
            if (m[1] !== undefined && !notice) continue;
            const printed = m[1] ?? m[2]!;
            for (const amount of findAmounts(printed)) wrong.add(figureKey('CNY', amount.value));
            for (const rate of findRates(printed)) wrong.add(figureKey('percent', rate.value));
        }
    }
    return wrong;
}

/**
 * A correction notice's right figure with no place of its own (`【更正】…误写为“…”,现更正为89元`) restates the body's,
 * when the body states it with its place: the notice speaks of the page's own text. Alone, it is the page's claim.
 */
function withoutRestatedCorrections(drafts: readonly FigureDraft[], passages: readonly Passage[]): FigureDraft[] {
    const notices = new Set(passages.filter((p) => CORRECTION_WORD.test(p.text) && PUT_RIGHT.test(p.text)).map((p) => p.index));
    const placed = new Set(drafts.filter((d) => d.region !== null && !notices.has(d.passage)).map(statementKey));
    return drafts.filter((d) => !(d.region === null && notices.has(d.passage) && placed.has(statementKey(d))));
}

function figureKey(unit: string, value: number): string {
    return `${unit}|${value}`;
}

/** The question a passage answers: its section heading, or the passage right before it when that one asks. */
function askedBefore(passages: readonly Passage[], i: number): string {
    const previous = passages[i - 1];
    if (previous && previous.kind !== 'heading' && isQuestion(previous.text)) return previous.text;
    return passages[i]!.section ?? '';
}

/**
 * An exercise or a reader's sum asked as a question (`假设某人养老金3000元,按3%划入,每月划入多少?`) and answered in
 * the next passage of its section (`参考答案:每月划入90元`): the answer is the example's result, as it would be in the
 * same sentence.
 */
function answersExampleQuestion(passages: readonly Passage[], i: number): boolean {
    const previous = passages[i - 1];
    if (!previous || previous.kind === 'heading' || previous.section !== passages[i]!.section || !isQuestion(previous.text)) return false;
    const text = previous.text;
    const marked = hasAny(text, EXAMPLE_MARKERS) || ASSUMING_LEVEL.test(text) || WORKED_FORMULA.test(text);
    return marked && (BARE_INPUT_FIGURE.test(text) ||
        findAmounts(text).some((a) => hasAny(lastClause(text.slice(0, a.start)), EXAMPLE_INPUT_CUES)));
}

/**
 * The paragraph right before a list (`内容:某市职工医保个人账户政策` over `① …` `② …`): what it announces is the topic
 * of each item under it, as a heading's words are. '' when none.
 */
function leadOf(passages: readonly Passage[], i: number): string {
    if (passages[i]!.kind !== 'item') return '';
    let j = i - 1;
    while (j >= 0 && passages[j]!.kind === 'item') j--;
    return passages[j]?.kind === 'paragraph' ? passages[j]!.text : '';
}

/**
 * The text of the other passages of the run that passage `i` belongs to (neighbours that all `belong`), '' when `i`
 * itself does not belong or the run has fewer than `minLength` passages.
 */
function restOfRun(passages: readonly Passage[], i: number, belongs: (p: Passage) => boolean, minLength = 1): string {
    if (!belongs(passages[i]!)) return '';
    let first = i;
    while (first > 0 && belongs(passages[first - 1]!)) first--;
    let last = i;
    while (last + 1 < passages.length && belongs(passages[last + 1]!)) last++;
    if (last - first + 1 < minLength) return '';
    return passages.slice(first, last + 1).filter((_, k) => first + k !== i).map((p) => p.text).join(' ');
}

/** The text of the other items of the list item `i` is in, '' when it is no item. */
function siblingItemsOf(passages: readonly Passage[], i: number): string {
    return restOfRun(passages, i, (p) => p.kind === 'item');
}

/** A line that ends on a colon: it labels what follows it (`满六十岁的：`, `标准如下:`). */
const LABEL_LINE_END = /[:：]\s*$/;

/** A line that is one field of a card: a short name, a colon, its value (`每月记入：N元`). */
const FIELD_LINE = /^\s*[^:：,，;；。\d]{2,8}[:：]\s*\S/;

/**
 * The paragraph above paragraph `i` that labels it: a line ending on a colon (`未满六十五周岁的：` over `每月N元`); a
 * short title line with no sentence end over the field lines of its card (`■ 退休人员（65周岁以下）` over `每月记入：N元`
 * and `全年记入：M元`), a card's heading whatever its marks, for every field of the card and not only the first; or a
 * line that is nothing but a bracket (`六十五岁以下` over `每人每月N元`, a definition list's term). A bracket it names is
 * the lines' below it, as a list lead's is its items'. '' when the line above is no label.
 */
function labelLineAbove(passages: readonly Passage[], i: number): string {
    const above = passages[i - 1];
    if (passages[i]!.kind !== 'paragraph' || above?.kind !== 'paragraph') return '';
    if (LABEL_LINE_END.test(above.text) || isBracketOnly(above.text)) return above.text;
    if (!isCardField(passages[i]!.text)) return '';
    let j = i - 1;
    while (j > 0 && passages[j - 1]!.kind === 'paragraph' && isCardField(passages[j]!.text)) j--;
    const title = passages[j]!;
    const titlesCard = title.kind === 'paragraph' && title.text.length <= LABEL_ROW_CHARS &&
        !SENTENCE_END.test(title.text) && !/[:：。;；]/.test(title.text);
    return titlesCard ? title.text : '';
}

function isCardField(text: string): boolean {
    return FIELD_LINE.test(text) && text.length <= LABEL_ROW_CHARS;
}

/** A short line that is one age bracket and nothing more, marks aside (`▍未满七十岁`, `70岁及以上`). */
function isBracketOnly(text: string): boolean {
    if (text.length > LABEL_ROW_CHARS) return false;
    const ages = findAges(text);
    if (ages.length !== 1) return false;
    const rest = text.slice(0, ages[0]!.start) + text.slice(ages[0]!.end);
    return !/[\p{L}\p{N}]/u.test(rest.replace(/[的者]/g, ''));
}

/** A line that ends a sentence: what comes after it is no longer a row under the label above it. */
const SENTENCE_END = /[。！!？?]\s*$/;
/** The longest paragraph read as a row of a label's block (`不足60岁　每月N元`). */
const LABEL_ROW_CHARS = 30;

/**
 * The label line over paragraph `i` and the short rows between (`某县个人账户：` over `不足60岁　每月N元`, `60岁及以上　每月M元`):
 * what the label says the rows are of is their topic, as a list lead is its items'. '' when no such label is above.
 */
function labelOverRows(passages: readonly Passage[], i: number): string {
    if (passages[i]!.kind !== 'paragraph') return '';
    for (let j = i - 1; j >= 0; j--) {
        const above = passages[j]!;
        if (above.kind !== 'paragraph') return '';
        if (LABEL_LINE_END.test(above.text)) return above.text;
        if (above.text.length > LABEL_ROW_CHARS || SENTENCE_END.test(above.text)) return '';
    }
    return '';
}

/** A field of a record form: a short label and one value (`办理结果 | …`). */
const FORM_FIELD = /^\s*[^|｜\s]{2,8}\s*[|｜]\s*[^|｜]+$/;
/** Fewest fields that make a run of label-value rows one record rather than a stray row. */
const MIN_FORM_FIELDS = 3;

/**
 * The other fields of the record form passage `i` is a field of (`事项 | …`, `问题页面 | …`, `答复 | …`): a record is
 * about one matter, so the field naming it (what page, which service) is the topic of a reply given in another. ''
 * when the passage is no field of such a form.
 */
function formFieldsAround(passages: readonly Passage[], i: number): string {
    return restOfRun(passages, i, (p) => FORM_FIELD.test(p.text), MIN_FORM_FIELDS);
}

/** A passage opening with an equivalence (`约合每人每月N元`, `折合…`, `相当于…`): it restates the line before it. */
const EQUIVALENT_LEAD = /^\s*(?:[•·\-*]\s*)?(?:约合|折合|大约相当于|约相当于|相当于)/;

/** The text of the passage before passage `i` when passage `i` only gives its equivalent, else ''. */
function equivalentOf(passages: readonly Passage[], i: number): string {
    return i > 0 && EQUIVALENT_LEAD.test(passages[i]!.text) ? passages[i - 1]!.text : '';
}

type Mention =
    | ({ kind: 'amount' } & AmountMention)
    | ({ kind: 'rate' } & NumberMention)
    | ({ kind: 'duration'; unit: 'workday' | 'day' } & NumberMention)
    | ({ kind: 'years' } & NumberMention);

/** The old value and what follows it in a change (`由50%上调至`), and a change said with no old value (`下调为`). */
const CHANGE_FROM_ON = /(?:由|从)[^由从]*$/;
const CHANGE_TO_AT_END = new RegExp(`${CHANGE_TO}\\s*$`);

/** The least amount that is no one person's credit in any period. */
const FUND_SIZED = 10_000;

function figuresInSentence(sentence: string, context: SentenceContext): FigureDraft[] {
    const mentions: Mention[] = [
        ...findAmounts(sentence).map((m) => ({ kind: 'amount' as const, ...m })),
        ...findRates(sentence).map((m) => ({ kind: 'rate' as const, ...m })),
        ...findDurations(sentence).map((m) => ({ kind: 'duration' as const, ...m })),
        ...findYearCounts(sentence).map((m) => ({ kind: 'years' as const, ...m })),
        ...(context.columns ? bareCells(sentence, context.columns) : []),
        ...(context.askedPeriod ? bareAnswers(sentence, context.askedPeriod) : []),
    ].sort((a, b) => a.start - b.start);
    if (mentions.length === 0 || isQuestion(sentence) || TOTAL_ROW.test(sentence)) return [];
    const ages = findAges(sentence);
    const examples: [number, number][] = context.answersExample ? [[0, sentence.length]] : exampleSpans(sentence, mentions);
    const reader = new SentenceReader(sentence, context, ages, examples);
    const past = pastFigures(sentence, mentions);
    let previousEnd = 0;
    mentions.forEach((mention, i) => {
        const cue = lastClause(sentence.slice(previousEnd, mention.start).replace(INCLUSIVE_MARK, ''));
        // in a table row the column header says what the cell is (`人均养老金`, `划入标准`), as a cue would
        const column = columnOf(context, mention.start);
        const header = column?.header;
        // a column of old values (`调整前` beside `调整后`) states no standard in force
        if (!column?.superseded && !past.has(mention) && !notAsserted(sentence, mention, mentions[i + 1]?.start ?? sentence.length)) {
            reader.read(withColumnPeriod(mention, column, context.tablePeriod), header ? `${header} ${cue}` : cue);
        }
        previousEnd = Math.max(previousEnd, mention.end);
    });
    return reader.finish();
}

/**
 * A reply's bare number after `是` that closes its clause (`俺们那儿的是66,…`, `俺们这就是95。`), under a question asking
 * an amount per period: the amount asked, in that period. Not in a sentence telling someone's age (`我妈是76,…`).
 */
const BARE_ANSWER = /(?:的|就|都|也|才|只)?是\s*(\d{2,3}(?:\.\d)?)(?=\s*(?:左右|上下|吧|啊|呀)?\s*(?:[,，;；。!！~]|$))/g;
const TELLS_AGE = /岁|今年|年纪|周年/;

function bareAnswers(sentence: string, period: 'month' | 'year'): Mention[] {
    if (!sentence.includes('是') || TELLS_AGE.test(sentence)) return [];
    return [...sentence.matchAll(BARE_ANSWER)].map((m) => {
        const start = m.index + m[0].length - m[1]!.length;
        return { kind: 'amount' as const, value: Number(m[1]), valueMax: null, start, end: start + m[1]!.length, periodAfter: period };
    });
}

/**
 * The column of the table row the text at `offset` of the sentence read sits in. Counted on the whole row: a cell of
 * sentences (`修订前 | 修订后` of a revision table) is read one sentence at a time, and a sentence alone has lost the
 * cells before it.
 */
function columnOf(context: SentenceContext, offset: number): Column | undefined {
    return context.columns ? columnAt(context.passage.text, context.sentenceStart + offset, context.columns) : undefined;
}

/**
 * An amount in a table cell that says no period of its own (`89元`) takes the one its column's header or the table's
 * caption or note gives (`(元/月)`, `单位:元/月`), as a bare number in that cell would.
 */
function withColumnPeriod(mention: Mention, column: Column | undefined, tablePeriod: 'month' | 'year' | null): Mention {
    if (mention.kind !== 'amount' || mention.periodAfter !== null) return mention;
    const unit = column?.unit;
    const period = unit?.kind === 'amount' ? unit.period : unit ? null : tablePeriod;
    return period === null ? mention : { ...mention, periodAfter: period };
}

/** A period said in words (`每人每月金额`, `按月`, `元/年`): the last one in a table's lead line. */
const PERIOD_IN_WORDS = /(?:每人)?每个?(月|年)|按(月|年)|\/\s*(?:人\s*[/·]?\s*)?(月|年)/g;
/** How far above a table row its lead line may stand (the header and other rows between). */
const TABLE_LEAD_REACH = 12;

/**
 * For a table row: the period the line right above the table states in words for its amounts (`以下各地数额(均
 * 按每人每月计)`), as a `单位:元/月` caption would; null for other passages or when it states none.
 */
function tablePeriodOf(passages: readonly Passage[], i: number): 'month' | 'year' | null {
    if (!tableCells(passages[i]!.text)) return null;
    for (let j = i - 1; j >= Math.max(0, i - TABLE_LEAD_REACH); j--) {
        const passage = passages[j]!;
        if (passage.section !== passages[i]!.section) return null;
        if (tableCells(passage.text)) continue;
        const said = [...passage.text.matchAll(PERIOD_IN_WORDS)].at(-1);
        if (!said) return null;
        return (said[1] ?? said[2] ?? said[3]) === '月' ? 'month' : 'year';
    }
    return null;
}

/**
 * Spans (`;`-separated parts) of the sentence that are worked examples: an example marker plus an assumed input
 * figure (a pension level, a wage, a base) in the same part.
 */
/** Text right after an amount naming it an assumed input (`…元养老金`, `…元的月薪`). */
function namedAfter(after: string): boolean {
    const named = after.replace(/^\s*的?/, '');
    return EXAMPLE_INPUT_CUES.some((cue) => named.startsWith(cue));
}

function exampleSpans(sentence: string, mentions: readonly Mention[]): [number, number][] {
    const spans: [number, number][] = [];
    let start = 0;
    for (const part of sentence.split(/(?<=[;;])/)) {
        const end = start + part.length;
        const marked = hasAny(part, EXAMPLE_MARKERS) || ASSUMING_LEVEL.test(part) || WORKED_FORMULA.test(part);
        // the input's name stands before it (`养老金3000元`) or right after it (`领3000元养老金的`)
        const hasInput = marked && (BARE_INPUT_FIGURE.test(part) || PERSON_AT_EXACT_AGE.test(part) || mentions.some(
            (m) => m.kind === 'amount' && m.start >= start && m.end <= end &&
                (hasAny(lastClause(sentence.slice(start, m.start)), EXAMPLE_INPUT_CUES) || namedAfter(sentence.slice(m.end, end))),
        ));
        if (hasInput) spans.push([start, end]);
        start = end;
    }
    return spans;
}

/** Reads the figures of one sentence in order, so later amounts can attach to earlier claims. */
class SentenceReader {
    readonly #claims: FigureDraft[] = [];
    /** Per example span, the index in #claims of its result so far (only the last one is kept). */
    readonly #exampleResults = new Map<number, number>();
    /** What became of the previous amount, so `97元、107元` share one fate. */
    #previousAmountClaimed = false;
    /** An increment was passed over since the last claim (`另加10元`): a figure then given `即…` is the new level. */
    #incrementSinceClaim = false;
    /** Where each claim's figure ends in the sentence. */
    readonly #claimEnds = new Map<FigureDraft, number>();
    /** Places the sentence names, found at its first claim. */
    #regions: readonly RegionMention[] | undefined;
    readonly #populations = new Map<number, Population>();
    /** Whether the sentence says money is credited, asked once for all its figures. */
    #credits: boolean | undefined;
    #topicCredit: boolean | undefined;

    constructor(
        private readonly sentence: string,
        private readonly context: SentenceContext,
        private readonly ages: readonly AgeMention[],
        private readonly examples: readonly [number, number][],
    ) {}

    read(mention: Mention, cue: string): void {
        if (insideFormula(this.sentence, mention.start)) return;
        // an example's result may be told as what the account gains (`账上一个月能多出60元`): no difference there
        const exampleResult = mention.kind === 'amount' && this.#exampleSpan(mention.start) !== null;
        if (CHANGE_BEFORE_FIGURE.test(cue) && !exampleResult) {
            this.#incrementSinceClaim = true;
            return;
        }
        if (mention.kind === 'amount') this.#readAmount(mention, cue);
        else if (mention.kind === 'rate') this.#readRate(mention, cue);
        else if (mention.kind === 'duration') this.#readDuration(mention);
        else this.#readYears(mention);
    }

    finish(): FigureDraft[] {
        return this.#claims;
    }

    #sentenceCredits(): boolean {
        this.#credits ??= mentionsCredit(this.sentence) || mentionsCredit(this.context.restates);
        return this.#credits;
    }

    /** Whether the sentence, its topic or its list's other items name the personal account. */
    #aboutAccount(): boolean {
        return [this.context.topic, this.sentence, this.context.siblingItems].some((text) => hasAny(text, ACCOUNT_TOPIC_WORDS));
    }

    #topicCredits(): boolean {
        this.#topicCredit ??= mentionsCredit(this.context.topic);
        return this.#topicCredit;
    }

    #readAmount(amount: AmountMention, cue: string): void {
        const claimsBefore = this.#claims.length;
        const continuesPrevious = /^\s*[、和及与]\s*$/.test(cue);
        if (!(continuesPrevious && !this.#previousAmountClaimed)) this.#classifyAmount(amount, cue);
        this.#previousAmountClaimed = this.#claims.length > claimsBefore;
    }

    #classifyAmount(amount: AmountMention, cue: string): void {
        const before = this.sentence.slice(0, amount.start);
        const credits = mentionsCredit(cue);
        const deductible = DEDUCTIBLE_CUE.test(before) && !credits;
        if (!deductible && hasAny(cue, NON_CREDIT_AMOUNT_CUES)) return;
        const previous = this.#claims.at(-1);
        const previousMoney = previous?.unit === 'CNY' ? previous : undefined;
        if (previousMoney && hasAny(cue, MONTHLY_EQUIVALENT_CUES) && !this.#incrementSinceClaim) {
            if (previousMoney.period === 'year') previousMoney.monthly = amount.value;
            return;
        }
        if (previousMoney && hasAny(cue, NET_CUES) && this.#sameStatement(previousMoney, amount)) {
            previousMoney.net ??= amount.value;
            return;
        }
        if (previousMoney && INSTALMENT_CUE.test(cue)) return;
        // a total sums the amounts before it, but after an increment (`另加10元,合计110元`) it is the new level, and
        // after a bracket of its own (`X岁以下的全年合计A元,满X岁的全年合计B元`) it is that bracket's level
        if (previousMoney && hasAny(cue, TOTAL_CUES) && !this.#incrementSinceClaim && !this.#bracketSince(previousMoney, amount.start)) return;
        const quarterly = amount.periodAfter === null && quarterlyBefore(before);
        const period = quarterly ? null : amount.periodAfter ?? periodBefore(before) ?? this.#differencePeriod(amount) ?? this.context.askedPeriod;
        const metric = deductible ? 'deductible' : this.#isFee(cue, before) ? 'premium' : this.#creditMetric(amount.start, quarterly || period !== null, credits);
        if (!metric) return;
        // a credit is one person's standard, tens to hundreds a month: ten thousand or more (`划入资金1326万元`,
        // `每年增加划入资金约40万元`) is the size of a fund or a budget
        if (metric.endsWith('_account_credit') && amount.value >= FUND_SIZED) return;
        const effectivePeriod = metric === 'deductible' || quarterly ? null : period ?? (metric === 'premium' ? 'year' : 'month');
        this.#push(amount, metric, {
            unit: 'CNY',
            period: effectivePeriod,
            monthly: quarterly ? roundedMonthly(amount.value / 3) : monthlyOf(amount.value, effectivePeriod),
            basis: hasAny(this.sentence, BASIS_CUES.fixed) ? 'fixed' : null,
            population: metric === 'premium' || metric === 'deductible' ? nearestPopulation(before) : this.#population(amount.start),
        }, metric.endsWith('_account_credit') && !credits && !this.#sentenceCredits() ? ['metric-from-topic'] : []);
    }

    /** A bracket is named between the figure of `claim` and `offset`: what follows is another bracket's statement. */
    #bracketSince(claim: FigureDraft, offset: number): boolean {
        const from = this.#claimEnds.get(claim) ?? offset;
        return this.ages.some((a) => a.start >= from && a.end <= offset);
    }

    /**
     * The new value of a change said without a period (`从A元涨到B元,一年多出C元`, `现在的B元比原来的A元每月多C元`):
     * the values are per the period the difference after them is said in.
     */
    #differencePeriod(amount: AmountMention): 'month' | 'year' | null {
        if (!isNewValue(this.sentence, amount) && !COMPARED_NEXT.test(this.sentence.slice(amount.end))) return null;
        const difference = DIFFERENCE_AFTER.exec(this.sentence.slice(amount.end));
        return difference ? periodBefore(difference[0]) : null;
    }

    /**
     * A fee stays a fee across its sentence (`每人每年350元,下一年升到每人每年370元`). A fee word only in the column's
     * header (a table of dated items, one of them a payment) yields to the row's own credit verb.
     */
    #isFee(cue: string, before: string): boolean {
        if (!hasAny(cue, PREMIUM_CUES)) return hasAny(withoutBaseWord(before), PREMIUM_CUES) && !this.#sentenceCredits();
        return hasAny(before, PREMIUM_CUES) || !this.#sentenceCredits();
    }

    /**
     * A net amount restates the claim before it when it sits in a parenthetical or follows with no new age bracket
     * between them; `不满75周岁…实际到账83元,年满75周岁…实际到账91元` are two claims.
     */
    #sameStatement(previous: FigureDraft, amount: AmountMention): boolean {
        const before = this.sentence.slice(0, amount.start);
        const parenthetical = Math.max(before.lastIndexOf('('), before.lastIndexOf('(')) >
            Math.max(before.lastIndexOf(')'), before.lastIndexOf(')'));
        const previousEnd = this.#claimEnds.get(previous) ?? 0;
        return parenthetical || !this.ages.some((a) => a.start >= previousEnd && a.end <= amount.start);
    }

    /**
     * A money credit needs a credit verb in the sentence, or a terse periodic amount (`某市:每月约236元`, a table
     * row) under a heading, title or table header that has one, or in a sentence or under a heading about the
     * personal account itself (`个人账户每月95元`).
     */
    #creditMetric(end: number, periodic: boolean, cueCredits: boolean): Metric | null {
        const terse = periodic && !hasAny(this.sentence, OTHER_MONEY_WORDS);
        const credited = cueCredits || this.#sentenceCredits() ||
            (terse && (this.#topicCredits() || (this.#aboutAccount() && !FEE.test(this.sentence))));
        if (!credited) return null;
        const population = this.#population(end);
        if (population === 'employee') return 'employee_account_credit';
        if (population === 'resident') return 'resident_account_credit';
        if (population === 'flexible') return null;
        return 'retiree_account_credit';
    }

    #readRate(rate: NumberMention, cue: string): void {
        if (this.#exampleSpan(rate.start) !== null) return; // an example's rate is an assumed input
        const clause = isNewValue(this.sentence, rate) ? this.#newValueClause(rate) : `${cue} ${clauseAround(this.sentence, rate.start)}`;
        if (hasAny(clause, NON_CREDIT_RATE_CUES) || this.#contributionBeforeCredit(rate)) return;
        const accountIsShare = ACCOUNT_IS_SHARE.test(this.sentence.slice(0, rate.start));
        // `以灵活就业身份参加职工医保的…按基数`: 职工 and the base name the scheme, the insured are flexible workers
        const named = this.#columnPopulation(rate.start) ?? this.#population(rate.start);
        const population = named === 'employee' && FLEXIBLE.test(this.sentence.slice(0, rate.start)) ? 'flexible' : named;
        const ownPayment = population === 'employee' && this.#ownPaymentCredited(rate);
        if (!this.#sentenceCredits() && !accountIsShare && !ownPayment && !this.#creditRatioInTopic(clause) && !this.#shareInAccountTopic(rate)) return;
        if (population === 'resident') return;
        // flexible workers in the employees' scheme are credited a share of their own base, as employees are
        const ofBase = population === 'employee' || (population === 'flexible' && hasAny(this.sentence, BASIS_CUES.contributionBase));
        if (population === 'flexible' && !ofBase) return;
        this.#push(rate, ofBase ? 'employee_credit_rate' : 'retiree_credit_rate', {
            unit: 'percent',
            period: null,
            monthly: null,
            basis: ofBase ? 'contribution_base' : this.#pensionBasis(),
            population,
        }, this.#sentenceCredits() || accountIsShare || ownPayment ? [] : ['ratio-by-topic']);
    }

    /**
     * The sentence says the personal account holds what the insured pay themselves (see {@link OWN_PAYMENT_CREDITED}),
     * before the rate, and the account is named in it or in its heading or title.
     */
    #ownPaymentCredited(rate: NumberMention): boolean {
        const before = this.sentence.slice(0, rate.start);
        return OWN_PAYMENT_CREDITED.test(before) && (hasAny(before, ACCOUNT_TOPIC_WORDS) || hasAny(this.context.topic, ACCOUNT_TOPIC_WORDS));
    }

    /**
     * The clause of the new value of a change (`门诊报销比例由50%上调至60%`): what changes and the new value's own
     * words up to the next comma, without the change itself — its words (`上调`, `降为`) describe the change, not the
     * rate, and a clause after the comma (`…降为2%,单位缴费不再划入`) says nothing of it.
     */
    #newValueClause(rate: NumberMention): string {
        const subject = lastClause(this.sentence.slice(0, rate.start)).replace(CHANGE_FROM_ON, '').replace(CHANGE_TO_AT_END, '');
        return `${subject} ${this.sentence.slice(rate.start).split(/[,，;；。]/)[0]!}`;
    }

    /**
     * A rate paid (`按基数的9%缴纳`) with another rate after it in the sentence: that one is the credit, this the
     * contribution. Alone, the rate paid may be credited whole (`按2%缴纳,这部分全部计入个人账户`).
     */
    #contributionBeforeCredit(rate: NumberMention): boolean {
        const after = this.sentence.slice(rate.end);
        return PAID_AT_RATE.test(after) && findRates(after).length > 0;
    }

    /**
     * A rate whose own words say only `比例` (`那个比例是2.5%`, a `比例(%)` column) is the credit ratio when the
     * heading, title or question it answers is about crediting, and nothing in the sentence is about paying.
     */
    #creditRatioInTopic(clause: string): boolean {
        const own = withoutBaseWord(`${clause} ${this.sentence}`);
        // a table under a title about credit ratios (`个人账户计入比例对照表`) gives one in each rate cell
        const ratio = hasAny(clause, RATIO_WORDS) || (this.context.columns !== null && hasAny(this.context.topic, RATIO_WORDS));
        return ratio && !hasAny(own, OTHER_MONEY_WORDS) && !hasAny(own, NON_CREDIT_RATE_CUES) &&
            mentionsCredit(this.context.topic) && !hasAny(this.context.topic, NON_CREDIT_RATE_CUES);
    }

    /**
     * A terse share of a pension or contribution base (`在职职工:本人缴费基数的2%`) under a title or heading about
     * the personal account, or in a sentence that names the account before it (`个人账户的钱…一般是缴费基数的2%`), is
     * what the account is credited, when nothing in the sentence pays or reimburses.
     */
    #shareInAccountTopic(rate: NumberMention): boolean {
        const share = SHARE_OF_BASE.test(this.sentence.slice(0, rate.start));
        const own = withoutBaseWord(this.sentence);
        const aboutAccount = hasAny(this.context.topic, ACCOUNT_TOPIC_WORDS) || hasAny(this.sentence.slice(0, rate.start), ACCOUNT_TOPIC_WORDS);
        return share && aboutAccount && !hasAny(own, OTHER_MONEY_WORDS) &&
            !hasAny(this.sentence, NON_CREDIT_RATE_CUES) && !hasAny(this.sentence, RATIO_WORDS);
    }

    #readDuration(duration: NumberMention & { unit: 'workday' | 'day' }): void {
        const where = `${this.sentence} ${this.context.passage.section ?? ''}`;
        // a 办理时限 row of a service table is about the service the table names (`事项名称 | …转移接续`), and a bare
        // answer (`我们那边是10个工作日`) about the transfer its heading or title asks of
        const tableOf = this.context.columns ? this.context.around.tableHeader : '';
        const before = this.sentence.slice(0, duration.start);
        // which task the limit bounds (statement-scope.ts): another act (`…日内出具证明`) is no transfer time
        const act = boundAct(this.sentence, duration.end);
        if (act === 'other' || ELAPSED_BEFORE.test(before)) return;
        // a guide's time-limit field (`办理时限 | 自受理之日起…`) is the limit of the service its page is about
        const bareAnswer = BARE_ANSWER_BEFORE.test(before) || TIME_LIMIT_FIELD.test(before) || TIME_LIMIT_LABEL.test(before) ? this.context.topic : '';
        const named = namesTransfer(`${tableOf} ${bareAnswer}`) && !hasAny(this.sentence, OTHER_SERVICE_TOPICS);
        if (act !== 'transfer' && !namesTransfer(where) && !named) {
            // a bare `办结` is the limit of the task asked about or the page is about: the transfer only when that names it
            if (!hasAny(where, TRANSFER_CUES) || !TRANSFER_ACT.test(`${this.context.topic} ${this.context.asked}`)) return;
        }
        // a bare `办结` is the limit of the task asked, else of the service the page or list is about: the question
        // an answer follows decides, not an earlier answer's lead-in to other steps
        const task = this.context.asked || this.context.topic;
        if (!namesTransfer(where) && hasAny(task, OTHER_SERVICE_TOPICS)) return;
        this.#push(duration, 'transfer_days', { unit: duration.unit, period: null, monthly: null, basis: null, population: null });
    }

    #readYears(years: NumberMention): void {
        if (!hasAny(this.sentence, CONTRIBUTION_YEARS_CUES)) return;
        this.#push(years, 'min_contribution_years', { unit: 'year', period: null, monthly: null, basis: null, population: null });
    }

    #pensionBasis(): Basis | null {
        const avg = hasAny(this.sentence, BASIS_CUES.avgPension);
        const own = hasAny(this.sentence, BASIS_CUES.ownPension);
        if (avg && own) return null;
        return own ? 'own_pension' : 'avg_pension';
    }

    /**
     * Nearest population named before the figure at `end` of the sentence, else in the section heading, else
     * retirees (the usual topic). Asked several times per figure: kept per offset.
     */
    #population(end: number): Population {
        let population = this.#populations.get(end);
        if (population === undefined) {
            // a statement opening on its figure names who it is for after it (a data card's caption)
            const named = opensOn(this.sentence, end) ? this.sentence : this.sentence.slice(0, end);
            population = nearestPopulation(named) ?? nearestPopulation(this.context.restates) ??
                nearestPopulation(this.context.passage.section ?? '') ?? 'retiree';
            this.#populations.set(end, population);
        }
        return population;
    }
    /** The insured the header over the table cell at `offset` names (`在职职工(占缴费基数)`), if any. */
    #columnPopulation(offset: number): Population | null {
        return this.context.columns ? nearestPopulation(columnOf(this.context, offset)?.header ?? '') : null;
    }

    /** The age bracket of the header over the table cell at `offset`, if the row is a table row. */
    #columnAge(offset: number): AgeMention | undefined {
        return columnOf(this.context, offset)?.age ?? undefined;
    }

    /** The bracket a table row gives in columns of age bounds (`年龄下限 | 年龄上限`), if the table has them. */
    #rowAgeBounds(): AgeMention | undefined {
        const bounds = this.context.columns ? rowAgeBounds(this.sentence, this.context.columns) : null;
        return bounds ? { ...bounds, looseEnd: null, start: 0, end: 0 } : undefined;
    }

    #exampleSpan(offset: number): number | null {
        const i = this.examples.findIndex(([s, e]) => offset >= s && offset < e);
        return i < 0 ? null : i;
    }

    #push(
        mention: NumberMention & { unitSource?: BareCell['unitSource'] },
        metric: Metric,
        fields: Pick<FigureDraft, 'unit' | 'period' | 'monthly' | 'basis' | 'population'>,
        cues: ConfidenceCue[] = [],
    ): void {
        this.#regions ??= placesIn(this.sentence);
        let attribution = attribute(this.sentence, mention.start, this.#regions, this.context.around);
        if (attribution === 'ambiguous') return;
        // a figure its own clause gives as the state's rule is national, beside the place's own (CLAIMS.md § Regions)
        if (attribution && this.#statedAsStateRule(mention.start)) attribution = null;
        const exampleSpan = this.#exampleSpan(mention.start);
        // an example is about a place only when its own sentence names it (docs/claims.md § Places)
        if (exampleSpan !== null && attribution && !namesExamplePlace(attribution, this.context)) attribution = null;
        const place = attribution?.place ?? null;
        // an example is worked for no place: `有的地方照…给,打个比方…` names the kind of place, its result still stands
        if (!place && exampleSpan === null && SUBSET_OF_PLACES.test(this.sentence.slice(0, mention.start))) return;
        const age = this.#ageOf(mention);
        const approx = hasAny(clauseAround(this.sentence, mention.start), HEDGES);
        if (attribution) cues.push(...REGION_CUES[attribution.source]);
        else if (refersToPagePlace(this.sentence.slice(0, mention.start), this.#regions)) cues.push('unresolved-local-reference');
        else if (!isGeneralStatement(this.sentence) && this.context.around.pagePlace()) cues.push('region-unstated');
        if (mention.unitSource) cues.push(mention.unitSource === 'caption' ? 'unit-from-caption' : 'unit-from-column');
        if (approx) cues.push('hedged');
        if (exampleSpan !== null) cues.push('example');
        if (this.#regions.some((m) => m.name !== place?.name && m.name !== place?.province)) cues.push('crowded-sentence');
        cues.push(...sentenceCues(this.sentence, mention.start, this.context.columns !== null));
        const claim: FigureDraft = {
            kind: 'figure',
            metric,
            region: place?.name ?? null,
            province: place?.province ?? null,
            ageMin: age.ageMin,
            ageMax: age.ageMax,
            value: mention.value,
            valueMax: mention.valueMax,
            approx,
            example: exampleSpan !== null,
            ...rated(cues),
            section: this.context.passage.section,
            quote: this.sentence,
            passage: this.context.passage.index,
            ...fields,
            ...statementScope(this.sentence, mention.start, metric),
        };
        if (exampleSpan !== null && fields.unit === 'CNY') {
            // only an example's result is a claim: a later money figure in the same example replaces this one
            const earlier = this.#exampleResults.get(exampleSpan);
            if (earlier !== undefined) this.#claims.splice(earlier, 1);
            this.#exampleResults.set(exampleSpan, this.#claims.length);
        }
        this.#claims.push(claim);
        this.#claimEnds.set(claim, mention.end);
        this.#incrementSinceClaim = false;
    }

    /** The clause before the figure at `offset` cites the state's rule and names no place of its own. */
    #statedAsStateRule(offset: number): boolean {
        const clause = lastClause(this.sentence.slice(0, offset));
        const from = offset - clause.length;
        return STATE_RULE.test(clause) && !refersToPagePlace(clause, []) &&
            !(this.#regions ?? []).some((m) => m.start >= from && m.end <= offset);
    }

    /**
     * A statement opening on its figure (a data card: `93元/月退休人员(70周岁以下)月划入`) says what the figure is after
     * it: its bracket is the first one there.
     */
    #captionAge(mention: NumberMention): AgeMention | undefined {
        return opensOn(this.sentence, mention.start) ? this.ages.find((a) => a.start >= mention.end) : undefined;
    }

    #ageOf(mention: NumberMention): { ageMin: number | null; ageMax: number | null } {
        const offset = mention.start;
        // a bracket stated before a `;` is the earlier statement's, not this one's (`…75岁以上的每月X元;在职职工按2%…`)
        const statementStart = this.sentence.lastIndexOf(';', offset) + 1;
        const after = ageAfterAmount(this.sentence, mention.end, this.ages);
        const rest = after ? null : restBracket(this.sentence, this.ages, offset, (a) => resolveAge(a, this.context.ageStarts), () => [
            ...findAges(this.context.passage.text.slice(0, this.context.sentenceStart)),
            ...this.context.earlierAges(),
        ]);
        if (rest) return rest;
        const age = after ??
            this.ages.filter((a) => a.end <= offset && a.start >= statementStart).at(-1) ?? this.#columnAge(offset) ?? this.#rowAgeBounds() ??
            this.context.branchAge ?? this.#captionAge(mention) ?? undefined;
        if (age) return resolveAge(closedByLaterBracket(age, this.ages, mention.end), this.context.ageStarts);
        const below = belowLaterBracket(this.sentence, this.ages, mention.end);
        const section = this.context.sectionAge ? resolveAge(this.context.sectionAge, this.context.ageStarts) : null;
        // the level below a later bracket, under a heading's bracket, starts where the heading's does
        if (below) return section?.ageMin != null && section.ageMin <= below.ageMax ? { ...below, ageMin: section.ageMin } : below;
        return section && !SAME_FOR_ALL_AGES.test(this.sentence) ? section : { ageMin: null, ageMax: null };
    }
}

/**
 * The ways an example's own sentence names its place: the name itself, or `全市`/`我市` meaning the page's place; or
 * a heading that takes the place as its example (`以X为例`). A heading that is only a place labels the section's
 * rules, not the examples worked in it.
 */
const EXAMPLE_OWN_PLACE: ReadonlySet<RegionSource> = new Set(['sentence', 'local-reference']);

function namesExamplePlace(attribution: Attribution, context: SentenceContext): boolean {
    if (EXAMPLE_OWN_PLACE.has(attribution.source)) return true;
    if (attribution.source !== 'heading' || attribution.asExample !== true) return false;
    // a title's `以X为例` over a body that never names X promises a place the examples are not worked for
    const name = attribution.place.name;
    return (context.passage.section ?? '').includes(name) || context.bodyNames(name);
}

/** What each way of deciding a place costs in confidence (a place stated in the sentence costs nothing). */
const REGION_CUES: Readonly<Record<RegionSource, ConfidenceCue[]>> = {
    sentence: [],
    table: ['region-from-label'],
    label: ['region-from-label'],
    heading: ['region-from-heading'],
    subject: ['region-from-subject'],
    'local-reference': ['region-from-local-reference'],
};

/** True when nothing but space stands before `offset`: the sentence opens on the figure there. */
function opensOn(sentence: string, offset: number): boolean {
    return sentence.slice(0, offset).trim() === '';
}

/** True when `text` says money is credited: a credit word, a bare `划` after a period (`按年划的`) or `进` said of the account. */
function mentionsCredit(text: string): boolean {
    return hasAny(text, CREDIT_WORDS) || BARE_CREDIT_VERB.test(text) || ACCOUNT_TAKES_IN.test(text);
}

/** True when `text` names a transfer of insurance relations or a balance (see {@link RELATIONS_MOVED}). */
function namesTransfer(text: string): boolean {
    return hasAny(text, TRANSFER_NAMES) || RELATIONS_MOVED.test(text);
}

function monthlyOf(value: number, period: 'month' | 'year' | null): number | null {
    if (period === 'month') return value;
    if (period === 'year') return roundedMonthly(value / 12);
    return null;
}

function roundedMonthly(value: number): number {
    return Math.round(value * 10_000) / 10_000;
}

/**
 * A page states a figure once: same metric, place, ages, value and example → one claim (the first). Within one
 * sentence or table row, the same figure said twice (a caption cell and the narration beside it) is one statement: a
 * copy that found no place yields to the one that did.
 */
function uniqueClaims(drafts: readonly FigureDraft[]): FigureDraft[] {
    const seen = new Set<string>();
    const placed = new Set(drafts.filter((d) => d.region !== null).map((d) => `${d.passage}|${statementKey(d)}`));
    return drafts.filter((d) => {
        const key = `${d.region}|${statementKey(d)}`;
        if (seen.has(key) || (d.region === null && placed.has(`${d.passage}|${statementKey(d)}`))) return false;
        seen.add(key);
        return true;
    });
}

function statementKey(d: FigureDraft): string {
    return `${d.metric}|${d.ageMin}|${d.ageMax}|${d.value}|${d.valueMax}|${d.unit}|${d.period}|${d.example}`;
}
