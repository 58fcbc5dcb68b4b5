/**
 * Recurring recrawls on BullMQ job schedulers. Settings live in a Redis hash (so a paused schedule, which
 * has no job scheduler, is still listed); the scheduler adds a `recrawls` job every interval, and a worker
 * turns each into a crawl of the target whose pages are fetched only when their adaptive interval is due.
 */
import type { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { UsageError } from '../errors.js';
import type { ScheduleInfo } from '../ops/types.js';
import { createCrawlScope } from '../pipeline/crawl-scope.js';
import { bySoonest, type NewSchedule, newScheduleSettings, scheduleInfo, type ScheduleSettings, siteOfSchedule } from '../schedules/settings.js';
import { type SitemapConfig, sitemapStarts } from '../sites/sitemap-starts.js';
import { withCommandConnections } from './command-connections.js';
import { startCrawl } from './crawls.js';
import type { PageJob, RecrawlJob } from './jobs.js';
import { KEYS } from './names.js';
import type { Queues } from './queues.js';

async function readSettings(redis: Redis, id: string): Promise<ScheduleSettings> {
    const raw = await redis.hget(KEYS.schedules, id);
    if (!raw) throw new UsageError(`no schedule ${JSON.stringify(id)} (see \`claimscope schedule list\`)`);
    return JSON.parse(raw) as ScheduleSettings;
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
        const settings = newScheduleSettings(input);
        await this.redis.hset(KEYS.schedules, settings.id, JSON.stringify(settings));
        await arm(this.queues.recrawls, settings);
        return this.#info(settings);
    }

    async list(): Promise<ScheduleInfo[]> {
        const all = Object.values(await this.redis.hgetall(KEYS.schedules)).map((raw) => JSON.parse(raw) as ScheduleSettings);
        const infos = await Promise.all(all.map((settings) => this.#info(settings)));
        return infos.sort(bySoonest);
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
        return scheduleInfo(settings, scheduler?.next);
    }
}

/**
 * Every schedule, soonest next run first.
 * @throws ClaimscopeError when Redis cannot be reached.
 */
export async function readSchedules(redisUrl: string): Promise<ScheduleInfo[]> {
    return ScheduleAdmin.use(redisUrl, (admin) => admin.list());
}

/** `recrawls` processor: start a crawl of the schedule's target (a site's sitemaps among its start points). */
export function recrawlProcessor(redis: Redis, pages: Queue<PageJob>, config: SitemapConfig & { maxDepth: number }) {
    return async (job: Job<RecrawlJob>): Promise<string> => {
        const raw = await redis.hget(KEYS.schedules, job.data.scheduleId);
        if (!raw) return 'schedule removed';
        const settings = JSON.parse(raw) as ScheduleSettings;
        const startUrls = settings.startUrls ?? [settings.target];
        const allowHosts = [...settings.allowHosts, ...(settings.site?.hosts ?? [])];
        const site = siteOfSchedule(settings);
        const fromSitemaps = site ? await sitemapStarts(site, createCrawlScope(startUrls, allowHosts), config) : { urls: [] };
        return startCrawl(
            redis,
            pages,
            {
                startUrls: [...startUrls, ...fromSitemaps.urls],
                allowHosts,
                maxDepth: settings.site?.maxDepth ?? config.maxDepth,
                maxPages: config.maxPages,
                ...(settings.site ? { site: settings.site } : {}),
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
