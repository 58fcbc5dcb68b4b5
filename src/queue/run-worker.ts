/**
 * One worker process: page jobs (any concurrency), scheduled recrawls, and a bid for the writer lease.
 * `close()` is the graceful stop for SIGTERM/SIGINT: in-flight pages finish and are reported, the writer
 * applies what it holds and indexes it, then every connection closes — or, when that cannot finish within
 * {@link stopBoundMs} (Redis is away, so nothing can be reported), the rest is left for the queue.
 */
import { Job, Worker } from 'bullmq';
import type { Config } from '../config/index.js';
import { closeRedis, ConnectionWatch, createRedis, redisOptions } from './connection.js';
import { HostPoliteness } from './host-politeness.js';
import type { PageJob, RecrawlJob } from './jobs.js';
import { QUEUE_PREFIX, QUEUES } from './names.js';
import { PageProcessor } from './page-worker.js';
import { openQueues } from './queues.js';
import { recrawlProcessor } from './schedules.js';
import { endClientsDisconnectedWhileReconnecting } from './disconnect-while-reconnecting.js';
import { DataDirWriter } from './writer.js';

export type WorkerConfig = Pick<
    Config,
    | 'dataDir'
    | 'meiliUrl'
    | 'meiliKey'
    | 'userAgent'
    | 'concurrency'
    | 'hostConcurrency'
    | 'hostDelayMs'
    | 'timeoutMs'
    | 'maxBytes'
    | 'maxPages'
    | 'maxDepth'
    | 'maxRetries'
    | 'retryDelayMs'
    | 'queueLockMs'
>;

export interface StopOutcome {
    /** False when the bound passed first: connections were dropped and the pages in flight left for the queue. */
    finished: boolean;
    /** Page jobs still in flight when the bound passed (0 when finished). */
    pagesLeft: number;
}

export interface RunningWorker {
    /** True while this process holds the writer lease. */
    readonly isWriter: boolean;
    close(): Promise<StopOutcome>;
}

/** A 429 may put a page back this many times (each wait is capped by MAX_RETRY_AFTER_MS in page-worker.ts). */
const MAX_RATE_LIMITED = 5;

/** Beyond a page's fetch timeout: sending its result, the writer's last commit, and its index pass. */
const STOP_MARGIN_MS = 5_000;

/**
 * How long a graceful stop may take: a page in flight may need its whole fetch timeout, then a few seconds to be
 * reported and written. Past it, whatever is unfinished is safe in the queue: its job's lock expires and another
 * worker fetches the page again, and a result this process did not finish writing is delivered again and written
 * once (the writer counts a page once per crawl).
 */
export function stopBoundMs(config: Pick<Config, 'timeoutMs'>): number {
    return config.timeoutMs + STOP_MARGIN_MS;
}

/**
 * Start a worker on `redisUrl`. `log` gets one line per event worth an operator's attention: a Redis outage
 * (once when it starts, once when it ends), a page's final failure, an error of the writer.
 */
export function runWorker(redisUrl: string, config: WorkerConfig, log: (line: string) => void = () => {}): RunningWorker {
    endClientsDisconnectedWhileReconnecting();
    const watch = new ConnectionWatch(redisUrl, log);
    const connection = redisOptions(redisUrl, 'durable');
    const redis = createRedis(redisUrl, 'durable', watch);
    const queues = openQueues(connection, config, watch);
    const politeness = new HostPoliteness(redis, {
        concurrency: config.hostConcurrency,
        delayMs: config.hostDelayMs,
        leaseMs: config.timeoutMs * 3,
    });
    const processor = new PageProcessor(redis, queues.pages, queues.results, politeness, {
        userAgent: config.userAgent,
        timeoutMs: config.timeoutMs,
        maxBytes: config.maxBytes,
        maxRateLimited: MAX_RATE_LIMITED,
    });
    const lockOptions = {
        connection,
        prefix: QUEUE_PREFIX,
        lockDuration: config.queueLockMs,
        // Check for stalled jobs as often as a lock can expire, so a killed worker's pages move on quickly.
        stalledInterval: config.queueLockMs,
        maxStalledCount: 3,
    };
    const pages = new Worker<PageJob>(QUEUES.pages, processor.process, { ...lockOptions, concurrency: config.concurrency });
    const recrawls = new Worker<RecrawlJob>(
        QUEUES.recrawls,
        recrawlProcessor(redis, queues.pages, config),
        { ...lockOptions, concurrency: 1 },
    );
    const writer = new DataDirWriter(redis, {
        config,
        connection,
        leaseMs: Math.max(3_000, Math.min(config.queueLockMs, 15_000)),
        lockDurationMs: config.queueLockMs,
        onError: watch.listener('writer'),
    });
    for (const worker of [pages, recrawls]) worker.on('error', watch.listener(`worker ${worker.name}`));
    // A job whose lock expired (its worker stalled or died) is handed out again, so its page is fetched twice:
    // say which, so a refetch in the logs always has a reason beside it.
    pages.on('stalled', (jobId) => {
        void Job.fromId<PageJob>(queues.pages, jobId)
            .then((job) => log(`page job stalled (lock expired), fetched again: ${job?.data.url ?? jobId}`))
            .catch(() => log(`page job stalled (lock expired), fetched again: ${jobId}`));
    });
    pages.on('failed', (job, err) => {
        if (job && (err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1))) log(`failed ${job.data.url}: ${err.message}`);
    });
    writer.start();

    let closing: Promise<StopOutcome> | undefined;
    const graceful = async () => {
        // In this order (pages finish, then the writer applies their results), but each step runs even when one
        // before it failed: a failed flush must not leave connections open and the process up.
        const failures: unknown[] = [];
        const settle = async (...steps: Promise<unknown>[]) => {
            for (const step of await Promise.allSettled(steps)) if (step.status === 'rejected') failures.push(step.reason);
        };
        await settle(pages.close(), recrawls.close());
        await settle(writer.close());
        await settle(processor.close(), queues.close());
        await settle(closeRedis(redis));
        if (failures.length > 0) throw failures[0];
    };
    return {
        get isWriter() {
            return writer.isWriter;
        },
        close() {
            closing ??= (async () => {
                let timer: NodeJS.Timeout | undefined;
                const bound = new Promise<'bound'>((resolve) => {
                    timer = setTimeout(() => resolve('bound'), stopBoundMs(config));
                });
                try {
                    if ((await Promise.race([graceful(), bound])) !== 'bound') return { finished: true, pagesLeft: 0 };
                } finally {
                    clearTimeout(timer);
                }
                const pagesLeft = processor.inFlight;
                // Drop every connection (the steps above may still be waiting on them) so nothing keeps the process up.
                for (const closable of [pages, recrawls, queues.pages, queues.results, queues.recrawls]) void closable.disconnect().catch(() => undefined);
                redis.disconnect();
                void processor.close().catch(() => undefined);
                return { finished: false, pagesLeft };
            })();
            return closing;
        },
    };
}
