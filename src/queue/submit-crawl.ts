/** `claimscope crawl` with REDIS_URL: put the start URLs on the queue and, with --wait, follow the crawl to the end. */
import { withCommandConnections } from './command-connections.js';
import { closeRedis, ConnectionWatch, createRedis, redisOptions } from './connection.js';
import { type CrawlState, startCrawl, waitForCrawl } from './crawls.js';
import type { CrawlSpec } from './jobs.js';
import { openQueues } from './queues.js';

export interface SubmitOptions {
    maxRetries: number;
    retryDelayMs: number;
    /** Follow the crawl until drained and indexed. */
    wait: boolean;
    onProgress?: (state: CrawlState, workers: number) => void;
}

/**
 * Returns the crawl's id and, when waiting, its final state.
 * @throws ClaimscopeError when Redis cannot be reached to enqueue the crawl.
 */
export async function submitCrawl(redisUrl: string, spec: CrawlSpec, options: SubmitOptions): Promise<{ crawlId: string; state?: CrawlState }> {
    // Enqueueing fails fast when Redis is down; waiting afterwards may outlast a Redis restart.
    const crawlId = await withCommandConnections(redisUrl, ({ redis, queues }) => startCrawl(redis, queues.pages, spec), options);
    if (!options.wait) return { crawlId };
    const watch = new ConnectionWatch(redisUrl);
    const redis = createRedis(redisUrl, 'durable', watch);
    const queues = openQueues(redisOptions(redisUrl, 'durable'), options, watch);
    try {
        let workers = (await queues.pages.getWorkers()).length;
        let lastWorkerCheck = Date.now();
        const state = await waitForCrawl(redis, crawlId, (s) => {
            if (Date.now() - lastWorkerCheck > 2_000) {
                lastWorkerCheck = Date.now();
                void queues.pages.getWorkers().then((list) => (workers = list.length), () => undefined);
            }
            options.onProgress?.(s, workers);
        });
        return { crawlId, state };
    } finally {
        await Promise.allSettled([queues.close(), closeRedis(redis)]);
    }
}
