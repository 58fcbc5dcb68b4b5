/**
 * Which place a figure is about (CLAIMS.md § Regions), read over the whole document:
 *
 * - the place its own sentence names (`北京:70岁以下…`), unless the sentence says `我市`/`本省`, which means the one
 *   place the page is about (its stated subject, its issuer, or the single place of its title);
 * - the place of its table row (first column, a blank first cell continuing the row above) or column (places
 *   across the header row);
 * - a label line above it (`【青岛】`, `大连市:`, `▶ 宁波`), which labels everything up to the next label or heading;
 * - a section heading that is only a place, or `以X为例` in the heading or the title;
 * - the page's stated subject: a body sentence saying which one place the page is about labels the figures after
 *   it in its section (the whole page when it comes before the first heading), if that stretch names no other
 *   place and the figure's sentence is not a general statement.
 *
 * A city the title merely names does not make generic body text a claim about it; a dateline's place
 * (`新华社北京电`) is where the report was filed, never the claims' place; a question heading is never a label.
 */
import { matchesOf } from '../regex-matches.js';
import { bareNamesOf, bareTowns, findRegions, isStayDestination, namesBare, placeAtStart, prefectureOf, startsWithPlaceName, townsNamedInFull, type RegionMention, type RegionRef } from '../region/index.js';
import type { Passage } from '../types.js';
import {
    CAPTION_UNIT,
    DATELINE,
    DISTRIBUTION_LIST,
    EXAMPLE_OF,
    GENERAL_STATEMENT,
    MANY_PLACES,
    HEADING_MARKER,
    ISSUER_AFTER_PLACE,
    ISSUER_WORD,
    LABEL_BRACKETS,
    LIST_MARKER,
    DISTRICT_REFERENCE,
    LOCAL_REFERENCE,
    MAX_SUBJECT_LEAD,
    PLACE_TAIL,
    SUBJECT_AFTER_PLACE,
    SUBJECT_LEAD_CLAUSE,
    SUBJECT_TIME_LEAD,
} from './attribution-vocab.js';
import { findAmounts } from './parse-amount.js';
import { findDurations } from './parse-duration.js';
import { findRates } from './parse-rate.js';
import { tableCells } from './sentences.js';
import {
    columnAt,
    columnUnit,
    continuesRowAbove,
    hasBareCell,
    readColumns,
    type Column,
    type ColumnUnit,
} from './table-columns.js';
import { hasAny } from './cues.js';
import { EXAMPLE_MARKERS, QUESTION_END } from './vocab.js';

export type { RegionRef } from '../region/index.js';

/** How a claim's place was decided; anything but `sentence` is inherited from around the sentence. */
export type RegionSource = 'sentence' | 'local-reference' | 'table' | 'label' | 'heading' | 'subject';

export interface Attribution {
    place: RegionRef;
    source: RegionSource;
    /** For a stated subject: true when the page stated it as `我市`/`本省`, not by naming the place. */
    byReference?: boolean;
    /** For a heading: true when it names the place as an example (`以X为例`), not as the section's subject. */
    asExample?: boolean;
}

/** What the document says around one passage. */
export interface PassageAttribution {
    /** The label over the passage: its own `北京:`, a label line above, or its table row's place. */
    label: Attribution | null;
    /** Section heading that is only a place, or `以X为例` in the heading or title. */
    heading: Attribution | null;
    /** The stated subject in force here. */
    subject: Attribution | null;
    /**
     * The one place the page is about, for `我市`/`本省`; null when the page does not say. Asked only when needed.
     * `bySpeaker`: asked for a speaker's `我们这边`/`当地`, which only the body or a question in the title resolves.
     */
    pagePlace: (bySpeaker?: boolean) => RegionRef | null;
    /** True when the page's place is a district, so `全区`/`我区` refer to it (see {@link DISTRICT_REFERENCE}). */
    districtPage: boolean;
    /**
     * The last place named before `sentence` in its passage, else in the passage before: what `该市`/`该县` in it
     * points back to. Asked only when the sentence says so.
     */
    placeNamedBefore: (sentence: string) => RegionMention | null;
    /**
     * The places the sentence right before `sentence` names (in its passage, else the last passage of prose before
     * it): what a subject contrasted with `则` in it goes on from. Asked only when the sentence says so.
     */
    placesOfSentenceBefore: (sentence: string) => readonly RegionMention[];
    /** For a table data row: what each column's header says. */
    columns: readonly Column[] | null;
    /**
     * The table header row over this row, or the lead-in line over a table without one ('' outside tables): it may
     * name the credit for terse rows.
     */
    tableHeader: string;
}

/** Any `我市`/`本省` at all: a cheap test before looking closer. */
const LOCAL_REFERENCE_TEST = new RegExp(LOCAL_REFERENCE.source);
const DISTRICT_REFERENCE_TEST = new RegExp(DISTRICT_REFERENCE.source);

/** A sentence opening with a place that introduces the table or list under it (`某市两项医保待遇对比如下:`). */
const INTRODUCES_WHAT_FOLLOWS = /^[^,，。;；?？]{0,24}如下[:：]?\s*$/;

/**
 * The page (or the tool on it) stating whom it covers or whose rules it follows, right before a place: `本指南适用于在`,
 * `本表适用于`, `本文针对`, `本页解答`, `本工具按`, `本计算器依据`.
 */
const SCOPE_STATEMENT = /[本此](?:文|指南|手册|页|表|通知|问答|说明|工具|计算器|测算器|程序|系统|平台)(?:内容)?仅?(?:适用于|针对|面向|解答|介绍|按照?|依据|根据|参照)(?:在)?/;

/**
 * An employer's or institution's own people said to be insured in a place (`本公司全体员工在`, `本单位职工均于`, `我校
 * 教职工统一在`), right before the place and a verb of joining (see {@link INSURED_THERE}): a handbook's or company page's
 * statement of its place, even as one numbered clause among several.
 */
const OWN_STAFF_INSURED_IN = /(?:本|我|该)(?:公司|单位|企业|司|集团|校|院|厂|中心)[^,，。;；]{0,10}?(?:员工|职工|人员|雇员|教职工|同事)?[^,，。;；]{0,6}?(?:在|于)$/;
/** After the place: the joining (`参加…保险`, `参保`, `缴纳社会保险`). */
const INSURED_THERE = /^(?:市|县|区|州)?(?:本地|当地)?(?:参加|参保|缴纳|缴存|办理参保|统一参保)/;

/** The longest header cell: a longer punctuated cell is a sentence (`城乡居民(含学生、儿童)` is a header). */
const MAX_HEADER_CELL_CHARS = 16;

/** `一、`, `(三)`, `2.`, `①` opening a passage. */
const ORDINAL_START = /^\s*(?:[一二三四五六七八九十]+[、.．]|[((][一二三四五六七八九十\d]+[))]|\d{1,2}\s*[.、．)]|[①-⑳])/;

/**
 * The title of an official document: its issuer, then `关于` what it rules, then the kind of document — the whole
 * family of them (`某局关于做好…工作的通知`, `…的复函`, `…的通告`, `…的实施细则`, `…的答复`).
 */
const DOCUMENT_TITLE =
    /关于.{2,60}的(?:通知|意见|办法|规定|决定|决议|批复|复函|函|公告|通告|通报|公示|答复|请示|报告|方案|细则|指引|说明|解读)$/;
/** The name of a rule (`…经办规程`, `…实施办法`): a title opening with a place and ending so is that place's rule. */
const RULE_NAME_END = /(?:规程|办法|细则|规定|实施方案|实施意见)$/;

/** A title that explains a quoted document (`《…》解读`, `《…》政策问答`, `《…》图解`): the document's title in group 1. */
const EXPLAINED_RULE = /^《([^《》]{4,60})》(?:的)?(?:政策)?(?:解读|问答|答问|图解|要点)$/;

/** A short quoted name: an app, a mini-program or a menu. */
const QUOTED_NAME = /[“「][^”」]{2,16}[”」]/g;

/** A sentence ending in a colon: it introduces what follows. */
const LEAD_IN_END = /[:：]\s*$/;
/** What a lead-in over a list of rules or steps speaks of: the place's rules, the account, the insured, a service. */
const LEAD_IN_TOPIC = /政策|规定|标准|办法|文件|个人账户|医保|参保|退休|职工|办理/;
/** A place right after a word of moving (`从`, `到`, `去`, `回`): one end of a move. */
const MOVE_BEFORE = /[从到去回]$/;

/**
 * A line of a list, whether or not the page marks it up as one: a list item, or a short line that opens on a
 * label and a colon (`60至69岁:…`, `在职职工:…`) or ends on a semicolon, as the lines of a list under a lead-in do;
 * in a running list, a short line ending the sentence is its last item. Null for any other line.
 */
function listLineKind(passage: Passage, listRunning: boolean): 'item' | 'last' | null {
    if (passage.kind === 'item') return 'item';
    const text = passage.text.trim();
    if (text.length > MAX_LIST_LINE_CHARS) return null;
    if (LIST_LINE_LABEL.test(text) || LIST_LINE_END.test(text)) return 'item';
    return listRunning && LIST_END.test(text) ? 'last' : null;
}

const MAX_LIST_LINE_CHARS = 40;
const LIST_LINE_LABEL = /^[^,，。;；:：]{1,16}[:：]\s*\S/;
const LIST_LINE_END = /[;；]$/;
const LIST_END = /[。.!！]$/;

/** Short and without digits: the shape of a line that is only a place name. */
const PLACE_ONLY_SHAPE = /^[^\d]{2,14}$/;

/** `北京:…` / `上海 | …`: the place that labels a passage, if it opens with one followed by a colon or cell break. */
export function labelRegion(text: string): RegionRef | null {
    if (text !== lastLabelledText) {
        lastLabel = readLabel(text);
        lastLabelledText = text;
    }
    return lastLabel;
}

/** The text `labelRegion` read last and its label: the page walk asks each passage twice (for a subject, for a label). */
let lastLabelledText: string | undefined;
let lastLabel: RegionRef | null = null;

function readLabel(text: string): RegionRef | null {
    const marker = LIST_MARKER.exec(text)?.[0] ?? '';
    const rest = text.slice(marker.length);
    const first = placeAtStart(rest); // most passages: no need to find every place in them
    if (!first) return null;
    return /^\s*[::|｜\t]/.test(rest.slice(first.end)) ? pick(first) : null;
}

/**
 * A line that is only a place (`【青岛】`, `大连市:`, `宁波`, `苏州地区:`): it labels the block under it. A table row
 * or a question is no label line.
 */
export function placeOnlyLine(text: string): RegionRef | null {
    const trimmed = text.trim();
    if (!PLACE_ONLY_SHAPE.test(trimmed) || /[,,。;;??|｜\t]/.test(trimmed)) return null;
    return labelLinePlace(unwrapLabel(trimmed, LIST_MARKER));
}

/** A label line's text without what sets it apart: its brackets (`【青岛】`, `「青岛」`) or its leading marker. */
function unwrapLabel(text: string, marker: RegExp): string {
    const bracketed = LABEL_BRACKETS.exec(text);
    return bracketed ? bracketed[1]! : text.slice((marker.exec(text)?.[0] ?? '').length);
}

/**
 * The place a label line or a place heading names, with what writers print around the name: an ordinal lead
 * (`第一站:`), the province before it (`某省·某市`), an aside after it naming where it lies (`(某省某市)`), a trailing
 * dash or colon, or a short tag after a colon (`某市:统一定额`).
 */
function labelLinePlace(text: string): RegionRef | null {
    const core = text.replace(ORDINAL_LEAD, '').replace(TRAILING_DASHES, '');
    const aside = TRAILING_ASIDE.exec(core);
    const named = aside ? core.slice(0, aside.index) : core;
    const mention = placeOnly(named) ?? provinceThenPlace(named) ?? taggedPlace(named);
    if (!mention) return null;
    // the aside may say where the place lies, and nothing else that is a place
    const lies = (m: RegionMention) => m.name === mention.name || m.name === mention.province || m.name === mention.prefecture;
    return !aside || findRegions(aside[0]).every(lies) ? pick(mention) : null;
}

/** `第一站:`, `第3个、`: an ordinal opening a label line. */
const ORDINAL_LEAD = /^第[一二三四五六七八九十\d]{1,3}(?:站|个|名|位|处|部分|城)?\s*[:：、.．]\s*/;
/** A dash run closing a label line (`某市——`). */
const TRAILING_DASHES = /\s*[—\-－~～]{1,4}\s*$/;
/** A short aside in brackets closing a label line (`某市(某省某市)`). */
const TRAILING_ASIDE = /\s*[(（][^()（）]{1,12}[)）]\s*$/;

/** The province, then one of its places (`某省·某市`, `某省某市`, `某省 某市:`): the place, with its plain tail. */
function provinceThenPlace(text: string): RegionMention | null {
    if (!startsWithPlaceName(text)) return null;
    const mentions = findRegions(text);
    if (mentions.length !== 2) return null;
    const [province, place] = mentions as [RegionMention, RegionMention];
    const joined = province.start === 0 && province.level === 'province' && place.province === province.name && place.level !== 'province';
    return joined && /^[\s·・•\-—,、]*$/.test(text.slice(province.end, place.start)) && PLACE_TAIL.test(text.slice(place.end)) ? place : null;
}

/** A label and a short tag after its colon (`某市:统一定额`, `某县:按比例`): the tag says how, the label whose. */
function taggedPlace(text: string): RegionMention | null {
    if (text.length > MAX_TAGGED_LABEL_CHARS) return null;
    const first = placeAtStart(text);
    return first && /^\s*[:：]\s*\S/.test(text.slice(first.end)) ? first : null;
}

const MAX_TAGGED_LABEL_CHARS = 14;

/** `上海市`, `苏州地区:`, `上海市标准`: a place name and at most a plain tail. */
function onlyPlace(text: string): RegionRef | null {
    const mention = placeOnly(text);
    return mention ? pick(mention) : null;
}

function placeOnly(text: string): RegionMention | null {
    if (!startsWithPlaceName(text)) return null;
    const mentions = findRegions(text);
    if (mentions.length !== 1 || mentions[0]!.start !== 0) return null;
    return PLACE_TAIL.test(text.slice(mentions[0]!.end)) ? mentions[0]! : null;
}

/** A section heading that names one place and nothing else, or says `以X为例`; never a question. */
export function headingRegion(heading: string | null): RegionRef | null {
    if (!heading) return null;
    const example = exampleOfRegion(heading);
    if (example) return example;
    if (QUESTION_END.test(heading)) return null;
    // a heading names its place in any of the shapes a label line does, brackets included
    return labelLinePlace(unwrapLabel(heading.trim(), HEADING_MARKER));
}

/** `以琼海为例` → 琼海. */
export function exampleOfRegion(text: string): RegionRef | null {
    const m = EXAMPLE_OF.exec(text);
    if (!m) return null;
    const mentions = findRegions(m[1]!);
    return mentions.length ? pick(mentions.at(-1)!) : null;
}

/** Length of the dateline that opens `text` (`本报合肥3月2日讯`), 0 when there is none. */
export function datelineLength(text: string): number {
    return DATELINE.exec(text)?.[0].length ?? 0;
}

/**
 * The county-level towns the page being read names in full (its title or any passage), and the town its question
 * title asks about bare (`某县退休的,每月进多少?`) when its posts name it bare too: there, their bare names are places.
 * Set by {@link attributePassages}, which every reader of a page's places calls first.
 */
let pageTowns: readonly RegionMention[] = [];

function noteTownsOfPage(passages: readonly Passage[], title: string): void {
    const towns = new Map<string, RegionMention>();
    for (const text of [title, ...passages.map((p) => p.text)]) {
        for (const town of townsNamedInFull(text)) towns.set(town.name, town);
    }
    const asked = asksQuestion(title) ? bareTowns(title, true) : [];
    for (const town of asked.length === 1 ? asked : []) {
        if (passages.some((p) => namesBare(p.text, town))) towns.set(town.name, town);
    }
    pageTowns = [...towns.values()];
}

/** Places a sentence names, those of a dateline left out. */
export function placesIn(sentence: string): readonly RegionMention[] {
    const dateline = datelineLength(sentence);
    let mentions = findRegions(sentence);
    const bare = pageTowns.length > 0 ? bareNamesOf(sentence, pageTowns, mentions) : [];
    if (bare.length > 0) mentions = [...mentions, ...bare].sort((a, b) => a.start - b.start);
    return dateline > 0 ? mentions.filter((m) => m.start >= dateline) : mentions;
}

/**
 * The place a sentence names for the figure at `offset`: the nearest mention before it. Returns `'ambiguous'`
 * when that mention is one of an enumeration (`北京、甘肃等地…分别为…`): the figure cannot be pinned to one place.
 * `mentions` are the sentence's places, when the caller has them already.
 */
export function sentenceRegion(
    sentence: string,
    offset: number,
    mentions: readonly RegionMention[] = placesIn(sentence),
): RegionRef | null | 'ambiguous' {
    const before = mentions.filter((m) => m.end <= offset);
    const nearest = before.at(-1);
    if (!nearest) return null;
    if (isEnumerated(sentence, nearest, mentions)) return 'ambiguous';
    return pick(nearest);
}

/** True when a sentence speaks of the country or of places in general (`全国`, `各地`, `多数地区`). */
export function isGeneralStatement(sentence: string): boolean {
    return GENERAL_STATEMENT.test(sentence);
}

/**
 * The place of the figure at `offset` of `sentence`, and how it was decided; null when the text gives none (a
 * national or general statement), `'ambiguous'` when it names several without saying which.
 */
export function attribute(
    sentence: string,
    offset: number,
    mentions: readonly RegionMention[],
    around: PassageAttribution,
): Attribution | null | 'ambiguous' {
    const before = sentence.slice(0, offset);
    const reference = pageReference(before, mentions, around.districtPage);
    const pagePlace = reference && !placeBeforeReference(before, mentions, around.districtPage) && !namedSubjectAfter(before, reference, mentions)
        ? around.pagePlace(LOCAL_OF_NAMED.test(reference[0]))
        : null;
    if (pagePlace) {
        const subject = clauseSubject(before, mentions, around.districtPage);
        return { place: subject && PROVINCE_REFERENCE.test(subject[0]) ? provinceOfPlace(pagePlace) : pagePlace, source: 'local-reference' };
    }
    const antecedent = anaphorAntecedent(before, mentions, around) ?? contrastedAntecedent(before, mentions, around);
    if (antecedent) return { place: antecedent, source: 'local-reference' };
    const named = sentenceRegion(sentence, offset, mentions);
    if (named === 'ambiguous') return named;
    if (named) return { place: named, source: around.columns ? 'table' : 'sentence' };
    const column = around.columns ? columnAt(sentence, offset, around.columns)?.region : null;
    if (column) return { place: column, source: 'table' };
    if ((around.label || around.heading) && MANY_PLACES.test(sentence)) return null;
    if (around.label) return around.label;
    if (around.heading) return around.heading;
    if (around.subject && !isGeneralStatement(sentence)) return around.subject;
    return null;
}

/**
 * `我省`, `本省`, `全省`, and an autonomous region's own bureau (`自治区医保局`, the province-level one): the province the
 * page's place lies in, not the place itself.
 */
const PROVINCE_REFERENCE = /^(?:[我本全]省|自治区)$/;

/**
 * What may stand between a clause's opening and its subject (`而我市…`, `其中本省…`, `目前全省…`): the reference is still
 * who the clause speaks of, unlike one inside it (`我市按全省平均养老金的2%…`, where `全省` only says whose average).
 */
const CLAUSE_OPENING = /(?:^|[，,；;。：:！!？?\s])(?:而|但|但是|其中|同时|目前|现在|另外|此外|对此|为此|今年|明年)?$/;

/**
 * The last reference to the page's place that opens a clause before the figure: the subject the figure's clause goes
 * on from, clause by clause (`我省统一按N元，我市作为试点按M元`: N the province's, M the city's).
 */
function clauseSubject(before: string, mentions: readonly RegionMention[], districtPage: boolean): RegExpExecArray | undefined {
    return localReferences(before, districtPage)
        .filter((m) => !mentions.some((place) => place.end === m.index) && CLAUSE_OPENING.test(before.slice(0, m.index)))
        .at(-1);
}

/**
 * What may stand between a clause's opening and a place it names as its subject: the connectives of
 * {@link CLAUSE_OPENING}, or a word for a neighbour (`邻近的某县`, `隔壁某市`, `周边的某地`).
 */
const PLACE_SUBJECT_OPENING = /(?:^|[，,；;。：:！!？?\s])(?:而|但|但是|其中|同时|另外|此外)?(?:(?:邻近|相邻|毗邻|周边|隔壁|附近|临近|旁边)的?)?$/;

/**
 * True when a later clause than the page reference's opens with a place it names (`我县…N元，邻近的某县为M元`): that
 * clause speaks of the place, clause by clause, as a later `我省` would. A place inside a clause (`参照某市标准`) does not.
 */
function namedSubjectAfter(before: string, reference: RegExpExecArray, mentions: readonly RegionMention[]): boolean {
    const after = reference.index + reference[0].length;
    const breakAt = before.slice(after).search(/[，,；;。]/);
    if (breakAt < 0) return false;
    const laterReferences = localReferences(before, false).filter((m) => m.index > after);
    return mentions.some(
        (m) =>
            m.start > after + breakAt &&
            m.end <= before.length &&
            !laterReferences.some((r) => r.index > m.start) &&
            PLACE_SUBJECT_OPENING.test(before.slice(0, m.start)),
    );
}

/** The province a place lies in (a province is its own). */
function provinceOfPlace(place: RegionRef): RegionRef {
    return { name: place.province, province: place.province };
}

/**
 * `该市`, `该县`, `该地`, `此地`: a place the writer named just before and now points back to. It takes that place when
 * its own sentence names none before the figure — the last place named earlier in the passage, else in the passage before.
 */
const ANAPHOR = /[该此](?:市|县|区|省|州|旗|地)(?![场级长委])/;

/** The place an anaphor before the figure points back to, when the sentence itself names none before it. */
function anaphorAntecedent(before: string, mentions: readonly RegionMention[], around: PassageAttribution): RegionRef | null {
    if (!before.includes('该') && !before.includes('此')) return null;
    const anaphor = ANAPHOR.exec(before);
    if (!anaphor || mentions.some((m) => m.end <= before.length)) return null;
    const antecedent = around.placeNamedBefore(before);
    return antecedent ? pick(antecedent) : null;
}

/**
 * `某县的退休职工每人每月打入N元。在岗人员则按工资的N%记入。`: a subject contrasted with `则` goes on from the sentence before, and
 * takes its place when that sentence names one (a place and its province count as one); several leave it unsaid.
 */
const CONTRASTED_SUBJECT = /^\s*[^,，。;；:：]{1,12}?则/;

function contrastedAntecedent(before: string, mentions: readonly RegionMention[], around: PassageAttribution): RegionRef | null {
    if (!before.includes('则') || !CONTRASTED_SUBJECT.test(before) || mentions.some((m) => m.end <= before.length)) return null;
    const earlier = around.placesOfSentenceBefore(before);
    const inner = earlier.find((m) => !earlier.some((other) => other.province === m.name && other.name !== m.name));
    if (!inner || earlier.some((m) => m.name !== inner.name && m.name !== inner.province)) return null;
    return pick(inner);
}

/** The places the sentence before `start` in `passage` names, or when `start` opens it, those of `previous`'s last sentence. */
function placesOfSentenceBefore(passage: string, start: string, previous: string): readonly RegionMention[] {
    const at = passage.indexOf(start);
    const earlier = at > 0 ? passage.slice(0, at) : previous;
    return placesIn(earlier.replace(SENTENCE_TAIL, '').split(SENTENCE_BREAK).at(-1) ?? '');
}

const SENTENCE_TAIL = /[。！!？?；;\s]+$/;
const SENTENCE_BREAK = /[。！!？?]/;
const CJK_CHARACTER = /[\u4e00-\u9fff]/;

/** The last place named in `passage` before `sentence` (which opens with `start`), else the last of `previous`. */
function lastPlaceBefore(passage: string, start: string, previous: string): RegionMention | null {
    const at = passage.indexOf(start);
    const earlier = at > 0 ? placesIn(passage.slice(0, at)).at(-1) : undefined;
    return earlier ?? placesIn(previous).at(-1) ?? null;
}

/** True when `text` says `我市`/`本省` on its own, not right after a place (`甘肃全省` is 甘肃's whole province). */
export function refersToPagePlace(text: string, mentions: readonly RegionMention[], districtPage = false): boolean {
    return pageReference(text, mentions, districtPage) !== undefined;
}

/** The first reference in `text` to the page's place (see {@link refersToPagePlace}). */
function pageReference(text: string, mentions: readonly RegionMention[], districtPage: boolean): RegExpExecArray | undefined {
    for (const m of localReferences(text, districtPage)) {
        // `某地,当地退休人员…`, `我是某地的,我们这边…`: the place just named, not the page's
        const namedBefore = LOCAL_OF_NAMED.test(m[0]) && mentions.some((place) => place.end <= m.index);
        if (!namedBefore && !mentions.some((place) => place.end === m.index)) return m;
    }
    return undefined;
}

/**
 * The references that mean the place last named, when the text names one before them: a speaker's own place
 * (`我们这边`, `当地`), not an issuer's `我市`.
 */
const LOCAL_OF_NAMED = /^(?:当地|本地|(?:我们|咱们|咱)(?:这边|这里|这儿|当地|本地))$/;

/**
 * True when the sentence's first reference is `全市`/`全省` after a place it names: the whole of that place, the
 * sentence's own subject (`某市退休人员按全市人均养老金的2%划入`), not the page's. `我市` stays the speaker's
 * place whatever comes before it (`按照某省统一部署,我市…`).
 */
function placeBeforeReference(text: string, mentions: readonly RegionMention[], districtPage: boolean): boolean {
    const first = localReferences(text, districtPage).find((m) => !mentions.some((place) => place.end === m.index));
    if (first === undefined || !first[0].startsWith('全') || !mentions.some((place) => place.end < first.index)) return false;
    // `按某省的办法，按全省…N%；我市作为试点按M元`: a later clause opening with the reference, after every place named, is the page's own
    const subject = clauseSubject(text, mentions, districtPage);
    return !(subject && subject.index > first.index && mentions.every((place) => place.end > text.length || place.end <= subject.index));
}

/** The references to the page's place in `text`, in order: `我市`/`本省`, and `全区`/`我区` on a district's page. */
function localReferences(text: string, districtPage: boolean): RegExpExecArray[] {
    const local = matchesOf(text, LOCAL_REFERENCE);
    if (!districtPage) return local;
    return [...local, ...matchesOf(text, DISTRICT_REFERENCE)].sort((a, b) => a.index - b.index);
}

/** `refersToPagePlace` over a whole text, whose places are found only when it says `我市`/`本省` at all. */
function refersToPlaceOfPage(text: string, districtPage = false): boolean {
    return placeReferenceIn(text, districtPage) !== undefined;
}

/** The first reference to the page's place in a whole text (see {@link pageReference}). */
function placeReferenceIn(text: string, districtPage = false): RegExpExecArray | undefined {
    const any = LOCAL_REFERENCE_TEST.test(text) || (districtPage && DISTRICT_REFERENCE_TEST.test(text));
    return any ? pageReference(text, placesIn(text), districtPage) : undefined;
}

/**
 * The place a passage inherits from the document — its label, section heading, or the page's place when its text
 * or the page says `我市` — for claims (procedures) whose own reading found none. Places the passage names itself
 * are left to that reading: a product name (`某省医保App`) is no statement of place. The page's stated subject
 * covers how-tos as it covers figures (CLAIMS.md § Procedures: region as for figures).
 */
export function inheritedPlaces(
    passages: readonly Passage[],
    title: string,
    publisher = '',
    inheritances: readonly PassageInheritance[] = attributePassages(passages, title, publisher),
): (RegionRef | null)[] {
    return passages.map((passage, i) => {
        const { around, subject } = inheritances[i]!;
        // a row of a table of channels states no figure, so reads as a header, yet sits under the page's subject
        if (!around) return passage.kind === 'heading' ? null : (subject?.place ?? null);
        const reference = placeReferenceIn(passage.text, around.districtPage);
        const local = reference ? around.pagePlace(LOCAL_OF_NAMED.test(reference[0])) : null;
        return local ?? (around.label ?? around.heading)?.place ?? around.subject?.place ?? null;
    });
}

/** What one passage inherits, and the page's stated subject in force when it is reached. */
export interface PassageInheritance {
    around: PassageAttribution | null;
    subject: Attribution | null;
}

/** What each passage of a page inherits (see {@link PageAttribution.next}), for readers that share one walk. */
export function attributePassages(passages: readonly Passage[], title: string, publisher = ''): PassageInheritance[] {
    noteTownsOfPage(passages, title);
    const walk = new PageAttribution(passages, title, publisher);
    const inheritances = passages.map((passage) => ({ around: walk.next(passage), subject: walk.subject }));
    walk.coverEarlierPassages(inheritances);
    return inheritances;
}

/** A line that is only a name (an outlet's masthead `某市手机台`): no clause, no sentence. */
const MASTHEAD = /^[^。，,;；!！?？:：\s]{2,12}$/;

/**
 * Walks a page's passages in order, keeping what each one inherits: the label block it sits in, the table it is
 * a row of, its section's place and the stated subject.
 */
export class PageAttribution {
    readonly #passages: readonly Passage[];
    readonly #title: string;
    readonly #publisher: string;
    readonly #titleExample: RegionRef | null;
    /** The one place the title names, unless as an example (`以某市为例`). */
    readonly #titlePlace: RegionMention | null;
    /**
     * The title's one place is a district named with its suffix (`某某区`): `全区` on the page is that district. An
     * autonomous region's `我区` is not read so: the annotations give it no place (CLAIMS.md names `我省`/`全省` only).
     */
    readonly #districtPage: boolean;
    readonly #headings = new Map<string | null, Attribution | null>();
    #compiledSections: Map<string, RegionRef> | undefined;
    #pagePlace: RegionRef | null | undefined;
    #issuer: RegionRef | null | undefined;
    #section: string | null = null;
    #sawHeading = false;
    #blockLabel: Attribution | null = null;
    /** The place a lead-in sentence (`根据某市现行政策,…如下:`) names, over the list items right under it. */
    #listLead: Attribution | null = null;
    /** The lead-in sentence itself (`…按年龄分档划入:`), which says what the terse lines under it are figures of. */
    #listLeadText = '';
    /** True while the lines walked are unmarked list lines (or their lead-in), so a short line may be the last one. */
    #listRunning = false;
    #pageSubject: Attribution | null = null;
    #sectionSubject: Attribution | null = null;
    /** The subject set only because a body sentence named the title's place (see #noteTitledSubject). */
    #titleConfirmed: Attribution | null = null;
    /** Each subject stated in the walk: at which passage, and for which section (undefined: the whole page). */
    readonly #statedSubjects: { at: number; section: string | null | undefined; subject: Attribution }[] = [];
    /** Index of the passage being walked. */
    #at = -1;
    #table: { header: string; columns: Column[]; rowLabel: Attribution | null; dataRows: number } | null = null;
    #previousText = '';
    #previousProse = '';
    /** A lead-in line (`某市个人账户划入标准如下:`) right over a table with no header row: it says what the cells are. */
    #tableLead = '';
    /** True once the walk has met the first passage that asks a question (a question page's opening post). */
    #openingSeen = false;

    constructor(passages: readonly Passage[], title: string, publisher = '') {
        this.#passages = passages;
        this.#title = title;
        this.#publisher = publisher;
        this.#titleExample = exampleOfRegion(title);
        this.#titlePlace = this.#titleExample ? null : singleMention(title);
        this.#districtPage = this.#titlePlace?.level === 'county' && title.slice(this.#titlePlace.start, this.#titlePlace.end).endsWith('区');
        const issuer = issuerOfDocument(title);
        if (issuer && this.#scopeNamesOnly(issuer, undefined)) this.#pageSubject = { place: issuer, source: 'subject' };
        // a title speaking of `我省`/`本市` heads the issuer's page on its own place, as a body sentence saying so does
        const titled = this.#pageSubject ? null : this.#localSubject(title);
        if (titled && this.#scopeNamesOnly(titled, undefined)) this.#pageSubject = { place: titled, source: 'subject', byReference: true };
        // a place's public body or its insurance office's account publishing the page speaks for that place, as a
        // bureau quoted in the body does; a title naming another place leaves the page that other place's to state
        const issuing = this.#pageSubject ? null : issuingPublisher(publisher);
        if (issuing && (!this.#titlePlace || this.#titlePlace.name === issuing.name) && this.#scopeNamesOnly(issuing, undefined)) {
            this.#pageSubject = { place: issuing, source: 'subject', byReference: true };
        }
    }

    /** The stated subject in force at the last passage walked. */
    get subject(): Attribution | null {
        return this.#sectionSubject ?? this.#pageSubject;
    }

    /**
     * A statement of the page's place counts wherever it stands: one made after figures (a closing `以上为某市标准`,
     * `我市` late in the text) covers the passages of its scope walked before it (its section, or the whole page for
     * a page subject). Call once, after the walk, with what it gave.
     */
    coverEarlierPassages(inheritances: PassageInheritance[]): void {
        for (const [i, inheritance] of inheritances.entries()) {
            if (inheritance.subject) continue;
            const passage = this.#passages[i]!;
            const later = this.#statedSubjects.find((s) => s.at > i && (s.section === undefined || s.section === passage.section));
            if (!later) continue;
            inheritance.subject = later.subject;
            if (inheritance.around) {
                inheritance.around.subject = later.subject;
                inheritance.around.pagePlace = this.#placeOfPage.bind(this, later.subject);
            }
        }
    }

    /**
     * What passage `passage` inherits, or null when it holds no figure of its own (a label line, a table header).
     * Call once per passage, in page order.
     */
    next(passage: Passage): PassageAttribution | null {
        this.#at += 1;
        const previous = this.#previousText;
        this.#previousText = passage.text;
        const previousProse = this.#previousProse;
        // a subtitle's cue numbers and time codes (`12`, `00:01:02,000 --> …`) say nothing a sentence goes on from
        if (CJK_CHARACTER.test(passage.text)) this.#previousProse = passage.text;
        if (passage.kind === 'heading' || passage.section !== this.#section) this.#enterSection(passage);
        const cells = tableCells(passage.text);
        if (cells) this.#noteResponsibleBody(cells);
        // a header row states no figure; a row of bare numbers (`长春 | 1200 | 1320`) is data under the header; a
        // row with a sentence in a cell is a key and its value (`办理情况 | 经核实,…`), no header of anything
        if (cells && !statesFigure(passage.text) && !hasBareCell(cells) && !cells.some(isSentenceCell)) {
            this.#startTable(passage.text, cells, previous);
            return null;
        }
        if (passage.kind === 'heading') {
            if (!cells && !this.#openingSeen) this.#noteAskedPlace(passage);
            return null;
        }
        const listLine = listLineKind(passage, this.#listRunning);
        if (!listLine) {
            this.#listLead = leadInPlace(passage.text);
            this.#listLeadText = !cells && LEAD_IN_END.test(passage.text) ? passage.text : '';
        }
        // a list the page marks up ends with its last item element: the paragraph after it is no item
        this.#listRunning = (listLine === 'item' && passage.kind !== 'item') || (!listLine && this.#listLeadText !== '');
        if (!cells) {
            this.#table = null;
            this.#tableLead = LEAD_IN_END.test(passage.text) ? passage.text : '';
            const label = placeOnlyLine(passage.text);
            if (label) {
                this.#blockLabel = { place: label, source: 'label' };
                return null;
            }
            this.#noteSubject(passage);
            if (!this.#openingSeen) this.#noteAskedPlace(passage);
        } else {
            this.#noteLocalSubject(passage);
            // a table of sentences (`修订前 | 修订后`) is body text: a row naming the title's place confirms it
            if (cells.some(isSentenceCell)) this.#noteTitledSubject(passage);
        }
        if (cells && this.#table) this.#table.dataRows += 1;
        // the subject in force here, so what this passage inherits holds however late it is asked
        const subject = this.#sectionSubject ?? this.#pageSubject;
        return {
            label: this.#labelOf(passage, cells),
            heading: this.#headingOf(passage.section),
            subject,
            pagePlace: this.#placeOfPage.bind(this, subject),
            districtPage: this.#districtPage,
            columns: cells && this.#table ? this.#table.columns : null,
            placeNamedBefore: (sentence) => lastPlaceBefore(passage.text, sentence, previous),
            placesOfSentenceBefore: (sentence) => placesOfSentenceBefore(passage.text, sentence, previousProse),
            tableHeader: !cells ? (passage.text === this.#listLeadText ? '' : this.#listLeadText) : this.#table ? this.#table.header : this.#tableLead,
        };
    }

    /**
     * The subject a passage states, for its section (or for the whole page when `section` is undefined). Only a
     * statement that speaks of the whole scope covers what precedes it: one pointing back (`以上为某市标准`) or
     * `我市`, which means the page's one place wherever it is said; a place merely named speaks from there on.
     */
    #state(subject: Attribution, section: string | null | undefined, coversEarlier = false): void {
        if (section === undefined) this.#pageSubject = subject;
        else this.#sectionSubject = subject;
        if (coversEarlier) this.#statedSubjects.push({ at: this.#at, section, subject });
    }

    #enterSection(passage: Passage): void {
        this.#section = passage.section;
        this.#blockLabel = null;
        this.#listLead = null;
        this.#listLeadText = '';
        this.#listRunning = false;
        this.#sectionSubject = null;
        this.#table = null;
        this.#tableLead = '';
        if (passage.kind === 'heading') this.#sawHeading = true;
    }

    #startTable(header: string, cells: string[], previous: string): void {
        const caption = CAPTION_UNIT.exec(header) ?? CAPTION_UNIT.exec(previous) ?? CAPTION_UNIT.exec(this.#footnoteAfter(this.#at));
        const captionUnit: ColumnUnit | null = caption ? columnUnit(`/${caption[1]}`) : null;
        const columns = readColumns(cells, captionUnit, onlyPlace);
        const above = this.#table;
        // a second header row (places over ages, as a transposed table prints them) adds to the first
        if (above && above.dataRows === 0 && above.columns.length === columns.length) {
            above.header = `${above.header} ${header}`;
            above.columns = above.columns.map((column, i) => mergeColumns(column, columns[i]!));
            return;
        }
        this.#table = { header, columns, rowLabel: null, dataRows: 0 };
    }

    /** The line right under the table whose header is passage `at` (a note giving its unit or place), or ''. */
    #footnoteAfter(at: number): string {
        const section = this.#passages[at]?.section;
        for (let i = at + 1; i < this.#passages.length; i++) {
            const passage = this.#passages[i]!;
            if (passage.kind === 'heading' || passage.section !== section) return '';
            if (!tableCells(passage.text)) return passage.text;
        }
        return '';
    }

    #labelOf(passage: Passage, cells: string[] | null): Attribution | null {
        const own = labelRegion(passage.text);
        const table = cells ? this.#table : null;
        if (table) {
            if (own) table.rowLabel = { place: own, source: 'table' };
            else if (!continuesRowAbove(passage.text, table.columns)) table.rowLabel = null;
            return table.rowLabel ?? this.#blockLabel;
        }
        return own ? { place: own, source: 'label' } : (this.#listLead ?? this.#blockLabel);
    }

    /**
     * On a compilation — a page whose headings each name one place, two or more places in all
     * (`一、某市退休人员标准`, `二、某县退休人员标准`) — the place its section's heading names.
     */
    #compiledSectionPlace(section: string | null): RegionRef | null {
        if (section === null) return null;
        this.#compiledSections ??= compiledSections(this.#passages);
        return this.#compiledSections.get(section) ?? null;
    }

    #headingOf(section: string | null): Attribution | null {
        if (!this.#headings.has(section)) {
            const named = headingRegion(section) ?? ruleNamedHeading(section) ?? this.#compiledSectionPlace(section);
            const example = exampleOfRegion(section ?? '') ?? (named ? null : this.#titleExample);
            const place = example ?? named;
            this.#headings.set(section, place ? { place, source: 'heading', ...(example && { asExample: true }) } : null);
        }
        return this.#headings.get(section) ?? null;
    }

    /**
     * A body sentence stating the one place the page is about sets the subject from here on (see module comment):
     * it names that place as the insured's or the issuer's, or it says `我市`/`全省` on a page whose place is known.
     */
    #noteSubject(passage: Passage): void {
        const current = this.#sectionSubject ?? this.#pageSubject;
        // a subject only confirmed from the title yields to a place the body later states for itself, not to one
        // named only in a quoted app or account (`搜“某省医保”小程序` on a town's page names who runs the app)
        const text = current ? passage.text.replace(QUOTED_NAME, '') : passage.text;
        if (current && (current !== this.#titleConfirmed || !statedSubject(text))) return;
        const closing = closingPlace(text);
        if (closing) {
            if (this.#scopeNamesOnly(closing, this.#sawHeading ? passage.section : undefined)) {
                this.#state({ place: closing, source: 'subject' }, this.#sawHeading ? passage.section : undefined, true);
            }
            return;
        }
        const named = statedSubject(text);
        if (named) {
            const scope = this.#subjectScope(named, passage);
            if (this.#scopeNamesOnly(named, scope)) {
                // `海口市医保局表示,我市…` names the place and calls it the page's own in one breath
                const byReference = refersToPlaceOfPage(passage.text, this.#districtPage);
                const subject: Attribution = { place: named, source: 'subject', ...(byReference && { byReference }) };
                this.#state(subject, scope);
            }
            return;
        }
        this.#noteLocalSubject(passage);
        this.#noteTitledSubject(passage);
    }

    /**
     * A body sentence naming the one place the title names, on a page that names no other: the body confirms what
     * the title promises, so the page is about that place from here on (a title's place the body never names stays
     * a promise, and gives no figure a place). A how-to using the place's own named service confirms it too. Before
     * the first heading it holds for the page, else for its section.
     */
    #noteTitledSubject(passage: Passage): void {
        if (this.#sectionSubject ?? this.#pageSubject) return;
        const titled = this.#titlePlace;
        if (!titled || !(namesTitlePlace(passage.text, titled) || usesServiceOf(passage.text, titled))) return;
        const scope = this.#subjectScope(pick(titled), passage);
        if (!this.#scopeNamesOnly(pick(titled), scope)) return;
        const subject: Attribution = { place: pick(titled), source: 'subject' };
        this.#titleConfirmed = subject;
        this.#state(subject, scope);
    }

    /**
     * Where a subject stated in `passage` holds: the whole page before the first heading, else its section — unless
     * the passage quotes the place's own bureau (`某市医疗保障局介绍,…`), that place is the one the title names, and the
     * page names no other anywhere: the page then reports for that bureau, and its later sections are that place's
     * too. A place merely named under a heading speaks for its section only.
     */
    #subjectScope(place: RegionRef, passage: Passage): string | null | undefined {
        if (!this.#sawHeading) return undefined;
        const titled = this.#titlePlace;
        const quotesItsBureau = placesIn(passage.text).some((m) => m.name === place.name && ISSUER_AFTER_PLACE.test(passage.text.slice(m.end)));
        const agreed = quotesItsBureau && titled !== null && titled.name === place.name && this.#scopeNamesOnly(place, undefined);
        return agreed ? undefined : passage.section;
    }

    /**
     * `我市` always means the page's one place, so the subject it states holds for the whole page; also said in a
     * table row (a 问 | 答 table), where a place named plainly is only that row's.
     */
    #noteLocalSubject(passage: Passage): void {
        if (this.#sectionSubject ?? this.#pageSubject) return;
        const local = this.#localSubject(passage.text);
        if (local && this.#scopeNamesOnly(local, undefined)) {
            this.#state({ place: local, source: 'subject', byReference: true }, undefined, true);
        }
    }

    /**
     * On a question page (a forum thread, a Q&A) whose title asks about one place, the post that opens it asking again
     * and naming that place (`某市退休后个账一个月有多少?` over `想问下某市这边…`) makes its section that place's: the
     * answers under it that name no place answer for it. The first passage that asks is the opening post; a question
     * heading asking impersonally (an FAQ's `某市医保怎么查?`) opens none, one asking for the speaker
     * (`我在某市上班,…怎么弄?`, `想问下某市这边…?`) is a post set as a heading. The title's bare town name (`【求助】某市的,…`) counts once
     * the opening post names it too. Replies naming their own place keep it, as any sentence naming one does.
     */
    #noteAskedPlace(passage: Passage): void {
        // a post asks with a question mark; an article's lead restating its title's question (`某地每月返多少,要看…`) does not
        if (!ASKS.test(passage.text)) return;
        this.#openingSeen = true;
        if (this.#sectionSubject ?? this.#pageSubject) return;
        if (passage.kind === 'heading' && !ASKS_FOR_ONESELF.test(passage.text)) return;
        const asked = this.#askedPlace();
        if (!asked) return;
        const named = placesIn(passage.text);
        const restated = named.some((m) => m.name === asked.name) || namesBare(passage.text, asked);
        if (!restated || named.some((m) => m.name !== asked.name && m.name !== asked.province)) return;
        // other replies naming their own places (`某地那边是按比例的`) keep them: a place named in a sentence wins
        this.#state({ place: pick(asked), source: 'subject' }, passage.section);
    }

    /** The one place a title asking a question names, its bare town name included; null for other titles. */
    #askedPlace(): RegionMention | null {
        if (!asksQuestion(this.#title) || this.#titleExample) return null;
        if (this.#titlePlace) return this.#titlePlace;
        const towns = bareTowns(this.#title);
        return towns.length > 0 && towns.every((m) => m.name === towns[0]!.name) ? towns[0]! : null;
    }

    /**
     * A metadata row naming the body responsible for the page (a guide's `实施主体 | 某市医疗保障局`, a document's
     * `发布机构`, a data set's `数据提供方`): that body's place is the page's, as an issuer quoted in the body is. Such
     * tables print their keys and values in pairs along a row (`事项类型 | 公共服务 | 实施主体 | 某市医疗保障局`): each
     * key is followed by its value.
     */
    #noteResponsibleBody(cells: readonly string[]): void {
        if (this.#sectionSubject ?? this.#pageSubject) return;
        if (cells.length % 2 !== 0) return;
        const key = cells.findIndex((cell, i) => i % 2 === 0 && RESPONSIBLE_BODY_KEY.test(cell));
        if (key < 0) return;
        const body = cells[key + 1]!;
        const places = placesIn(body);
        const place = places[0];
        if (!place || places.some((m) => m.name !== place.name) || !ISSUER_AFTER_PLACE.test(body.slice(place.end))) return;
        const named = pick(place);
        // the guide's body names its town; the prefecture printed with it (a site path `某市 · 某县级市`) says where it lies
        if (this.#scopeNamesOnly(named, undefined, place.prefecture)) this.#state({ place: named, source: 'subject', byReference: true }, undefined);
    }

    /** The page's place, when a body sentence that is no question refers to it as `我市`/`本省`. */
    #localSubject(text: string): RegionRef | null {
        // `我市` means the page's one place even in one numbered point among several (`一、我市在职职工…`)
        if (!(LOCAL_REFERENCE_TEST.test(text) || (this.#districtPage && DISTRICT_REFERENCE_TEST.test(text))) || QUESTION_END.test(text)) return null;
        // `假如全市人均养老金为…`: a hypothetical says nothing about which place the page is about
        if (hasAny(text, EXAMPLE_MARKERS)) return null;
        const reference = placeReferenceIn(text, this.#districtPage);
        return reference ? this.#placeOfPage(this.#sectionSubject ?? this.#pageSubject, LOCAL_OF_NAMED.test(reference[0])) : null;
    }

    /**
     * True when the subject's scope (one section, or the whole page when `section` is undefined) names no other place
     * (`liesIn`: a prefecture the caller knows the place lies in, which is no other place either).
     */
    #scopeNamesOnly(place: RegionRef, section: string | null | undefined, liesIn?: string): boolean {
        // a county-level town inside the place (an addressee `某县医保局:`, `各县市`) is part of it, not another place
        const within = (m: RegionMention) =>
            m.name === place.name || m.name === place.province || m.province === place.name || m.prefecture === place.name ||
            m.name === liesIn;
        // an outlet's masthead naming the prefecture a county-level town lies in (`某市广电`) says who publishes the
        // town's news; a sentence naming that prefecture (`某市经办机构派员…`) is another place's
        const holder = prefectureOf(place.name);
        const masthead = (text: string, m: RegionMention) => m.name === holder && MASTHEAD.test(text);
        // a quoted app or menu (`“某市医保”小程序`) is named after the place that runs it, not a place the page serves
        return this.#passages.every((p) => {
            if (p.kind === 'heading' || (section !== undefined && p.section !== section)) return true;
            const text = p.text.replace(QUOTED_NAME, '').replace(DISTRIBUTION_LIST, '');
            // a place the insured go to stay in (`到某省过冬`) is where they go, not a place the page serves
            return placesIn(text).every((m) => within(m) || isStayDestination(text, m) || masthead(text, m));
        });
    }

    /**
     * The one place the page is about: its stated subject, `以X为例` in its title, an issuer its body quotes, the single
     * place its title names, the single place of its publisher (`…_洛阳市医疗保障局`), the one county-level town its
     * title names bare (`某县` called `某地` in a headline: the page's `我县` has told the name is a place), or the one place its body names
     * with its parts (`在某市某区、某区走访`) — asked only when the page says `我市` and names its place nowhere else. A speaker's `我们这边`/`当地`
     * (`bySpeaker`) is the speaker's own place, which the title or the publisher does not tell — unless the title is
     * the question the speaker answers (`某市医保每月返多少?`).
     */
    #placeOfPage(subject: Attribution | null, bySpeaker = false): RegionRef | null {
        if (subject) return subject.place;
        if (this.#titleExample) return this.#titleExample;
        if (this.#issuer === undefined) this.#issuer = issuerOf(this.#passages);
        if (this.#issuer) return this.#issuer;
        if (bySpeaker) return asksQuestion(this.#title) ? singlePlace(this.#title) : null;
        if (this.#pagePlace === undefined) {
            this.#pagePlace =
                singlePlace(this.#title) ?? singlePlace(this.#publisher) ?? bareTitleTown(this.#title) ?? onePlaceOfBody(this.#passages);
        }
        return this.#pagePlace;
    }
}

/**
 * The place a body sentence says the page is about: it names one place only, near its start and followed by the
 * insured or their accounts (`苏州市的退休人员…`), or as the issuer of a policy (`河北省医保局日前发文`); , or it
 * introduces what follows (`某市两项医保待遇对比如下:`); or the page states its own scope (`本指南适用于在某市…`).
 */
export function statedSubject(text: string): RegionRef | null {
    const scope = SCOPE_STATEMENT.exec(text);
    const scoped = scope ? placeAtStart(text.slice(scope.index + scope[0].length)) : null;
    if (scoped) return pick(scoped);
    const staffPlace = ownStaffInsuredIn(text);
    if (staffPlace) return staffPlace;
    const spoken = text.replace(LEADING_TIMESTAMP, '');
    const afterDateline = spoken.slice(datelineLength(spoken));
    const led = afterDateline.slice(SUBJECT_LEAD_CLAUSE.exec(afterDateline)?.[0].length ?? 0);
    const body = led.slice(SUBJECT_TIME_LEAD.exec(led)?.[0].length ?? 0);
    // one numbered point among several speaks for itself, not for the page
    if (ORDINAL_START.test(body)) return null;
    // `下面以某市为例说明`: the one place a passage takes as its example is the one the page is about
    const example = EXAMPLE_OF.test(body) ? exampleOfRegion(body) : null;
    if (example && !QUESTION_END.test(body) && findRegions(body).every((m) => m.name === example.name)) return example;
    if (!mayStateSubject(body) || QUESTION_END.test(body) || labelRegion(body) || isAddressee(body)) return null;
    const mentions = findRegions(body);
    const first = mentions[0];
    // its own province named later (an app `某省医保服务平台`) competes with no place
    if (!first || mentions.some((m) => m.name !== first.name && m.name !== first.province)) return null;
    const after = body.slice(first.end);
    const lead = body.slice(0, first.start);
    if (ISSUER_AFTER_PLACE.test(after)) return pick(first);
    // or named as the issuer opening a later sentence of the passage (`某市的朋友们注意!某市医保局公布了…`)
    if (mentions.some((m) => ISSUER_AFTER_PLACE.test(body.slice(m.end)) && OPENS_SENTENCE.test(body.slice(0, m.start)))) {
        return pick(first);
    }
    // the place may open a later clause (`各位居民请注意,某市退休人员…`): its own clause's lead is what is short
    const clauseLead = lead.slice(lead.search(CLAUSE_LEADS_TO_END) + 1);
    if (lead.length > MAX_CLAUSES_BEFORE_SUBJECT || clauseLead.length > MAX_SUBJECT_LEAD || /\d/.test(lead)) return null;
    // `咱们某市呢,…`: the speaker names the place as their own
    if (SPEAKERS_OWN_PLACE.test(clauseLead)) return pick(first);
    return SUBJECT_AFTER_PLACE.test(after) || INTRODUCES_WHAT_FOLLOWS.test(after) ? pick(first) : null;
}

/** The one place an employer says its own people are insured in (see {@link OWN_STAFF_INSURED_IN}). */
function ownStaffInsuredIn(text: string): RegionRef | null {
    if (!text.includes('在') && !text.includes('于')) return null;
    const mentions = placesIn(text);
    const first = mentions[0];
    if (!first || mentions.some((m) => m.name !== first.name && m.name !== first.province)) return null;
    return mentions.some((m) => OWN_STAFF_INSURED_IN.test(text.slice(0, m.start)) && INSURED_THERE.test(text.slice(m.end))) ? pick(first) : null;
}

/**
 * The one place a sentence pointing back at what precedes it names (`以上为某市现行标准`, `——上述口径为某地医保部门口径`,
 * `注:…。以上数据来源于某市医保局`): it says whose figures those above it are.
 */
export function closingPlace(text: string): RegionRef | null {
    if (!BACK_REFERENCE_TEST.test(text)) return null;
    for (const m of text.matchAll(BACK_REFERENCE)) {
        const rest = text.slice(m.index + m[0].length);
        const place = placeAtStart(rest);
        const sentence = rest.split(/[。!！?？]/, 1)[0]!;
        if (place && !QUESTION_END.test(sentence) && findRegions(sentence).every((other) => other.name === place.name)) return pick(place);
    }
    return null;
}

/**
 * A sentence opening on words that point back at what precedes it (`以上`, `上述`, `上表`), maybe naming what (`内容`,
 * `口径`, `数据`), then a copula or a word of source (`为`, `是`, `系`, `执行`, `来源于`) before the place.
 */
const BACK_REFERENCE =
    /(?:^|[。;；!！]|注[:：])\s*[—\-－]*\s*(?:以上|上述|上表|上文|上面|前述|表中|本表)(?:所列|所述|所说|列出)?的?(?:内容|数据|信息|标准|口径|金额|数字|政策|规定|待遇)?(?:均|皆|都|仅)?(?:为|是|系|指|属于?|按|执行|适用于?|来自|来源于|出自|摘自|参照)(?:的是)?/g;
const BACK_REFERENCE_TEST = /以上|上述|上表|上文|上面|前述|表中|本表/;

/**
 * The place a sentence ending in a colon names, when it names only that one: it introduces the list under it
 * (`按某市规定,退休人员个人账户标准如下:`), whose items need not repeat the place.
 */
function leadInPlace(text: string): Attribution | null {
    if (!LEAD_IN_END.test(text) || !LEAD_IN_TOPIC.test(text)) return null;
    const place = singlePlace(text);
    // `从某地换到…:` tells of a move between places, not whose rules the list gives
    if (!place || findRegions(text).some((m) => MOVE_BEFORE.test(text.slice(0, m.start)))) return null;
    return { place, source: 'label' };
}

/**
 * The place of the body that issues a document, when its title says so (`某市医疗保障局关于…的通知`), or of a rule
 * named after its place (`某市…经办规程`): every rule the document gives is that place's, numbered points and all.
 */
function issuerOfDocument(title: string): RegionRef | null {
    // `《某市…实施办法》解读`: a page explaining a rule named after its place is that place's, as the rule is
    const explained = EXPLAINED_RULE.exec(title.trim());
    if (explained) return issuerOfDocument(explained[1]!);
    const first = placeAtStart(title);
    if (!first) return null;
    // `某市…经办规程`, `某县…实施办法`: a rule named after its place is that place's own
    if (RULE_NAME_END.test(title.trim())) return singlePlace(title);
    return DOCUMENT_TITLE.test(title) && ISSUER_AFTER_PLACE.test(title.slice(first.end)) ? singlePlace(title) : null;
}

/**
 * A heading that is the name of a place's own rule or document, maybe with a note on what part is printed
 * (`某县…管理办法（节选）`, `《某市…实施细则》`): the text under it is that rule's, so its figures are the place's.
 */
function ruleNamedHeading(heading: string | null): RegionRef | null {
    if (!heading) return null;
    const name = heading.trim().replace(PRINTED_PART_NOTE, '').replace(/^《(.+)》$/, '$1');
    return placeAtStart(name) ? issuerOfDocument(name) : null;
}

/** A bracketed note after a document's name saying what part of it is printed, or in which version. */
const PRINTED_PART_NOTE = /[（(](?:摘录|节选|摘要|全文|正文|试行|修订稿?)[)）]$/;

/**
 * The one town, city or district whose public body (`某区人民政府`, `某市医疗保障局`) or insurance office's account
 * (`某市医保`) publishes the page, from its publisher's names; null when a name is an outlet, a portal or a service of some kind (`某区政府采购网`,
 * `某市新闻网`), or the names hold two places.
 */
function issuingPublisher(publisher: string): RegionRef | null {
    const places = publisher.split(/\s+/).filter((name) => ISSUING_NAME_END.test(name)).map(singleMention);
    const first = places[0];
    // a province's body speaks for its cities too: its page is the province's only where its text says so (`全省`)
    if (!first || first.level === 'province' || places.some((m) => !m || m.name !== first.name)) return null;
    return pick(first);
}

/** How the name of a body that issues policy, or of its account, ends. */
const ISSUING_NAME_END = new RegExp(`(?:${ISSUER_WORD.source}|医保|社保|人社|医疗保障)$`);

/** A subtitle line's time code (`00:08`, `01:02:15`): when it is said, not what. */
const LEADING_TIMESTAMP = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/;
/** Right before a place, words by which the speaker makes it their own (`我们某市`, `咱们某县这边`). */
const SPEAKERS_OWN_PLACE = /(?:我们|咱们|俺们|咱|俺)$/;
/** The last clause break of a lead and all after it: what follows opens the place's own clause (-1: none). */
const CLAUSE_LEADS_TO_END = /[,，。!！?？:：;；“”「」"][^,，。!！?？:：;；“”「」"]*$/;
/** Longest run of clauses, without a figure, before the clause that opens with the subject place. */
const MAX_CLAUSES_BEFORE_SUBJECT = 24;

/**
 * The key of a metadata row naming the body that runs the service (a guide's `实施主体`), issues the document (an
 * open-government page's `发布机构`) or provides the data (an open-data set's `数据提供方`), maybe with its colon.
 */
const RESPONSIBLE_BODY_KEY =
    /^(?:实施主体|实施机构|办理机构|受理机构|承办单位|办理单位|责任单位|发布机构|发布单位|发文机关|发文单位|成文机关|数据提供方|数据提供单位|数据来源单位|提供单位|来源单位)\s*[:：]?$/;

/** Nothing, or a sentence end, before a position: what comes there opens a sentence. */
const OPENS_SENTENCE = /(?:^|[。!?！？])\s*$/;

/** The place `text` names, when it names exactly one (however often). */
/**
 * The one town or city the body's passages name, its own districts and counties and its province included: a report
 * that says `我市` names its city where it says where it looked. Null when the body names none, or two places neither
 * holding the other.
 */
function onePlaceOfBody(passages: readonly Passage[]): RegionRef | null {
    let widest: RegionMention | null = null;
    const named: RegionMention[] = [];
    for (const passage of passages) {
        // a salutation (`某县医疗保障局:`) names whom the page is sent to, not where it speaks from
        if (passage.kind === 'heading' || isAddressee(passage.text)) continue;
        for (const m of placesIn(passage.text.replace(QUOTED_NAME, ''))) {
            named.push(m);
            if (m.level !== 'province' && (!widest || (m.level === 'city' && widest.level === 'county'))) widest = m;
        }
    }
    if (!widest) return null;
    const top = widest;
    // the province it lies in says where it is; a province alone is no town's `我市`
    const within = (m: RegionMention) => m.name === top.name || m.prefecture === top.name || m.name === top.province;
    return named.every(within) ? pick(top) : null;
}

/**
 * The one county-level town a title names by its bare short name (`某地医保十问`), for a page that refers to its own
 * place: headlines drop the `县` that the matcher wants before it trusts a bare name, and the reference confirms it.
 */
function bareTitleTown(title: string): RegionRef | null {
    const towns = bareTowns(title, true);
    return towns.length > 0 && towns.every((m) => m.name === towns[0]!.name) ? pick(towns[0]!) : null;
}

function singlePlace(text: string): RegionRef | null {
    const mention = singleMention(text);
    return mention ? pick(mention) : null;
}

function singleMention(text: string): RegionMention | null {
    const names = placesIn(text);
    return names.length > 0 && names.every((m) => m.name === names[0]!.name) ? names[0]! : null;
}

/** A statement naming the title's place (a question, an example or one numbered point speaks for itself only). */
function namesTitlePlace(text: string, titled: RegionMention): boolean {
    if (!text.includes(titled.name)) return false;
    if (QUESTION_END.test(text) || ORDINAL_START.test(text) || hasAny(text, EXAMPLE_MARKERS)) return false;
    return placesIn(text).some((m) => m.name === titled.name);
}

/**
 * A quoted service (`“某市医保”小程序`) named after the place, or after a city of its province when the place is a
 * county-level one (its people use the prefecture's service): the text is that place's own how-to.
 */
function usesServiceOf(text: string, place: RegionMention): boolean {
    for (const quoted of text.matchAll(QUOTED_NAME)) {
        const served = findRegions(quoted[0]).some(
            (named) => named.name === place.name || (place.level === 'county' && named.level === 'city' && named.province === place.province),
        );
        if (served) return true;
    }
    return false;
}

/**
 * Cheap test before finding every place: a place starts near the beginning of a clause in the figure-free lead a
 * subject may have, or an issuer is named.
 */
function mayStateSubject(body: string): boolean {
    const end = Math.min(body.length, MAX_CLAUSES_BEFORE_SUBJECT + MAX_SUBJECT_LEAD + 1);
    let clauseStart = 0;
    for (let i = 0; i < end; i++) {
        const code = body.charCodeAt(i);
        if (code >= 0x30 && code <= 0x39) break; // the lead ends at the first figure
        if (CLAUSE_BREAKS.has(code)) clauseStart = i + 1;
        else if (i - clauseStart <= MAX_SUBJECT_LEAD && startsWithPlaceName(body, i)) return true;
    }
    return ISSUER_WORD.test(body);
}

/** Characters ending a clause (see {@link CLAUSE_LEADS_TO_END}), by code: tested on every character of a lead. */
const CLAUSE_BREAKS: ReadonlySet<number> = new Set([...',，。!！?？:：;；“”「」"'].map((ch) => ch.charCodeAt(0)));

/** The place of the first body sentence quoting an issuer (`河北省医保局…`), if the page has one. */
function issuerOf(passages: readonly Passage[]): RegionRef | null {
    for (const passage of passages) {
        if (passage.kind === 'heading' || !ISSUER_WORD.test(passage.text) || isAddressee(passage.text)) continue;
        for (const m of placesIn(passage.text)) {
            if (ISSUER_AFTER_PLACE.test(passage.text.slice(m.end))) return pick(m);
        }
    }
    return null;
}

/**
 * A line that is only the name of a body, then a colon: the salutation of a letter or reply (`某县医疗保障局:`,
 * `各县市医保局:`), naming whom the document is sent to, not who issues it or which place it rules for.
 */
function isAddressee(text: string): boolean {
    return ADDRESSEE_SHAPE.test(text) && ISSUER_WORD.test(text);
}

const ADDRESSEE_SHAPE = /^[^,，。;；!！?？\d]{2,40}[:：]\s*$/;

/**
 * A title that asks (`某市医保每月返多少?`, `某市医保卡每月进多少钱`, `某市个账怎么划`): whoever answers it on the page
 * answers for the place it asks about.
 */
function asksQuestion(title: string): boolean {
    return QUESTION_END.test(title) || TITLE_QUESTION_WORD.test(title);
}

const ASKS = /[?？]/;

/**
 * A speaker asking for themselves: in the first person (`我在…上班`, `俺家老人`; not `我市`/`我省` speaking for an office)
 * or with a verb of asking others (`想问下`, `请教`, `谁知道`).
 */
const ASKS_FOR_ONESELF = /(?:我|俺)(?![市省区县])|本人|想问|问一?下|求助|请教|求教|谁知道|有没有人知道/;

const TITLE_QUESTION_WORD = /多少|几[块元个]|怎么|怎样|如何|哪些|什么|是否|吗/;

/**
 * The one place each heading of a compilation names, by heading; empty when the page is no compilation. A heading
 * that asks a question, names two places (`某市与某县对比`) or takes one as an example names none; a province named
 * before its own city (`某省某市`) only says where the city lies.
 */
function compiledSections(passages: readonly Passage[]): Map<string, RegionRef> {
    const byHeading = new Map<string, RegionRef>();
    for (const passage of passages) {
        if (passage.kind !== 'heading' || /[?？]/.test(passage.text) || asksQuestion(passage.text) || EXAMPLE_OF.test(passage.text)) continue;
        const mentions = findRegions(passage.text);
        const places = mentions.filter((m) => !mentions.some((city) => city.province === m.name && city.name !== m.name));
        if (places.length > 0 && places.every((m) => m.name === places[0]!.name)) byHeading.set(passage.text, pick(places[0]!));
    }
    const distinct = new Set([...byHeading.values()].map((place) => place.name));
    return distinct.size >= MIN_COMPILED_PLACES ? byHeading : new Map();
}

const MIN_COMPILED_PLACES = 2;

/** A cell holding a sentence of its own: longer than a header and punctuated as prose. */
function isSentenceCell(cell: string): boolean {
    return cell.length > MAX_HEADER_CELL_CHARS && /[,，。;；?？!！]/.test(cell);
}

/** One column under two header rows: what either says. */
function mergeColumns(upper: Column, lower: Column): Column {
    const unit = upper.unit ? upper : lower;
    return {
        header: `${upper.header} ${lower.header}`,
        age: upper.age ?? lower.age,
        unit: unit.unit,
        unitSource: unit.unitSource,
        region: upper.region ?? lower.region,
        superseded: upper.superseded || lower.superseded,
        ageBound: upper.ageBound ?? lower.ageBound,
    };
}

/** A table row with no money or rate in it: a header. */
function statesFigure(text: string): boolean {
    return findAmounts(text).length > 0 || findRates(text).length > 0 || findDurations(text).length > 0;
}

function isEnumerated(sentence: string, mention: RegionMention, all: readonly RegionMention[]): boolean {
    const joiner = /^\s*(?:、|和|与|及|或)\s*$/;
    return all.some(
        (other) =>
            other !== mention &&
            ((other.end <= mention.start && joiner.test(sentence.slice(other.end, mention.start))) ||
                (other.start >= mention.end && joiner.test(sentence.slice(mention.end, other.start)))),
    );
}

function pick(m: RegionMention): RegionRef {
    return { name: m.name, province: m.province };
}
