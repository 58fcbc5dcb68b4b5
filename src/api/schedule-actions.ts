/**
 * Changing recrawl schedules from the page: pause, resume, run now, remove. Only a caller holding the token
 * `claimscope serve` prints at start-up may do it, and only by sending it in a header: a cross-site form or a
 * cookie cannot, and a cross-origin script cannot set the header without a CORS preflight this server never
 * grants. A request whose Origin is another site is refused before the token is even looked at.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { loadSitesFile } from '../../crawlers/sites-file.js';
import type { Config } from '../config/index.js';
import { UsageError } from '../errors.js';
import type { ScheduleInfo } from '../ops/types.js';
import { ApiError } from './api-error.js';

export const TOKEN_HEADER = 'x-claimscope-token';
export const SCHEDULE_ACTIONS = ['pause', 'resume', 'run', 'remove'] as const;
export type ScheduleAction = (typeof SCHEDULE_ACTIONS)[number];

/** `/api/schedules/<id>/<action>`; ids are the schedule ids `claimscope schedule add` prints. */
const ACTION_PATH = /^\/api\/schedules\/([A-Za-z0-9._-]{1,200})\/(pause|resume|run|remove)$/;

export function newToken(): string {
    return randomBytes(24).toString('base64url');
}

export function parseActionPath(pathname: string): { id: string; action: ScheduleAction } | undefined {
    const match = ACTION_PATH.exec(pathname);
    return match ? { id: match[1]!, action: match[2] as ScheduleAction } : undefined;
}

function sameToken(given: string, expected: string): boolean {
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Refuses a request that did not come from this server's own page with the token.
 * @throws ApiError 403 naming what is missing.
 */
export function authorise(req: IncomingMessage, token: string): void {
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}` && origin !== `https://${req.headers.host}`) {
        throw new ApiError(403, `cross-site request refused (Origin ${origin})`);
    }
    if (req.headers['sec-fetch-site'] === 'cross-site') throw new ApiError(403, 'cross-site request refused');
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || given === '') throw new ApiError(403, `missing ${TOKEN_HEADER} header: use the token \`claimscope serve\` printed`);
    if (!sameToken(given, token)) throw new ApiError(403, `wrong ${TOKEN_HEADER}: use the token \`claimscope serve\` printed`);
}

/** Runs the action; answers the schedule as it is afterwards (null once removed). */
export async function runScheduleAction(
    config: Config,
    id: string,
    action: ScheduleAction,
    logError: (err: unknown) => void,
): Promise<{ schedule: ScheduleInfo | null; action: ScheduleAction }> {
    try {
        if (config.redisUrl) {
            const { ScheduleAdmin } = await import('../queue/schedules.js');
            return await ScheduleAdmin.use(config.redisUrl, async (admin) => {
                if (action === 'run') await admin.runNow(id);
                return { action, schedule: await apply(admin, id, action) };
            });
        }
        const { EmbeddedSchedules } = await import('../schedules/embedded-schedules.js');
        return await EmbeddedSchedules.use(config, async (schedules) => {
            const schedule = await apply(schedules, id, action);
            // A run here is a whole crawl in this process: it starts now and the answer does not wait for it.
            if (action === 'run') {
                void EmbeddedSchedules.use(config, (own) => own.run(id, { sites: loadSitesFile(undefined, config.dataDir)?.sites })).catch(logError);
            }
            return { action, schedule };
        });
    } catch (err) {
        if (err instanceof UsageError) throw new ApiError(404, err.message);
        throw err;
    }
}

/** What both schedule backends (Redis and the data dir) offer. */
interface ScheduleBackend {
    list(): Promise<ScheduleInfo[]> | ScheduleInfo[];
    pause(id: string): Promise<ScheduleInfo> | ScheduleInfo;
    resume(id: string): Promise<ScheduleInfo> | ScheduleInfo;
    remove(id: string): Promise<void> | void;
}

async function apply(schedules: ScheduleBackend, id: string, action: ScheduleAction): Promise<ScheduleInfo | null> {
    if (action === 'pause') return schedules.pause(id);
    if (action === 'resume') return schedules.resume(id);
    if (action === 'remove') {
        await schedules.remove(id);
        return null;
    }
    const schedule = (await schedules.list()).find((s) => s.id === id);
    if (!schedule) throw new ApiError(404, `no schedule ${JSON.stringify(id)}`);
    return schedule;
}
