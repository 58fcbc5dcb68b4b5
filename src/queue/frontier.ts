/**
 * The shared frontier: per crawl a Redis set of normalised URLs. A URL is enqueued only when SADD says it
 * is new, and its job id is derived from the crawl and the URL, so N workers never fetch a URL twice.
 */
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { CrawlSpec, PageJob } from './jobs.js';
import { KEYS, urlHash } from './names.js';

/**
 * Add the keys not yet in the frontier (up to the crawl's page cap); count them as pending; return them. Nothing
 * when the crawl's hash is gone (Redis flushed, or restarted without persistence): a page still in flight then
 * must not start the crawl over from its links.
 */
const ADD_NEW = `
local added = {}
if redis.call('HEXISTS', KEYS[2], 'startedAt') == 0 then return added end
local cap = tonumber(ARGV[1])
for i = 2, #ARGV do
    if redis.call('SCARD', KEYS[1]) >= cap then break end
    if redis.call('SADD', KEYS[1], ARGV[i]) == 1 then
        redis.call('HINCRBY', KEYS[2], 'pending', 1)
        redis.call('HINCRBY', KEYS[2], 'queued', 1)
        added[#added + 1] = ARGV[i]
    end
end
return added
`;

/** The one job id a page has within a crawl (BullMQ ignores a second add with the same id). */
export function pageJobId(crawlId: string, key: string): string {
    return `${crawlId}--${urlHash(key)}`;
}

/** A link to follow: its frontier key (normalised URL) and the URL to fetch. */
export interface FrontierEntry {
    key: string;
    url: string;
}

/**
 * Put `entries` (in scope) on the crawl's frontier at `depth`. `readdKnown` also re-adds entries the
 * frontier already holds, by their fixed job ids: a job retried after its worker died between adding a key
 * to the set and enqueueing it still gets that page enqueued, and nothing twice.
 */
export async function enqueueUrls(
    redis: Redis,
    pages: Queue<PageJob>,
    job: { crawlId: string; spec: CrawlSpec; depth: number },
    entries: FrontierEntry[],
    readdKnown = false,
): Promise<string[]> {
    if (entries.length === 0) return [];
    const frontier = KEYS.frontier(job.crawlId);
    const keys = entries.map((e) => e.key);
    const added = (await redis.eval(ADD_NEW, 2, frontier, KEYS.crawl(job.crawlId), job.spec.maxPages, ...keys)) as string[];
    let toAdd = new Set(added);
    if (readdKnown) {
        const known = await redis.smismember(frontier, ...keys);
        toAdd = new Set(keys.filter((_, i) => known[i] === 1));
    }
    await pages.addBulk(
        entries
            .filter((e) => toAdd.has(e.key))
            .map(({ key, url }) => ({
                name: 'page',
                data: { crawlId: job.crawlId, key, url, depth: job.depth, spec: job.spec },
                opts: { jobId: pageJobId(job.crawlId, key) },
            })),
    );
    return added;
}
