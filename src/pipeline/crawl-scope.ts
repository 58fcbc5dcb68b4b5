/**
 * Which URLs a crawl may visit: exactly the hosts it was started on, plus those the user allowed with
 * `--allow-host`. The same names are the ones that may resolve to loopback or private addresses.
 */
import { UsageError } from '../errors.js';
import { cleanUrl } from '../fetch/normalize-url.js';

export interface CrawlScope {
    startUrls: string[];
    /** Entries are `host` (any port) or `host:port`. */
    allowedHosts: ReadonlySet<string>;
    /** Hostnames without ports, for the address guard. */
    namedHosts: ReadonlySet<string>;
    isAllowedUrl(url: string): boolean;
}

export function createCrawlScope(rawStartUrls: readonly string[], allowHosts: readonly string[] = []): CrawlScope {
    if (rawStartUrls.length === 0) throw new UsageError('give at least one start URL');
    const startUrls = rawStartUrls.map((raw) => {
        const url = cleanUrl(raw);
        if (!url) throw new UsageError(`not an http(s) URL: ${JSON.stringify(raw)}`);
        return url;
    });
    const allowedHosts = new Set<string>();
    const namedHosts = new Set<string>();
    for (const url of startUrls) {
        const { host, hostname } = new URL(url);
        allowedHosts.add(host);
        namedHosts.add(hostname.replace(/^\[|\]$/g, ''));
    }
    for (const entry of allowHosts) {
        const host = entry.trim().toLowerCase();
        if (!/^[\w.-]+(:\d+)?$|^\[[\da-f:.]+\](:\d+)?$/i.test(host)) {
            throw new UsageError(`--allow-host expects a host or host:port, got ${JSON.stringify(entry)}`);
        }
        allowedHosts.add(host);
        namedHosts.add(host.replace(/:\d+$/, '').replace(/^\[|\]$/g, ''));
    }
    return {
        startUrls,
        allowedHosts,
        namedHosts,
        isAllowedUrl(url) {
            let parsed: URL;
            try {
                parsed = new URL(url);
            } catch {
                return false;
            }
            if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
            return allowedHosts.has(parsed.host) || allowedHosts.has(parsed.hostname);
        },
    };
}
