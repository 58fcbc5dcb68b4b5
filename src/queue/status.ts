/** Queue depths, throughput and connected workers, for `claimscope status`. */
import type { QueueDepth, StatusReport } from '../ops/types.js';
import { withCommandConnections } from './command-connections.js';
import { KEYS } from './names.js';

const WINDOW_S = 60;

/** @throws ClaimscopeError when Redis cannot be reached. */
export async function readQueueStatus(
    redisUrl: string,
): Promise<Pick<StatusReport, 'queues' | 'pagesPerSecond' | 'pagesLastMinute' | 'workers'>> {
    return withCommandConnections(redisUrl, async ({ redis, queues }) => {
        const depths: QueueDepth[] = await Promise.all(
            [queues.pages, queues.results, queues.recrawls].map(async (queue) => {
                const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed');
                return {
                    name: queue.name,
                    waiting: counts.waiting ?? 0,
                    active: counts.active ?? 0,
                    delayed: counts.delayed ?? 0,
                    prioritized: counts.prioritized ?? 0,
                    failed: counts.failed ?? 0,
                    completed: counts.completed ?? 0,
                };
            }),
        );
        // The current second is still filling up: count the last full minute before it.
        const now = Math.floor(Date.now() / 1000);
        const seconds = Array.from({ length: WINDOW_S }, (_, i) => KEYS.finishedAt(now - 1 - i));
        const counts = await redis.mget(...seconds);
        const pagesLastMinute = counts.reduce((sum, n) => sum + Number(n ?? 0), 0);
        const workers = (await queues.pages.getWorkers()).length;
        return { queues: depths, pagesPerSecond: pagesLastMinute / WINDOW_S, pagesLastMinute, workers };
    });
}
