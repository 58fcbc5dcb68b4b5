/** Redis connections for the queue: long-lived ones that ride out a Redis restart, short ones that fail fast. */
import type { RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { ClaimscopeError } from '../errors.js';

/** Reconnect delays grow to this and stay there: a worker waits out a Redis restart of any length. */
const MAX_RECONNECT_DELAY_MS = 2_000;

/** `durable`: workers, the writer, `crawl --wait`. `command`: one-shot CLI commands. */
export type RedisRole = 'durable' | 'command';

/**
 * ioredis options for `url` (redis:// or rediss://). `durable`: commands wait for the reconnect instead of
 * failing (`maxRetriesPerRequest: null`, which BullMQ requires for workers) and reconnection never gives up.
 * `command`: a down Redis is an error, not a hang. BullMQ gets options rather than client instances so each
 * of its classes owns and closes its connections.
 */
export function redisOptions(url: string, role: RedisRole): RedisOptions {
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
    return {
        ...base,
        maxRetriesPerRequest: 1,
        connectTimeout: 5_000,
        retryStrategy: (attempt) => (attempt > 3 ? null : attempt * 200),
        // A socket that never connected is never closed either: don't keep the command alive 2 s for it.
        disconnectTimeout: 200,
    };
}

/** Socket and DNS failures: Redis is down or unreachable (as opposed to a command Redis refused). */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/** The socket error code when `err` says Redis cannot be reached, else undefined. */
export function unreachableCode(err: unknown): string | undefined {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    return code && UNREACHABLE_CODES.has(code) ? code : undefined;
}

/** `url` as it may appear in messages and logs: without the password. */
export function displayRedisUrl(url: string): string {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
}

/**
 * Hears the `error` events of every connection, queue and worker a process opens to one Redis (an emitter
 * without a listener would print ioredis' or BullMQ's stack trace). With `log` (long-lived processes) an
 * outage is logged once when it starts and once when Redis is back: every connection retries on its own,
 * and a line per connection and attempt would bury everything else. Other errors are logged as they come.
 * Without `log` (one-shot commands) errors are only remembered, for {@link ConnectionWatch.explain}.
 */
export class ConnectionWatch {
    #lastUnreachable: string | undefined;

    constructor(
        readonly url: string,
        private readonly log?: (line: string) => void,
    ) {}

    /** An `error` listener; `source` names the emitter in logged errors that are not about the connection. */
    listener(source: string): (err: unknown) => void {
        return (err) => {
            const code = unreachableCode(err);
            if (code) {
                if (!this.#lastUnreachable) this.log?.(`${this.#unreachableMessage(code)}; reconnecting`);
                this.#lastUnreachable = code;
                return;
            }
            this.log?.(`${source}: ${err instanceof Error ? err.message : String(err)}`);
        };
    }

    /** `ready` listener of the process's main connection: the outage, if any, is over. */
    readonly ready = (): void => {
        if (this.#lastUnreachable) this.log?.(`Redis at ${displayRedisUrl(this.url)} is back`);
        this.#lastUnreachable = undefined;
    };

    /**
     * `err` as a user should see it: a one-line ClaimscopeError when Redis could not be reached (the command
     * itself then fails with whatever ioredis or BullMQ says last, e.g. "Reached the max retries per request").
     */
    explain(err: unknown): unknown {
        const code = unreachableCode(err) ?? this.#lastUnreachable;
        if (!code || err instanceof ClaimscopeError) return err;
        return new ClaimscopeError(this.#unreachableMessage(code), { cause: err });
    }

    #unreachableMessage(code: string): string {
        return `cannot reach Redis at ${displayRedisUrl(this.url)} (${code})`;
    }
}

/** A client whose errors and reconnects go to `watch`. */
export function createRedis(url: string, role: RedisRole, watch: ConnectionWatch): Redis {
    const redis = new Redis(redisOptions(url, role));
    redis.on('error', watch.listener('redis'));
    redis.on('ready', watch.ready);
    return redis;
}

/** Close a connection, or drop it when Redis is unreachable (QUIT would wait for a reply that never comes). */
export async function closeRedis(redis: Redis): Promise<void> {
    if (redis.status === 'ready') {
        await redis.quit().catch(() => redis.disconnect());
    } else if (redis.status !== 'end') {
        redis.disconnect();
    }
}
