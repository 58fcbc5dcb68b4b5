/**
 * The one place that reads the environment. Precedence: command-line flags > environment variables >
 * defaults. Other modules receive typed slices of this object, never `process.env`.
 */
import { z } from 'zod';
import { UsageError } from '../errors.js';

const configSchema = z.object({
    /** Where the embedded default keeps pages, failures and its index. Env `CLAIMSCOPE_DATA_DIR`. @default ./data */
    dataDir: z.string().min(1).default('./data'),
    /** Redis for the queue and shared frontier; unset = everything in one process. Env `REDIS_URL`. */
    redisUrl: z.url().optional(),
    /** Meilisearch as the index; unset = the embedded index. Env `MEILI_URL`. */
    meiliUrl: z.url().optional(),
    /** Meilisearch key with write rights (server side only). Env `MEILI_MASTER_KEY` or `MEILI_API_KEY`. */
    meiliKey: z.string().optional(),
    /** Sent with every request. Env `CLAIMSCOPE_USER_AGENT`. */
    userAgent: z.string().min(1).default('claimscope/0.1 (+policy claims research crawler)'),
    /** Pages fetched at once. Env `CLAIMSCOPE_CONCURRENCY`. @default 8 */
    concurrency: z.coerce.number().int().min(1).max(256).default(8),
    /** Parallel requests per host, across all workers. Env `CLAIMSCOPE_HOST_CONCURRENCY`. @default 4 */
    hostConcurrency: z.coerce.number().int().min(1).max(64).default(4),
    /** Minimum gap between two requests to one host. Env `CLAIMSCOPE_HOST_DELAY_MS`. @default 0 */
    hostDelayMs: z.coerce.number().int().min(0).default(0),
    /** Whole-request deadline. Env `CLAIMSCOPE_TIMEOUT_MS`. @default 15000 */
    timeoutMs: z.coerce.number().int().positive().default(15_000),
    /** Largest page body read. Env `CLAIMSCOPE_MAX_BYTES`. @default 5 MiB */
    maxBytes: z.coerce.number().int().positive().default(5 * 1024 * 1024),
    /** Pages per crawl. @default 10000 */
    maxPages: z.coerce.number().int().positive().default(10_000),
    /** Link hops from a start URL. @default 8 */
    maxDepth: z.coerce.number().int().min(0).default(8),
    /** Attempts after the first for transient failures. @default 3 */
    maxRetries: z.coerce.number().int().min(0).max(10).default(3),
    /** First retry delay of a queued page; each retry doubles it. Env `CLAIMSCOPE_RETRY_DELAY_MS`. @default 1000 */
    retryDelayMs: z.coerce.number().int().min(0).default(1_000),
    /**
     * How long a queue worker's hold on a job lasts without renewal: a worker killed mid-crawl has its jobs
     * handed to others after about this long. Env `CLAIMSCOPE_QUEUE_LOCK_MS`. @default 30000
     */
    queueLockMs: z.coerce.number().int().min(1_000).default(30_000),
});

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;

const ENV_VARS: Record<string, keyof Config> = {
    CLAIMSCOPE_DATA_DIR: 'dataDir',
    REDIS_URL: 'redisUrl',
    MEILI_URL: 'meiliUrl',
    MEILI_MASTER_KEY: 'meiliKey',
    MEILI_API_KEY: 'meiliKey',
    CLAIMSCOPE_USER_AGENT: 'userAgent',
    CLAIMSCOPE_CONCURRENCY: 'concurrency',
    CLAIMSCOPE_HOST_CONCURRENCY: 'hostConcurrency',
    CLAIMSCOPE_HOST_DELAY_MS: 'hostDelayMs',
    CLAIMSCOPE_TIMEOUT_MS: 'timeoutMs',
    CLAIMSCOPE_MAX_BYTES: 'maxBytes',
    CLAIMSCOPE_RETRY_DELAY_MS: 'retryDelayMs',
    CLAIMSCOPE_QUEUE_LOCK_MS: 'queueLockMs',
};

/** Flags (undefined = not given) over environment over defaults; a bad value is a UsageError naming it. */
export function loadConfig(flags: Partial<Record<keyof Config, unknown>> = {}, env = process.env): Config {
    const merged: Record<string, unknown> = {};
    for (const [name, key] of Object.entries(ENV_VARS)) {
        const value = env[name];
        if (value !== undefined && value !== '' && merged[key] === undefined) merged[key] = value;
    }
    for (const [key, value] of Object.entries(flags)) if (value !== undefined) merged[key] = value;
    const parsed = configSchema.safeParse(merged);
    if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
        throw new UsageError(`invalid configuration: ${issues.join('; ')}`);
    }
    return parsed.data;
}
