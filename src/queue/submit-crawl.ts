/** `claimscope crawl` with REDIS_URL: put the start URLs on the queue and, with --wait, follow the crawl to the end. */
import { closeRedis, createRedis, redisOptions } from './connection.js';
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

/** Returns the crawl's id and, when waiting, its final state. */
export async function submitCrawl(redisUrl: string, spec: CrawlSpec, options: SubmitOptions): Promise<{ crawlId: string; state?: CrawlState }> {
    // Waiting may outlast a Redis restart; a plain submit should fail fast if Redis is down.
    const role = options.wait ? 'durable' : 'command';
    const redis = createRedis(redisUrl, role);
    const queues = openQueues(redisOptions(redisUrl, role), options);
    try {
        const crawlId = await startCrawl(redis, queues.pages, spec);
        if (!options.wait) return { crawlId };
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
        await queues.close();
        await closeRedis(redis);
    }
}
