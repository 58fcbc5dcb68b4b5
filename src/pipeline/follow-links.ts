/** Which of a page's links a crawl enqueues: inside the crawl's scope and followed by the page's site definition. */
import type { SiteDefinition } from '../../crawlers/index.js';
import { cleanUrl, normalizeUrl } from '../fetch/normalize-url.js';
import type { CrawlScope } from './crawl-scope.js';

/** Normalised URL (the frontier key) → clean URL to fetch, one entry per page. */
export function followableLinks(
    links: readonly string[],
    scope: Pick<CrawlScope, 'isAllowedUrl'>,
    site: Pick<SiteDefinition, 'follow'>,
): Map<string, string> {
    const next = new Map<string, string>();
    for (const link of links) {
        const url = cleanUrl(link);
        if (url && scope.isAllowedUrl(url) && site.follow(new URL(url))) next.set(normalizeUrl(url)!, url);
    }
    return next;
}
