import type { CheerioAPI } from 'cheerio';
import { Element, type AnyNode, type ParentNode, type Text } from 'domhandler';
import type { TextLine } from '../passages/from-lines.js';
import { CHAT_MESSAGE_HEADER } from '../passages/markers.js';
import { isBoilerplate, isBoilerplateBlock } from './boilerplate.js';
import { elementsByTag, elementsNamed } from './elements.js';
import { countText, hasClassWord, isInvisible, rawTextOf, measureDom, parentElement, scoreParagraphs, type DomStats, type ElementStats } from './dom-stats.js';
import { bestAnswerBoxes } from './best-answer.js';
import { findContentRoots, follows, isInside, isSingleReply, isTeaserList, linkDensity } from './find-content.js';
import { findForeignBlocks, isForeignBlockHeading } from './foreign-blocks.js';
import { walkLines, type WalkedLine } from './to-lines.js';
import { COMMENT_CLASS_WORDS, FIGURE_STATEMENT, NEIGHBOUR_LINK_PREFIXES, REPEALED_PAGE_NOTICE, WRITTEN_AMOUNT } from './vocab.js';
import { visibleText } from '../visible-text.js';

export { isForeignBlockHeading } from './foreign-blocks.js';

/** What the body reader needs to know besides the document. */
export interface BodyOptions {
    /** The article title: its line is not body text, and it anchors the search for the byline. */
    title?: string;
}

/** The article body of a page, as lines, and the page-level judgements made while finding it. */
export interface ArticleBody {
    /** The article's lines in page order (input for `passagesFromLines`). */
    lines: TextLine[];
    /** The title line, byline and first lines of the article: where the page prints its own date. */
    headText: string;
    /** False for a page without text of its own (a list of links, an empty shell). */
    isArticle: boolean;
}

/** Inside the article, a block with more link text than this share is a menu or a list of links. */
const MAX_LINK_DENSITY = 0.5;
/** Skipping a block inside the article needs it to be less than this share of the article's text. */
const MAX_SKIPPED_SHARE = 0.5;
/** A line counts as prose (kept even when it is a link) with this many characters and punctuation marks. */
const PROSE_LINE_CHARS = 30;
const PROSE_LINE_PUNCT = 2;
/**
 * Own characters (not link text, not site notices) a page needs to be an article: about two sentences. The
 * shortest real articles (a question and two one-line answers) have some 70; an error page or login wall has
 * fewer. A page stating a figure (`每月打入160元`) needs only a sentence.
 */
const MIN_ARTICLE_CHARS = 60;
const MIN_FIGURE_ARTICLE_CHARS = 15;

/** Bylines (`2025-12-09 07:59:51 社保网`, `来源:网络整理`) are looked for in this many first lines. */
const BYLINE_WINDOW = 5;
const MAX_BYLINE_CHARS = 48;
const BYLINE = new RegExp(
    [
        '(?:^|\\s)(?:(?:发布|更新|发表)?(?:时间|日期)|来源|作者|编辑|责任编辑|浏览|阅读|点击)\\s*[:：]',
        '(?:^|\\D)20\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}',
        '^[(（]\\d{1,2}[/-]\\d{1,2}[)）]',
    ].join('|'),
);
/** Lines around the title and at the top of the article handed to the date reader. */
const HEAD_CONTEXT_LINES = 8;
const HEAD_CONTENT_LINES = 4;
/** An element holding more than this share of the page's text is its layout, whatever its tag or class says. */
const LAYOUT_SHARE = 0.6;
const CONTAINER_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'tbody', 'article', 'center']);

/**
 * Finds the article in a parsed page and reads it as lines. Navigation, sidebars, footers, blocks of related
 * articles and comments are left out by structure (tags, roles, link density, text density, the headings that
 * open such blocks); class names only weigh in. Works on templates it has never seen.
 */
export function extractBody($: CheerioAPI, options: BodyOptions = {}): ArticleBody {
    const doc = $.root()[0] as ParentNode;
    const body = elementsNamed(elementsByTag($), 'body')[0] ?? wrapInBody(doc);
    const dom = measureDom(doc);
    const pageChars = dom.stats.get(body)?.chars ?? 0;
    demoteLayoutFurniture(dom, pageChars);
    const foreign = findForeignBlocks(dom, pageChars);
    const excluded = memoExcluded(dom, foreign);
    scoreParagraphs(dom, (p) => excluded(p) || isBoilerplateBlock(p, dom));
    // Reader comments often hold more prose than the article: a block inside them never wins, unless nothing
    // else on the page scores.
    let roots = findContentRoots(dom, memoInComments(excluded));
    if (roots.length === 0) roots = findContentRoots(dom, excluded);
    if (roots.length === 0) roots = [body];
    roots = withBestAnswers(roots, bestAnswerBoxes(dom, pageChars), excluded);
    const rootChars = roots.reduce((n, el) => n + (dom.stats.get(el)?.chars ?? 0), 0);
    const rootSet = new Set(roots);
    const commentWords = new Map<string, boolean>();
    const skip = (el: Element): boolean => !rootSet.has(el) &&
        (isSkipped(el, dom, foreign, rootChars) || hasClassWord(el, COMMENT_CLASS_WORDS, commentWords));
    const walked = walkLines(doc, { roots, skip, dom });

    const title = visibleText(options.title ?? '');
    const context = walked.filter((l) => !l.content);
    const content = walked.filter((l) => l.content);
    const lines = cleanContent(content, title);
    return {
        lines: lines.map(({ text, hint, rank, whole }) => ({ text, ...(hint && { hint }), ...(rank && { rank }), ...(whole && { whole }) })),
        headText: headText(context, content, title),
        isArticle: isArticle(lines),
    };
}

/**
 * The article lines of a plain-text rendering of a page (one block per line, as the corpus stores pages): the
 * same clean-up as for HTML — title and byline lines dropped, nothing kept after a `相关推荐`-style heading.
 */
export function bodyLinesFromText(text: string, options: BodyOptions = {}): TextLine[] {
    const walked: WalkedLine[] = [];
    for (const raw of text.split('\n')) {
        const line = visibleText(raw);
        if (!line) continue;
        const { chars, punct } = countText(line);
        walked.push({ text: raw, chars, linkChars: 0, boldChars: 0, punct, content: true });
    }
    return cleanContent(walked, visibleText(options.title ?? '')).map(({ text }) => ({ text }));
}

function isSkipped(el: Element, dom: DomStats, foreign: Set<Element>, rootChars: number): boolean {
    const s = dom.stats.get(el);
    if (!s) return false;
    if ((s.furniture && !isFigureCaption(el)) || foreign.has(el)) return true;
    if (s.chars >= rootChars * MAX_SKIPPED_SHARE) return false;
    if (s.classSignal < 0) return !isProseParagraph(el, s) && !isSingleReply(el, dom);
    if (!CONTAINER_TAGS.has(el.name)) return false;
    return linkDensity(s) > MAX_LINK_DENSITY || isTeaserList(el, dom);
}

/**
 * A paragraph of unlinked prose: a class word (`reply`, `side-note`) is a weak signal and does not drop it. Q&A
 * pages class their answers `reply`, and a message board prints its reply in a table cell beside `回复内容`;
 * furniture is menus, link lists and notices, not sentences.
 */
function isProseParagraph(el: Element, s: ElementStats): boolean {
    return PROSE_TAGS.has(el.name) && s.linkChars === 0 && s.chars >= PROSE_LINE_CHARS && s.punct >= PROSE_LINE_PUNCT;
}

/** Elements that hold one paragraph: a `<p>`, or a table or definition-list cell. */
const PROSE_TAGS: ReadonlySet<string> = new Set(['p', 'td', 'dd']);

/**
 * A picture inside the article whose caption states a figure (public-account posts print their tables as images
 * and the numbers under them), or any picture of a series one of which does (a 图解 page whose first caption names
 * the place the others' figures are about): the caption is the article's text, though pictures never score as the
 * article.
 */
function isFigureCaption(el: Element): boolean {
    if (el.name !== 'figure' && el.name !== 'figcaption') return false;
    if (FIGURE_STATEMENT.test(rawTextOf(el))) return true;
    const picture = el.name === 'figure' ? el : parentElement(el);
    const series = picture?.name === 'figure' ? parentElement(picture) : null;
    if (series === null) return false;
    return series.children.some((c) => c !== picture && captionStatesFigure(c)) || isStepSeries(picture!, series);
}

/**
 * A walkthrough told in screenshots (`图1:打开…`, `图2:选择…`): a picture whose caption is numbered, beside another so
 * numbered, carries one step of the article's how-to in its caption.
 */
function isStepSeries(picture: Element, series: Element): boolean {
    return captionNumbered(picture) && series.children.some((c) => c !== picture && c instanceof Element && c.name === 'figure' && captionNumbered(c));
}

function captionNumbered(picture: Element): boolean {
    return picture.children.some((c) => c instanceof Element && c.name === 'figcaption' && NUMBERED_CAPTION.test(rawTextOf(c)));
}

/** A caption numbering its picture as a step (`图2:`, `第3步:`, `步骤四、`). */
const NUMBERED_CAPTION = /^\s*(?:图|第|步骤)\s*[\d０-９一二三四五六七八九十]{1,2}\s*步?\s*[:：、.．]/;

/** A picture whose own caption states a figure (a `<figure>` wrapping a table has none). */
function captionStatesFigure(node: AnyNode): boolean {
    return node instanceof Element && node.name === 'figure' &&
        node.children.some((c) => c instanceof Element && c.name === 'figcaption' && FIGURE_STATEMENT.test(rawTextOf(c)));
}

/** Lines of the article without title, byline, link lists, neighbour links, and nothing after a foreign block. */
function cleanContent(content: WalkedLine[], title: string): WalkedLine[] {
    const kept: WalkedLine[] = [];
    for (const [i, line] of content.entries()) {
        if (isForeignBlockHeading(line.text.trim())) {
            if (kept.some(isProse)) break;
            continue;
        }
        const opening = line.text.trimStart();
        if (NEIGHBOUR_LINK_PREFIXES.some((p) => opening.startsWith(p)) || isPictureCounter(opening) || isPosterField(opening)) continue;
        if (line.linkChars > line.chars * MAX_LINK_DENSITY && !isProse(line)) continue;
        if (title && visibleText(line.text) === title) continue;
        if (i < BYLINE_WINDOW && isByline(line)) continue;
        kept.push(line);
    }
    return kept;
}

/** A line that is only a picture's place in a gallery (`3/12`, `第3/12张`): a counter, never the article's text. */
const MAX_COUNTER_CHARS = 12;
const PICTURE_COUNTER = /^(?:第\s*)?(\d{1,3})\s*[/／]\s*(\d{1,3})\s*张?$/;

function isPictureCounter(text: string): boolean {
    if (text.length > MAX_COUNTER_CHARS || !(text.includes('/') || text.includes('／'))) return false;
    const m = PICTURE_COUNTER.exec(text.trimEnd());
    return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) && Number(m[2]) >= 2;
}

/**
 * A field of a forum poster's panel beside each post (`等级：举人`, `积分：1024`, `注册：2015-3-8`): the board's
 * record of the user, not the post. Counts and dates only, but for the rank, so a line of the post stays.
 */
const POSTER_RANK = /^(?:等级|级别|头衔|用户组)\s*[:：]\s*\S{1,8}$/;
const POSTER_COUNT = /^(?:积分|帖子|发帖|主题数|文章|精华|经验|威望|金钱|金币|注册|注册时间|在线时间|最后登录|UID)\s*[:：]\s*[\d\s:/.-]+(?:小时|分钟)?$/;
const MAX_POSTER_FIELD_CHARS = 24;

function isPosterField(text: string): boolean {
    const line = text.trimEnd();
    if (line.length > MAX_POSTER_FIELD_CHARS || !(line.includes('：') || line.includes(':'))) return false;
    return POSTER_RANK.test(line) || POSTER_COUNT.test(line);
}

function isProse(line: WalkedLine): boolean {
    return line.chars >= PROSE_LINE_CHARS && line.punct >= PROSE_LINE_PUNCT;
}

function isByline(line: WalkedLine): boolean {
    const text = line.text.trim();
    return text.length <= MAX_BYLINE_CHARS && !/[。元%]/.test(text) && BYLINE.test(text) && !isChatMessage(text);
}

/**
 * A message of an exported chat (`2024-06-01 08:30 某某：…`): dated like a byline, but someone's words after their
 * name, unless the name is a field of the page's own (`…08:30 来源：某网`).
 */
const BYLINE_FIELD = /时间|日期|来源|作者|编辑|浏览|阅读|点击|发布|责编|审核|校对/;

function isChatMessage(text: string): boolean {
    const sender = CHAT_MESSAGE_HEADER.exec(text)?.[1];
    return sender !== undefined && !BYLINE_FIELD.test(sender);
}

/**
 * A notice of the page's own repeal anywhere in its visible text, page furniture included (sites print it in a
 * banner); a link (a sidebar's `【已废止】某文件`) speaks of another page.
 */
export function statesOwnRepeal(node: AnyNode): boolean {
    if (node.type === 'text') return REPEALED_PAGE_NOTICE.test((node as Text).data);
    if (node.type === 'tag' && ((node as Element).name === 'a' || isInvisible(node as Element))) return false;
    return 'children' in node && (node as ParentNode).children.some(statesOwnRepeal);
}

/** A caption giving the unit of the table under it (`单位:元/月`, `(单位:工作日)`). */
const CAPTION_UNIT = /单位\s*[:：为]\s*(?:元|%|％|个?工作日|天)/;

/** A table row (cells joined by ` | `) or a picture's caption stating a figure with its unit: data as telling as a sentence. */
function isFigureRow(line: WalkedLine): boolean {
    return (line.text.includes(' | ') || line.whole === true) && FIGURE_STATEMENT.test(line.text);
}

/** An unlinked line stating a figure with its unit (`每月记入60元`, `一百零五块`): a statement, punctuated or not. */
function isFigureLine(line: WalkedLine): boolean {
    return line.linkChars === 0 && (FIGURE_STATEMENT.test(line.text) || WRITTEN_AMOUNT.test(line.text));
}

/**
 * Enough prose of its own, site notices and link text not counted (see `MIN_ARTICLE_CHARS`). A page that is only
 * a table of figures, a series of captioned pictures or a list of dated figures (a timeline: `某年 每月记入60元`)
 * has no sentence punctuation, so its unlinked lines stating a figure with its unit stand for prose.
 */
function isArticle(lines: WalkedLine[]): boolean {
    let own = 0;
    let prose = false;
    let figure = false;
    let captionUnit = false;
    for (const line of lines) {
        if (isBoilerplate(line.text)) continue;
        own += line.chars - line.linkChars;
        prose ||= line.punct > 0 || isFigureRow(line) || isFigureLine(line);
        // a table's bare numbers state figures when a caption above gives their unit (`单位:元/月`)
        figure ||= FIGURE_STATEMENT.test(line.text) || WRITTEN_AMOUNT.test(line.text) || (captionUnit && line.text.includes(' | ') && /\d/.test(line.text));
        captionUnit ||= CAPTION_UNIT.test(line.text);
    }
    return prose && (own >= MIN_ARTICLE_CHARS || (figure && own >= MIN_FIGURE_ARTICLE_CHARS));
}


/** From the title line (or the last lines before the article) to the first lines of the article. */
function headText(context: WalkedLine[], content: WalkedLine[], title: string): string {
    let from = -1;
    if (title) {
        for (let i = context.length - 1; i >= 0; i--) {
            const text = context[i]!.text;
            if (text.includes(title) || (text.length >= 8 && title.includes(text))) {
                from = i;
                break;
            }
        }
    }
    const before = from >= 0 ? context.slice(from, from + HEAD_CONTEXT_LINES) : context.slice(-HEAD_CONTENT_LINES);
    return [...before, ...content.slice(0, HEAD_CONTENT_LINES)].map((l) => l.text).join('\n');
}

/**
 * A `<form>` or a `sidebar`-classed wrapper around most of the page is the page's layout (whole-page forms of
 * some CMSs, `page-with-sidebar`), not furniture: it keeps neither flag.
 */
function demoteLayoutFurniture(dom: DomStats, pageChars: number): void {
    const layoutChars = pageChars * LAYOUT_SHARE;
    for (const s of dom.stats.values()) {
        if (s.chars <= layoutChars) continue;
        s.furniture = false;
        if (s.classSignal < 0) s.classSignal = 0;
    }
}

/**
 * The roots and, in document order, each block a best-answer heading opens that they do not already hold: on a Q&A
 * page the marked answer is content even where another answer outscores it (docs/claims.md § The page's own text).
 */
function withBestAnswers(roots: Element[], boxes: Element[], excluded: (el: Element) => boolean): Element[] {
    const merged = [...roots];
    for (const box of boxes) {
        if (excluded(box) || merged.some((r) => isInside(box, r) || isInside(r, box))) continue;
        const at = merged.findIndex((r) => follows(r, box));
        merged.splice(at < 0 ? merged.length : at, 0, box);
    }
    return merged;
}

/** `excluded`, or `el` or an ancestor is classed as comments (`comment-list`, `replies`). */
function memoInComments(excluded: (el: Element) => boolean): (el: Element) => boolean {
    const memo = new Map<Element, boolean>();
    const words = new Map<string, boolean>();
    const inComments = (el: Element): boolean => {
        const known = memo.get(el);
        if (known !== undefined) return known;
        const parent = parentElement(el);
        const result = hasClassWord(el, COMMENT_CLASS_WORDS, words) || (parent ? inComments(parent) : false);
        memo.set(el, result);
        return result;
    };
    return (el) => excluded(el) || inComments(el);
}

/**
 * A page given as a fragment (a blog post's HTML without `<html>`/`<body>`) may keep its text in bare text
 * nodes and `<br>`: a `<body>` around everything gives that text a block to be scored in, as a browser would.
 */
function wrapInBody(doc: ParentNode): Element {
    const html = doc.children.find((c): c is Element => c.type === 'tag' && c.name === 'html') ?? doc;
    const body = new Element('body', {}, html.children);
    for (const child of body.children) child.parent = body;
    html.children = [body];
    body.parent = html;
    return body;
}

/** `el` or an ancestor is furniture or a foreign block (memoised: asked for every scoring paragraph). */
function memoExcluded(dom: DomStats, foreign: Set<Element>): (el: Element) => boolean {
    const memo = new Map<Element, boolean>();
    const excluded = (el: Element): boolean => {
        const known = memo.get(el);
        if (known !== undefined) return known;
        const parent = parentElement(el);
        const result = foreign.has(el) || dom.stats.get(el)?.furniture === true || (parent ? excluded(parent) : false);
        memo.set(el, result);
        return result;
    };
    return excluded;
}


