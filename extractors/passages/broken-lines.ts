/**
 * Sentences broken across lines or paragraphs (CLAIMS.md § One statement, one claim): document libraries print one
 * `<p>` per printed line, `<br>` layouts break wherever the editor pressed return. A line that does not end a
 * sentence continues on the next, unless one of them is plainly a line of its own (a heading, a label, a short
 * title-like line, a table row, an arrow chain of steps, a numbered or bulleted line).
 */
import type { TextLine } from './from-lines.js';
import {
    CHAT_MESSAGE_HEADER,
    DECORATIVE_BULLET,
    HEADING_MARKERS,
    ITEM_MARKERS,
    MIN_BROKEN_LINE_CHARS,
    NUMBERED_MARKERS,
} from './markers.js';

/** A sentence or block end (`。!?;…:`), closing quotes and brackets after it allowed. */
const ENDS_SENTENCE = /[。!?！？;；…:：][”"’'」』)）】\]]*$/;
/** Text made only of the characters a match of {@link ENDS_SENTENCE} is made of (see {@link endMatches}). */
const ALL_SENTENCE_END = /^[。!?！？;；…:：”"’'」』)）】\]]+$/;
/** A line ending inside a clause: a comma, an enumeration comma, an opening quote or bracket. */
const ENDS_MID_CLAUSE = /[,，、“"‘「『(（]$/;
/** A number in any written form lines are printed in, before normalising: `75`, `７５`, `七十五`, `1.5`. */
const NUMBER = String.raw`[\d０-９零〇一二两三四五六七八九十百千]+(?:[.．点][\d０-９零〇一二三四五六七八九]+)?`;
/**
 * What no sentence starts with: punctuation that closes or continues, a unit after a number, a credit verb, or an
 * amount, rate or time limit itself in any written form (`100元,70岁以上…`, `七十五元。` after `…每月返款`), which is what a sentence states, not how it opens.
 */
const CONTINUES_CLAUSE = new RegExp(
    String.raw`^(?:[,，。、;；:：!?！？)）」』”’%％元岁]|${NUMBER}(?:\s*[-~～至到]\s*${NUMBER})?\s*(?:万?元|块|[%％]|个?工作日|天)|百分之|(?:计入|划入|打入|存入|拨入)(?!标准))`,
);
/**
 * A line ending on a word that needs what follows: a preposition, `的`, a conjunction (`…按本人` + `缴费基数的2%`), or
 * half of an age bound (`70周岁以` + `下的…`).
 */
const ENDS_MID_PHRASE = /(?:按|按照|依照|由|从|向|对|把|将|的|和|与|及|或|本人|岁以)$/;
/**
 * A line that is only an amount or a rate (`93元/月`, `2.5%`): a data card prints its figure first and its caption on
 * the next line (`退休人员(70周岁以下)月划入`), which says what the figure is.
 */
const FIGURE_ONLY = new RegExp(String.raw`^\s*${NUMBER}\s*(?:(?:万?元|块)(?:\s*[/每]\s*(?:人\s*[/·]?\s*)?[月年])?|[%％])\s*$`);
/** An amount or a rate of its own: a caption states none (an age in it is what it says of the figure). */
const ANY_NUMBER = new RegExp(String.raw`${NUMBER}\s*(?:万?元|块|[%％])`);
const TABLE_ROW = /[|｜\t]/;
/**
 * A clause ended inside a line (`（一）不满某岁的，每人每月`): the line holds a sentence under way, not a title. A comma
 * between digits (`2,400`, a time code's `17,900`) ends no clause.
 */
const CLAUSE_INSIDE = /(?<!\d)[,，;；](?=[^,，;；])|[,，;；](?=[^,，;；\d])/;
/** The last words of a sentence printed on a line of their own: short, ending it, no clause inside. */
const SENTENCE_TAIL = /^[^,，;；。!?！？]{1,8}[。!?！？;；]$/;
/** A subtitle cue's time code (`00:00:14,200 --> 00:00:17,900`): a line of its own, whatever follows it. */
const TIME_CODE = /^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*$/;
/** An article of a statute with its text (`第六条　在职职工…`): a sentence, however it is numbered. */
const STATUTE_ARTICLE = /^第[一二三四五六七八九十百零〇\d]+条[\s　]*\S{4}/;
/** A chain of menu steps (`打开→选择→提交`): printed as a line of its own, its last link ends no sentence. */
const ARROW_CHAIN = /[→⇒➜➡][^→⇒➜➡]*[→⇒➜➡]/;
/** `北京:…`, `微信查询:…`: a line opening with a short label names its own subject. */
const OPENS_WITH_LABEL = /^[^,，。;；:：]{1,12}[:：]/;
/**
 * A pictograph opening a line (`📍某地`, `👉某县`, `✅第二步`): a new label or point, as a bullet is, never the rest of the
 * sentence before it.
 */
const OPENS_WITH_PICTOGRAPH = /^\s*\p{Extended_Pictographic}/u;
/** A block bar opening a line (`▍某类人员`, `▌办理方式`): a post's section mark, so a line of its own as a pictograph is. */
const OPENS_WITH_SECTION_BAR = /^\s*[\u2580-\u259F]/u;
/** A line ending on an amount or a rate with its unit, in any written form (`…每月90元`, `…百分之二`). */
const ENDS_ON_FIGURE = new RegExp(String.raw`(?:${NUMBER}\s*(?:万?元|块钱?|[%％])|百分之${NUMBER})[)）]?$`);
/** Text made only of the characters a match of {@link ENDS_ON_FIGURE} is made of. */
const ALL_FIGURE_END = /^[\d０-９零〇一二两三四五六七八九十百千.．点\s万元块钱%％百分之)）]+$/;
/** How much of a line's end {@link endMatches} reads first. */
const END_WINDOW = 64;
/**
 * A post's header in a thread — its floor, by number or by name, with the author after it (`3楼 某网友`, `#12`,
 * `第5楼`, `沙发`, `楼主 某网友`, `回复 #4 某网友`): it heads a post of its own, never goes on from the post before.
 */
const POST_HEADER = /^\s*(?:(?:第\s*)?\d{1,5}\s*(?:楼|F|#)|#\s*\d{1,5}|楼主|沙发|板凳|地板|(?:回复|引用)\s*#?\s*\d{1,5}\s*楼?)(?=\s|$|[::])/;
/**
 * A calendar's or a timeline's entry: a line opening with its date, then a space, a colon or a bar (`3月8日 …`,
 * `2024年起:…`, `2019—2022年 …`). Each entry is a line of its own.
 */
const DATED_ENTRY = /^\s*(?:(?:19|20)\d{2}\s*年?(?:\s*[-—–~～至到]{1,2}\s*(?:19|20)\d{2})?\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号])?|\d{1,2}\s*月\s*\d{1,2}\s*[日号])(?:起|以来|至今|前|后)?(?:\s+|\s*[::|｜])/;
const DIGIT_END = /\d$/;
/** The unit of a number, opening a line: the number that ends the line before was cut from it (`…在12` + `个工作日内…`). */
const UNIT_OF_CUT_NUMBER = /^(?:个\s*(?:工作日|自然日|月|百分点)|工作日|自然日|周岁|块|万元|天(?:内|以内|之内))/;
const DIGIT_START = /^\d/;
const NUMBER_ONLY = /^\s*\d+(?:\.\d+)?\s*$/;
/** Two Latin words broken apart had a space between them; a number broken apart had none (`1` + `10元`). */
const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

const LINE_MARKERS = [...HEADING_MARKERS, ...NUMBERED_MARKERS];

function marked(text: string): boolean {
    return (
        DECORATIVE_BULLET.test(text) ||
        ITEM_MARKERS.some((re) => re.test(text)) ||
        LINE_MARKERS.some((m) => m.pattern.test(text))
    );
}

/** Can `line` go on after the line before it? Not when it is a line of its own by markup or by shape. */
function canContinue(line: TextLine): boolean {
    const { text } = line;
    return line.hint !== 'heading' && line.hint !== 'item' && !line.whole && !TABLE_ROW.test(text) && !marked(text) &&
        !OPENS_WITH_LABEL.test(text) && !ARROW_CHAIN.test(text) && !OPENS_WITH_PICTOGRAPH.test(text) && !OPENS_WITH_SECTION_BAR.test(text) &&
        !POST_HEADER.test(text) && !DATED_ENTRY.test(text) && !CHAT_MESSAGE_HEADER.test(text);
}

/**
 * `re` (anchored at the end, no lookbehind) tested on the last {@link END_WINDOW} characters of `text`, and on the
 * whole text only when the window could lie inside a longer match (`within`: text made only of the characters a
 * match is made of): the same answer. A line that takes in the lines after it grows with each, and testing its
 * whole text every time would read a long unpunctuated page once per line.
 */
function endMatches(re: RegExp, text: string, within: RegExp): boolean {
    if (text.length <= END_WINDOW) return re.test(text);
    const window = text.slice(-END_WINDOW);
    return re.test(window) || (within.test(window) && re.test(text));
}

/** Does `line` stop before its sentence does, so that `next` carries it on? */
function breaksSentence(line: TextLine, next: TextLine): boolean {
    const { text } = line;
    if (line.hint === 'heading' || line.whole || TABLE_ROW.test(text) || endMatches(ENDS_SENTENCE, text, ALL_SENTENCE_END) || ARROW_CHAIN.test(text) || TIME_CODE.test(text)) {
        return false;
    }
    // a number cut from its unit is plainly one sentence, however short or numbered the line
    if (DIGIT_END.test(text) && UNIT_OF_CUT_NUMBER.test(next.text)) return true;
    const cut = ENDS_MID_CLAUSE.test(text) || ENDS_MID_PHRASE.test(text) || CONTINUES_CLAUSE.test(next.text);
    // A sentence already under way — a clause ended inside the line, or a statute's article (`第六条 …`, never a
    // heading) — that the line does not end goes on into the tail of its sentence (`…不再划入个人` + `账户。`); a line
    // of its own after it (a step, a label, a paragraph) is no part of it. (A list item ends where its markup does:
    // `<li>提交申请，进度可查</li>` is whole without a full stop.)
    const clauseInside = line.hint !== 'item' && CLAUSE_INSIDE.test(text);
    const statute = STATUTE_ARTICLE.test(text);
    const intoTail = clauseInside && SENTENCE_TAIL.test(next.text);
    // a numbered point is a line of its own, unless it is plainly cut mid-phrase (`一、…缴费基数的2%按` + `月计入。`,
    // `(一)不满某岁的，每人每月` + `八十六元;`) or goes on into its tail
    if (HEADING_MARKERS.some((m) => m.pattern.test(text))) {
        return (cut && (text.length >= MIN_BROKEN_LINE_CHARS || clauseInside)) || intoTail || statute;
    }
    if (cut || statute || intoTail) return true;
    // (two lines that are each only a number are two cells of a grid, `84` over `94`, not one number cut in two)
    if (DIGIT_END.test(text) && DIGIT_START.test(next.text) && !(NUMBER_ONLY.test(text) && NUMBER_ONLY.test(next.text))) return true;
    // a line ending on a whole figure, followed by a whole sentence of its own, is a statement left unpunctuated
    if (endMatches(ENDS_ON_FIGURE, text, ALL_FIGURE_END) && ENDS_SENTENCE.test(next.text)) return false;
    // A short line without an end is a label or a title-like line (`微信查询`, `各地标准一览`), not a broken one.
    return text.length >= MIN_BROKEN_LINE_CHARS;
}

/** Is `next` the caption of a data card whose figure is `line` (see {@link FIGURE_ONLY})? */
function isCardCaption(line: TextLine, next: TextLine): boolean {
    return !line.whole && FIGURE_ONLY.test(line.text) && !ANY_NUMBER.test(next.text) && !ENDS_SENTENCE.test(next.text);
}

function join(left: string, right: string): string {
    return LATIN_END.test(left) && LATIN_START.test(right) ? `${left} ${right}` : left + right;
}

/** A line's number written bare before a space (`2 进入…`), as public-account posts number their steps. */
const BARE_LINE_NUMBER = /^\s*(\d{1,2})[\s\u3000]+(?=[^\d\s])/;

/** Does `line` go on with the numbering of the line before (`1 打开…` then `2 进入…`)? Then it is the next row. */
function continuesNumbering(previous: TextLine, line: TextLine): boolean {
    const before = BARE_LINE_NUMBER.exec(previous.text);
    const here = BARE_LINE_NUMBER.exec(line.text);
    return before !== null && here !== null && Number(here[1]) === Number(before[1]) + 1;
}

/** Lines with every broken sentence joined back into the line it started on (which keeps its hint). */
export function joinBrokenLines(lines: readonly TextLine[]): TextLine[] {
    const joined: TextLine[] = [];
    for (const line of lines) {
        const previous = joined.at(-1);
        if (previous && continuesNumbering(previous, line)) {
            joined.push(line);
        } else if (previous && canContinue(line) && isCardCaption(previous, line)) {
            // the caption ends the card: what follows is the next card, not more of this one
            joined[joined.length - 1] = { ...previous, text: join(previous.text, line.text), whole: true };
        } else if (previous && canContinue(line) && breaksSentence(previous, line)) {
            joined[joined.length - 1] = { ...previous, text: join(previous.text, line.text) };
        } else {
            joined.push(line);
        }
    }
    return joined;
}
