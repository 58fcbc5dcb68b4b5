/** A site's sitemaps as start points of a crawl of it, in both modes. */
import type { FileSite } from '../../crawlers/sites-file.js';
import type { Config } from '../config/index.js';
import { createFetcher } from '../fetch/fetch-page.js';
import { RobotsCache } from '../fetch/robots.js';
import { readSitemaps, type SitemapRead } from '../fetch/sitemaps.js';
import type { CrawlScope } from '../pipeline/crawl-scope.js';

export type SitemapConfig = Pick<Config, 'userAgent' | 'timeoutMs' | 'maxBytes' | 'maxPages'>;

/** The site's sitemaps (those robots.txt names, or those it lists): URLs the site follows become start points. */
export async function sitemapStarts(site: FileSite, scope: CrawlScope, config: SitemapConfig): Promise<SitemapRead> {
    const { sitemaps } = site.entry;
    if (sitemaps === false) return { urls: [], failures: [] };
    const fetcher = createFetcher({
        userAgent: config.userAgent,
        timeoutMs: config.timeoutMs,
        maxBytes: config.maxBytes,
        maxRedirects: 5,
        isAllowedUrl: (url) => scope.isAllowedUrl(url),
        namedHosts: scope.namedHosts,
    });
    try {
        const robots = new RobotsCache(fetcher, config.userAgent);
        const listed =
            sitemaps === true
                ? (await Promise.all([...new Set(scope.startUrls.map((u) => new URL(u).origin))].map((origin) => robots.sitemaps(origin)))).flat()
                : sitemaps;
        if (listed.length === 0) return { urls: [], failures: [] };
        const read = await readSitemaps(listed, {
            fetcher,
            isAllowedUrl: (url) => scope.isAllowedUrl(url),
            isWantedPage: (url) => site.definition.follow(new URL(url)),
            hopCheck: async (url) => {
                if ((await robots.check(url)) !== 'allowed') throw new Error('robots.txt disallows it');
            },
            maxUrls: config.maxPages,
            maxBytes: config.maxBytes,
        });
        return read;
    } finally {
        await fetcher.close();
    }
}

