/**
 * The embedded scheduler: runs due schedules one after another in this process, for `claimscope watch` (in the
 * foreground) and `claimscope serve` (beside the API). A run claims its schedule first, so two runners on one data
 * dir never crawl the same run twice.
 */
import type { FileSite } from '../../crawlers/sites-file.js';
import type { Config } from '../config/index.js';
import { ScheduleStore } from './schedule-store.js';
import { describeRun, runStoredSchedule } from './embedded-schedules.js';

export interface SchedulerOptions {
    /** The sites file's sites, asked again before every run (an edited file takes effect at the next run). */
    sites?: () => readonly FileSite[];
    notify?: readonly string[];
    /** One line per run, and per run that failed. */
    log: (line: string) => void;
    /** Longest sleep between two looks at the schedules (a schedule added meanwhile is seen this late). @default 1000 */
    pollMs?: number;
}

export interface RunningScheduler {
    /** Ends after the run in progress, if any. */
    stop(): Promise<void>;
}

export function startScheduler(config: Config, options: SchedulerOptions): RunningScheduler {
    const pollMs = options.pollMs ?? 1_000;
    let stopping = false;
    // Deliveries outlive their run; stopping waits for them (a while) so a notification is not cut off.
    const deliveries = new Set<Promise<unknown>>();
    let wake: () => void = () => {};

    const runDue = async (store: ScheduleStore) => {
        for (const stored of store.due()) {
            if (stopping) return;
            if (!store.claim(stored)) continue;
            const { id, target } = stored.settings;
            const startedAt = new Date().toISOString();
            try {
                const run = await runStoredSchedule(config, store, stored, {
                    sites: options.sites?.(),
                    notify: options.notify,
                    onNotifyFailure: (url, reason) => options.log(`${id}: notification to ${url} not delivered (${reason})`),
                });
                options.log(`${startedAt} ${id} ${target}: ${describeRun(run)}`);
                if (run.webhooks) {
                    const settled = run.webhooks.settle(15_000).finally(() => deliveries.delete(settled));
                    deliveries.add(settled);
                }
            } catch (err) {
                const message = err instanceof Error ? err.message : String(err);
                store.recordRun(id, `failed: ${message}`);
                options.log(`${startedAt} ${id} ${target}: failed: ${message}`);
            }
        }
    };

    const loop = (async () => {
        const store = ScheduleStore.open(config.dataDir);
        try {
            while (!stopping) {
                await runDue(store);
                const soonest = store.soonest();
                const sleepMs = soonest === null ? pollMs : Math.min(pollMs, Math.max(0, soonest - Date.now()));
                await new Promise<void>((resolve) => {
                    const timer = setTimeout(resolve, sleepMs);
                    wake = () => {
                        clearTimeout(timer);
                        resolve();
                    };
                });
            }
        } finally {
            store.close();
        }
    })().catch((err: unknown) => {
        // The data dir's database could not be opened or read: say so once, and leave the host process running.
        options.log(`schedules stopped: ${err instanceof Error ? err.message : String(err)}`);
    });

    return {
        async stop() {
            stopping = true;
            wake();
            await loop;
            await Promise.all(deliveries);
        },
    };
}
