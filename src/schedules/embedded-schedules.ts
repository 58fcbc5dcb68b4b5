/**
 * Schedules on the embedded default: the same commands as on Redis, kept in the data dir, and a run is an
 * embedded crawl in this process (`schedule run`, `watch`, `serve`).
 */
import type { Config } from '../config/index.js';
import type { ScheduleInfo } from '../ops/types.js';
import type { TargetRun, TargetRunOptions } from '../sites/crawl-target.js';
import { ScheduleStore, type StoredSchedule } from './schedule-store.js';
import { bySoonest, type NewSchedule, newScheduleSettings, scheduleInfo, siteOfSchedule } from './settings.js';

function infoOf(stored: StoredSchedule): ScheduleInfo {
    return scheduleInfo(stored.settings, stored.nextRunAt);
}

/** Every embedded schedule, soonest first; none (and nothing created) when the data dir has no database. */
export function readEmbeddedSchedules(dataDir: string): ScheduleInfo[] {
    const store = ScheduleStore.openIfPresent(dataDir);
    if (!store) return [];
    try {
        return store.all().map(infoOf).sort(bySoonest);
    } finally {
        store.close();
    }
}

/** Crawl a stored schedule's target now, with its recrawl bounds; records the outcome with the schedule. */
export async function runStoredSchedule(
    config: Config,
    store: ScheduleStore,
    stored: StoredSchedule,
    options: Omit<TargetRunOptions, 'recrawl'> = {},
): Promise<TargetRun> {
    const { settings } = stored;
    const site = siteOfSchedule(settings, options.sites);
    // The crawler is loaded when a schedule first runs, not by every process that lists schedules.
    const { crawlTarget } = await import('../sites/crawl-target.js');
    const run = await crawlTarget(
        config,
        { label: settings.target, startUrls: settings.startUrls ?? [settings.target], allowHosts: settings.allowHosts, site },
        {
            ...options,
            recrawl: store.recrawlHooks({
                baseIntervalMs: settings.everyMs,
                minIntervalMs: settings.minIntervalMs,
                maxIntervalMs: settings.maxIntervalMs,
            }),
        },
    );
    store.recordRun(settings.id, describeRun(run));
    return run;
}

/** `31 pages: 2 changed, 20 unchanged, 9 not due, 0 failed; 14 notifications` */
export function describeRun(run: TargetRun): string {
    const { summary } = run;
    const parts = [
        `${summary.done + summary.skipped + summary.failures.length} pages: ${summary.stored} changed, ${summary.unchanged} unchanged, ` +
            `${summary.skipped} not due, ${summary.failures.length} failed`,
    ];
    if (run.sitemapUrls > 0) parts.push(`${run.sitemapUrls} from sitemaps`);
    if (run.events > 0) parts.push(`${run.events} notifications`);
    return `${parts.join('; ')} in ${summary.seconds.toFixed(1)} s`;
}

export class EmbeddedSchedules {
    private constructor(
        private readonly config: Config,
        private readonly store: ScheduleStore,
    ) {}

    /** Run `task` on the data dir's schedules, then close the database. */
    static async use<T>(config: Config, task: (schedules: EmbeddedSchedules) => Promise<T>): Promise<T> {
        const store = ScheduleStore.open(config.dataDir);
        try {
            return await task(new EmbeddedSchedules(config, store));
        } finally {
            store.close();
        }
    }

    add(input: NewSchedule): ScheduleInfo {
        return infoOf(this.store.put(newScheduleSettings(input)));
    }

    list(): ScheduleInfo[] {
        return this.store.all().map(infoOf).sort(bySoonest);
    }

    pause(id: string): ScheduleInfo {
        return infoOf(this.store.setPaused(id, true));
    }

    resume(id: string): ScheduleInfo {
        return infoOf(this.store.setPaused(id, false));
    }

    remove(id: string): void {
        this.store.remove(id);
    }

    /** Crawl the schedule's target now, in this process, outside its rhythm. */
    run(id: string, options: Omit<TargetRunOptions, 'recrawl'> = {}): Promise<TargetRun> {
        return runStoredSchedule(this.config, this.store, this.store.get(id), options);
    }
}
