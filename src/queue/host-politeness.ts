/**
 * Politeness per host, shared by every worker: at most `concurrency` requests in flight and at least
 * `delayMs` between request starts. State lives in Redis and time is Redis's clock, so workers on different
 * machines agree. A slot is a lease: a worker killed mid-request frees it when the lease runs out.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { KEYS } from './names.js';

/** 0 = slot taken; otherwise milliseconds to wait before asking again. */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 25 end
local nextAt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nextAt > now then return nextAt - now end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
if tonumber(ARGV[3]) > 0 then redis.call('SET', KEYS[2], now + tonumber(ARGV[3]), 'PX', ARGV[3]) end
return 0
`;

/** No new request to the host for `ms` (a 429's Retry-After), unless a later pause is already set. */
const PAUSE = `
local t = redis.call('TIME')
local until_ = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + tonumber(ARGV[1])
if until_ > tonumber(redis.call('GET', KEYS[1]) or '0') then redis.call('SET', KEYS[1], until_, 'PX', ARGV[1]) end
return 0
`;

export interface HostPolitenessSettings {
    concurrency: number;
    delayMs: number;
    /** How long a slot is held at most (longer than any request can take). */
    leaseMs: number;
}

export class HostPoliteness {
    constructor(
        private readonly redis: Redis,
        private readonly settings: HostPolitenessSettings,
    ) {}

    /** The gap between two request starts to one host, unless a site asks for more. */
    get delayMs(): number {
        return this.settings.delayMs;
    }

    /** Wait for a slot on `host` (`URL.host`); call the returned function when the request is over. */
    async acquire(host: string, delayMs = this.settings.delayMs): Promise<() => Promise<void>> {
        const token = randomUUID();
        const { concurrency, leaseMs } = this.settings;
        for (;;) {
            const wait = Number(await this.redis.eval(ACQUIRE, 2, KEYS.hostActive(host), KEYS.hostNext(host), token, concurrency, delayMs, leaseMs));
            if (wait === 0) break;
            await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 1_000)));
        }
        return async () => {
            await this.redis.zrem(KEYS.hostActive(host), token);
        };
    }

    /** Hold every worker off `host` for `ms`. */
    async pause(host: string, ms: number): Promise<void> {
        if (ms > 0) await this.redis.eval(PAUSE, 1, KEYS.hostNext(host), Math.ceil(ms));
    }
}
