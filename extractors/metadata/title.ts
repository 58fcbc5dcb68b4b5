import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { textOf } from '../body/dom-stats.js';
import { elementsByTag, elementsNamed } from '../body/elements.js';
import { visibleText } from '../visible-text.js';

/** Separators between an article title and the site name in `<title>` (`…_社保网`, `… | 医保知识网`). */
const TITLE_SEPARATORS = /\s*[_|｜]\s*|\s+[-–—]+\s+|\s*[—–]{2}\s*/;

/** Shortest `<h1>` or `<title>` part taken as a title; shorter ones are logos and site names. */
const MIN_H1_CHARS = 4;

/**
 * The article title: an `<h1>` that `<title>` or `og:title` confirms, else `og:title` or `<title>` without the
 * site-name suffix, else the longest `<h1>`. Whitespace is collapsed; empty string when the page has none.
 */
export function readTitle($: CheerioAPI): string {
    const tags = elementsByTag($);
    const ogMeta = elementsNamed(tags, 'meta').find((el) => el.attribs.property === 'og:title');
    const og = visibleText(ogMeta?.attribs.content ?? '');
    const titles = elementsNamed(tags, 'title');
    const headTitle = titles.find((el) => el.parent?.type === 'tag' && (el.parent as Element).name === 'head');
    const docTitle = (headTitle && textOf(headTitle)) || (titles[0] ? textOf(titles[0]) : '');
    const h1s = elementsNamed(tags, 'h1')
        .map(textOf)
        .filter((t) => t.length >= MIN_H1_CHARS);
    const confirmed = h1s.filter((h) => og.includes(h) || docTitle.includes(h));
    const longest = (list: string[]) => list.reduce((best, t) => (t.length > best.length ? t : best), '');
    return longest(confirmed) || stripSiteName(og) || stripSiteName(docTitle) || longest(h1s);
}

/**
 * What `<title>` says besides the article title: the site or issuer that publishes it (`标题_洛阳市医疗保障局` →
 * `洛阳市医疗保障局`), parts joined by a space; '' when there is nothing else.
 */
export function readPublisher($: CheerioAPI, title: string): string {
    const titles = elementsNamed(elementsByTag($), 'title');
    const docTitle = titles[0] ? textOf(titles[0]) : '';
    return docTitle.split(TITLE_SEPARATORS).filter((part) => part && part !== title && !title.includes(part)).join(' ');
}

/**
 * The article's own part of a `<title>`: the part before the first site-name separator (`标题_栏目_站点`), or the
 * longest part when the first is too short to be a title (`社保网 - 标题`).
 */
export function stripSiteName(title: string): string {
    if (!title) return '';
    const parts = title.split(TITLE_SEPARATORS).filter(Boolean);
    const first = parts[0] ?? '';
    if (first.length >= MIN_H1_CHARS) return first;
    return parts.reduce((best, t) => (t.length > best.length ? t : best), '');
}

