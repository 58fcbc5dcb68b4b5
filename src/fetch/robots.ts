/** robots.txt per origin, fetched once and cached for the crawl (robots-parser does the matching). */
import { createRequire } from 'node:module';
import type { Fetcher } from './fetch-page.js';

interface Robots {
    isAllowed(url: string, ua?: string): boolean | undefined;
    getSitemaps(): string[];
}
// robots-parser is CommonJS with a `declare module` typing that NodeNext cannot call as a default import.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robots;

export class RobotsCache {
    readonly #byOrigin = new Map<string, Promise<Robots | null>>();

    constructor(
        private readonly fetcher: Fetcher,
        private readonly userAgent: string,
    ) {}

    /**
     * May `url` be fetched? `unreachable` when the origin's server could not serve robots.txt (5xx): RFC 9309 says
     * to fetch nothing from it then. Rejects with the PageError of a host that cannot be reached at all.
     */
    async check(url: string): Promise<'allowed' | 'disallowed' | 'unreachable'> {
        const parsed = await this.#robotsOf(new URL(url).origin);
        if (parsed === null) return 'unreachable';
        return (parsed.isAllowed(url, this.userAgent) ?? true) ? 'allowed' : 'disallowed';
    }

    /** The sitemaps the origin's robots.txt names (`Sitemap:` lines); none when it cannot be read. */
    async sitemaps(origin: string): Promise<string[]> {
        const parsed = await this.#robotsOf(origin).catch(() => null);
        return parsed?.getSitemaps() ?? [];
    }

    #robotsOf(origin: string): Promise<Robots | null> {
        let robots = this.#byOrigin.get(origin);
        if (!robots) {
            const robotsUrl = `${origin}/robots.txt`;
            robots = this.fetcher.fetchRobotsTxt(origin).then((text) => (text === null ? null : robotsParser(robotsUrl, text)));
            this.#byOrigin.set(origin, robots);
            // A host that could not be reached is asked again by the next URL (its retry, or another page).
            robots.catch(() => this.#byOrigin.delete(origin));
        }
        return robots;
    }
}
