import type { ClaimDraft } from '../src/claims/schema.js';

/**
 * One passage of the article body: a paragraph, a list item, a heading or a line of `<br>` text,
 * in page order. Passages are the unit of quoting and of near-duplicate detection.
 */
export interface Passage {
    /** Position in the page's passage list (0-based); claims point back here. */
    index: number;
    /** Visible text, whitespace collapsed, as the page prints it (quotes are taken from it). */
    text: string;
    /** `heading` starts a section; `item` came from a list (`<li>`, `①`, `1.`); else `paragraph`. */
    kind: 'heading' | 'item' | 'paragraph';
    /** Heading text of the section this passage belongs to (null before the first heading). */
    section: string | null;
    /** Nesting of that heading: 1 for top-level (`一、`, `<h2>`), 2 for `1、` under it, … */
    level?: number;
}

/** What the extractors know about the page as a whole. */
export interface PageContext {
    url: string;
    title: string;
    /** `YYYY-MM-DD` or null. */
    published: string | null;
    /** Who `<title>` says publishes the page besides the article title (`洛阳市医疗保障局`), if anyone. */
    publisher?: string;
}

/** The result of reading one HTML page. */
export interface ExtractedPage extends PageContext {
    site: string;
    passages: Passage[];
    claims: ClaimDraft[];
    /** Links found anywhere on the page (absolute URLs), for the crawler to follow. */
    links: string[];
    /** False when the page is not an article (a list page, an empty body). */
    isArticle: boolean;
}
