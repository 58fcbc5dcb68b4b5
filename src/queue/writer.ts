/**
 * The one writer of a data dir and its index. Every worker process runs a DataDirWriter, but only the one
 * holding the Redis lease consumes the `results` queue: pages, failures and the change log are written, and
 * the index settled, by exactly one process at a time. Results are taken many at once and committed in
 * batches (one transaction each); the workers that read the pages send their claim rows (documents and index
 * words) with them, so the writer only stores. If the writer dies, its lease expires and another worker takes
 * over where the queue stands.
 *
 * The queue belongs to one data dir: the first writer records that data dir's identity in Redis, and a worker
 * started with another `--data-dir` never takes the lease (it says so once and keeps crawling pages).
 */
import { randomUUID } from 'node:crypto';
import { type Job, type RedisOptions, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config/index.js';
import { ClaimscopeError } from '../errors.js';
import { pageRowsOf } from '../pipeline/build-claims.js';
import { indexPages } from '../pipeline/index-stage.js';
import { ResultWriter } from '../pipeline/result-writer.js';
import { openSearchIndex } from '../search/index.js';
import type { SearchIndex } from '../search/types.js';
import { compressHtml, PageStore, type StoreResult } from '../storage/page-store.js';
import type { PageResult } from './jobs.js';
import { unpackPage } from './packed-page.js';
import { KEYS, QUEUE_PREFIX, QUEUES } from './names.js';
import { queueValidators, repliesOf, saveValidators } from './page-memory.js';
import { normalizeUrl } from '../fetch/normalize-url.js';

/** Renew the lease if it is still ours. */
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/** Count the result once: mark the URL written, move the crawl's counters. 1 if it was new. */
const COUNT_ONCE = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HINCRBY', KEYS[2], 'pending', -1)
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
return 1
`;

const COUNTER_OF: Record<PageResult['kind'], string> = {
    changed: 'stored',
    unchanged: 'unchanged',
    not_article: 'notArticles',
    skipped: 'skipped',
    failed: 'failed',
};

/** What sets a crawl's frontier and written-set keys apart from its hash (all three share `KEYS.crawl(id)`). */
const FRONTIER_SUFFIX = KEYS.frontier('').slice(KEYS.crawl('').length);
const WRITTEN_SUFFIX = KEYS.written('').slice(KEYS.crawl('').length);

/** Redis string: the identity of the data dir this deployment's queue writes to. */
const DATA_DIR_KEY = `${QUEUE_PREFIX}:data-dir`;
/** Results taken from the queue at once: they share transactions. */
const RESULTS_IN_HAND = 32;
/** Stored pages whose validators are sent to Redis per call when a writer starts. */
const VALIDATOR_BATCH = 500;

/**
 * Mirror into an index that keeps its own copy (Meilisearch) after this many changed pages even while results keep
 * coming. The embedded index reads the claim records, so a page is searchable once committed: settling clusters
 * over every page then waits for the crawl's end or a pause, instead of costing a pass over the store per batch.
 */
const FLUSH_EVERY = 200;
/** …and once results pause this long. */
const IDLE_FLUSH_MS = 1_000;
/** How long an indexed crawl's hash, frontier and written set stay in Redis. */
export const FINISHED_CRAWL_TTL_S = 7 * 24 * 3600;

export interface WriterOptions {
    config: Pick<Config, 'dataDir' | 'meiliUrl' | 'meiliKey'>;
    /** For the results worker's own connections. */
    connection: RedisOptions;
    leaseMs: number;
    lockDurationMs: number;
    onError?: (err: unknown) => void;
}

/** A queue result as the store applies it (the queue keeps its own frontier). */
function storeResultOf(result: PageResult): StoreResult {
    switch (result.kind) {
        case 'changed': {
            if ('packed' in result) return { kind: 'changed', ...unpackPage(result.page, result.packed) };
            return { kind: 'changed', page: result.page, rows: pageRowsOf(result.page, result.claims), html: compressHtml(result.html) };
        }
        case 'unchanged':
            return result.validators
                ? { kind: 'unchanged', url: normalizeUrl(result.url) ?? result.url, validators: result.validators, fetchedAt: new Date().toISOString() }
                : { kind: 'not_article' };
        case 'failed':
            return { kind: 'failed', failure: { url: result.url, reason: result.reason, message: result.message, at: result.at } };
        default:
            return { kind: 'not_article' };
    }
}

export class DataDirWriter {
    readonly #token = randomUUID();
    readonly #touchedCrawls = new Set<string>();
    #worker: Worker<PageResult> | undefined;
    #timer: NodeJS.Timeout | undefined;
    #store: PageStore | undefined;
    #index: SearchIndex | undefined;
    #writer: ResultWriter | undefined;
    /** Set when this worker's data dir is not the queue's: it never competes for the lease again. */
    #foreign = false;
    #tick: Promise<void> = Promise.resolve();
    #serial: Promise<void> = Promise.resolve();
    #idleFlush: NodeJS.Timeout | undefined;
    #closed = false;

    constructor(
        private readonly redis: Redis,
        private readonly options: WriterOptions,
    ) {}

    /** Start competing for the lease (and writing, while holding it). */
    start(): void {
        const every = Math.max(200, Math.floor(this.options.leaseMs / 3));
        const tick = () => {
            this.#tick = this.#tick.then(() => this.#step()).catch((err) => this.options.onError?.(err));
        };
        tick();
        this.#timer = setInterval(tick, every);
    }

    get isWriter(): boolean {
        return this.#worker !== undefined;
    }

    /** Finish the result in hand, index what it wrote, give the lease up. */
    async close(): Promise<void> {
        this.#closed = true;
        clearInterval(this.#timer);
        await this.#tick;
        await this.#stopWriting();
        await this.redis.eval(RELEASE, 1, KEYS.writerLease, this.#token).catch(() => undefined);
    }

    async #step(): Promise<void> {
        if (this.#closed || this.#foreign) return;
        const { leaseMs } = this.options;
        if (this.#worker) {
            if (!(await this.#renewLease())) await this.#stopWriting();
            return;
        }
        const got = await this.redis.set(KEYS.writerLease, this.#token, 'PX', leaseMs, 'NX');
        if (got === 'OK') await this.#startWriting();
    }

    async #startWriting(): Promise<void> {
        const { dataDir } = this.options.config;
        const store = await PageStore.open(dataDir);
        const identity = store.identity();
        await this.redis.set(DATA_DIR_KEY, identity, 'NX');
        const owner = await this.redis.get(DATA_DIR_KEY);
        if (owner !== identity) {
            store.close();
            this.#foreign = true;
            await this.redis.eval(RELEASE, 1, KEYS.writerLease, this.#token);
            this.options.onError?.(
                new ClaimscopeError(
                    `${dataDir} is not the data dir this queue writes to (its identity ${identity}, the queue's ${owner}): ` +
                        'this worker crawls pages but never writes; start it with the data dir of the first writer',
                ),
            );
            return;
        }
        this.#store = store;
        // Pages are clustered as they are written, so settling reads back only pages stored before (see #flush).
        store.clusterAsWritten();
        this.#writer = new ResultWriter(store);
        this.#index = await openSearchIndex(this.options.config);
        // Workers send conditional requests for pages this data dir already holds, even from an embedded crawl.
        let batch = [];
        for (const page of store.pagesNow()) {
            batch.push(page);
            if (batch.length >= VALIDATOR_BATCH) {
                await saveValidators(this.redis, batch, true);
                batch = [];
            }
        }
        await saveValidators(this.redis, batch, true);
        this.#worker = new Worker<PageResult>(QUEUES.results, (job) => this.#apply(job), {
            connection: this.options.connection,
            prefix: QUEUE_PREFIX,
            concurrency: RESULTS_IN_HAND,
            lockDuration: this.options.lockDurationMs,
            stalledInterval: this.options.lockDurationMs,
            maxStalledCount: 5,
        });
        this.#worker.on('error', (err) => this.options.onError?.(err));
        if (await this.#adoptUnfinishedCrawls()) await this.#exclusive(() => this.#flush());
    }

    /**
     * Takes on the crawls not yet marked indexed, whichever writer applied their results: a writer that applied a
     * crawl's last result and then lost its lease (or died) before its flush leaves the crawl for the next one, which
     * may get no result of it to apply. True if there are any.
     */
    async #adoptUnfinishedCrawls(): Promise<boolean> {
        const hashes: string[] = [];
        for await (const keys of this.redis.scanStream({ match: KEYS.crawl('*'), count: 1_000 }) as AsyncIterable<string[]>) {
            hashes.push(...keys.filter((key) => !key.endsWith(FRONTIER_SUFFIX) && !key.endsWith(WRITTEN_SUFFIX)));
        }
        const batch = this.redis.pipeline();
        for (const key of hashes) batch.hmget(key, 'queued', 'indexed');
        const states = (await repliesOf(batch)) as (string | null)[][];
        const prefix = KEYS.crawl('');
        // Only crawls with URLs queued: one just registered has nothing pending yet, and must not be marked indexed.
        for (const [i, [queued, indexed]] of states.entries()) {
            if (Number(queued) > 0 && indexed !== '1') this.#touchedCrawls.add(hashes[i]!.slice(prefix.length));
        }
        return this.#touchedCrawls.size > 0;
    }

    async #stopWriting(): Promise<void> {
        const worker = this.#worker;
        this.#worker = undefined;
        if (!worker) return;
        await worker.close();
        clearTimeout(this.#idleFlush);
        await this.#exclusive(() => this.#flush()).catch((err) => this.options.onError?.(err));
        await this.#index?.close();
        this.#store?.close();
        this.#index = undefined;
        this.#store = undefined;
        this.#writer = undefined;
    }

    /**
     * Apply one result. Idempotent by URL: a result delivered twice (a page job re-run after its worker
     * died) overwrites the same page, finds no claim change against itself, and is counted once. Results in
     * hand at the same time commit in one transaction. Settling clusters waits for a pause in results, a
     * finished crawl, or a batch.
     */
    async #apply(job: Job<PageResult>): Promise<void> {
        const result = job.data;
        const written = KEYS.written(result.crawlId);
        const store = this.#store;
        const writer = this.#writer;
        if (!store || !writer) throw new ClaimscopeError('no longer the writer of the data dir');
        const crawl = KEYS.crawl(result.crawlId);
        let pending: number;
        if (!(await this.redis.sismember(written, result.key))) {
            await writer.write(storeResultOf(result));
            // What the write tells Redis goes in one round trip, in this order: validators and the unindexed mark
            // before the result is counted (a crawl counted done has every page marked), then its pending count.
            const batch = this.redis.pipeline();
            if (result.kind === 'changed') {
                queueValidators(batch, [result.page]);
                batch.sadd(KEYS.unindexed, result.page.url);
            } else if (result.kind === 'unchanged' && result.validators) {
                const touched = store.getNow(normalizeUrl(result.url) ?? result.url);
                if (touched) queueValidators(batch, [touched]);
            }
            batch.eval(COUNT_ONCE, 2, written, crawl, result.key, COUNTER_OF[result.kind]).hget(crawl, 'pending');
            pending = Number((await repliesOf(batch)).at(-1));
        } else {
            pending = Number(await this.redis.hget(crawl, 'pending'));
        }
        this.#touchedCrawls.add(result.crawlId);
        const mirrorDue = !this.#index?.backedByStore && (await this.redis.scard(KEYS.unindexed)) >= FLUSH_EVERY;
        if (pending <= 0 || mirrorDue) await this.#exclusive(() => this.#flush());
        clearTimeout(this.#idleFlush);
        this.#idleFlush = setTimeout(() => {
            // Only while still the writer: after losing the lease, the index is someone else's.
            if (this.#worker) this.#exclusive(() => this.#flush()).catch((err) => this.options.onError?.(err));
        }, IDLE_FLUSH_MS);
    }

    /** Flushes take turns. */
    #exclusive(task: () => Promise<void>): Promise<void> {
        const run = this.#serial.then(task);
        this.#serial = run.catch(() => undefined);
        return run;
    }

    /**
     * Index the pages stored since the last flush (by this writer or one before it), then mark the crawls with
     * nothing pending as indexed. Only while holding the lease: a writer that lost it in a Redis outage would
     * otherwise rebuild the index from an older view of the pages, over the new writer's.
     */
    async #flush(): Promise<void> {
        if (!(await this.#renewLease())) return;
        const store = this.#store;
        const index = this.#index;
        if (!store || !index) return;
        const changed = await this.redis.smembers(KEYS.unindexed);
        if (changed.length > 0) {
            // Settling rewrites claims: only while still the writer (the lease may have gone while Redis was away).
            if (!(await this.#renewLease())) return;
            await indexPages(store, index);
            // Settling took the pages clustered so far; the pages written from now on are clustered as they come.
            store.clusterAsWritten();
            if (!(await this.#renewLease())) return;
            await this.redis.srem(KEYS.unindexed, ...changed);
        }
        for (const crawlId of [...this.#touchedCrawls]) {
            const pending = Number(await this.redis.hget(KEYS.crawl(crawlId), 'pending'));
            if (pending <= 0) {
                // A finished crawl's keys are kept a while (for `crawl --wait` and inspection), then go.
                await this.redis
                    .multi()
                    .hset(KEYS.crawl(crawlId), { indexed: 1, finishedAt: new Date().toISOString() })
                    .expire(KEYS.crawl(crawlId), FINISHED_CRAWL_TTL_S)
                    .expire(KEYS.frontier(crawlId), FINISHED_CRAWL_TTL_S)
                    .expire(KEYS.written(crawlId), FINISHED_CRAWL_TTL_S)
                    .exec();
                this.#touchedCrawls.delete(crawlId);
            }
        }
    }

    /** Extend the lease; false when another process holds it now. */
    async #renewLease(): Promise<boolean> {
        return Number(await this.redis.eval(RENEW, 1, KEYS.writerLease, this.#token, this.options.leaseMs)) === 1;
    }
}
