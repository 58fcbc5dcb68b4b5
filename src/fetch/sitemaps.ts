/**
 * Sitemaps as start points: those robots.txt names (`Sitemap:` lines) or a site lists, sitemap indexes followed,
 * gzipped sitemaps unpacked. Crawlee's `parseSitemap` reads the XML; it is given the text only (a `raw` source),
 * because its own downloader would bypass our fetcher's allow-list, address guard, byte cap and robots.txt.
 */
import { gunzipSync } from 'node:zlib';
import { PageError } from '../errors.js';
import type { Fetcher, HopCheck } from './fetch-page.js';

/** Sitemap indexes nest rarely; deeper chains are more likely a trap than a site. */
const MAX_INDEX_DEPTH = 3;
/** Gzip's magic bytes: servers send `.xml.gz` under many content types. */
const GZIP_MAGIC = [0x1f, 0x8b];

export interface SitemapRead {
    /** Page URLs listed, in sitemap order, each once. */
    urls: string[];
    /** Sitemaps that could not be read, and why. */
    failures: { url: string; reason: string }[];
}

function unpack(url: string, bytes: Buffer, maxBytes: number): string {
    if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return bytes.toString('utf8');
    try {
        return gunzipSync(bytes, { maxOutputLength: maxBytes }).toString('utf8');
    } catch (err) {
        throw new PageError(url, 'bad_sitemap', `cannot unpack the gzipped sitemap (${(err as Error).message})`, false);
    }
}

/**
 * Reads `sitemaps` (and the sitemaps their indexes name) through `fetcher`; stops after `maxUrls` page URLs.
 * Sitemaps the crawl may not visit are dropped by `isAllowedUrl`, pages it should not start from by `isWantedPage`.
 */
export async function readSitemaps(
    sitemaps: readonly string[],
    deps: {
        fetcher: Fetcher;
        hopCheck?: HopCheck;
        isAllowedUrl: (url: string) => boolean;
        isWantedPage: (url: string) => boolean;
        maxUrls: number;
        maxBytes: number;
    },
): Promise<SitemapRead> {
    const urls = new Set<string>();
    const failures: SitemapRead['failures'] = [];
    const seen = new Set(sitemaps);
    const queue = sitemaps.map((url) => ({ url, depth: 0 }));
    // Loaded here, not with the module: every queue worker imports this module (for scheduled recrawls), and
    // loading Crawlee costs ~1.5 CPU s, most of a worker's start, for sitemaps most workers never read.
    const { log: crawleeLog, parseSitemap } = await import('crawlee');
    crawleeLog.setLevel(crawleeLog.LEVELS.OFF);
    while (queue.length > 0 && urls.size < deps.maxUrls) {
        const { url, depth } = queue.shift()!;
        let text: string;
        try {
            text = unpack(url, await deps.fetcher.fetchBytes(url, deps.hopCheck), deps.maxBytes);
        } catch (err) {
            failures.push({ url, reason: err instanceof PageError ? err.reason : (err as Error).message });
            continue;
        }
        // maxDepth 0: nested sitemaps are reported to us (originSitemapUrl null), never fetched by Crawlee.
        for await (const item of parseSitemap([{ type: 'raw', content: text }], undefined, { emitNestedSitemaps: true, maxDepth: 0 })) {
            const loc = item.loc.trim();
            if (!deps.isAllowedUrl(loc)) continue;
            if (item.originSitemapUrl === null) {
                if (depth < MAX_INDEX_DEPTH && !seen.has(loc)) {
                    seen.add(loc);
                    queue.push({ url: loc, depth: depth + 1 });
                }
            } else if (urls.size < deps.maxUrls && deps.isWantedPage(loc)) urls.add(loc);
        }
    }
    return { urls: [...urls], failures };
}
