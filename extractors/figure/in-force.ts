/**
 * Which of a page's figures are in force (CLAIMS.md: a claim is the value in force, not an old one). A page sets
 * figures in time at every level — a timeline of passages led by years, sections headed by years or by the old
 * rules, a passage retiring the rules it gives, table columns headed by years or `调整前`, a sentence giving an
 * earlier and a later value, the frame of a change (`由X调高至Y`) — and one vocabulary of time reads them all: the
 * latest value, or the one marked current, is in force; the others are history.
 */
import type { FigureDraft } from '../../src/claims/schema.js';
import type { NumberMention } from './parse-number.js';
import type { Passage } from '../types.js';
import { CHANGE_TO } from './vocab.js';

/** Words marking a rule as the one in force now (`现行`, `目前`, `调整后`). */
const NOW_WORDS = String.raw`现行|现在|目前|至今|当前|(?:调整|改革|调标)后|今年`;
/** Words marking a figure as an earlier one (`原来`, `以前`, `调整前`, `去年`). */
const BEFORE_WORDS = String.raw`原来|原先|(?<![岁\d十])以前|此前|过去|(?:调整|改革|调标|修订|变动)以?前|去年|前年`;
/** Old rules named (`原标准`, `旧办法`) or said to have stopped (`已废止`). */
const OLD_RULES = String.raw`(?:原|旧|老)(?:标准|政策|办法|规定|比例|方案)|停止执行|不再执行|已废止|已失效|已作废`;
/** New rules named, or old and new set side by side (`新旧对比`, `调整前后`): more than the old rules alone. */
const NEW_OR_BOTH = String.raw`新(?:标准|政策|办法|规定)|前后|新旧|对比|对照`;

const NOW = new RegExp(NOW_WORDS);
/** A heading or header cell giving only old rules (`原标准`, `改革前`, `某年标准(已停止执行)`). */
const OLD_ONLY = new RegExp(`${OLD_RULES}|(?:调整|改革|修订|变动)以?前`);
const NOT_ONLY_OLD = new RegExp(`${NOW_WORDS}|${NEW_OR_BOTH}`);
/** A passage saying the rules it gives no longer hold (`…划入。上述办法现已停止执行。`). */
const RETIRES_ITS_RULES = /(?:这套|这一|该|上述|以上|此)(?:办法|政策|标准|规定|文件)[^。;；]{0,6}(?:停止执行|废止|失效|作废|不再执行)/;

/** A passage opening with a year or a span of years (`2019—2022年`, `2019年至2022年`): a step of a timeline. */
const YEAR_LEAD = /^\s*((?:19|20)\d{2})\s*年?\s*(?:[-—–~～至到]{1,2}\s*(?:19|20)\d{2}\s*)?年/;
/** A section heading that opens with a year (`2024年标准`, `二、2025年起执行的标准`), after any ordinal. */
const YEAR_HEADING = /^\s*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]+[)）])?\s*((?:19|20)\d{2})\s*年/;
/** A header cell that is a year and nothing else (`2024年`, `2024年度`, `2024年标准`, `2024`). */
const YEAR_HEADER = /^\s*((?:19|20)\d{2})\s*(?:年度?)?\s*(?:标准)?\s*(?:[(（][^)）]*[)）])?\s*$/;

/**
 * The `index` of each passage giving rules no longer in force: the past steps of a timeline with one step marked
 * current, sections headed by the old rules alone, and passages retiring their own rules. (Sections under an earlier
 * year are read as a chronicle's steps: see {@link latestOfChronicles}.)
 */
export function pastPassages(passages: readonly Passage[]): Set<number> {
    const past = timelineHistory(passages);
    for (const passage of passages) {
        if (RETIRES_ITS_RULES.test(passage.text) || isOldOnly(passage.section ?? '')) past.add(passage.index);
    }
    return past;
}

/** True when a heading or header cell names only old rules. */
function isOldOnly(heading: string): boolean {
    return OLD_ONLY.test(heading) && !NOT_ONLY_OLD.test(heading);
}

/** Runs of consecutive passages each opening with a year (`2023年…`, `2025年7月起…`): timelines and chronicles. */
function yearLedRuns(passages: readonly Passage[]): Passage[][] {
    const runs: Passage[][] = [];
    let run: Passage[] = [];
    for (const passage of passages) {
        if (YEAR_LEAD.test(passage.text)) {
            run.push(passage);
        } else if (run.length) {
            runs.push(run);
            run = [];
        }
    }
    if (run.length) runs.push(run);
    return runs;
}

/** Steps of a timeline that are history: in a year-led run, one step marked as the rule in force leaves the others past. */
function timelineHistory(passages: readonly Passage[]): Set<number> {
    const history = new Set<number>();
    for (const run of yearLedRuns(passages)) {
        if (run.length < 2 || !run.some((p) => NOW.test(p.text))) continue;
        for (const p of run) if (!NOW.test(p.text)) history.add(p.index);
    }
    return history;
}

/**
 * A chronicle — a year-led run of two years or more, no step marked current — restates a figure as it changes: a
 * later step giving the same metric for the same people and place supersedes the earlier one, as the latest column
 * of a table by year does. Drafts from other passages pass unchanged.
 */
export function latestOfChronicles(drafts: readonly FigureDraft[], passages: readonly Passage[]): FigureDraft[] {
    const steps = latestOfSteps(drafts, chronicleYears(passages),
        (d) => `${d.metric}|${d.region}|${d.population}|${d.ageMin}|${d.ageMax}|${d.sex ?? ''}|${d.example}`);
    // a later year's section restates the metric whole: its brackets replace the earlier year's, whatever they are
    return latestOfSteps(steps, yearSections(passages), (d) => `${d.metric}|${d.region}|${d.population}|${d.example}`);
}

/**
 * The drafts without those that a later step (`yearOf`: passage → year) gives again under the same `key`. A step no
 * later one restates is in force however old it is (`2025年工作回顾` raising a standard nothing has raised since).
 */
function latestOfSteps(drafts: readonly FigureDraft[], yearOf: ReadonlyMap<number, number>, key: (d: FigureDraft) => string): FigureDraft[] {
    if (yearOf.size === 0) return [...drafts];
    const latest = new Map<string, number>();
    for (const d of drafts) {
        const year = yearOf.get(d.passage);
        if (year !== undefined) latest.set(key(d), Math.max(year, latest.get(key(d)) ?? year));
    }
    return drafts.filter((d) => {
        const year = yearOf.get(d.passage);
        return year === undefined || year === latest.get(key(d));
    });
}

/** Passage index → the year it opens with, for the steps of chronicles (see {@link latestOfChronicles}). */
function chronicleYears(passages: readonly Passage[]): Map<number, number> {
    const years = new Map<number, number>();
    for (const run of yearLedRuns(passages)) {
        const stepYears = run.map((p) => Number(YEAR_LEAD.exec(p.text)![1]));
        if (new Set(stepYears).size < 2 || run.some((p) => NOW.test(p.text))) continue;
        run.forEach((p, i) => years.set(p.index, stepYears[i]!));
    }
    return years;
}

/**
 * Passage index → the year of its section, on a page whose sections are headed by two years or more (`2022年规定` …
 * `2023年以后实行的办法`, `2022年情况回顾` … `2023年打算`): a chronicle in sections, where a later year's figure
 * replaces the earlier one, as in a table with a column per year. A heading that calls itself current is no step.
 */
function yearSections(passages: readonly Passage[]): Map<number, number> {
    const headingYear = new Map<string, number>();
    for (const passage of passages) {
        const m = passage.kind === 'heading' ? YEAR_HEADING.exec(passage.text) : null;
        if (m) headingYear.set(passage.text, Number(m[1]));
    }
    const years = new Map<number, number>();
    if (new Set(headingYear.values()).size < 2) return years;
    for (const p of passages) {
        const year = p.section === null ? undefined : headingYear.get(p.section);
        if (year !== undefined && !NOW.test(p.section!)) years.set(p.index, year);
    }
    return years;
}

/** A header cell of the text as first printed (`原文`, `误`, `错误内容`), in a table setting it right. */
const ORIGINAL_TEXT_HEADER = /^\s*(?:原文|原稿|原(?:内容|表述|文字|句子?)|误|错误(?:内容|表述|文字)?)\s*$/;
/** A header cell of the text set right (`更正为`, `应为`, `改为`, `正确内容`). */
const CORRECTED_HEADER = /更正|应为|应是|改为|修改为|正确/;

/**
 * For each header cell of a table row, whether its column holds values no longer in force: a header naming the old
 * rules (`原标准`, `调整前` beside `现行`), the text as first printed beside the text set right (an errata table's
 * `原文 | 更正为`), or an earlier year where at least two header cells are years.
 */
export function pastColumns(headers: readonly string[]): boolean[] {
    const years = headers.map(yearOf);
    const stated = years.filter((y): y is number => y !== null);
    const current = stated.length >= 2 ? Math.max(...stated) : null;
    const corrects = headers.some((header) => CORRECTED_HEADER.test(header));
    return headers.map((header, i) => isOldOnly(header) || (corrects && ORIGINAL_TEXT_HEADER.test(header)) ||
        (current !== null && years[i] !== null && years[i] !== current));
}

function yearOf(header: string): number | null {
    const m = YEAR_HEADER.exec(header);
    return m ? Number(m[1]) : null;
}

/**
 * Where a sentence sets its figures in time: a year (`2024年`, not `2024年以前`), a word for an earlier figure, or
 * one for the rule now (and `明年`, later still).
 */
const TIME_MARK = new RegExp(`((?:19|20)\\d{2})\\s*年(?!度?(?:以前|之前|前))|(${BEFORE_WORDS})|(${NOW_WORDS}|明年)`, 'g');
/** A cheap test for any of them. */
const ANY_TIME_MARK = /年|原|前|过去|现|目前|至今|后/;

/**
 * After a time mark: the base a rate is taken of, up to the rate (`…按去年全县人均养老金的N%`). The mark dates the
 * base, not the rate; not when the rule itself follows the mark (`去年个账按…养老金的N%`).
 */
const DATES_A_BASE = /^(?:[^,，;；。\d按照依据账]){0,16}?(?:养老金|工资|收入|基数)(?:水平)?[的之]?\s*\d/;

type TimeMark = { kind: 'year'; year: number } | { kind: 'past' } | { kind: 'now' };

/** Between an old value and the change verb: the unit and a few words (`80元/月调高至`), no new clause. */
const OLD_VALUE_BEFORE_CHANGE = new RegExp(`^[^,;。\\d]{0,8}?${CHANGE_TO}`);
/** A figure the clause then retires (`原65元的标准同时废止`): the old value a new one replaced. */
const RETIRED_AFTER = /^[^,;。\d]{0,8}?(?:同时|一并|随即|随之)?(?:停止执行|不再执行|废止|作废|失效)/;
/**
 * The baseline of a comparison (`较上年的80元增加5元`, `比去年80元多了5块`, `与原来的80元相比`): `较/比/与…相比` frames
 * the value compared against, which the sentence gives only to measure the new one by, when the change follows it
 * (`增加`, `提高`, or `多`/`少` right before the difference). `比例`, `比重` frame nothing; `比国家规定的15个工作日快得多`
 * sets a rule beside another, no change.
 */
const COMPARED_BEFORE = /(?:较|相较于?|相比于?|(?<![对无])比(?![例重率]))[^,;。\d]{0,6}$/;
const COMPARED_AFTER = /^[^,;。\d]{0,6}?(?:增加|增长|提高|上调|上涨|涨了|减少|下降|降低|相比|持平|(?:多|少)(?:了|出)?\s*$)/;
const COMPARED_WITH_BEFORE = /与[^,;。\d]{0,6}$/;

/**
 * The frame of a change whatever its verb (`由12个工作日压减至6个`, `从80元提至95元`): `由/从` right before the figure and
 * `至/到/为/成` right before the next one, with no clause between. The figure in the frame's first slot is the old value.
 */
const FROM_BEFORE = /(?:由|从)\s*(?:每个?[月年]|每人每[月年])?\s*$/;
const TO_BEFORE_NEXT = /^[^,;。\d]{0,10}?(?:至|到|为|成)\s*(?:每个?[月年]|每人每[月年])?\s*$/;
/** The base a rate is a share of (`个人缴费工资的`, `上一年度养老金的`). */
const RATE_BASE = String.raw`(?:本人|个人)?(?:上(?:一)?年度?)?(?:月?(?:平均)?(?:缴费工资|缴费基数|基本养老金|养老金|退休金))的?`;
/**
 * Right before a new value: the change verb (`调高至`), so words like `上调` describe the change, not the figure; the
 * time the new value holds from may stand between them (`涨到今年的`, `调至明年的`, `提高到现在的`), and a new rate may
 * name the base it is a share of (`调成本人缴费工资的`, `改为上一年度养老金的`).
 */
const NEW_VALUE_AFTER_CHANGE = new RegExp(
    `${CHANGE_TO}\\s*(?:(?:${NOW_WORDS}|明年|(?:19|20)\\d{2}\\s*年)的?)?\\s*(?:每个?[月年]|每人每[月年]|${RATE_BASE})?\\s*$`,
);

/**
 * The figures of a sentence (in order) that are not in force: the old value of a change (`由80元调高至95元` → 80),
 * the baseline of a comparison (`较去年的80元增加5元` → 80), one the clause retires (`原80元的标准停止执行`), and those set at an earlier time than another of its figures —
 * under an earlier year (`某年每月60元,次年起每月66元`) or a word for the old rule before one for the new
 * (`原来每月100元,现在110元`, `去年…,今年起…`). A figure marked earlier is history beside any mark of a later time in
 * its sentence, before or after it, whether or not a figure follows that mark (`自某年起…,此前各地在2%至3%不等`,
 * `去年每月80元,今年涨了`); a year no figure follows (`有效期至某年`) does not make the figures before it old.
 */
export function pastFigures<M extends NumberMention>(sentence: string, mentions: readonly M[]): Set<M> {
    const oldOfChange = mentions.map((mention, i) => isOldValueOfChange(sentence, mention, mentions[i + 1]?.start ?? sentence.length));
    // the figure a change goes to is the new value, whatever time word stands before the change (`由原来的80元提高到每人95元`)
    const past = pastTimeFigures(sentence, mentions, (i) => oldOfChange[i - 1] === true || isNewValue(sentence, mentions[i]!));
    mentions.forEach((mention, i) => {
        if (oldOfChange[i]) past.add(mention);
    });
    return past;
}

function isOldValueOfChange(sentence: string, figure: NumberMention, nextStart: number): boolean {
    const after = sentence.slice(figure.end, nextStart);
    if (OLD_VALUE_BEFORE_CHANGE.test(after) || RETIRED_AFTER.test(after)) return true;
    if (isComparisonBaseline(sentence.slice(0, figure.start), after)) return true;
    return nextStart < sentence.length && FROM_BEFORE.test(sentence.slice(0, figure.start)) && TO_BEFORE_NEXT.test(after);
}

function pastTimeFigures<M extends NumberMention>(sentence: string, mentions: readonly M[], isNewOfChange: (i: number) => boolean): Set<M> {
    if (!ANY_TIME_MARK.test(sentence)) return new Set();
    const marks = [...sentence.matchAll(TIME_MARK)].filter((m) => !DATES_A_BASE.test(sentence.slice(m.index + m[0].length))).map((m) => ({
        at: m.index,
        mark: (m[1] ? { kind: 'year', year: Number(m[1]) } : m[2] ? { kind: 'past' } : { kind: 'now' }) as TimeMark,
    }));
    if (marks.length < 2) return new Set();
    const markOf = mentions.map((m) => marks.filter((t) => t.at < m.start).at(-1)?.mark);
    const years = markOf.flatMap((t) => (t?.kind === 'year' ? [t.year] : []));
    const latestYear = years.length ? Math.max(...years) : null;
    return new Set(mentions.filter((_, i) => {
        const mark = markOf[i];
        if (!mark || mark.kind === 'now') return false;
        const later = markOf.slice(i + 1);
        // an earlier figure set against any later time the sentence names, with a figure or without (`去年每月80元,今年涨了`)
        if (mark.kind === 'past') return !isNewOfChange(i) && marks.some((t) => t.mark.kind !== 'past');
        return (latestYear !== null && mark.year < latestYear) || later.some((t) => t?.kind === 'now');
    }));
}

function isComparisonBaseline(before: string, after: string): boolean {
    if (!COMPARED_AFTER.test(after)) return false;
    return COMPARED_BEFORE.test(before) || (COMPARED_WITH_BEFORE.test(before) && /^[^,;。\d]{0,6}?相比/.test(after));
}

/** True when the figure is the new value of a change (`…调高至95元`). */
export function isNewValue(sentence: string, figure: NumberMention): boolean {
    return NEW_VALUE_AFTER_CHANGE.test(sentence.slice(0, figure.start));
}
