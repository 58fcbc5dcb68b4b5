/**
 * The embedded index kept on disk two ways, on the same synthetic claims (bench/search.ts, 10 per page) and the same
 * query mix: `npx tsx bench/search-fts5.ts [claims]` (default 1,000,000; the issue asks for a million).
 *
 * - packed: what claimscope does (src/search/page-index.ts) — per page one row of its claims' term numbers, written
 *   in the page's transaction; opening loads them into postings and typed columns in memory, and queries run there.
 * - fts5: SQLite FTS5 over the same jieba words (contentless, one row per claim) plus a table of filter columns;
 *   nothing to load on open; facets by GROUP BY over the hits, the page by ORDER BY url, id.
 *
 * Both start from the same claims table (documents and words, not timed). Timed: writing the index's own rows for
 * every page, 50 pages per transaction as a crawl commits them (wall and CPU ms per page); the index's size on disk
 * (SQLite's dbstat); then, in a fresh process as `serve` or `search` would be (this one holds every synthetic claim,
 * gigabytes at a million, which would slow every allocation), opening it and answering a first query, and p50 / p95
 * of the query mix afterwards.
 */
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tokenizeQuery, TOKENIZER_FINGERPRINT } from '../src/search/chinese-tokenizer.js';
import { ClaimWordCache } from '../src/search/claim-words.js';
import { openEmbeddedIndex } from '../src/search/embedded-index.js';
import { type IndexedClaim, indexFieldsOf, markPageRowsFilled, packClaims, TermNumbers, writePageRow } from '../src/search/page-index.js';
import { normalizeQuery } from '../src/search/query.js';
import type { ClaimDocument, ClaimQuery } from '../src/search/types.js';
import type { Db } from '../src/storage/database.js';
import { claimRecordOf, writeClaimRecord } from '../src/storage/claim-records.js';
import { openStoreDatabase, writeMeta } from '../src/storage/schema.js';
import { QUERY_MIX, syntheticClaims } from './search.js';

const PAGES_PER_TRANSACTION = 50;
const TIMED_QUERIES = 55;
const FACETS = ['region', 'metric', 'population', 'site'] as const;

export interface IndexDesignResult {
    design: 'packed' | 'fts5';
    writeMsPerPage: number;
    writeCpuMsPerPage: number;
    indexMb: number;
    /** Opening the index and answering a first query (everything, page 1). */
    openMs: number;
    p50Ms: number;
    p95Ms: number;
}

interface Page {
    url: string;
    claims: (IndexedClaim & { doc: ClaimDocument })[];
}

function pagesOf(claims: ClaimDocument[]): Page[] {
    const words = new ClaimWordCache();
    const pages = new Map<string, Page>();
    for (const doc of claims) {
        let page = pages.get(doc.url);
        if (!page) pages.set(doc.url, (page = { url: doc.url, claims: [] }));
        page.claims.push({ id: doc.id, fields: indexFieldsOf(doc), words: words.wordsOf(doc), doc });
    }
    return [...pages.values()];
}

/** The documents and words the packed design starts from, as the store keeps them: one record per page. */
function fillRecords(db: Db, pages: Page[]): void {
    db.transaction(() => {
        for (const page of pages) {
            const rows = page.claims.map((claim) => ({ id: claim.id, doc: JSON.stringify(claim.doc), words: claim.words }));
            writeClaimRecord(db, page.url, claimRecordOf(rows));
        }
    })();
}

/** The documents and words the FTS5 design starts from, a row per claim. */
function fillClaims(db: Db, pages: Page[]): void {
    const insert = db.prepare('INSERT INTO claims (id, url, ord, live, seq, doc, words) VALUES (?, ?, ?, 1, 1, ?, ?)');
    db.transaction(() => {
        for (const page of pages) page.claims.forEach((claim, ord) => insert.run(claim.id, page.url, ord, JSON.stringify(claim.doc), claim.words));
    })();
}

/** Wall and CPU ms per page of `write` applied to every page, PAGES_PER_TRANSACTION per transaction. */
function timeWrites(db: Db, pages: Page[], write: (page: Page, seq: number) => void, committed: () => void = () => {}): { wall: number; cpu: number } {
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let first = 0, seq = 2; first < pages.length; first += PAGES_PER_TRANSACTION, seq++) {
        db.transaction(() => {
            for (const page of pages.slice(first, first + PAGES_PER_TRANSACTION)) write(page, seq);
        })();
        committed();
    }
    const used = process.cpuUsage(cpu);
    return { wall: (performance.now() - started) / pages.length, cpu: (used.user + used.system) / 1000 / pages.length };
}

/** Bytes SQLite uses for the tables and indexes whose names match `like`. */
function sizeMb(db: Db, like: string): number {
    db.pragma('wal_checkpoint(TRUNCATE)');
    return (db.prepare('SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?').pluck().get(like) as number) / 1e6;
}

async function timeQueries(run: (query: ClaimQuery) => unknown): Promise<{ p50Ms: number; p95Ms: number }> {
    for (const query of QUERY_MIX) await run(query);
    const times: number[] = [];
    for (let i = 0; i < TIMED_QUERIES; i++) {
        const started = performance.now();
        await run(QUERY_MIX[i % QUERY_MIX.length]!);
        times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
    return { p50Ms: at(50), p95Ms: at(95) };
}

async function benchPacked(dir: string, pages: Page[]): Promise<IndexDesignResult> {
    const db = openStoreDatabase(dir);
    fillRecords(db, pages);
    const terms = new TermNumbers();
    const write = timeWrites(db, pages, (page, seq) => writePageRow(db, page.url, seq, packClaims(page.claims), terms), () => terms.settle(true));
    writeMeta(db, 'tokenizer', TOKENIZER_FINGERPRINT);
    markPageRowsFilled(db);
    const indexMb = sizeMb(db, 'index_%') + sizeMb(db, 'sqlite_autoindex_index_%');
    db.close();
    return { design: 'packed', writeMsPerPage: write.wall, writeCpuMsPerPage: write.cpu, indexMb, ...queryInChild('packed', dir) };
}

/** Opening the packed index and querying it (run in a fresh process). */
async function queryPacked(dir: string): Promise<QueryFigures> {
    const started = performance.now();
    const index = await openEmbeddedIndex(dir, () => {});
    await index.search({});
    const openMs = performance.now() - started;
    const queries = await timeQueries((query) => index.search(query));
    await index.close();
    return { openMs, ...queries };
}

async function benchFts5(dir: string, pages: Page[]): Promise<IndexDesignResult> {
    const db = new Database(join(dir, 'fts5.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`CREATE TABLE claims (id TEXT PRIMARY KEY, url TEXT, ord INTEGER, live INTEGER, seq INTEGER, doc TEXT, words TEXT);
             CREATE VIRTUAL TABLE claim_words USING fts5(words, content = '', detail = none);
             CREATE TABLE claim_columns (claim INTEGER PRIMARY KEY, url TEXT, id TEXT, region TEXT, metric TEXT, population TEXT,
                                         site TEXT, kind TEXT, age_lo REAL, age_hi REAL, confidence REAL);
             CREATE INDEX claim_columns_order ON claim_columns (url, id);`);
    fillClaims(db, pages);
    const rowid = db.prepare('SELECT rowid FROM claims WHERE id = ?').pluck();
    const addWords = db.prepare('INSERT INTO claim_words (rowid, words) VALUES (?, ?)');
    const addColumns = db.prepare('INSERT INTO claim_columns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const write = timeWrites(db, pages, (page) => {
        for (const claim of page.claims) {
            const claimRow = rowid.get(claim.id) as number;
            const f = claim.fields;
            addWords.run(claimRow, claim.words.replace('\n', ' '));
            addColumns.run(claimRow, page.url, claim.id, f.region, f.metric, f.population, f.site, f.kind, f.ageMin ?? -1e9, f.ageMax ?? 1e9, f.confidence);
        }
    });
    const indexMb = sizeMb(db, 'claim_words%') + sizeMb(db, 'claim_columns%');
    db.close();
    return { design: 'fts5', writeMsPerPage: write.wall, writeCpuMsPerPage: write.cpu, indexMb, ...queryInChild('fts5', dir) };
}

/** Opening the FTS5 tables and querying them (run in a fresh process). */
async function queryFts5(dir: string): Promise<QueryFigures> {
    const started = performance.now();
    const reader = new Database(join(dir, 'fts5.sqlite'), { readonly: true });
    const run = (raw: ClaimQuery) => {
        const query = normalizeQuery(raw);
        const where: string[] = [];
        const params: unknown[] = [];
        const words = query.q ? tokenizeQuery(query.q) : [];
        if (words.length > 0) {
            // One word matches the words it starts, as the embedded index does.
            const match = words.length === 1 ? `"${words[0]}"*` : words.map((word) => `"${word}"`).join(' AND ');
            where.push('claim IN (SELECT rowid FROM claim_words WHERE claim_words MATCH ?)');
            params.push(match);
        }
        for (const [field, value] of query.exact) {
            where.push(`${field} = ?`);
            params.push(value);
        }
        if (query.age !== undefined) {
            where.push('age_lo <= ? AND age_hi >= ?');
            params.push(query.age, query.age);
        }
        const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
        const hits = reader
            .prepare(`SELECT doc FROM claims WHERE rowid IN (SELECT claim FROM claim_columns ${clause} ORDER BY url, id LIMIT ? OFFSET ?)`)
            .all(...params, query.hitsPerPage, (query.page - 1) * query.hitsPerPage);
        const total = reader.prepare(`SELECT count(*) FROM claim_columns ${clause}`).pluck().get(...params);
        const facets = FACETS.map((facet) => reader.prepare(`SELECT ${facet}, count(*) FROM claim_columns ${clause} GROUP BY ${facet}`).all(...params));
        return { hits, total, facets };
    };
    run({});
    const openMs = performance.now() - started;
    const queries = await timeQueries(run);
    reader.close();
    return { openMs, ...queries };
}

type QueryFigures = Pick<IndexDesignResult, 'openMs' | 'p50Ms' | 'p95Ms'>;

/** Runs this file again as `--query DESIGN DIR` and reads the figures it prints. */
function queryInChild(design: IndexDesignResult['design'], dir: string): QueryFigures {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--query', design, dir], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`querying ${design} failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as QueryFigures;
}

export async function benchIndexDesigns(claimCount: number): Promise<IndexDesignResult[]> {
    const pages = pagesOf(syntheticClaims(claimCount));
    const results: IndexDesignResult[] = [];
    for (const bench of [benchPacked, benchFts5]) {
        const dir = await mkdtemp(join(tmpdir(), 'claimscope-bench-index-'));
        try {
            results.push(await bench(dir, pages));
        } finally {
            await rm(dir, { recursive: true, force: true });
        }
    }
    return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === '--query') {
    const [design, dir] = process.argv.slice(3) as [IndexDesignResult['design'], string];
    console.log(JSON.stringify(design === 'packed' ? await queryPacked(dir) : await queryFts5(dir)));
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const claims = Number(process.argv[2]) || 1_000_000;
    const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');
    console.log(`${claims} claims, ${claims / 10} pages; load average ${load()}`);
    const results = await benchIndexDesigns(claims);
    console.log('| design | write ms/page (wall · CPU) | on disk | open + first query | p50 / p95 per query |');
    console.log('|---|---|---|---|---|');
    for (const r of results) {
        console.log(
            `| ${r.design} | ${r.writeMsPerPage.toFixed(3)} · ${r.writeCpuMsPerPage.toFixed(3)} | ${r.indexMb.toFixed(0)} MB | ${r.openMs.toFixed(0)} ms | ` +
                `${r.p50Ms.toFixed(1)} / ${r.p95Ms.toFixed(1)} ms |`,
        );
    }
    console.log(`load average ${load()}`);
}
