/**
 * The shared frontier: per crawl a Redis set of normalised URLs. A URL is enqueued only when SADD says it
 * is new, and its job id is derived from the crawl and the URL, so N workers never fetch a URL twice.
 */
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { CrawlSpec, PageJob } from './jobs.js';
import { KEYS, urlHash } from './names.js';

/** Add the URLs not yet in the frontier (up to the crawl's page cap); count them as pending; return them. */
const ADD_NEW = `
local added = {}
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

/** The one job id a URL has within a crawl (BullMQ ignores a second add with the same id). */
export function pageJobId(crawlId: string, url: string): string {
    return `${crawlId}--${urlHash(url)}`;
}

/**
 * Put `urls` (already normalised and in scope) on the crawl's frontier at `depth`. `readdKnown` also
 * re-adds URLs the frontier already holds, by their fixed job ids: a job retried after its worker died
 * between adding a URL to the set and enqueueing it still gets that URL enqueued, and nothing twice.
 */
export async function enqueueUrls(
    redis: Redis,
    pages: Queue<PageJob>,
    job: { crawlId: string; spec: CrawlSpec; depth: number },
    urls: string[],
    readdKnown = false,
): Promise<string[]> {
    if (urls.length === 0) return [];
    const frontier = KEYS.frontier(job.crawlId);
    const added = (await redis.eval(ADD_NEW, 2, frontier, KEYS.crawl(job.crawlId), job.spec.maxPages, ...urls)) as string[];
    let toAdd = added;
    if (readdKnown) {
        const known = await redis.smismember(frontier, ...urls);
        toAdd = urls.filter((_, i) => known[i] === 1);
    }
    await pages.addBulk(
        toAdd.map((url) => ({
            name: 'page',
            data: { crawlId: job.crawlId, url, depth: job.depth, spec: job.spec },
            opts: { jobId: pageJobId(job.crawlId, url) },
        })),
    );
    return added;
}
