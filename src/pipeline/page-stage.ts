/**
 * The per-page stage: robots → fetch (conditional) → extract → store. Embedded crawls and queue workers call
 * this same function; it knows nothing of Crawlee or BullMQ.
 */
import { createHash } from 'node:crypto';
import { extractPage } from '../../extractors/index.js';
import { PageError } from '../errors.js';
import type { SiteDefinition } from '../../crawlers/index.js';
import type { Fetcher } from '../fetch/fetch-page.js';
import { normalizeUrl } from '../fetch/normalize-url.js';
import type { RobotsCache } from '../fetch/robots.js';
import type { PageRecord } from '../storage/types.js';
import { type ClaimRow, claimRowsOfPage } from './build-claims.js';

export interface PageStageDeps {
    fetcher: Fetcher;
    robots: RobotsCache;
    /** The page as stored after its last crawl (by its normalised URL), for conditional requests and change detection. */
    previous: (url: string) => Promise<PageRecord | undefined>;
    /** The site definition (crawlers/): which URLs are list pages, and which site a page belongs to. */
    site?: Pick<SiteDefinition, 'isArticle' | 'siteOf'>;
    now?: () => Date;
}

export type PageOutcome =
    /** A new or changed article: store `page` with its claim rows (worked out here, off the data dir's writer). */
    | { status: 'changed'; page: PageRecord; claims: ClaimRow[]; html: string; previous: PageRecord | undefined; links: string[] }
    /** Answered 304, or the same text as last time: nothing to re-extract or re-index. */
    | { status: 'unchanged'; url: string; links: string[]; validators?: Pick<PageRecord, 'etag' | 'lastModified'> }
    /** A list or index page: only its links matter. */
    | { status: 'not_article'; url: string; links: string[] };

function hashPassages(page: { title: string; passages: { text: string }[] }): string {
    const hash = createHash('sha256').update(page.title);
    for (const passage of page.passages) hash.update('\n').update(passage.text);
    return hash.digest('hex');
}

export async function crawlPage(url: string, deps: PageStageDeps): Promise<PageOutcome> {
    // robots.txt is asked for every URL of the fetch, redirect targets included.
    const hopCheck = async (hop: string) => {
        const verdict = await deps.robots.check(hop);
        if (verdict === 'disallowed') throw new PageError(hop, 'robots_disallowed', 'robots.txt disallows this URL', false);
        if (verdict === 'unreachable') {
            throw new PageError(hop, 'robots_unreachable', 'the server could not serve robots.txt (5xx)', true);
        }
    };
    const key = normalizeUrl(url) ?? url;
    const previousOfRequest = await deps.previous(key);
    const fetched = await deps.fetcher.fetchPage(url, previousOfRequest ?? undefined, hopCheck);
    if (fetched.kind === 'not_modified') return { status: 'unchanged', url: fetched.url, links: [] };
    const previous = fetched.url === key ? previousOfRequest : await deps.previous(fetched.url);
    const extracted = extractPage(fetched.html, fetched.fetchedUrl);
    if (!extracted.isArticle || deps.site?.isArticle(new URL(url)) === false) {
        return { status: 'not_article', url: fetched.url, links: extracted.links };
    }
    const contentHash = hashPassages(extracted);
    const validators = { etag: fetched.etag, lastModified: fetched.lastModified };
    if (previous && previous.contentHash === contentHash) {
        return { status: 'unchanged', url: fetched.url, links: extracted.links, validators };
    }
    const page: PageRecord = {
        url: fetched.url,
        site: deps.site?.siteOf(new URL(fetched.url)) ?? extracted.site,
        title: extracted.title,
        published: extracted.published,
        passages: extracted.passages,
        claims: extracted.claims,
        contentHash,
        ...validators,
        fetchedAt: (deps.now?.() ?? new Date()).toISOString(),
    };
    return { status: 'changed', page, claims: claimRowsOfPage(page), html: fetched.html, previous, links: extracted.links };
}
