/**
 * Operational views for the CLI and the HTTP API: the change log, recrawl schedules and crawl status. Each
 * works without Redis (data dir only) and opens and closes its own connections.
 */
import { readChanges } from '../changes/log.js';
import type { ClaimChange } from '../changes/types.js';
import { readEmbeddedSchedules } from '../schedules/embedded-schedules.js';
import { PageStore } from '../storage/page-store.js';
import type { ScheduleInfo, StatusReport } from './types.js';
import { compareCodePoints } from '../code-point-order.js';

export type { ClaimChange, FieldChange } from '../changes/types.js';
export type { QueueDepth, ScheduleInfo, StatusReport } from './types.js';

/** Claim-level changes recorded in the data dir, oldest first; `since` is an ISO date or time. */
export async function getChanges(opts: { dataDir: string; since?: string }): Promise<ClaimChange[]> {
    return readChanges(opts.dataDir, opts.since);
}

/** Recurring recrawls, soonest first: in Redis when it is configured, else in the data dir. */
export async function listSchedules(opts: { redisUrl?: string; dataDir: string }): Promise<ScheduleInfo[]> {
    if (!opts.redisUrl) return readEmbeddedSchedules(opts.dataDir);
    const { readSchedules } = await import('../queue/schedules.js');
    return readSchedules(opts.redisUrl);
}

function nextRunsOf(schedules: ScheduleInfo[]): StatusReport['nextRuns'] {
    return schedules
        .filter((s) => s.nextRunAt !== null)
        .map((s) => ({ id: s.id, target: s.target, at: s.nextRunAt! }))
        .sort((a, b) => compareCodePoints(a.at, b.at));
}

/** Queue depths and schedules in Redis; BullMQ is loaded only when Redis is configured. */
async function readRedisStatus(redisUrl: string) {
    const [{ readQueueStatus }, { readSchedules }] = await Promise.all([import('../queue/status.js'), import('../queue/schedules.js')]);
    return Promise.all([readQueueStatus(redisUrl), readSchedules(redisUrl)]);
}

/** Pages and failures in the data dir, plus queue depths, throughput and next runs when Redis is configured. */
export async function getStatus(opts: { dataDir: string; redisUrl?: string }): Promise<StatusReport> {
    // With Redis, its state comes first: an unreachable Redis is the answer, before the data dir is opened.
    const redis = opts.redisUrl ? await readRedisStatus(opts.redisUrl) : undefined;
    const store = await PageStore.open(opts.dataDir);
    let counts: ReturnType<PageStore['counts']>;
    try {
        // One read transaction: pages and claims of the same committed state, while a crawl writes.
        counts = store.transaction(() => store.counts());
    } finally {
        store.close();
    }
    const report: StatusReport = {
        mode: 'embedded',
        dataDir: opts.dataDir,
        pages: counts.pages,
        claims: counts.claims,
        failures: counts.failures,
        failuresByReason: counts.failuresByReason,
        queues: [],
        pagesPerSecond: null,
        pagesLastMinute: null,
        workers: null,
        nextRuns: [],
    };
    if (!redis) return { ...report, nextRuns: nextRunsOf(readEmbeddedSchedules(opts.dataDir)) };
    const [queue, schedules] = redis;
    return { ...report, mode: 'redis', ...queue, nextRuns: nextRunsOf(schedules) };
}
