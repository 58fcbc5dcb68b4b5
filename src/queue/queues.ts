/** The three queues with the job options every producer must agree on. */
import { Queue, type RedisOptions } from 'bullmq';
import type { PageJob, PageResult, RecrawlJob } from './jobs.js';
import { QUEUE_PREFIX, QUEUES } from './names.js';

export interface QueueSettings {
    /** Attempts after the first for transient failures. */
    maxRetries: number;
    /** First retry delay; each further retry waits twice as long. */
    retryDelayMs: number;
}

const DAY_S = 24 * 3600;

export interface Queues {
    pages: Queue<PageJob>;
    results: Queue<PageResult>;
    recrawls: Queue<RecrawlJob>;
    close(): Promise<void>;
}

export function openQueues(connection: RedisOptions, settings: QueueSettings): Queues {
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
            removeOnComplete: { age: 3600 },
            removeOnFail: { age: 7 * DAY_S },
        },
    });
    const recrawls = new Queue<RecrawlJob>(QUEUES.recrawls, {
        connection,
        prefix: QUEUE_PREFIX,
        defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 1_000 }, removeOnComplete: 100, removeOnFail: 100 },
    });
    return {
        pages,
        results,
        recrawls,
        close: async () => {
            await Promise.all([pages.close(), results.close(), recrawls.close()]);
        },
    };
}
