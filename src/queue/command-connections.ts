/** The connections of one short command (`status`, `schedule …`, `crawl` without --wait): fail fast, fail in one line. */
import type { Redis } from 'ioredis';
import { closeRedis, ConnectionWatch, createRedis, redisOptions } from './connection.js';
import { NO_PAGE_RETRIES, openQueues, type QueueSettings, type Queues } from './queues.js';

export interface CommandConnections {
    redis: Redis;
    queues: Queues;
}

/**
 * Open a client and the queues, run `use`, close them. When Redis cannot be reached the returned promise
 * rejects with a ClaimscopeError such as `cannot reach Redis at redis://127.0.0.1:1 (ECONNREFUSED)`.
 */
export async function withCommandConnections<T>(
    redisUrl: string,
    use: (connections: CommandConnections) => Promise<T>,
    settings: QueueSettings = NO_PAGE_RETRIES,
): Promise<T> {
    const watch = new ConnectionWatch(redisUrl);
    const redis = createRedis(redisUrl, 'command', watch);
    const queues = openQueues(redisOptions(redisUrl, 'command'), settings, watch);
    try {
        return await use({ redis, queues });
    } catch (err) {
        throw watch.explain(err);
    } finally {
        // A close that fails (Redis went away) must not hide the command's own outcome.
        await Promise.allSettled([queues.close(), closeRedis(redis)]);
    }
}
