/**
 * What a schedule is, in both homes (Redis for queue workers, the data dir for the embedded default): its target
 * and interval bounds, checked when it is added, so a bad URL or `--allow-host` is a usage error now, not a
 * broken run later.
 */
import { SITES, type SiteDefinition } from '../../crawlers/index.js';
import { type FileSite, fileSite, type SiteEntry } from '../../crawlers/sites-file.js';
import { UsageError } from '../errors.js';
import { normalizeUrl } from '../fetch/normalize-url.js';
import type { ScheduleInfo } from '../ops/types.js';
import { createCrawlScope } from '../pipeline/crawl-scope.js';
import { formatDuration } from '../queue/durations.js';
import { urlHash } from '../queue/names.js';

export interface ScheduleSettings {
    id: string;
    /** What the schedule was added with: a start URL (as cleaned) or a site id. */
    target: string;
    /** Where each run starts. Schedules stored before site ids were accepted lack it: their target is the URL. */
    startUrls?: string[];
    allowHosts: string[];
    /** The site from a sites file, as it was written when the schedule was added. */
    site?: SiteEntry;
    everyMs: number;
    minIntervalMs: number;
    maxIntervalMs: number;
    paused: boolean;
    createdAt: string;
}

export interface NewSchedule {
    /** A start URL, or the id of a site (from a sites file, or in `crawlers/`) whose definition lists start URLs. */
    target: string;
    everyMs: number;
    /** Bounds of the per-page interval. @default everyMs / 4 and everyMs * 8 */
    minIntervalMs?: number;
    maxIntervalMs?: number;
    allowHosts?: string[];
    /** Sites of the sites file in use, asked before `crawlers/`. */
    sites?: readonly FileSite[];
}

/**
 * A schedule's id follows from its target (a URL by its normalised form): adding the same target again
 * updates it.
 */
function scheduleId(target: string): string {
    return `sched-${urlHash(normalizeUrl(target) ?? target).slice(0, 10)}`;
}

/**
 * What `schedule add <site-or-url>` starts from: the start URLs of the site with that id (a sites file's first),
 * or the URL itself.
 */
export function resolveScheduleTarget(
    input: string,
    allowHosts: readonly string[],
    sites: readonly Pick<SiteDefinition, 'id' | 'startUrls'>[] = SITES,
    fileSites: readonly FileSite[] = [],
): { target: string; startUrls: string[]; site?: SiteEntry } {
    const fromFile = fileSites.find((s) => s.entry.id === input);
    if (fromFile) {
        const { startUrls } = createCrawlScope(fromFile.entry.startUrls, [...allowHosts, ...fromFile.entry.hosts]);
        return { target: input, startUrls, site: fromFile.entry };
    }
    const site = sites.find((s) => s.id === input);
    if (site) {
        if (site.startUrls.length === 0) {
            throw new UsageError(`site ${input} has no start URLs in its definition: give a start URL instead`);
        }
        return { target: input, startUrls: createCrawlScope(site.startUrls, allowHosts).startUrls };
    }
    if (!/^https?:\/\//i.test(input.trim())) {
        const known = [...fileSites.map((s) => s.entry.id), ...sites.filter((s) => s.startUrls.length > 0).map((s) => s.id)];
        const hint = known.length > 0 ? `a site id (${known.join(', ')})` : 'a site id (none has start URLs)';
        throw new UsageError(`expected an http(s) start URL or ${hint}, got ${JSON.stringify(input)}`);
    }
    const { startUrls } = createCrawlScope([input], allowHosts);
    return { target: startUrls[0]!, startUrls };
}

export function newScheduleSettings(input: NewSchedule): ScheduleSettings {
    const allowHosts = input.allowHosts ?? [];
    const { target, startUrls, site } = resolveScheduleTarget(input.target, allowHosts, SITES, input.sites);
    const minIntervalMs = input.minIntervalMs ?? Math.round(input.everyMs / 4);
    const maxIntervalMs = input.maxIntervalMs ?? input.everyMs * 8;
    if (minIntervalMs > maxIntervalMs) throw new UsageError('--min-interval must not exceed --max-interval');
    return {
        id: scheduleId(target),
        target,
        startUrls,
        allowHosts,
        ...(site ? { site } : {}),
        everyMs: input.everyMs,
        minIntervalMs,
        maxIntervalMs,
        paused: false,
        createdAt: new Date().toISOString(),
    };
}

export function scheduleInfo(settings: ScheduleSettings, nextRunAt: number | null | undefined): ScheduleInfo {
    return {
        id: settings.id,
        target: settings.target,
        startUrls: settings.startUrls ?? [settings.target],
        everyMs: settings.everyMs,
        every: formatDuration(settings.everyMs),
        minIntervalMs: settings.minIntervalMs,
        maxIntervalMs: settings.maxIntervalMs,
        paused: settings.paused,
        nextRunAt: settings.paused || !nextRunAt ? null : new Date(nextRunAt).toISOString(),
    };
}

/** Soonest next run first, paused last. */
export function bySoonest(a: ScheduleInfo, b: ScheduleInfo): number {
    return (a.nextRunAt ?? '~').localeCompare(b.nextRunAt ?? '~') || a.id.localeCompare(b.id);
}

/**
 * The site a run crawls: the sites file's current entry for the schedule's site id when the file has it (an
 * edited file takes effect at the next run), else the entry kept with the schedule.
 */
export function siteOfSchedule(settings: ScheduleSettings, fileSites: readonly FileSite[] = []): FileSite | undefined {
    if (!settings.site) return undefined;
    return fileSites.find((s) => s.entry.id === settings.target) ?? fileSite(settings.site);
}
