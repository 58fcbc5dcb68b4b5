/**
 * Procedure extraction (CLAIMS.md § Procedures): how-tos as task × channel with ordered steps, read from
 * numbered lists, `步骤:` blocks, arrow chains and prose.
 */
import type { ProcedureDraft } from '../../src/claims/schema.js';
import type { PageContext, Passage } from '../types.js';
import { announcesSteps, findBlocks, labelsSteps, withoutDateStamp, type Block } from './blocks.js';
import { channelsIn, channelsOfTitle, mayNameChannel, taskIn } from './cues.js';
import { arrowLinks, beforeAlternatives, countActionClauses, fromFirstAction, instructs, stepsFromTexts } from './parse-steps.js';
import { headingChains, resolveChannel, resolveRegion, resolveTask, saysNationwide, type PageOutline } from './resolve.js';
import { openingChannel, unitsOf, type Unit } from './units.js';
import { DATED_ENTRY, FORM_NOTES, MODE_WORDS, STEPS_LABEL } from './vocab.js';

/**
 * A line offered only for questions (`如需咨询,请拨打…`, `如有疑问可致电…`, `也可以拨打热线咨询。`): where to ask, no
 * way to do the task.
 */
const ONLY_FOR_QUESTIONS = /^[^,，。;；]{0,4}(?:如需|如有|若有|若需)(?:咨询|疑问|问题)|^[^,，。;；]{0,20}咨询[。.]?$/;

/** A line that is nothing but a name for steps (`办理流程`, `操作步骤:`). */
const ONLY_ANNOUNCES_STEPS = new RegExp(`^[^,，。;；]{0,4}(?:${STEPS_LABEL.source})[:：]?$`);

/**
 * A block of one step must read as a how-to: an arrow chain or two instructions, or a single instruction
 * under a label that names the channel (`定点医院/药房查询:`) or announces steps (`步骤:`); the channel may be named in
 * the sentence the instructions open in. A single
 * instruction naming several channels (`通过自助终端或柜台查询`) offers alternatives, not steps.
 */
function isSingleStepHowTo(text: string, block: Block, labelled: boolean, heading: string | undefined): boolean {
    // `大厅里有自助终端,插入…,再点…`: the sentence the instructions open in names their way
    const channels = channelsIn(text).length || (openingChannel(block.steps[0]!) ? 1 : 0);
    const links = arrowLinks(text);
    // a chain's later links are menu items and form fields (`填写就医医院`): the first link names its channel
    if (links !== null) return labelled || channels === 1 || channelsIn(links[0]!).length === 1;
    // `先携带…申请,经审核后…`: a first step said to be first promises the ones after it
    if (countActionClauses(text) >= 2 || opensSequence(text)) return labelled || channels === 1;
    if (channels > 1) return false;
    // `线下办理:` over `携带身份证到某中心窗口填写备案表`: a label naming how the task is done announces the instruction
    // under it, which names its own way; one offering another way (`也可以用微信办理`) only names it
    const nearest = block.carried ? undefined : (block.labels.at(-1) ?? heading);
    if (channels === 1 && nearest !== undefined && MODE_WORDS.test(nearest) && !OFFERS_ANOTHER.test(text)) return true;
    // `…可一次性支取:携带证明到某窗口申请`: a lead naming the task announces, after its colon, the instruction that does it
    if (channels === 1 && announcedTask(block.steps[0]!.body, text)) return true;
    const inline = block.steps[0]?.label;
    return labelled || (inline ? labelsSteps([...block.labels, inline]) : announcesSteps(block));
}

const OFFERS_ANOTHER = /^(?:也|还|或者?|另外|此外)/;

/** True when `steps` follow a colon in `body`, after a clause naming a task (`…可按规定一次性支取:`). */
function announcedTask(body: string, steps: string): boolean {
    const lead = body.slice(0, body.indexOf(steps));
    if (!/[:：]\s*$/.test(lead)) return false;
    const clause = lead.replace(/[:：]\s*$/, '').split(/[,，。;；!！?？]/).at(-1)!;
    return taskIn(clause)?.strong === true && !OFFERS_ANOTHER.test(clause);
}

/** An instruction led by `先`/`首先` (after whoever does it: `继承人先…`) with more said after it. */
function opensSequence(text: string): boolean {
    return FIRST_OF_SEQUENCE.test(text) && MORE_AFTER.test(text);
}

const FIRST_OF_SEQUENCE = /^[^,，;；。]{0,6}?(?:首先|先)/;
const MORE_AFTER = /[,，;；。][^,，;；。]{2,}/;

/**
 * A block read as steps only because of where it stands (a list under `微信查询:`) must give at least one
 * instruction: `微信查询的好处:` over `方便快捷` is no how-to. A `步骤:` label vouches for its rows itself.
 */
function givesInstructions(block: Block): boolean {
    if (announcesSteps(block)) return true;
    return block.steps.some((s) => (s.label !== null && STEPS_LABEL.test(s.label)) || instructs(s.body));
}

/**
 * A step's text from its first instruction on; a menu chain whose first link is no instruction (`微信 > 城市服务 > 医保`)
 * from that link.
 */
function stepText(step: Unit): string {
    const body = withoutDateStamp(step.body);
    const fromAction = fromFirstAction(body);
    if (fromAction !== null && (arrowLinks(fromAction) !== null || arrowLinks(body) === null)) return fromAction;
    return body;
}

/**
 * A block that only looks like steps: notes on filling in a form (under `填表说明`), or entries of a dated log (a message
 * archive's `2026-03-01 【某医保】…` lines), each a notice standing alone that may name a channel without steps.
 */
function isNoHowTo(block: Block, outline: PageOutline): boolean {
    // the nearest label, topic line or heading says what the lines are; one further up covers other lines
    const over = [block.labels.at(-1) ?? '', block.topic ?? '', outline.headings[block.steps[0]?.passage ?? 0]?.[0] ?? ''];
    if (over.some((text) => FORM_NOTES.test(text))) return true;
    return block.steps.filter((step) => DATED_ENTRY.test(step.text)).length >= 2;
}

function draftOf(block: Block, outline: PageOutline): ProcedureDraft | null {
    const resolved = resolveChannel(block, outline);
    if (!resolved || !givesInstructions(block) || isNoHowTo(block, outline)) return null;
    const texts = block.steps.map(stepText);
    // a lone `办理流程` line announces steps that are not there: no how-to
    if (texts.length === 1 && ONLY_ANNOUNCES_STEPS.test(texts[0]!)) return null;
    const first = block.steps[0]!;
    if (texts.length === 1) texts[0] = beforeAlternatives(texts[0]!);
    if (texts.length === 1 && (ONLY_FOR_QUESTIONS.test(first.body) || !isSingleStepHowTo(texts[0]!, block, resolved.fromLabel, outline.headings[first.passage]?.[0]))) {
        return null;
    }
    const task = resolveTask(block, outline);
    if (!task) return null;
    const steps = stepsFromTexts(texts);
    if (steps.length === 0) return null;
    const { region, province } = resolveRegion(block, outline, resolved.channel);
    return {
        kind: 'procedure',
        task,
        channel: resolved.channel,
        steps,
        region,
        province,
        section: outline.passages[first.passage]?.section ?? null,
        quote: first.text,
        passage: first.passage,
    };
}

/**
 * Procedures a page gives, one per (task, channel, region), in page order. A channel only named
 * (`也可以用支付宝查询`) with no step of its own gives none.
 */
export function extractProcedures(passages: Passage[], ctx: PageContext): ProcedureDraft[] {
    // Every procedure has a channel named in some passage (label, heading or step) or the title (an app's version
    // history names its app by being one): without one there is none.
    const titleNamesWay = mayNameChannel(ctx.title) || channelsOfTitle(ctx.title).length > 0;
    if (!titleNamesWay && !passages.some((p) => mayNameChannel(p.text))) return [];
    const outline: PageOutline = { title: ctx.title, passages, headings: headingChains(passages) };
    const blocks = findBlocks(unitsOf(passages), (block) => resolveChannel(block, outline)?.channel ?? null);
    const seen = new Set<string>();
    const drafts: ProcedureDraft[] = [];
    for (const block of blocks) {
        const draft = draftOf(block, outline);
        if (!draft) continue;
        const key = `${draft.task}|${draft.channel}|${draft.region ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        drafts.push(draft);
    }
    return drafts;
}

/**
 * True when a procedure with no place of its own takes the one its passage inherits: not when what leads into its
 * steps says they work nationwide (`全国都可以网上办:…`).
 */
export function inheritsPlace(draft: ProcedureDraft): boolean {
    return !saysNationwide(draft.quote);
}
