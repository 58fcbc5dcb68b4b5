/** The three queues with the job options every producer must agree on. */
import { Queue, type RedisOptions } from 'bullmq';
import type { ConnectionWatch } from './connection.js';
import type { PageJob, PageResult, RecrawlJob } from './jobs.js';
import { QUEUE_PREFIX, QUEUES } from './names.js';

export interface QueueSettings {
    /** Attempts after the first for transient failures. */
    maxRetries: number;
    /** First retry delay; each further retry waits twice as long. */
    retryDelayMs: number;
}

/** For processes that read queues or add recrawls but no page jobs: the retry settings go unused. */
export const NO_PAGE_RETRIES: QueueSettings = { maxRetries: 0, retryDelayMs: 0 };

const DAY_S = 24 * 3600;

export interface Queues {
    pages: Queue<PageJob>;
    results: Queue<PageResult>;
    recrawls: Queue<RecrawlJob>;
    close(): Promise<void>;
}

/** Open the queues; their connection errors go to `watch`. */
export function openQueues(connection: RedisOptions, settings: QueueSettings, watch: ConnectionWatch): Queues {
    const pages = new Queue<PageJob>(QUEUES.pages, {
        connection,
        prefix: QUEUE_PREFIX,
        defaultJobOptions: {
            attempts: settings.maxRetries + 1,
            backoff: { type: 'exponential', delay: settings.retryDelayMs },
            // Finished jobs stay a day: their fixed ids keep a URL from being enqueued twice in one crawl.
            removeOnComplete: { age: DAY_S },
            removeOnFail: { age: 7 * DAY_S },
        },
    });
    const results = new Queue<PageResult>(QUEUES.results, {
        connection,
        prefix: QUEUE_PREFIX,
        defaultJobOptions: {
            attempts: 10,
            backoff: { type: 'exponential', delay: 500 },
            // A result carries a whole page's rows (tens of KB): once written it is dropped, not kept an hour in
            // Redis memory. A result sent again after that is skipped by the crawl's written set.
            removeOnComplete: true,
            removeOnFail: { age: 7 * DAY_S },
        },
    });
    const recrawls = new Queue<RecrawlJob>(QUEUES.recrawls, {
        connection,
        prefix: QUEUE_PREFIX,
        defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 1_000 }, removeOnComplete: 100, removeOnFail: 100 },
    });
    for (const queue of [pages, results, recrawls] as Queue[]) queue.on('error', watch.listener(`queue ${queue.name}`));
    return {
        pages,
        results,
        recrawls,
        close: async () => {
            await Promise.all([pages.close(), results.close(), recrawls.close()]);
        },
    };
}
