/**
 * The Meilisearch backend (`MEILI_URL`): one index of claims, settings applied from
 * meili-settings.ts on open, every write awaited until its task has succeeded.
 */
import { Meilisearch } from 'meilisearch';
import type { EnqueuedTaskPromise, Index, Task } from 'meilisearch';
import { MeiliTaskError } from './errors.js';
import { buildMeiliFilter, urlInFilter } from './meili-filter.js';
import { CLAIM_INDEX_SETTINGS } from './meili-settings.js';
import { compareCodePoints, emptyFacets, FACET_FIELDS, normalizeQuery } from './query.js';
import type { ClaimDocument, ClaimQuery, ClaimSearchResult, FacetCounts, SearchIndex } from './types.js';

export interface MeiliIndexOptions {
    /** Meilisearch base URL, e.g. http://127.0.0.1:7700. */
    url: string;
    apiKey?: string;
    /** Prefix of index uids, so several deployments or test runs share one server. @default 'claimscope_' */
    indexPrefix?: string;
    /** Documents per addDocuments call. @default 1000 */
    batchSize?: number;
    /** Stop waiting for one task after this long. @default 60_000 */
    taskTimeoutMs?: number;
}

/** Page URLs per delete-by-filter call: keeps each filter expression short. */
const URLS_PER_DELETE = 200;
/** Documents per getDocuments call when reading everything back. */
const DOCUMENTS_PER_READ = 1000;

/**
 * Opens the claims index on a Meilisearch server, creating it (primary key `id`) and applying
 * CLAIM_INDEX_SETTINGS if needed.
 *
 * @throws MeiliTaskError when creating the index or applying settings fails on the server.
 */
export async function openMeiliIndex(options: MeiliIndexOptions): Promise<SearchIndex> {
    const client = new Meilisearch({ host: options.url, apiKey: options.apiKey });
    const uid = `${options.indexPrefix ?? 'claimscope_'}claims`;
    const waiter = new TaskWaiter(options.taskTimeoutMs ?? 60_000);
    const created = await waiter.settle(client.createIndex(uid, { primaryKey: 'id' }), `create index ${uid}`);
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
        throw waiter.failure(created, `create index ${uid}`);
    }
    const index = client.index<ClaimDocument>(uid);
    await waiter.wait(index.updateSettings(CLAIM_INDEX_SETTINGS), `apply settings to ${uid}`);
    return new MeiliIndex(index, waiter, options.batchSize ?? 1000);
}

/** Awaits Meilisearch tasks and turns a failed or canceled one into a MeiliTaskError. */
class TaskWaiter {
    constructor(readonly timeoutMs: number) {}

    /** The finished task, whatever its status. */
    async settle(enqueued: EnqueuedTaskPromise, what: string): Promise<Task> {
        try {
            return await enqueued.waitTask({ timeout: this.timeoutMs });
        } catch (err) {
            throw new MeiliTaskError(-1, 'unknown', `Meilisearch, ${what}: ${(err as Error).message}`, { cause: err });
        }
    }

    /** The task once it has succeeded. @throws MeiliTaskError otherwise. */
    async wait(enqueued: EnqueuedTaskPromise, what: string): Promise<Task> {
        const task = await this.settle(enqueued, what);
        if (task.status !== 'succeeded') throw this.failure(task, what);
        return task;
    }

    failure(task: Task, what: string): MeiliTaskError {
        const reason = task.error ? `${task.error.code}: ${task.error.message}` : 'no error given';
        return new MeiliTaskError(task.uid, task.status, `Meilisearch task ${task.uid}, ${what}: ${task.status} (${reason})`, {
            cause: task.error,
        });
    }
}

class MeiliIndex implements SearchIndex {
    constructor(
        readonly index: Index<ClaimDocument>,
        readonly waiter: TaskWaiter,
        readonly batchSize: number,
    ) {}

    async upsert(docs: ClaimDocument[]): Promise<void> {
        for (let start = 0; start < docs.length; start += this.batchSize) {
            const batch = docs.slice(start, start + this.batchSize);
            await this.waiter.wait(this.index.addDocuments(batch, { primaryKey: 'id' }), `add ${batch.length} claims`);
        }
    }

    async deleteByUrls(urls: string[]): Promise<void> {
        const unique = [...new Set(urls)];
        for (let start = 0; start < unique.length; start += URLS_PER_DELETE) {
            const chunk = unique.slice(start, start + URLS_PER_DELETE);
            await this.waiter.wait(this.index.deleteDocuments({ filter: urlInFilter(chunk) }), `delete ${chunk.length} pages`);
        }
    }

    async search(query: ClaimQuery): Promise<ClaimSearchResult> {
        const { q, page, hitsPerPage } = normalizeQuery(query);
        const response = await this.index.search(q || null, {
            filter: buildMeiliFilter(query),
            facets: [...FACET_FIELDS],
            sort: ['url:asc', 'id:asc'],
            // Every word must match, as in the embedded index (Meilisearch's default drops words).
            matchingStrategy: 'all',
            page,
            hitsPerPage,
        });
        return {
            hits: response.hits.map(stripMeta),
            total: response.totalHits,
            page,
            hitsPerPage,
            facets: facetsOf(response.facetDistribution),
        };
    }

    async all(): Promise<ClaimDocument[]> {
        const docs: ClaimDocument[] = [];
        for (let offset = 0; ; offset += DOCUMENTS_PER_READ) {
            const { results, total } = await this.index.getDocuments({ offset, limit: DOCUMENTS_PER_READ });
            docs.push(...results);
            if (results.length === 0 || docs.length >= total) break;
        }
        return docs.sort((a, b) => compareCodePoints(a.url, b.url) || compareCodePoints(a.id, b.id));
    }

    async clear(): Promise<void> {
        await this.waiter.wait(this.index.deleteAllDocuments(), 'delete all claims');
    }

    async close(): Promise<void> {
        // The client keeps no connection open: nothing to release.
    }
}

/** Search hits carry `_formatted` etc. only when asked; drop any `_` field so hits equal stored claims. */
function stripMeta(hit: Record<string, unknown>): ClaimDocument {
    return Object.fromEntries(Object.entries(hit).filter(([key]) => !key.startsWith('_'))) as ClaimDocument;
}

function facetsOf(distribution: Record<string, Record<string, number>> | undefined): FacetCounts {
    const facets = emptyFacets();
    for (const field of FACET_FIELDS) Object.assign(facets[field], distribution?.[field]);
    return facets;
}
