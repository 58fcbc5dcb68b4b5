/**
 * Recurring recrawls on BullMQ job schedulers. Settings live in a Redis hash (so a paused schedule, which
 * has no job scheduler, is still listed); the scheduler adds a `recrawls` job every interval, and a worker
 * turns each into a crawl of the target whose pages are fetched only when their adaptive interval is due.
 */
import type { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { SITES, type SiteDefinition } from '../../crawlers/index.js';
import { UsageError } from '../errors.js';
import { normalizeUrl } from '../fetch/normalize-url.js';
import type { ScheduleInfo } from '../ops/types.js';
import { createCrawlScope } from '../pipeline/crawl-scope.js';
import { withCommandConnections } from './command-connections.js';
import { startCrawl } from './crawls.js';
import { formatDuration } from './durations.js';
import type { PageJob, RecrawlJob } from './jobs.js';
import { KEYS, urlHash } from './names.js';
import type { Queues } from './queues.js';

interface ScheduleSettings {
    id: string;
    /** What the schedule was added with: a start URL (as cleaned) or a site id. */
    target: string;
    /** Where each run starts. Schedules stored before site ids were accepted lack it: their target is the URL. */
    startUrls?: string[];
    allowHosts: string[];
    everyMs: number;
    minIntervalMs: number;
    maxIntervalMs: number;
    paused: boolean;
    createdAt: string;
}

export interface NewSchedule {
    /** A start URL, or the id of a site in `crawlers/` whose definition lists start URLs. */
    target: string;
    everyMs: number;
    /** Bounds of the per-page interval. @default everyMs / 4 and everyMs * 8 */
    minIntervalMs?: number;
    maxIntervalMs?: number;
    allowHosts?: string[];
}

/**
 * A schedule's id follows from its target (a URL by its normalised form): adding the same target again
 * updates it.
 */
function scheduleId(target: string): string {
    return `sched-${urlHash(normalizeUrl(target) ?? target).slice(0, 10)}`;
}

async function readSettings(redis: Redis, id: string): Promise<ScheduleSettings> {
    const raw = await redis.hget(KEYS.schedules, id);
    if (!raw) throw new UsageError(`no schedule ${JSON.stringify(id)} (see \`claimscope schedule list\`)`);
    return JSON.parse(raw) as ScheduleSettings;
}

/**
 * What `schedule add <site-or-url>` starts from: the start URLs of the site with that id, or the URL itself.
 * The scope is built here, so a bad URL or `--allow-host` is a usage error now, not a broken run later.
 */
export function resolveScheduleTarget(
    input: string,
    allowHosts: readonly string[],
    sites: readonly Pick<SiteDefinition, 'id' | 'startUrls'>[] = SITES,
): { target: string; startUrls: string[] } {
    const site = sites.find((s) => s.id === input);
    if (site) {
        if (site.startUrls.length === 0) {
            throw new UsageError(`site ${input} has no start URLs in its definition: give a start URL instead`);
        }
        return { target: input, startUrls: createCrawlScope(site.startUrls, allowHosts).startUrls };
    }
    if (!/^https?:\/\//i.test(input.trim())) {
        const known = sites.filter((s) => s.startUrls.length > 0).map((s) => s.id);
        const hint = known.length > 0 ? `a site id (${known.join(', ')})` : 'a site id (none has start URLs)';
        throw new UsageError(`expected an http(s) start URL or ${hint}, got ${JSON.stringify(input)}`);
    }
    const { startUrls } = createCrawlScope([input], allowHosts);
    return { target: startUrls[0]!, startUrls };
}

/** Start (or restart) the job scheduler: first run one interval from now. */
async function arm(recrawls: Queue<RecrawlJob>, settings: ScheduleSettings): Promise<void> {
    await recrawls.upsertJobScheduler(
        settings.id,
        { every: settings.everyMs, startDate: Date.now() + settings.everyMs },
        { name: 'recrawl', data: { scheduleId: settings.id } },
    );
}

/** Scheduling commands, on the short-lived connections of one command. */
export class ScheduleAdmin {
    private constructor(
        private readonly redis: Redis,
        private readonly queues: Queues,
    ) {}

    /**
     * Run `task` with an admin, then close its connections.
     * @throws ClaimscopeError when Redis cannot be reached.
     */
    static use<T>(redisUrl: string, task: (admin: ScheduleAdmin) => Promise<T>): Promise<T> {
        return withCommandConnections(redisUrl, ({ redis, queues }) => task(new ScheduleAdmin(redis, queues)));
    }

    async add(input: NewSchedule): Promise<ScheduleInfo> {
        const allowHosts = input.allowHosts ?? [];
        const { target, startUrls } = resolveScheduleTarget(input.target, allowHosts);
        const minIntervalMs = input.minIntervalMs ?? Math.round(input.everyMs / 4);
        const maxIntervalMs = input.maxIntervalMs ?? input.everyMs * 8;
        if (minIntervalMs > maxIntervalMs) throw new UsageError('--min-interval must not exceed --max-interval');
        const settings: ScheduleSettings = {
            id: scheduleId(target),
            target,
            startUrls,
            allowHosts,
            everyMs: input.everyMs,
            minIntervalMs,
            maxIntervalMs,
            paused: false,
            createdAt: new Date().toISOString(),
        };
        await this.redis.hset(KEYS.schedules, settings.id, JSON.stringify(settings));
        await arm(this.queues.recrawls, settings);
        return this.#info(settings);
    }

    async list(): Promise<ScheduleInfo[]> {
        const all = Object.values(await this.redis.hgetall(KEYS.schedules)).map((raw) => JSON.parse(raw) as ScheduleSettings);
        const infos = await Promise.all(all.map((settings) => this.#info(settings)));
        return infos.sort((a, b) => (a.nextRunAt ?? '~').localeCompare(b.nextRunAt ?? '~') || a.id.localeCompare(b.id));
    }

    async pause(id: string): Promise<ScheduleInfo> {
        const settings = { ...(await readSettings(this.redis, id)), paused: true };
        await this.queues.recrawls.removeJobScheduler(id);
        await this.redis.hset(KEYS.schedules, id, JSON.stringify(settings));
        return this.#info(settings);
    }

    async resume(id: string): Promise<ScheduleInfo> {
        const settings = { ...(await readSettings(this.redis, id)), paused: false };
        await this.redis.hset(KEYS.schedules, id, JSON.stringify(settings));
        await arm(this.queues.recrawls, settings);
        return this.#info(settings);
    }

    async remove(id: string): Promise<void> {
        await readSettings(this.redis, id);
        await this.queues.recrawls.removeJobScheduler(id);
        await this.redis.hdel(KEYS.schedules, id);
    }

    /** Run the recrawl now, outside the schedule; returns the recrawl job's id. */
    async runNow(id: string): Promise<string> {
        await readSettings(this.redis, id);
        const job = await this.queues.recrawls.add('recrawl', { scheduleId: id });
        return job.id!;
    }

    async #info(settings: ScheduleSettings): Promise<ScheduleInfo> {
        const scheduler = settings.paused ? undefined : await this.queues.recrawls.getJobScheduler(settings.id);
        return {
            id: settings.id,
            target: settings.target,
            startUrls: settings.startUrls ?? [settings.target],
            everyMs: settings.everyMs,
            every: formatDuration(settings.everyMs),
            minIntervalMs: settings.minIntervalMs,
            maxIntervalMs: settings.maxIntervalMs,
            paused: settings.paused,
            nextRunAt: scheduler?.next ? new Date(scheduler.next).toISOString() : null,
        };
    }
}

/**
 * Every schedule, soonest next run first.
 * @throws ClaimscopeError when Redis cannot be reached.
 */
export async function readSchedules(redisUrl: string): Promise<ScheduleInfo[]> {
    return ScheduleAdmin.use(redisUrl, (admin) => admin.list());
}

/** `recrawls` processor: start a crawl of the schedule's target with its interval bounds. */
export function recrawlProcessor(redis: Redis, pages: Queue<PageJob>, limits: { maxDepth: number; maxPages: number }) {
    return async (job: Job<RecrawlJob>): Promise<string> => {
        const raw = await redis.hget(KEYS.schedules, job.data.scheduleId);
        if (!raw) return 'schedule removed';
        const settings = JSON.parse(raw) as ScheduleSettings;
        return startCrawl(
            redis,
            pages,
            {
                startUrls: settings.startUrls ?? [settings.target],
                allowHosts: settings.allowHosts,
                ...limits,
                schedule: {
                    id: settings.id,
                    baseIntervalMs: settings.everyMs,
                    minIntervalMs: settings.minIntervalMs,
                    maxIntervalMs: settings.maxIntervalMs,
                },
            },
            settings.id,
        );
    };
}
