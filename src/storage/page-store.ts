/**
 * The data dir's system of record: pages (metadata, validators, passages, claim drafts, the HTML as fetched),
 * the claim documents every reader sees, failures, the change log and the crawl frontier, all in one SQLite file
 * (schema.ts). A page, its claims, its change-log entries, its failure being forgotten and its frontier entry
 * being marked done commit in one transaction, so a killed process leaves each page wholly written or not at all.
 * Results are applied in batches, one transaction per batch.
 *
 * A page's claims are worked out before the write, where the page is read (`pageRowsOf`: the crawl's page stage or
 * a queue worker), so the one writer only inserts one record of them (claim-records.ts): copies and clusters at
 * first as if the page were alone, then settled over every page (`settleClusters`, after a crawl) — which writes
 * only a small row per page whose copies, clusters or boilerplate owners changed, never the claims themselves.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { deflateRawSync, inflateRaw } from 'node:zlib';
import { PassageClusterer } from '../../extractors/dedup/index.js';
import { diffPageClaims } from '../changes/diff-claims.js';
import type { ClaimChange } from '../changes/types.js';
import { claimDocumentsOfPage, claimRowsOfPage, indexedClaimsOf, type PageRows, pageRowsOf } from '../pipeline/build-claims.js';
import { TOKENIZER_FINGERPRINT } from '../search/chinese-tokenizer.js';
import { fillSegments, flushSegments, markSegmentsFilled } from '../search/index-segments.js';
import { EMPTY_PACK, fillPageRows, markPageRowsFilled, packClaims, repackPages, TermNumbers, writePageRow } from '../search/page-index.js';
import type { ClaimDocument } from '../search/types.js';
import { allClaims, claimRecordOf, claimsById, liveClaimCount, removeClaimRecord, settleRecord, writeClaimRecord } from './claim-records.js';
import { FASTEST_DEFLATE, parseStoredJson } from './compressed-json.js';
import type { Db } from './database.js';
import { databasePath } from './database.js';
import { diskFullError } from './disk-full.js';
import { migrateFileLayout, removeStrayTempFiles } from './legacy-layout.js';
import { lastChangeSeq, nextChangeSeq, openStoreDatabase, readMeta, writeMeta } from './schema.js';
import type { FailureRecord, PageRecord } from './types.js';

const inflateAsync = promisify(inflateRaw);
/** Rows read per query when walking a large table: bounded memory, and no read held open across writes. */
const ROWS_PER_READ = 500;
/** Pages per step of settling clusters, between which other work runs. */
const SETTLE_BATCH = 20;

/** What clustering needs of a stored page. */
interface ClusteringRow {
    url: string;
    site: string;
    passages: string | Buffer;
}

/** What a stored page's claim documents need. */
interface ClaimsRow {
    url: string;
    site: string;
    title: string;
    published: string | null;
    drafts: string | Buffer;
}

/** What settling a page's claims reads of it. */
type SettledPage = Pick<PageRecord, 'url' | 'site' | 'title' | 'published' | 'claims'>;

/** Pages added to a clusterer as they were written (see `clusterAsWritten`). */
interface ClusterFeed {
    clusterer: PassageClusterer;
    urls: Set<string>;
    /** A page was written twice, or one was set aside: the clusterer no longer matches the pages. */
    broken: boolean;
}

function yieldToEventLoop(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Compresses a page's HTML the way the store keeps it (do it before `apply`, off the write path). Kept HTML is read
 * back only by `reindex`: the fastest level costs a third of the default's CPU per page.
 */
export function compressHtml(html: string): Buffer {
    return deflateRawSync(html, FASTEST_DEFLATE);
}

/** A link a stored page adds to the crawl frontier. */
export interface FrontierLink {
    /** Normalised URL: the frontier's identity of the page. */
    key: string;
    url: string;
    depth: number;
}

/** One page's outcome, as the store applies it. `key` marks that frontier entry done. */
export type StoreResult = { key?: string; links?: FrontierLink[] } & (
    /**
     * `logChanges` false: the page was extracted again (reindex), not recrawled — no change-log entries.
     * `rows`: the page's rows (`pageRowsOf`) worked out before the write, off the writer; worked out here
     * when absent.
     */
    | { kind: 'changed'; page: PageRecord; html?: Buffer; logChanges?: boolean; rows?: PageRows }
    | { kind: 'unchanged'; url: string; validators?: Pick<PageRecord, 'etag' | 'lastModified'>; fetchedAt: string }
    | { kind: 'not_article' }
    | { kind: 'failed'; failure: FailureRecord }
);

/** What one result did: the claim changes it recorded and the links that were new to the frontier. */
export interface AppliedResult {
    changes: ClaimChange[];
    newLinks: FrontierLink[];
}

/** Where a crawl starts: a fresh run, or the interrupted one continued. */
export interface CrawlRunStart {
    resumed: { startedAt: string; done: number } | null;
    /** Frontier entries not yet done (for a fresh run, the start URLs): read them with `pendingAfter`. */
    pending: number;
}

/** A frontier entry not yet done, with its place in the frontier (entries are read in the order they were added). */
export interface PendingLink extends FrontierLink {
    rowid: number;
}

export interface StoreCounts {
    pages: number;
    claims: number;
    failures: number;
    failuresByReason: Record<string, number>;
}

interface PageRow {
    url: string;
    site: string;
    title: string;
    published: string | null;
    content_hash: string;
    etag: string | null;
    last_modified: string | null;
    fetched_at: string;
    passages: string | Buffer;
    drafts: string | Buffer;
}

const PAGE_COLUMNS = 'url, site, title, published, content_hash, etag, last_modified, fetched_at, passages, drafts';

export interface OpenStoreOptions {
    /** Create the data dir and database when missing. @default true */
    create?: boolean;
    /** Where one-line notices go (a migrated layout, a record set aside). @default stderr */
    notice?: (line: string) => void;
}

export class PageStore {
    readonly #terms = new TermNumbers();
    readonly #statements = new Map<string, Database.Statement>();
    readonly #notice: (line: string) => void;
    #feed: ClusterFeed | undefined;

    private constructor(
        readonly dataDir: string,
        readonly db: Db,
        notice: (line: string) => void,
    ) {
        this.#notice = notice;
    }

    /** Opens the data dir, repairing it first: stray temp files go, a data dir in the 0.1 file layout is migrated. */
    static async open(dataDir: string, options: OpenStoreOptions = {}): Promise<PageStore> {
        const notice = options.notice ?? ((line: string) => process.stderr.write(`claimscope: ${line}\n`));
        await removeStrayTempFiles(dataDir);
        let db: Db;
        try {
            db = openStoreDatabase(dataDir, { create: options.create });
        } catch (err) {
            throw diskFullError(err, databasePath(dataDir)) ?? err;
        }
        const store = new PageStore(dataDir, db, notice);
        // Words of claims written from now on are this build's; a fresh store says so, so no index segments them again.
        if (!db.readonly && store.claimCount() === 0) {
            if (readMeta(db, 'tokenizer') === undefined) writeMeta(db, 'tokenizer', TOKENIZER_FINGERPRINT);
            markPageRowsFilled(db);
            markSegmentsFilled(db);
        }
        try {
            if (!db.readonly && readMeta(db, 'tokenizer') === TOKENIZER_FINGERPRINT) {
                fillPageRows(db, (line) => notice(`${dataDir}: ${line}`));
                fillSegments(db, (line) => notice(`${dataDir}: ${line}`));
            }
            await migrateFileLayout(store, notice);
        } catch (err) {
            store.close();
            throw diskFullError(err, databasePath(dataDir)) ?? err;
        }
        return store;
    }

    /** A prepared statement, prepared once per store. */
    #sql(sql: string): Database.Statement {
        let statement = this.#statements.get(sql);
        if (!statement) this.#statements.set(sql, (statement = this.db.prepare(sql)));
        return statement;
    }

    close(): void {
        if (this.db.open) this.db.close();
    }

    async get(url: string): Promise<PageRecord | undefined> {
        return this.getNow(url);
    }

    /** {@link PageStore.get}, synchronously. */
    getNow(url: string): PageRecord | undefined {
        const row = this.#sql(`SELECT ${PAGE_COLUMNS} FROM pages WHERE url = ?`).get(url) as PageRow | undefined;
        return row ? this.#pageOf(row) : undefined;
    }

    /**
     * Insert or replace the page with its claims (and change-log entries against the stored version), and forget
     * an earlier failure of it, in one transaction. The HTML is kept (compressed) so `reindex` can extract again.
     */
    async put(page: PageRecord, html?: string): Promise<void> {
        this.apply([{ kind: 'changed', page, html: html === undefined ? undefined : compressHtml(html), logChanges: false, rows: pageRowsOf(page) }]);
    }

    /** Record a refetch that found the page unchanged: its new validators and fetch time, nothing else. */
    async touch(url: string, validators: Pick<PageRecord, 'etag' | 'lastModified'>, fetchedAt: string): Promise<void> {
        this.apply([{ kind: 'unchanged', url, validators, fetchedAt }]);
    }

    async recordFailure(failure: FailureRecord): Promise<void> {
        this.apply([{ kind: 'failed', failure }]);
    }

    /** The HTML a stored page was last read from, when it was kept. */
    async html(url: string): Promise<string | undefined> {
        const blob = this.#sql('SELECT html FROM pages WHERE url = ?').pluck().get(url) as Buffer | null | undefined;
        if (!blob) return undefined;
        try {
            return (await inflateAsync(blob)).toString('utf8');
        } catch {
            this.#setAside(`html of ${url}`, 'not readable as compressed HTML', blob);
            return undefined;
        }
    }

    /** Every stored page in URL order, read a few hundred at a time. */
    async *pages(): AsyncGenerator<PageRecord> {
        yield* this.pagesNow();
    }

    /** {@link PageStore.pages}, synchronously. */
    *pagesNow(): Generator<PageRecord> {
        for (const rows of this.#rowBatches<PageRow>(PAGE_COLUMNS, ROWS_PER_READ)) {
            for (const row of rows) {
                const page = this.#pageOf(row);
                if (page) yield page;
            }
        }
    }

    /** Every stored page, ordered by URL. Loads them all: prefer {@link PageStore.pages} for a pass over a crawl. */
    async all(): Promise<PageRecord[]> {
        return [...this.pagesNow()];
    }

    /** Every stored page's URL, site and title in URL order, without its passages or claims, a few hundred at a time. */
    *pageHeads(): Generator<Pick<PageRecord, 'url' | 'site' | 'title'>> {
        const next = this.#sql(`SELECT url, site, title FROM pages WHERE url > ? ORDER BY url LIMIT ${ROWS_PER_READ}`);
        let after = '';
        for (;;) {
            const rows = next.all(after) as Pick<PageRecord, 'url' | 'site' | 'title'>[];
            if (rows.length === 0) return;
            after = rows.at(-1)!.url;
            yield* rows;
        }
    }

    /** The sites of the stored pages. */
    siteNames(): string[] {
        return this.#sql('SELECT DISTINCT site FROM pages').pluck().all() as string[];
    }

    /** One live claim by its id. */
    claimDocument(id: string): ClaimDocument | undefined {
        return claimsById(this.db, [id])[0];
    }

    async failures(): Promise<FailureRecord[]> {
        return this.#sql('SELECT url, reason, message, at FROM failures ORDER BY url').all() as FailureRecord[];
    }

    counts(): StoreCounts {
        const failuresByReason: Record<string, number> = {};
        const rows = this.#sql('SELECT reason, count(*) AS n FROM failures GROUP BY reason').all() as { reason: string; n: number }[];
        for (const { reason, n } of rows) failuresByReason[reason] = n;
        return {
            pages: this.#sql('SELECT count(*) FROM pages').pluck().get() as number,
            claims: this.claimCount(),
            failures: rows.reduce((sum, row) => sum + row.n, 0),
            failuresByReason,
        };
    }

    /** A random identity given to the data dir when its database was created: tells two data dirs apart. */
    identity(): string {
        const existing = readMeta(this.db, 'identity');
        if (existing) return existing;
        const identity = randomUUID();
        writeMeta(this.db, 'identity', identity);
        return identity;
    }

    /** Changes whenever a page, claim or failure is written, in any process: for readers that cache what they derive. */
    changeStamp(): string {
        const failures = this.#sql('SELECT count(*) FROM failures').pluck().get() as number;
        return `${readMeta(this.db, 'page_writes') ?? 0}|${lastChangeSeq(this.db)}|${failures}`;
    }

    claimCount(): number {
        return liveClaimCount(this.db);
    }

    /** Every claim, in export order (page URL, then position on the page), read a hundred pages at a time. */
    *claimDocuments(): Generator<ClaimDocument> {
        yield* allClaims(this.db);
    }

    /** Recorded changes detected at or after `from` (ms since the epoch), oldest first. */
    changesSince(from: number): ClaimChange[] {
        const rows = this.#sql('SELECT change FROM changes ORDER BY n').pluck().all() as string[];
        return rows.map((row) => JSON.parse(row) as ClaimChange).filter((change) => Date.parse(change.at) >= from);
    }

    /**
     * Applies page results in one transaction, in order. With `until` (a `performance.now()` time) it stops taking
     * results once that time has passed — at least one is applied — and returns what the ones it applied did:
     * the caller hands the rest to the next transaction. @throws ClaimscopeError naming the database on a full disk.
     */
    apply(results: readonly StoreResult[], until = Infinity): AppliedResult[] {
        let applied: AppliedResult[];
        try {
            applied = this.#transact(() => {
                const seq = this.#nextSeq();
                const done: AppliedResult[] = [];
                let pagesWritten = 0;
                for (const result of results) {
                    if (done.length > 0 && performance.now() >= until) break;
                    done.push(this.#applyOne(result, seq));
                    if (result.kind === 'changed') pagesWritten++;
                }
                if (pagesWritten > 0) this.#countPageWrites(pagesWritten);
                return done;
            });
        } catch (err) {
            throw diskFullError(err, databasePath(this.dataDir)) ?? err;
        }
        this.#feedClusters(results.slice(0, applied.length));
        return applied;
    }

    /** Adds committed pages to the clusterer of `clusterAsWritten`, if any. */
    #feedClusters(results: readonly StoreResult[]): void {
        const feed = this.#feed;
        if (!feed) return;
        for (const result of results) {
            if (result.kind !== 'changed' || feed.broken) continue;
            if (feed.urls.has(result.page.url)) feed.broken = true;
            else {
                feed.clusterer.add(result.page);
                feed.urls.add(result.page.url);
            }
        }
    }

    /**
     * Clusters passages as pages are written, from now until the next {@link PageStore.settleClusters}, which then
     * reads back only the pages written before (none, for a crawl into a new data dir): the first half of settling
     * overlaps the crawl. Costs the clusterer's memory (the distinct normalised passages) meanwhile.
     */
    clusterAsWritten(): void {
        this.#feed = { clusterer: new PassageClusterer(), urls: new Set(), broken: false };
    }

    /**
     * Brings every claim's copies, cluster and boilerplate owner up to date with all stored pages (a no-op when no
     * page changed since the last time). Two passes over the pages, a few hundred at a time, yielding to the event
     * loop between them (a queue worker keeps renewing its jobs meanwhile); only claims that differ are written.
     * Pages written meanwhile keep their provisional claims until the next call. @returns the number of claims.
     */
    async settleClusters(): Promise<number> {
        const feed = this.#feed;
        this.#feed = undefined;
        const writes = readMeta(this.db, 'page_writes') ?? '0';
        if (readMeta(this.db, 'settled_at') === writes) return this.claimCount();
        const clusterer = feed && !feed.broken ? feed.clusterer : new PassageClusterer();
        const clustered = feed && !feed.broken ? feed.urls : new Set<string>();
        const stored = this.#sql('SELECT count(*) FROM pages').pluck().get() as number;
        if (stored !== clustered.size) {
            for (const batch of this.#rowBatches<ClusteringRow>('url, site, passages')) {
                for (const row of batch) {
                    if (clustered.has(row.url)) continue;
                    const passages = this.#parsed<PageRecord['passages']>(row.url, row.passages);
                    if (passages) clusterer.add({ url: row.url, site: row.site, passages });
                }
                await yieldToEventLoop();
            }
        }
        const clustering = clusterer.finish();
        for (const batch of this.#rowBatches<ClaimsRow>('url, site, title, published, drafts')) {
            try {
                this.#transact(() => {
                    const seq = this.#nextSeq();
                    for (const row of batch) {
                        const claims = this.#parsed<PageRecord['claims']>(row.url, row.drafts);
                        if (!claims) continue;
                        this.#settleClaims({ url: row.url, site: row.site, title: row.title, published: row.published, claims }, clustering, seq);
                    }
                });
            } catch (err) {
                throw diskFullError(err, databasePath(this.dataDir)) ?? err;
            }
            await yieldToEventLoop();
        }
        writeMeta(this.db, 'settled_at', writes);
        return this.claimCount();
    }

    /** `columns` of every stored page in URL order, `perBatch` rows per batch (keyset paging: no read held open). */
    *#rowBatches<Row extends { url: string }>(columns: string, perBatch = SETTLE_BATCH): Generator<Row[]> {
        const next = this.#sql(`SELECT ${columns} FROM pages WHERE url > ? ORDER BY url LIMIT ${perBatch}`);
        let after = '';
        for (;;) {
            const rows = next.all(after) as Row[];
            if (rows.length === 0) return;
            after = rows.at(-1)!.url;
            yield rows;
        }
    }

    /** A JSON column of a page, or undefined when it is damaged (the page is then set aside, see #pageOf). */
    #parsed<T>(url: string, json: string | Buffer): T | undefined {
        try {
            return parseStoredJson<T>(json);
        } catch {
            const row = this.#sql(`SELECT ${PAGE_COLUMNS} FROM pages WHERE url = ?`).get(url) as PageRow | undefined;
            if (row) this.#pageOf(row);
            return undefined;
        }
    }

    /** Starts a crawl of `start`, or continues the last one when it was interrupted with the same start URLs. */
    startRun(start: readonly FrontierLink[], restart: boolean): CrawlRunStart {
        return this.db.transaction((): CrawlRunStart => {
            const last = this.#sql('SELECT id, started_at, start_urls, finished_at FROM crawl_runs ORDER BY id DESC LIMIT 1').get() as
                | { id: number; started_at: string; start_urls: string; finished_at: string | null }
                | undefined;
            const startKeys = JSON.stringify(start.map((link) => link.key));
            if (last && last.finished_at === null && !restart && last.start_urls === startKeys) {
                const done = this.#sql('SELECT count(*) FROM frontier WHERE done = 1').pluck().get() as number;
                return { resumed: { startedAt: last.started_at, done }, pending: this.pendingCount() };
            }
            const now = new Date().toISOString();
            if (last && last.finished_at === null) this.#sql('UPDATE crawl_runs SET finished_at = ? WHERE id = ?').run(now, last.id);
            this.db.exec('DELETE FROM frontier');
            this.#sql('INSERT INTO crawl_runs (started_at, start_urls) VALUES (?, ?)').run(now, startKeys);
            const add = this.#sql('INSERT OR IGNORE INTO frontier (key, url, depth) VALUES (?, ?, ?)');
            for (const link of start) add.run(link.key, link.url, link.depth);
            return { resumed: null, pending: this.pendingCount() };
        })();
    }

    /** Up to `limit` frontier entries not yet done that were added after entry `rowid`, oldest first. */
    pendingAfter(rowid: number, limit: number): PendingLink[] {
        return this.#sql('SELECT rowid, key, url, depth FROM frontier WHERE done = 0 AND rowid > ? ORDER BY rowid LIMIT ?').all(rowid, limit) as PendingLink[];
    }

    /** Frontier entries of the current run not yet done. */
    pendingCount(): number {
        return this.#sql('SELECT count(*) FROM frontier WHERE done = 0').pluck().get() as number;
    }

    /** The current run ended (not interrupted): the next crawl starts afresh. */
    finishRun(): void {
        this.#sql('UPDATE crawl_runs SET finished_at = ? WHERE finished_at IS NULL').run(new Date().toISOString());
    }

    /** One result, inside the caller's transaction; `seq` is that transaction's change counter. */
    #applyOne(result: StoreResult, seq: number): AppliedResult {
        let changes: ClaimChange[] = [];
        if (result.kind === 'changed') {
            const { page } = result;
            changes = this.#writePage(page, result.html, result.logChanges ?? true, result.rows ?? pageRowsOf(page), seq);
        } else if (result.kind === 'unchanged' && result.validators) {
            this.#sql('UPDATE pages SET etag = ?, last_modified = ?, fetched_at = ? WHERE url = ?').run(
                result.validators.etag,
                result.validators.lastModified,
                result.fetchedAt,
                result.url,
            );
        } else if (result.kind === 'failed') {
            const { url, reason, message, at } = result.failure;
            this.#sql(
                'INSERT INTO failures (url, reason, message, at) VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET reason = excluded.reason, message = excluded.message, at = excluded.at',
            ).run(url, reason, message, at);
        }
        if (result.key !== undefined) this.#sql('UPDATE frontier SET done = 1 WHERE key = ?').run(result.key);
        const newLinks: FrontierLink[] = [];
        if (result.links?.length) {
            const add = this.#sql('INSERT OR IGNORE INTO frontier (key, url, depth) VALUES (?, ?, ?)');
            for (const link of result.links) if (add.run(link.key, link.url, link.depth).changes > 0) newLinks.push(link);
        }
        return { changes, newLinks };
    }

    /** Stores the page with its rows' claims as its live claims and logs its claim changes, in the caller's transaction. */
    #writePage(page: PageRecord, html: Buffer | undefined, logChanges: boolean, rows: PageRows, seq: number): ClaimChange[] {
        const previous = logChanges ? this.getNow(page.url) : undefined;
        this.#sql(
            `INSERT INTO pages (${PAGE_COLUMNS}, html) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (url) DO UPDATE SET site = excluded.site, title = excluded.title, published = excluded.published,
               content_hash = excluded.content_hash, etag = excluded.etag, last_modified = excluded.last_modified,
               fetched_at = excluded.fetched_at, passages = excluded.passages, drafts = excluded.drafts,
               html = coalesce(excluded.html, pages.html)`,
        ).run(
            page.url, page.site, page.title, page.published, page.contentHash, page.etag, page.lastModified, page.fetchedAt,
            rows.passages, rows.drafts, html ?? null,
        );
        this.#sql('DELETE FROM failures WHERE url = ?').run(page.url);
        writeClaimRecord(this.db, page.url, rows.record ?? claimRecordOf(rows.claims));
        writePageRow(this.db, page.url, seq, rows.index ?? packClaims(indexedClaimsOf(rows.claims)), this.#terms);
        const changes = previous ? diffPageClaims(previous, page) : [];
        const log = this.#sql('INSERT INTO changes (at, url, change) VALUES (?, ?, ?)');
        for (const change of changes) log.run(change.at, change.url, JSON.stringify(change));
        return changes;
    }

    /** Counts page writes: settling clusters is a no-op while the count has not moved since it last ran. */
    #countPageWrites(pages: number): void {
        this.#sql("INSERT INTO meta (key, value) VALUES ('page_writes', ?) ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + excluded.value").run(
            String(pages),
        );
    }

    /**
     * Records what settling says of a page's claims; a page whose kept claims changed has its index row written
     * again (copies and cluster are not indexed).
     */
    #settleClaims(page: SettledPage, clustering: Parameters<typeof claimDocumentsOfPage>[1], seq: number): void {
        const settled = claimDocumentsOfPage(page, clustering);
        const outcome = settleRecord(this.db, page.url, settled);
        if (outcome === 'rewrite') {
            // A record carried over from per-claim rows lacks claims settling had left out then: written whole again.
            writeClaimRecord(this.db, page.url, claimRecordOf(claimRowsOfPage(page)));
            settleRecord(this.db, page.url, settled);
        }
        if (outcome === 'kept' || outcome === 'rewrite') repackPages(this.db, [page.url], seq, this.#terms);
    }

    /** The change counter for this transaction's claim writes (the store has one writer at a time). */
    #nextSeq(): number {
        return nextChangeSeq(this.db);
    }

    #pageOf(row: PageRow): PageRecord | undefined {
        try {
            return {
                url: row.url,
                site: row.site,
                title: row.title,
                published: row.published,
                passages: parseStoredJson<PageRecord['passages']>(row.passages),
                claims: parseStoredJson<PageRecord['claims']>(row.drafts),
                contentHash: row.content_hash,
                etag: row.etag,
                lastModified: row.last_modified,
                fetchedAt: row.fetched_at,
            };
        } catch {
            if (this.#feed) this.#feed.broken = true;
            if (!this.db.readonly) {
                this.#transact(() => {
                    const seq = this.#nextSeq();
                    this.#setAside(`page ${row.url}`, 'passages or claims are not valid JSON', Buffer.from(JSON.stringify(row)));
                    this.#sql('DELETE FROM pages WHERE url = ?').run(row.url);
                    removeClaimRecord(this.db, row.url);
                    writePageRow(this.db, row.url, seq, EMPTY_PACK, this.#terms);
                });
            }
            return undefined;
        }
    }

    /** Moves an unreadable record to the `damaged` table and says so in one line. */
    #setAside(what: string, reason: string, content: Buffer): void {
        this.#sql('INSERT INTO damaged (what, reason, content, at) VALUES (?, ?, ?, ?)').run(what, reason, content, new Date().toISOString());
        this.#notice(`set aside damaged ${what} (${reason}); the rest of ${this.dataDir} is unaffected`);
    }

    /** Imports one page of an older layout as it was (no change log: nothing was recrawled). */
    importPage(page: PageRecord, html: Buffer | undefined): void {
        this.#writePage(page, html, false, pageRowsOf(page), this.#nextSeq());
        this.#countPageWrites(1);
    }

    importFailure(failure: FailureRecord): void {
        this.#applyOne({ kind: 'failed', failure }, this.#nextSeq());
    }

    importChange(change: ClaimChange): void {
        this.#sql('INSERT INTO changes (at, url, change) VALUES (?, ?, ?)').run(change.at, change.url, JSON.stringify(change));
    }

    /** Runs `work` in one transaction (for importers that write many rows at once). */
    transaction<T>(work: () => T): T {
        return this.#transact(work);
    }

    /**
     * Runs `work` in a transaction (a savepoint inside one already open); term numbers are kept once it commits, and
     * once one that wrote commits, the search index's page rows that piled up are segmented (a reader's
     * transactions leave that to the writer).
     */
    #transact<T>(work: () => T): T {
        if (this.db.inTransaction) return this.db.transaction(work)();
        const changesBefore = this.#sql('SELECT total_changes()').pluck().get() as number;
        let result: T;
        try {
            result = this.db.transaction(work)();
            this.#terms.settle(true);
        } catch (err) {
            this.#terms.settle(false);
            throw err;
        }
        if ((this.#sql('SELECT total_changes()').pluck().get() as number) !== changesBefore) flushSegments(this.db);
        return result;
    }

    /** Records an unreadable item found outside the database (a file of an older layout). */
    setAside(what: string, reason: string, content: Buffer): void {
        this.#setAside(what, reason, content);
    }
}
