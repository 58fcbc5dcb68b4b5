/**
 * The tables of the data dir's crawl store (owner `store` in `schema_migrations`): pages, the claims every reader
 * sees (one record per page), failures, the change log, the crawl frontier and its runs. Append migrations; never
 * edit one that has shipped.
 */
import { type Db, migrate, openDatabase, preparedPerConnection } from './database.js';

export const STORE_MIGRATIONS: readonly string[] = [
    `
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    -- passages and drafts are JSON; html is the page as fetched, raw deflate.
    CREATE TABLE pages (
        url TEXT PRIMARY KEY,
        site TEXT NOT NULL,
        title TEXT NOT NULL,
        published TEXT,
        content_hash TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        fetched_at TEXT NOT NULL,
        passages TEXT NOT NULL,
        drafts TEXT NOT NULL,
        html BLOB
    );
    -- Claim documents as export and search see them. live = 0 keeps a removed claim's row so that index readers
    -- catching up by seq learn of the removal; seq is the store's change counter at the claim's last write.
    CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        ord INTEGER NOT NULL,
        live INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        doc TEXT NOT NULL,
        words TEXT NOT NULL
    );
    CREATE INDEX claims_by_url ON claims (url, ord, id);
    CREATE INDEX claims_by_seq ON claims (seq);
    CREATE TABLE failures (url TEXT PRIMARY KEY, reason TEXT NOT NULL, message TEXT NOT NULL, at TEXT NOT NULL);
    CREATE TABLE changes (n INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, url TEXT NOT NULL, change TEXT NOT NULL);
    CREATE INDEX changes_by_at ON changes (at);
    CREATE TABLE crawl_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        start_urls TEXT NOT NULL,
        finished_at TEXT
    );
    -- The frontier of the latest run: every URL it enqueued, done once its result is stored.
    CREATE TABLE frontier (key TEXT PRIMARY KEY, url TEXT NOT NULL, depth INTEGER NOT NULL, done INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX frontier_pending ON frontier (done);
    -- Records that could not be read back, set aside with the reason.
    CREATE TABLE damaged (n INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT NOT NULL, reason TEXT NOT NULL, content BLOB, at TEXT NOT NULL);
    `,
    // The few removed claims, so the live ones are counted as all rows minus these (SQLite counts a whole table from
    // its b-tree at once, while a count with a condition reads every row).
    `CREATE INDEX claims_removed ON claims (seq) WHERE live = 0;`,
    // The embedded index as kept on disk (src/search/page-index.ts): every word and filter value numbered once, and
    // per page its live claims packed, written with them. A data dir migrated here has its rows filled in on open.
    `
    CREATE TABLE index_terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE);
    CREATE TABLE index_pages (
        url TEXT PRIMARY KEY, seq INTEGER NOT NULL, ids TEXT NOT NULL, terms BLOB NOT NULL, refs BLOB NOT NULL, numbers BLOB NOT NULL
    );
    CREATE INDEX index_pages_by_seq ON index_pages (seq);
    `,
    // The embedded index's postings on disk (src/search/index-segments.ts): the page rows of a range of change
    // counters turned into columns and per-word postings, so a reader loads only the words a query names.
    `
    CREATE TABLE index_segments (
        id INTEGER PRIMARY KEY AUTOINCREMENT, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL, pages INTEGER NOT NULL,
        claims INTEGER NOT NULL, urls TEXT NOT NULL, runs BLOB NOT NULL, ids TEXT NOT NULL, id_ends BLOB NOT NULL, fields BLOB NOT NULL,
        numbers BLOB NOT NULL
    );
    CREATE TABLE index_postings (segment INTEGER NOT NULL, term INTEGER NOT NULL, slots BLOB NOT NULL, PRIMARY KEY (segment, term)) WITHOUT ROWID;
    `,
    // The change counter kept in meta, one row bumped per write transaction, instead of the largest seq of claims and
    // page rows: the index on claims (seq) served only that, and cost every transaction a write into one more b-tree.
    `
    INSERT INTO meta (key, value) VALUES ('change_seq', max(coalesce((SELECT max(seq) FROM claims), 0), coalesce((SELECT max(seq) FROM index_pages), 0)))
        ON CONFLICT (key) DO NOTHING;
    DROP INDEX claims_by_seq;
    `,
    // One record of claims per page instead of a row per claim (claim-records.ts): the documents and words of a
    // page's live claims move into it as JSON text (read back like the deflated records written from now on), copies
    // and clusters as settled are in the documents, so no page has a settled row yet.
    `
    CREATE TABLE page_claims (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, claims INTEGER NOT NULL, docs BLOB NOT NULL, words BLOB NOT NULL);
    CREATE INDEX page_claims_counts ON page_claims (claims);
    CREATE TABLE page_settled (url TEXT PRIMARY KEY, dropped INTEGER NOT NULL, claims TEXT NOT NULL);
    -- A claim's page as its record's id: a few bytes per claim instead of the URL again.
    CREATE TABLE claim_ids (id TEXT PRIMARY KEY, page INTEGER NOT NULL) WITHOUT ROWID;
    INSERT INTO page_claims (url, claims, docs, words)
        SELECT url, count(*), json_group_array(json(doc) ORDER BY ord, id), json_group_array(words ORDER BY ord, id)
        FROM claims WHERE live = 1 GROUP BY url;
    INSERT INTO claim_ids (id, page) SELECT c.id, p.id FROM claims c JOIN page_claims p ON p.url = c.url WHERE c.live = 1;
    DROP TABLE claims;
    `,
    // Each record's figure projection (figure-rows.ts), by the record's id: per page, its figure claims grouped by
    // block with only the fields comparing reads, so comparing sorts a few blocks per page instead of extracting two
    // dozen fields from every claim of every record. Filled here once from the records as JSON text, written deflated
    // with each record from now on.
    `
    CREATE TABLE figure_pages (page INTEGER PRIMARY KEY, blocks BLOB NOT NULL);
    INSERT INTO figure_pages (page, blocks)
        SELECT page, json_group_array(json_array(block, json(claims)) ORDER BY first) FROM (
            SELECT page, block, min(ord) AS first, json_group_array(json(claim) ORDER BY ord) AS claims FROM (
                SELECT p.id AS page, c.key AS ord,
                    json_extract(c.value, '$.region', '$.metric', '$.population', '$.ageMin', '$.ageMax', '$.unit') AS block,
                    json_extract(c.value, '$.id', '$.sex', '$.step', '$.period', '$.value', '$.valueMax', '$.monthly', '$.approx',
                        '$.example', '$.illustrative', '$.site', '$.title', '$.published', '$.cluster', '$.quote', '$.statedYear',
                        '$.basis') AS claim
                FROM page_claims p JOIN json_each(stored_json(p.docs)) c
                WHERE c.value ->> '$.kind' = 'figure'
            )
            GROUP BY page, block
        )
        GROUP BY page;
    `,
];

export const STORE_OWNER = 'store';

/** Opens the data dir's database with the store's tables in place. */
export function openStoreDatabase(dataDir: string, options: { create?: boolean } = {}): Db {
    const db = openDatabase(dataDir, { create: options.create ?? true });
    try {
        migrate(db, STORE_OWNER, STORE_MIGRATIONS);
    } catch (err) {
        db.close();
        throw err;
    }
    return db;
}

const changeCounterOf = preparedPerConnection((db) =>
    db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_seq' RETURNING CAST(value AS INTEGER)").pluck(),
);

/**
 * The change counter for a write transaction, taken inside it: one above any earlier write's, so readers
 * catching up by it (the embedded index, cached snapshots) see every write once.
 */
export function nextChangeSeq(db: Db): number {
    return changeCounterOf(db).get() as number;
}

/** The change counter of the last write transaction (0 before any). */
export function lastChangeSeq(db: Db): number {
    return Number(readMeta(db, 'change_seq') ?? 0);
}

export function readMeta(db: Db, key: string): string | undefined {
    return (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? undefined;
}

export function writeMeta(db: Db, key: string, value: string): void {
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
