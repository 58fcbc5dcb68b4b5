/**
 * Reading one page: parse once → title and date → article body → passages → canonical text → figure and
 * procedure claims (quoting the page verbatim), plus the page's links for the crawler. Pure: no I/O, no clock.
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { ClaimDraft } from '../src/claims/schema.js';
import { procedureCues, rated as ratedBy } from './confidence.js';
import { elementsByTag, elementsNamed } from './body/elements.js';
import { bodyLinesFromText, extractBody, statesOwnRepeal } from './body/index.js';
import { REPEAL_WORDS } from './body/vocab.js';
import { attributePassages, inheritedPlaces } from './figure/attribution.js';
import { extractFigures } from './figure/index.js';
import { readBreadcrumbIssuer, readHeadIssuer, readPrintedDate, readPublished, readPublisher, readTitle } from './metadata/index.js';
import { canonicalPage, canonicalText } from './normalize/index.js';
import { passagesFromLines } from './passages/from-lines.js';
import { extractProcedures, inheritsPlace } from './procedure/index.js';
import type { ExtractedPage, PageContext, Passage } from './types.js';

export { passagesFromLines, type TextLine } from './passages/from-lines.js';
export type { ExtractedPage, PageContext, Passage } from './types.js';

/** Lines at the top of a plain-text page searched for its printed date. */
const TEXT_HEAD_LINES = 6;

/**
 * Reads an HTML page (already decoded to a string) fetched from `url`: its title, publication date, article
 * passages, the claims in them, and every http(s) link on the page. `isArticle` is false for pages without
 * text of their own (lists of links), whose links are still returned.
 */
export function extractPage(html: string, url: string): ExtractedPage {
    // htmlparser2 rather than parse5: about four times faster, and tolerant enough for article pages.
    const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
    const title = readTitle($);
    const body = extractBody($, { title });
    const published = readPublished($, body.headText, { url, title });
    const passages = passagesFromLines(body.lines);
    const publisher = [readPublisher($, title), readHeadIssuer(body.headText), breadcrumbIssuer(html, $)].filter(Boolean).join(' ');
    const ctx: PageContext = { url, title, published, publisher };
    return {
        url,
        title,
        published,
        site: hostOf(url),
        passages,
        claims: body.isArticle && !isRepealed(html, $) ? extractClaims(passages, ctx) : [],
        links: readLinks($, url),
        isArticle: body.isArticle && passages.length > 0,
    };
}

/**
 * Reads a page given as plain text, one block per line (the corpus format): same passages and claims as
 * `extractPage` would give for that text, for tests and benchmarks. The title line and byline are dropped, and
 * nothing after a `相关推荐`-style heading is kept.
 */
export function extractFromText(title: string, text: string, url: string): ExtractedPage {
    const lines = bodyLinesFromText(text, { title });
    const head = text.split('\n').filter((l) => l.trim()).slice(0, TEXT_HEAD_LINES).join('\n');
    const ctx: PageContext = { url, title, published: readPrintedDate(head, { url, title }) };
    const passages = passagesFromLines(lines);
    return {
        ...ctx,
        site: hostOf(url),
        passages,
        claims: extractClaims(passages, ctx),
        links: [],
        isArticle: passages.length > 0,
    };
}

/** The issuer a breadcrumb names; only pages with a home link have a trail to read. */
function breadcrumbIssuer(html: string, $: CheerioAPI): string {
    return html.includes('首页') || html.includes('主页') ? readBreadcrumbIssuer($) : '';
}

/**
 * A page under a repealed banner is history: nothing on it is in force (CLAIMS.md § One statement, one claim).
 * The pre-test searches the markup for each word (a string search, some three times faster on long pages than
 * one regex of alternatives) before the tree is walked.
 */
function isRepealed(html: string, $: CheerioAPI): boolean {
    return REPEAL_WORDS.some((word) => html.includes(word)) && statesOwnRepeal($.root()[0]!);
}

/** Readers work on the canonical text (see normalize/); the claims quote the page's own words. */
function extractClaims(passages: Passage[], ctx: PageContext): ClaimDraft[] {
    const page = canonicalPage(passages);
    const canonicalCtx: PageContext = { ...ctx, title: canonicalText(ctx.title).text };
    if (ctx.publisher) canonicalCtx.publisher = canonicalText(ctx.publisher).text;
    // what each passage inherits (label, heading, subject) is read once for figures and procedures alike
    const inheritances = attributePassages(page.passages, canonicalCtx.title, canonicalCtx.publisher);
    const procedures = extractProcedures(page.passages, canonicalCtx);
    // a procedure whose own text and headings name no place takes the one its passage inherits (CLAIMS.md § Regions);
    // one whose steps name only a province (its service platform) takes the inherited city within it
    if (procedures.some((draft) => draft.region === null || draft.region === draft.province)) {
        const inherited = inheritedPlaces(page.passages, canonicalCtx.title, canonicalCtx.publisher, inheritances);
        for (const draft of procedures) {
            const place = inherited[draft.passage];
            if (place && (draft.region === null || isCityOf(place, draft.region)) && inheritsPlace(draft)) {
                Object.assign(draft, { region: place.name, province: place.province });
            }
        }
    }
    const rated = procedures.map((draft) => Object.assign(draft, ratedBy(procedureCues(draft))));
    return [...extractFigures(page.passages, canonicalCtx, inheritances), ...rated].map(page.verbatim);
}

/** True when `place` lies within the province `province`, and is not that province itself. */
function isCityOf(place: { name: string; province: string }, province: string | null): boolean {
    return place.province === province && place.name !== province;
}

/** Absolute http(s) URLs of all `<a href>` on the page, fragments dropped, first occurrence order. */
function readLinks($: CheerioAPI, pageUrl: string): string[] {
    const tags = elementsByTag($);
    const baseHref = elementsNamed(tags, 'base').find((el) => el.attribs.href !== undefined)?.attribs.href;
    const base = resolve(baseHref ?? '', pageUrl) ?? pageUrl;
    const seen = new Set<string>();
    // menus and lists repeat the same hrefs: each is resolved (a URL parse) once
    const resolved = new Set<string>();
    for (const el of elementsNamed(tags, 'a')) {
        const href = el.attribs.href?.trim();
        if (!href || resolved.has(href)) continue;
        resolved.add(href);
        const abs = resolve(href, base);
        if (abs) seen.add(abs);
    }
    return [...seen];
}

/**
 * `href` made absolute against `base`, without its fragment; null unless http(s). Read off the serialised URL
 * (scheme first; the first `#` opens the fragment, as any other is percent-encoded): setting `hash` on the URL
 * would parse it again, and menus give every page some hundred links.
 */
function resolve(href: string, base: string): string | null {
    if (!href) return null;
    let abs: string;
    try {
        abs = new URL(href, base).href;
    } catch {
        return null;
    }
    if (!abs.startsWith('http:') && !abs.startsWith('https:')) return null;
    const fragment = abs.indexOf('#');
    return fragment < 0 ? abs : abs.slice(0, fragment);
}

function hostOf(url: string): string {
    try {
        return new URL(url).host;
    } catch {
        return '';
    }
}
