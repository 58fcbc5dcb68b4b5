/**
 * What workers remember about pages between crawls, in Redis so any worker can use it: the stored page's
 * validators (for If-None-Match / If-Modified-Since and the content-hash check) and each page's adaptive
 * recrawl interval. The writer sets validators when it stores a page; workers only read them.
 */
import type { ChainableCommander, Redis } from 'ioredis';
import type { PageRecord } from '../storage/types.js';
import { KEYS } from './names.js';

export type PageValidators = Pick<PageRecord, 'url' | 'etag' | 'lastModified' | 'contentHash'>;

export function validatorsOf(page: PageValidators): PageValidators {
    return { url: page.url, etag: page.etag, lastModified: page.lastModified, contentHash: page.contentHash };
}

export async function saveValidators(redis: Redis, pages: PageValidators[], onlyIfMissing = false): Promise<void> {
    if (pages.length === 0) return;
    await repliesOf(queueValidators(redis.pipeline(), pages, onlyIfMissing));
}

/** Adds the commands that save `pages`' validators to `batch` (to share its round trip with other commands). */
export function queueValidators(batch: ChainableCommander, pages: PageValidators[], onlyIfMissing = false): ChainableCommander {
    for (const page of pages) {
        const value = JSON.stringify(validatorsOf(page));
        if (onlyIfMissing) batch.hsetnx(KEYS.validators, page.url, value);
        else batch.hset(KEYS.validators, page.url, value);
    }
    return batch;
}

/** Runs a pipeline; its replies in order. @throws the first command's error, as the commands sent one by one would. */
export async function repliesOf(batch: ChainableCommander): Promise<unknown[]> {
    const replies = (await batch.exec()) ?? [];
    for (const [err] of replies) if (err) throw err;
    return replies.map(([, reply]) => reply);
}

/**
 * The previous page as the page stage needs it, rebuilt from validators: the page stage reads only the
 * URL, validators and content hash of `previous`, so passages and claims stay with the writer's store.
 */
export async function previousFromValidators(redis: Redis, url: string): Promise<PageRecord | undefined> {
    const raw = await redis.hget(KEYS.validators, url);
    if (!raw) return undefined;
    const validators = JSON.parse(raw) as PageValidators;
    return { ...validators, site: '', title: '', published: null, passages: [], claims: [], fetchedAt: '' };
}

export interface RecrawlBounds {
    baseIntervalMs: number;
    minIntervalMs: number;
    maxIntervalMs: number;
}

interface RecrawlState {
    intervalMs: number;
    dueAt: number;
}

/** Changed → check twice as often; unchanged → half as often; always within the user's bounds. */
export function nextInterval(previousMs: number | undefined, changed: boolean, bounds: RecrawlBounds): number {
    const interval = previousMs === undefined ? bounds.baseIntervalMs : changed ? previousMs / 2 : previousMs * 2;
    return Math.round(Math.min(bounds.maxIntervalMs, Math.max(bounds.minIntervalMs, interval)));
}

/**
 * Is the page due for a recrawl? Pages never seen by a scheduled crawl always are. `slackMs` lets a page due
 * just after this run count as due now, so a page on the schedule's own interval is not skipped by a hair.
 */
export async function isRecrawlDue(redis: Redis, url: string, slackMs: number, now = Date.now()): Promise<boolean> {
    const raw = await redis.hget(KEYS.recrawlState, url);
    return !raw || (JSON.parse(raw) as RecrawlState).dueAt <= now + slackMs;
}

export async function recordRecrawl(redis: Redis, url: string, changed: boolean, bounds: RecrawlBounds, now = Date.now()): Promise<void> {
    const raw = await redis.hget(KEYS.recrawlState, url);
    const previous = raw ? (JSON.parse(raw) as RecrawlState).intervalMs : undefined;
    const intervalMs = nextInterval(previous, changed, bounds);
    const state: RecrawlState = { intervalMs, dueAt: now + intervalMs };
    await redis.hset(KEYS.recrawlState, url, JSON.stringify(state));
}
