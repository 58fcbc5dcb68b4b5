/**
 * The shared frontier: per crawl a Redis hash from normalised URL to the page that first linked it (a short hash of
 * its key; `start` for the crawl's start URLs). A URL is enqueued only by the page that added it, and its job id is
 * derived from the crawl and the URL, so N workers never fetch a URL twice.
 */
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { CrawlSpec, PageJob } from './jobs.js';
import { KEYS, urlHash } from './names.js';

/**
 * Add the keys not yet in the frontier (up to the crawl's page cap), owned by ARGV[2], and count them as pending;
 * return them, with the keys ARGV[2] added before. Run again by the same page — a job retried after its worker
 * died between this script and enqueueing, or the script itself sent again by the client after a reconnect that
 * lost its reply — it returns the same keys, so the page's links are enqueued (their fixed job ids make that once)
 * and counted once. Nothing when the crawl's hash is gone (Redis flushed, or restarted without persistence): a
 * page still in flight then must not start the crawl over from its links.
 */
const ADD_NEW = `
local added = {}
if redis.call('HEXISTS', KEYS[2], 'startedAt') == 0 then return added end
if redis.call('TYPE', KEYS[1]).ok == 'set' then
    -- a crawl under way when workers were upgraded from the set frontier: its URLs kept, owned by no page
    local urls = redis.call('SMEMBERS', KEYS[1])
    redis.call('DEL', KEYS[1])
    for _, url in ipairs(urls) do redis.call('HSET', KEYS[1], url, '') end
end
local cap = tonumber(ARGV[1])
local owner = ARGV[2]
for i = 3, #ARGV do
    local known = redis.call('HGET', KEYS[1], ARGV[i])
    if known == owner then
        added[#added + 1] = ARGV[i]
    elseif not known then
        if redis.call('HLEN', KEYS[1]) >= cap then break end
        redis.call('HSET', KEYS[1], ARGV[i], owner)
        redis.call('HINCRBY', KEYS[2], 'pending', 1)
        redis.call('HINCRBY', KEYS[2], 'queued', 1)
        added[#added + 1] = ARGV[i]
    end
end
return added
`;

/** The owner of the start URLs in the frontier. */
const START = 'start';

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
 * Put `entries` (in scope) on the crawl's frontier at `depth`, as links of the page `from` (its frontier key;
 * none for start URLs), and enqueue those it owns.
 */
export async function enqueueUrls(
    redis: Redis,
    pages: Queue<PageJob>,
    job: { crawlId: string; spec: CrawlSpec; depth: number; from?: string },
    entries: FrontierEntry[],
): Promise<void> {
    if (entries.length === 0) return;
    const owner = job.from === undefined ? START : urlHash(job.from);
    const keys = entries.map((e) => e.key);
    const owned = new Set((await redis.eval(ADD_NEW, 2, KEYS.frontier(job.crawlId), KEYS.crawl(job.crawlId), job.spec.maxPages, owner, ...keys)) as string[]);
    await pages.addBulk(
        entries
            .filter((e) => owned.has(e.key))
            .map(({ key, url }) => ({
                name: 'page',
                data: { crawlId: job.crawlId, key, url, depth: job.depth, spec: job.spec },
                opts: { jobId: pageJobId(job.crawlId, key) },
            })),
    );
}
