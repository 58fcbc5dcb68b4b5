/** robots.txt per origin, fetched once and cached for the crawl (robots-parser does the matching). */
import { createRequire } from 'node:module';
import type { Fetcher } from './fetch-page.js';

interface Robots {
    isAllowed(url: string, ua?: string): boolean | undefined;
}
// robots-parser is CommonJS with a `declare module` typing that NodeNext cannot call as a default import.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robots;

export class RobotsCache {
    readonly #byOrigin = new Map<string, Promise<Robots>>();

    constructor(
        private readonly fetcher: Fetcher,
        private readonly userAgent: string,
    ) {}

    /** May `url` be fetched? A robots.txt that cannot be fetched (5xx, network) is treated as allow-all. */
    async isAllowed(url: string): Promise<boolean> {
        const origin = new URL(url).origin;
        let robots = this.#byOrigin.get(origin);
        if (!robots) {
            const robotsUrl = `${origin}/robots.txt`;
            robots = this.fetcher
                .fetchRobotsTxt(origin)
                .catch(() => '')
                .then((text) => robotsParser(robotsUrl, text));
            this.#byOrigin.set(origin, robots);
        }
        return (await robots).isAllowed(url, this.userAgent) ?? true;
    }
}
