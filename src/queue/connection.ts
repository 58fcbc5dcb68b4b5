/** Redis connections for the queue: long-lived ones that ride out a Redis restart, short ones that fail fast. */
import type { RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';

/** Reconnect delays grow to this and stay there: a worker waits out a Redis restart of any length. */
const MAX_RECONNECT_DELAY_MS = 2_000;

/**
 * ioredis options for `url` (redis:// or rediss://). `durable`: workers and the writer — commands wait for
 * the reconnect instead of failing (`maxRetriesPerRequest: null`, which BullMQ requires for workers) and
 * reconnection never gives up. `command`: one-shot CLI commands — a down Redis is an error, not a hang.
 * BullMQ gets options rather than client instances so each of its classes owns and closes its connections.
 */
export function redisOptions(url: string, role: 'durable' | 'command'): RedisOptions {
    const parsed = new URL(url);
    const base: RedisOptions = {
        host: parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
        port: Number(parsed.port || 6379),
        username: decodeURIComponent(parsed.username) || undefined,
        password: decodeURIComponent(parsed.password) || undefined,
        db: Number(parsed.pathname.slice(1) || 0),
        tls: parsed.protocol === 'rediss:' ? {} : undefined,
    };
    if (role === 'durable') {
        return { ...base, maxRetriesPerRequest: null, retryStrategy: (attempt) => Math.min(attempt * 200, MAX_RECONNECT_DELAY_MS) };
    }
    return { ...base, maxRetriesPerRequest: 1, connectTimeout: 5_000, retryStrategy: (attempt) => (attempt > 3 ? null : attempt * 200) };
}

export function createRedis(url: string, role: 'durable' | 'command'): Redis {
    return new Redis(redisOptions(url, role));
}

/** Close a connection, or drop it when Redis is unreachable (QUIT would wait for a reply that never comes). */
export async function closeRedis(redis: Redis): Promise<void> {
    if (redis.status === 'ready') {
        await redis.quit().catch(() => redis.disconnect());
    } else {
        redis.disconnect();
    }
}
