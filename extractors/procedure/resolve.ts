/**
 * Naming a block's task, channel and region from the most specific text that names them: its own labels,
 * then its section heading (and, for the task, the headings above it), then the page title.
 */
import type { Channel, Task } from '../../src/claims/schema.js';
import { canonicalRegion, findRegions, isStayDestination, provinceOf, type RegionMention } from '../region/index.js';
import type { Passage } from '../types.js';
import type { Block } from './blocks.js';
import { channelOfLabel, channelsIn, channelsOfTitle, taskIn, tasksIn, withoutAsides } from './cues.js';
import { arrowLinks, countsOutSteps, fromFirstAction, isActionStart, throughSteps } from './parse-steps.js';
import { committedChannels, openingChannel } from './units.js';
import {
    EITHER_PLATFORM,
    FOR_EXAMPLE,
    HOUSING_FUND,
    MEDICAL_INSURANCE,
    OTHER_QUERY,
    OTHER_SERVICE,
    QUESTION_WORDS,
    STEPS_LABEL,
} from './vocab.js';

const QUOTED = /“[^”]*”|「[^」]*」/g;
const QUOTED_NAME = /“[^”]+”|「[^」]+」/;
/** A line printed from a table's row: cells between bars. */
const TABLE_ROW = /\s[|｜]\s/;
const BALANCE_MENU = /[“「][^”」]{0,8}(?:余额|明细)[^”」]{0,8}[”」]/;

/** What the resolvers know about the page. */
export interface PageOutline {
    title: string;
    passages: readonly Passage[];
    /** For each passage index: the headings it sits under, nearest first. */
    headings: readonly (readonly string[])[];
    /** The place a service guide's `办理对象` field names, once asked (see `servedPlace`). */
    served?: ResolvedRegion;
}

export interface ResolvedChannel {
    channel: Channel;
    /** True when a label or heading named it; false when only the steps did. */
    fromLabel: boolean;
}

export interface ResolvedRegion {
    region: string | null;
    province: string | null;
}

/** Headings each passage sits under, nearest first, from the passages' heading levels. */
export function headingChains(passages: readonly Passage[]): string[][] {
    const stack: { text: string; level: number }[] = [];
    return passages.map((p) => {
        if (p.kind === 'heading') {
            const level = p.level ?? 1;
            while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
            stack.push({ text: p.text, level });
        }
        return stack.map((h) => h.text).reverse();
    });
}

/** The block's labels, then the heading-like line above them. */
function labelsNearestFirst(block: Block): string[] {
    const labels = [...block.labels].reverse();
    return block.topic === null ? labels : [...labels, block.topic];
}

function firstPassage(block: Block): number {
    return block.steps[0]?.passage ?? 0;
}

/**
 * The block's channel: nearest label naming one, else its section heading, else the one the sentence opening its
 * steps names, else its first step naming one.
 */
export function resolveChannel(block: Block, outline: PageOutline): ResolvedChannel | null {
    const stepChannels = committedChannels(block.steps);
    let platform: Channel | null = null;
    // `办理流程` over steps that name their own way: the line right above it may name the way (`拨打热线` + `步骤:`),
    // lines further up (a site's name, a table of facts) do not
    let labelsLeft = Infinity;
    for (const label of labelsNearestFirst(block)) {
        if (labelsLeft-- === 0) break;
        // a table's row above the steps (a timetable's stops, a fee list) gives facts, not a way: a stop at a service
        // centre says where a bus halts, not that the steps are done at its counter
        if (TABLE_ROW.test(label)) continue;
        const channel = channelOfLabel(label, stepChannels);
        if (channel && EITHER_PLATFORM.test(label) && channelsIn(label).length === 1) platform ??= channel;
        else if (channel) return { channel, fromLabel: true };
        if (stepChannels.length > 0 && STEPS_LABEL.test(label)) labelsLeft = Math.min(labelsLeft, 1);
    }
    if (platform) return { channel: stepChannels[0] ?? platform, fromLabel: true };
    const heading = outline.headings[firstPassage(block)]?.[0];
    const fromHeading = heading === undefined ? null : channelOfLabel(heading, stepChannels);
    if (fromHeading) return { channel: fromHeading, fromLabel: true };
    // the sentence opening the steps names their way; later menus and asides do not
    const first = (block.steps[0] && openingChannel(block.steps[0])) ?? stepChannels[0];
    if (first) return { channel: first, fromLabel: false };
    // `线下办理流程(某中心服务大厅)`: a label naming its channel only in brackets still names it
    for (const label of labelsNearestFirst(block)) {
        const named = channelsIn(label.replace(BRACKETS, ' '));
        if (named.length === 1) return { channel: named[0]!, fromLabel: true };
    }
    // menus that name no way of their own (`我的 → 某某 → 添加`, `点“账户明细”`), on a page whose title names one way
    // (an app's release notes, `支付宝怎么查…`, a service account's reply list): they are that way's menus when they
    // lead to a task; a chain of page sections that names none (`首页 > 个人服务 > 办事指南`) is where the page itself
    // sits, a breadcrumb. A list of instructions (`打开首页搜索…`, `点“…”`) is a how-to too, and so is prose counting
    // out its steps (`先…;然后…;最后…`): the title naming one way says whose.
    if (!block.steps.some((step) => picksTaskMenu(step.body)) && !listsInstructions(block) && !countsOutProse(block)) return null;
    // `用微信办` over `操作步骤` over such steps: a heading further up names the way of every section under it
    const fromAbove = wayOfHeadingAbove(outline.headings[firstPassage(block)] ?? []);
    if (fromAbove) return { channel: fromAbove, fromLabel: true };
    const fromTitle = channelsOfTitle(outline.title);
    return fromTitle.length === 1 ? { channel: fromTitle[0]!, fromLabel: true } : null;
}

/**
 * The one way named by the nearest heading above the section's own that names any: several named there are
 * alternatives, and a section heading naming none (`操作步骤`, `办理流程`) leaves its way to the one it sits under.
 */
function wayOfHeadingAbove(chain: readonly string[]): Channel | null {
    const named = chain.slice(1).map((heading) => channelsIn(heading)).find((channels) => channels.length > 0);
    return named?.length === 1 ? named[0]! : null;
}

/**
 * True when a step picks a menu naming a task, by an arrow chain (`我的 → 余额查询`) or by an instruction picking a
 * quoted name (`点“个账查询”`, `选择「余额」`): a bare quoted name (`“医保码”说明`) picks nothing.
 */
function picksTaskMenu(step: string): boolean {
    if (arrowLinks(step)?.some((link) => taskIn(link)?.strong)) return true;
    if (!QUOTED_NAME.test(step)) return false;
    return [...step.matchAll(PICKED_MENU)].some((m) => taskIn(m[1]!)?.strong || BALANCE_MENU.test(m[0]));
}

/**
 * True when the block is a list opening with an instruction and giving at least two (a last item may tell what the
 * user then sees).
 */
function listsInstructions(block: Block): boolean {
    const first = block.steps[0];
    if (!first?.item || !isActionStart(first.body)) return false;
    return block.steps.filter((step) => step.item && isActionStart(step.body)).length >= 2;
}

/** True when the block is one paragraph of prose that, from its first instruction, counts out three steps or more. */
function countsOutProse(block: Block): boolean {
    const only = block.steps.length === 1 ? block.steps[0]! : null;
    const steps = only && !only.item ? fromFirstAction(only.body) : null;
    return steps !== null && countsOutSteps(steps);
}

/** An instruction picking a quoted menu (`点击菜单“…”`, `进入后选「…」`), the menu's name captured. */
const PICKED_MENU = /(?:点击|点选|点开|点|选择|选|进入|打开)[^,，。;；“「]{0,6}?([“「][^”」]{1,16}[”」])/g;

const BRACKETS = /[()（）]/g;

/**
 * What the first step's passage says before its first instruction (`可以开通家庭共济。打开…` → `可以开通家庭共济。`):
 * the nearest words naming what the steps are for.
 */
function leadOf(block: Block): string {
    const body = block.steps[0]?.body ?? '';
    const steps = fromFirstAction(body);
    return steps === null ? '' : body.slice(0, body.length - steps.length);
}

/** A first step announcing the steps after a colon (`可通过某APP查看明细:登录后…`): what it says they are for. */
const ANNOUNCES_STEPS = /^[^:：。]{2,40}[:：]/;

function announcementOf(block: Block): string {
    return ANNOUNCES_STEPS.exec(block.steps[0]?.body ?? '')?.[0] ?? '';
}

/**
 * A first clause saying what the steps after it are for (`查询余额,可拨打…`, `办理备案,请登录…`), or whom they are for
 * (`要开某某证明的,先…`): it names the task as a lead would, although it starts with a verb too.
 */
const PURPOSE_CLAUSE = /^([^,，。;；:：]{2,20})[,，]\s*(?:可以?|请|需要?|要|能)|^((?:需要|需|要|想|如需|若需)[^,，。;；:：]{1,18}的)[,，]/;

/**
 * The block's task: the first strong cue from the first step's lead, announcement or purpose, labels, headings (nearest
 * first) and title; else a weak one, unless one of those texts queries something else.
 */
export function resolveTask(block: Block, outline: PageOutline): Task | null {
    // `拨打热线挂失,再到网点补办` under a balance heading is how to report a lost card, not how to query
    const steps = block.steps.map((s) => s.body);
    if (steps.some((s) => OTHER_SERVICE.test(s)) && !steps.some((s) => taskIn(s)?.strong)) return null;
    const purposeMatch = PURPOSE_CLAUSE.exec(steps[0] ?? '');
    const purpose = purposeMatch?.[1] ?? purposeMatch?.[2] ?? '';
    const ownLead = [block.steps[0]?.label ?? '', leadOf(block), announcementOf(block), purpose];
    const texts = [...ownLead, ...labelsNearestFirst(block), ...(outline.headings[firstPassage(block)] ?? []), outline.title];
    const about = [...texts, ...steps].join(' ');
    if (HOUSING_FUND.test(about) && !MEDICAL_INSURANCE.test(about)) return null;
    let weak: Task | null = null;
    let otherQuery = false;
    for (const [i, text] of texts.entries()) {
        const cue = taskIn(text);
        // the sentence opening the steps says what they are for (`明细可在自助机查询:…→按“打印”`): a print button on the
        // way shows the query's result; a label, heading or title further off says less closely than the last menu
        if (cue?.strong && i < ownLead.length) return cue.task;
        // a heading or title naming several tasks (`某某和某某怎么办`) covers them all: the steps' own menus say which
        const named = cue?.strong ? tasksIn(text) : [];
        if (named.length > 1) {
            const own = taskOfSteps(steps);
            if (own !== null && named.includes(own)) return own;
        }
        if (cue?.strong) return cue.task === 'query_balance' ? (lastPickedTask(steps) ?? cue.task) : cue.task;
        // `查询开户行` says what a bare `查询` nearer the steps was about.
        if (OTHER_QUERY.test(text)) otherQuery = true;
        if (cue && weak === null) weak = cue.task;
    }
    if (otherQuery) return null;
    return weak ?? taskOfSteps(steps);
}

/**
 * The task of the menu the steps pick last, when it is another than a query (`点“个人账户查询”,再点“打印明细”` prints):
 * where the steps arrive says what they do, more closely than a question about looking (`想看明细,怎么弄?`) does.
 * A print done as a bare instruction after a query menu (`选“个人账户查询”,打印明细`) picks no menu: it stays a query.
 */
function lastPickedTask(steps: readonly string[]): Task | null {
    const picked = steps.flatMap((step) => [...step.matchAll(PICKED_NAMES)].map((m) => m[0]));
    const last = picked.length > 0 ? taskIn(picked.at(-1)!) : null;
    return last?.strong && last.task !== 'query_balance' ? last.task : null;
}

/**
 * Nothing around the steps names the task: the steps do, by the menu they select (`点击“异地就医备案”`, `…→收听余额`),
 * else by what their instructions do (`填写《某某转移申请表》`, `请工作人员打印明细`): the papers they bring
 * (`携带参保凭证`) and the conditions they set (`办理备案后`) left out.
 */
function taskOfSteps(steps: readonly string[]): Task | null {
    const selecting = steps.filter((step) => QUOTED_NAME.test(step) || arrowLinks(step) !== null);
    // the names picked, not the whole step: a step may also bring papers (`携带参保凭证…,点击“…”`)
    const picked = selecting.flatMap((step) => [...step.matchAll(PICKED_NAMES)].map((m) => m[0]).concat(arrowLinks(step) ?? []));
    const selected = picked.map(taskIn).find((cue) => cue?.strong)?.task;
    if (selected) return selected;
    // a menu named after the balance (`点击“账户余额”`) is the balance query with no query verb
    if (selecting.some((step) => BALANCE_MENU.test(step))) return 'query_balance';
    // from the first instruction on: the lead before it (`我那次是先…`) is no clause of the steps
    const clauses = steps.flatMap((step) => (fromFirstAction(step) ?? step).split(CLAUSE_BREAK));
    const done = clauses
        .filter((clause, i) => isActionStart(clause) && !PAPERS_BROUGHT.test(clause) && !CONDITION.test(clause) && !makesPaperBroughtLater(clauses, i))
        .map(taskIn)
        .find((cue) => cue?.strong);
    return done?.task ?? null;
}

/**
 * True when clause `i` gets a proof (`先开具参保证明`) that a later clause brings (`持参保证明到窗口…`): getting it
 * prepares the task the proof is brought to, and is not that task. Only getting a proof makes a paper to bring.
 */
function makesPaperBroughtLater(clauses: readonly string[], i: number): boolean {
    if (taskIn(clauses[i]!)?.task !== 'print_record') return false;
    return clauses.slice(i + 1).some((later) => PAPERS_BROUGHT.test(later) && taskIn(later)?.task === 'print_record');
}

const CLAUSE_BREAK = /[,，;；。！!:：]/;

/** A clause bringing or showing papers (`携带身份证和参保凭证`): the papers name no task of the steps. */
const PAPERS_BROUGHT = /^\s*(?:先|再)?(?:携带|带上|带着|出示|持)/;

/** A clause saying when, not what (`办理备案后`, `需要时`): what it names is done already or elsewhere. */
const CONDITION = /(?:后|时|前|的话)\s*$/;

const PICKED_NAMES = /“[^”]+”|「[^」]+」/g;



/** The place `以X为例` gives as example, if X is a place. */
function exampleRegion(text: string): string | null {
    const m = FOR_EXAMPLE.exec(text);
    if (!m) return null;
    const named = canonicalRegion(m[1]!);
    if (named) return named;
    return findRegions(m[1]!).at(-1)?.name ?? null;
}

/**
 * A place given where the insured go (`到某省过冬`), or picked as where they are treated or live (`选择就医地某省`,
 * `居住地选某市`): a destination, not the place whose steps these are (`选择参保地某市` is).
 */
function isDestination(text: string, mention: RegionMention): boolean {
    return isStayDestination(text, mention) || DESTINATION_FIELD.test(text.slice(Math.max(0, mention.start - 8), mention.start));
}

const DESTINATION_FIELD = /(?:就医|居住|安置|旅居|目的)(?:地|城市|省份?)[^,，。;；]{0,3}$/;

/** Two places neither of which holds the other (`深圳` and `成都`; not `海南` and `琼海`, nor a city and its county). */
function unrelatedPlaces(a: RegionMention, b: RegionMention): boolean {
    return a.name !== b.name && !holds(a, b) && !holds(b, a);
}

/** True when `outer` is the province or prefecture `inner` lies in. */
function holds(outer: RegionMention, inner: RegionMention): boolean {
    return outer.name === inner.province || outer.name === inner.prefecture;
}

/**
 * The block's region (CLAIMS.md § Regions): a place named in its labels or steps (asides ignored), else the
 * `以X为例` of its section heading or one above it, else that of the title. A place named plainly in a heading or
 * the title does not count: content-farm titles promise cities the body never mentions. Steps naming two unrelated
 * places (`转出地深圳…成都医保局确认`) move between them and are about neither.
 */
export function resolveRegion(block: Block, outline: PageOutline, channel: Channel): ResolvedRegion {
    // Question labels are headings in all but markup: a city they name plainly does not count either.
    const labels = block.labels.filter((l) => !QUESTION_WORDS.test(l));
    // Quoted names are apps and menus (`打开“福建医保”公众号`), not the place the how-to is for.
    const stepsText = withoutAsides([...labels, ...block.steps.map((s) => throughSteps(s.text))].join('\n'));
    const own = stepsText.replace(QUOTED, '');
    // a place the insured go to stay in (`到某省过冬,先在…备案`) is where they go; the steps are their own place's
    const mentions = findRegions(own).filter((m) => !isDestination(own, m));
    const mention = mentions[0];
    if (mention && !mentions.some((m) => unrelatedPlaces(m, mention))) {
        // `登录某省政务服务网,切换为某市`: the steps are for the city within the province they name
        return cityOfTitle(innermost(mentions), outline.title);
    }
    // a place the steps pick from a list (`在城市列表中选择“某市”`) is the one they are for
    if (mentions.length === 0) {
        const picked = selectedPlaces(stepsText);
        if (picked.length === 1) return { region: picked[0]!, province: provinceOf(picked[0]!) };
        const introduced = introductionPlace(block, outline, channel);
        if (introduced) return introduced;
    }
    // the nearest heading giving one, then the title: `以X为例` over a page's method sub-headings covers them all
    const headings = outline.headings[firstPassage(block)] ?? [];
    const example = [...headings, outline.title].map(exampleRegion).find((named) => named !== null);
    if (example) return { region: example, province: provinceOf(example) };
    const served = servedPlace(outline);
    return served;
}

/**
 * The one place a title names (or a place and its province), else null. Its brackets count: a title's brackets often
 * say where the page is from (`答疑汇总(某市某社区)`), not an aside.
 */
function placeOfTitle(text: string): ResolvedRegion | null {
    const own = text.replace(QUOTED, '');
    const mentions = findRegions(own).filter((m) => !isDestination(own, m));
    const mention = mentions[0];
    if (!mention || mentions.some((m) => unrelatedPlaces(m, mention))) return null;
    return innermost(mentions);
}

/** Words saying a way works the same everywhere (`全国都可以网上办`, `各地都能`, `无论在哪`). */
const NATIONWIDE = /全国(?:都|各地|范围|通用|统一|联网)|各地都|(?:无论|不论|不管)在哪/;

/**
 * True when what leads into the steps of `quote` (the first step's passage) says they work nationwide: the how-to is
 * national and inherits no place from its page (a place the steps themselves name still counts).
 */
export function saysNationwide(quote: string): boolean {
    const steps = fromFirstAction(quote);
    return steps !== null && NATIONWIDE.test(quote.slice(0, quote.indexOf(steps)));
}

/**
 * The place of the paragraph right before the steps that introduces their way (`某市不少社区都放了自助终端。` over
 * `先插卡,再点…`): the steps go on from it, as from a lead in their own sentence. Only a paragraph of the same section
 * that names the steps' channel and no other, instructs nothing itself, and names one place (or a place and its
 * province).
 */
function introductionPlace(block: Block, outline: PageOutline, channel: Channel): ResolvedRegion | null {
    const first = block.steps[0];
    const before = first ? outline.passages[first.passage - 1] : undefined;
    if (!first || !before || before.kind === 'heading' || before.section !== outline.passages[first.passage]?.section) return null;
    const text = withoutAsides(before.text).replace(QUOTED, '');
    const channels = channelsIn(text);
    if (channels.length !== 1 || channels[0] !== channel || fromFirstAction(text) !== null) return null;
    const mentions = findRegions(text).filter((m) => !isDestination(text, m));
    const mention = mentions[0];
    if (!mention || mentions.some((m) => unrelatedPlaces(m, mention))) return null;
    return innermost(mentions);
}

/**
 * Steps naming only a province (its service platform, `微信搜索 某省医保 小程序`) on a page whose title names one city in
 * that province are that city's: the province's platform serves the city the page is about.
 */
function cityOfTitle(place: ResolvedRegion, title: string): ResolvedRegion {
    if (place.region === null || place.region !== place.province) return place;
    const titled = placeOfTitle(title);
    return titled !== null && titled.province === place.region && titled.region !== place.region ? titled : place;
}

/** Of related places (a city and its province), the city. */
function innermost(mentions: readonly RegionMention[]): ResolvedRegion {
    const within = mentions.find((m) => !mentions.some((other) => other.name !== m.name && holds(m, other))) ?? mentions[0]!;
    return { region: within.name, province: within.province };
}

/** A quoted name the steps pick or switch to (`选择“某市”`, `切换为「某州」`). */
const PICKED_NAME = /(?:选择|切换|定位|选)[^,，。;；“「]{0,6}?[“「]([^”」]{2,12})[”」]/g;

/** Distinct places the steps pick by a quoted name. */
function selectedPlaces(text: string): string[] {
    const places = new Set<string>();
    for (const m of text.matchAll(PICKED_NAME)) {
        const place = canonicalRegion(m[1]!);
        if (place) places.add(place);
    }
    return [...places];
}

/**
 * A service guide's field saying whom or where it serves (`办理对象`, `服务对象`, `适用范围`), before its value; a guide
 * printed with numbered headings numbers it (`一、适用对象`).
 */
const SERVED_FIELD = /^(?:[一二三四五六七八九十]{1,3}[、.．]\s*|[(（][一二三四五六七八九十]{1,3}[)）]\s*)?(?:办理对象|服务对象|适用对象|申请对象|适用范围)\s*[:：|]?\s*/;

/** How much of a field's value is read: guides printed as one run of text carry the next fields after it. */
const SERVED_VALUE_CHARS = 30;

/**
 * The one place a service guide's `办理对象` field names (`办理对象` + `在某市参保的职工`): the guide is that place's,
 * and so are its steps, printed in another section. Null when the field names no place or several.
 */
function servedPlace(outline: PageOutline): ResolvedRegion {
    outline.served ??= readServedPlace(outline.passages);
    return outline.served;
}

function readServedPlace(passages: readonly Passage[]): ResolvedRegion {
    const none = { region: null, province: null };
    for (const [i, passage] of passages.entries()) {
        const field = SERVED_FIELD.exec(passage.text);
        if (!field) continue;
        const value = (passage.text.slice(field[0].length) || (passages[i + 1]?.text ?? '')).slice(0, SERVED_VALUE_CHARS);
        const mentions = findRegions(value);
        const first = mentions[0];
        if (!first || mentions.some((m) => unrelatedPlaces(m, first))) return none;
        return { region: first.name, province: first.province };
    }
    return none;
}
