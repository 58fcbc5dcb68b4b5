import type { CheerioAPI } from 'cheerio';
import type { Element, ParentNode } from 'domhandler';
import { textOf } from '../body/dom-stats.js';
import { elementsByTag, elementsNamed } from '../body/elements.js';
import { dateFromUrl, findFullDates, findShortDates, parseMachineDate, yearFromUrl } from './dates.js';

/** `<meta>` names and properties that carry the publication time, most specific first. */
const PUBLISHED_META = [
    'article:published_time',
    'og:article:published_time',
    'og:release_date',
    'datePublished',
    'pubdate',
    'publishdate',
    'publish_date',
    'PubDate',
    'dc.date.issued',
    'dc.date',
    'date',
] as const;

/** Where a `<time>` element is someone else's date (a list of other articles, a comment): by tag, by class. */
const FOREIGN_TIME_TAGS: ReadonlySet<string> = new Set(['aside', 'nav', 'footer', 'li']);
const FOREIGN_TIME_CLASS = /related|recommend|comment/;

/** What `readPublished` may use besides the document. */
export interface PublishedContext {
    /** Page URL: supplies the year of a year-less date and, last of all, a date of its own (`/2025/0917/`). */
    url?: string;
    /** Article title: content farms print the date in it (`…(2025/05/02)`, `…(05/31)`). */
    title?: string;
    /** Any other text of the page: its first full date lends its year to a year-less date near the title. */
    pageText?: string;
}

/**
 * The page's publication date as `YYYY-MM-DD`, or null. Looks, in order, at `<meta>` tags, a `<time>` element
 * that is not inside a list of other articles, the printed dates in `text` (pass the text near the title, not
 * the whole page, so that dates of related articles further down are not picked), the title, and the URL.
 * Year-less dates (`(12/08)`, `12月8日`) take the year of the URL, else of a full date in `ctx.pageText`.
 */
export function readPublished($: CheerioAPI, text: string, ctx: PublishedContext = {}): string | null {
    return fromMeta($) ?? fromTimeElement($) ?? readPrintedDate(text, ctx);
}

/**
 * The publication date printed in `text` (the lines near the title), else in the title, else in the URL path;
 * `YYYY-MM-DD` or null. The part of `readPublished` that needs no document.
 */
export function readPrintedDate(text: string, ctx: PublishedContext = {}): string | null {
    return fromPrinted(text, ctx) ?? (ctx.url ? dateFromUrl(ctx.url) : null);
}

function fromMeta($: CheerioAPI): string | null {
    // One pass over <meta> rather than a selector per key: selectors are compiled on every call.
    const byKey = new Map<string, string>();
    for (const el of elementsNamed(elementsByTag($), 'meta')) {
        const key = el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop;
        const content = el.attribs.content;
        if (key && content && !byKey.has(key.toLowerCase())) byKey.set(key.toLowerCase(), content);
    }
    for (const key of PUBLISHED_META) {
        const content = byKey.get(key.toLowerCase());
        const date = content ? parseMachineDate(content) : null;
        if (date) return date;
    }
    return null;
}

function fromTimeElement($: CheerioAPI): string | null {
    for (const el of elementsNamed(elementsByTag($), 'time')) {
        if (inForeignList(el)) continue;
        const date = parseMachineDate(el.attribs.datetime ?? textOf(el));
        if (date) return date;
    }
    return null;
}

function inForeignList(el: Element): boolean {
    for (let n: ParentNode | null = el; n && n.type === 'tag'; n = n.parent) {
        const tag = n as Element;
        if (FOREIGN_TIME_TAGS.has(tag.name) || FOREIGN_TIME_CLASS.test(tag.attribs.class ?? '')) return true;
    }
    return false;
}

function fromPrinted(text: string, ctx: PublishedContext): string | null {
    const full = findFullDates(text)[0]?.date ?? (ctx.title ? findFullDates(ctx.title)[0]?.date : undefined);
    if (full) return full;
    const year = (ctx.url ? yearFromUrl(ctx.url) : null) ?? yearOfFirstDate(ctx.pageText);
    if (year === null) return null;
    return findShortDates(text, year)[0]?.date ?? (ctx.title ? findShortDates(ctx.title, year)[0]?.date : null) ?? null;
}

function yearOfFirstDate(text: string | undefined): number | null {
    const date = text ? findFullDates(text)[0]?.date : undefined;
    return date ? Number(date.slice(0, 4)) : null;
}
