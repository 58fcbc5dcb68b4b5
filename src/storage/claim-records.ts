/**
 * A page's claims as the store keeps them: one record per page (table `page_claims`) — its claim documents as first
 * written (each its page's own: one copy, no cluster) and their index words, each a deflated JSON array in page
 * order — and apart from it what settling clusters says of them (`page_settled`): per claim whose copies or cluster
 * differ, [copies, cluster], or 0 for a boilerplate claim kept only on its owner page. Settling writes that small row
 * only, never the documents; `claim_ids` finds a claim's page (its record's id) by the claim's id.
 *
 * One record instead of a row per claim: a page's ~35 claim rows repeated its URL, site, title and date and cost
 * three b-tree inserts each, most of what a page result wrote (bench/RESULTS.md). Beside the record, written and
 * removed with it, its figure claims' projection for comparing (figure-rows.ts).
 */
import { deflateRawSync } from 'node:zlib';
import type { ClaimDocument } from '../search/types.js';
import { FASTEST_DEFLATE, parseStoredJson } from './compressed-json.js';
import { type Db, preparedPerConnection } from './database.js';
import { type FigureProjection, figureProjectionOf, removeFigureProjection, writeFigureProjection } from './figure-rows.js';

/** A claim as the writer hands it over: its id, its document as JSON and its index words. */
export interface ClaimRowText {
    id: string;
    doc: string;
    words: string;
}

/**
 * A page's claims as stored: ids in page order, documents and words as deflated JSON arrays, and the figure
 * projection of its documents.
 */
export interface ClaimRecord {
    ids: string[];
    docs: Buffer;
    words: Buffer;
    figures: FigureProjection | null;
}

/** What settling says of one claim that is not as first written: [copies, cluster], or 0 when it is not kept. */
type SettledClaim = [copies: number, cluster: string | null] | 0;
type Settled = Record<string, SettledClaim>;

/** A claim of a stored record, as first written, with its words. */
interface RecordClaim {
    doc: ClaimDocument;
    words: string;
}

/** Pages read per query when walking every record. */
const PAGES_PER_READ = 100;

/**
 * A page's record. A claim listed twice (two identical drafts) is one claim, kept where it is listed last with that
 * listing's document, as upserting rows by id kept it.
 */
export function claimRecordOf(rows: readonly ClaimRowText[]): ClaimRecord {
    const last = new Map<string, number>();
    rows.forEach((row, i) => last.set(row.id, i));
    const kept = rows.filter((row, i) => last.get(row.id) === i);
    return {
        ids: kept.map((row) => row.id),
        docs: deflateRawSync(`[${kept.map((row) => row.doc).join(',')}]`, FASTEST_DEFLATE),
        words: deflateRawSync(JSON.stringify(kept.map((row) => row.words)), FASTEST_DEFLATE),
        figures: figureProjectionOf(kept.map((row) => JSON.parse(row.doc) as Record<string, unknown>)),
    };
}

/** The statements of this module, prepared once per connection. */
const statementsOf = preparedPerConnection((db) => ({
    oldDocs: db.prepare('SELECT id, docs FROM page_claims WHERE url = ?'),
    writeRecord: db
        .prepare(
            `INSERT INTO page_claims (url, claims, docs, words) VALUES (?, ?, ?, ?)
             ON CONFLICT (url) DO UPDATE SET claims = excluded.claims, docs = excluded.docs, words = excluded.words RETURNING id`,
        )
        .pluck(),
    deleteRecord: db.prepare('DELETE FROM page_claims WHERE url = ?'),
    readRecord: db.prepare('SELECT docs, words FROM page_claims WHERE url = ?'),
    readSettled: db.prepare('SELECT claims FROM page_settled WHERE url = ?').pluck(),
    writeSettled: db.prepare(
        `INSERT INTO page_settled (url, dropped, claims) VALUES (?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET dropped = excluded.dropped, claims = excluded.claims`,
    ),
    deleteSettled: db.prepare('DELETE FROM page_settled WHERE url = ?'),
    addId: db.prepare('INSERT INTO claim_ids (id, page) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET page = excluded.page'),
    deleteId: db.prepare('DELETE FROM claim_ids WHERE id = ? AND page = ?'),
    pageOfId: db.prepare('SELECT p.url FROM claim_ids c JOIN page_claims p ON p.id = c.page WHERE c.id = ?').pluck(),
    count: db
        .prepare('SELECT (SELECT coalesce(sum(claims), 0) FROM page_claims) - (SELECT coalesce(sum(dropped), 0) FROM page_settled)')
        .pluck(),
    pagesAfter: db.prepare(
        `SELECT p.url, p.docs, s.claims AS settled FROM page_claims p LEFT JOIN page_settled s ON s.url = p.url
         WHERE p.url > ? ORDER BY p.url LIMIT ${PAGES_PER_READ}`,
    ),
}));

/** A page's record as stored, with the id `claim_ids` refers to it by. */
interface StoredRecord {
    id: number;
    docs: Buffer | string;
}

/** The ids of a stored record's claims (parsed from its documents). */
function idsOfStored(docs: Buffer | string): string[] {
    return parseStoredJson<{ id: string }[]>(docs).map((doc) => doc.id);
}

/**
 * Makes `record` the claims of `url`, as first written (unsettled), inside the caller's transaction. Ids the page no
 * longer holds stop pointing at it.
 */
export function writeClaimRecord(db: Db, url: string, record: ClaimRecord): void {
    const sql = statementsOf(db);
    const old = sql.oldDocs.get(url) as StoredRecord | undefined;
    const before = new Set(old === undefined ? [] : idsOfStored(old.docs));
    const page = sql.writeRecord.get(url, record.ids.length, record.docs, record.words) as number;
    sql.deleteSettled.run(url);
    writeFigureProjection(db, page, record.figures, old !== undefined);
    for (const id of record.ids) if (!before.delete(id)) sql.addId.run(id, page);
    for (const id of before) sql.deleteId.run(id, page);
}

/** Removes the claims of `url`, inside the caller's transaction. */
export function removeClaimRecord(db: Db, url: string): void {
    const sql = statementsOf(db);
    const old = sql.oldDocs.get(url) as StoredRecord | undefined;
    if (old === undefined) return;
    sql.deleteRecord.run(url);
    sql.deleteSettled.run(url);
    removeFigureProjection(db, old.id);
    for (const id of idsOfStored(old.docs)) sql.deleteId.run(id, old.id);
}

/** `docs` as settling left them: copies and cluster applied, claims not kept left out. */
function settledView(docs: ClaimDocument[], settledJson: string | null | undefined): ClaimDocument[] {
    if (!settledJson) return docs;
    const settled = JSON.parse(settledJson) as Settled;
    const view: ClaimDocument[] = [];
    for (const doc of docs) {
        const claim = settled[doc.id];
        if (claim === 0) continue;
        if (claim) {
            doc.copies = claim[0];
            doc.cluster = claim[1];
        }
        view.push(doc);
    }
    return view;
}

/** The claims of `url` as first written, with their words; undefined when the page has none stored. */
function recordClaimsOf(db: Db, url: string): RecordClaim[] | undefined {
    const row = statementsOf(db).readRecord.get(url) as { docs: Buffer | string; words: Buffer | string } | undefined;
    if (!row) return undefined;
    const docs = parseStoredJson<ClaimDocument[]>(row.docs);
    const words = parseStoredJson<string[]>(row.words);
    return docs.map((doc, i) => ({ doc, words: words[i]! }));
}

/** The live claims of `url` (as settled) with their words, in page order. */
export function liveClaimsOf(db: Db, url: string): RecordClaim[] {
    const claims = recordClaimsOf(db, url) ?? [];
    const live = new Set(settledView(claims.map((claim) => claim.doc), statementsOf(db).readSettled.get(url) as string | undefined));
    return claims.filter((claim) => live.has(claim.doc));
}

/** The live claims of `url`, as every reader sees them. */
function pageClaimsOf(db: Db, url: string): ClaimDocument[] {
    const row = statementsOf(db).readRecord.get(url) as { docs: Buffer | string } | undefined;
    if (!row) return [];
    return settledView(parseStoredJson<ClaimDocument[]>(row.docs), statementsOf(db).readSettled.get(url) as string | undefined);
}

/** The live claims of these ids, in that order (reading each page once); an id not live is left out. */
export function claimsById(db: Db, ids: readonly string[]): ClaimDocument[] {
    const pages = new Map<string, Map<string, ClaimDocument>>();
    const found: ClaimDocument[] = [];
    for (const id of ids) {
        const url = statementsOf(db).pageOfId.get(id) as string | undefined;
        if (url === undefined) continue;
        let page = pages.get(url);
        if (!page) pages.set(url, (page = new Map(pageClaimsOf(db, url).map((doc) => [doc.id, doc]))));
        const doc = page.get(id);
        if (doc) found.push(doc);
    }
    return found;
}

/** The page `id` was last written on (the claim may since have been left out by settling). */
export function pageOfClaim(db: Db, id: string): string | undefined {
    return statementsOf(db).pageOfId.get(id) as string | undefined;
}

/** How many live claims the store holds. */
export function liveClaimCount(db: Db): number {
    return statementsOf(db).count.get() as number;
}

/** Every live claim in export order (page URL, then place on the page), a hundred pages per query. */
export function* allClaims(db: Db): Generator<ClaimDocument> {
    let after = '';
    for (;;) {
        const rows = statementsOf(db).pagesAfter.all(after) as { url: string; docs: Buffer | string; settled: string | null }[];
        if (rows.length === 0) return;
        after = rows.at(-1)!.url;
        for (const row of rows) yield* settledView(parseStoredJson<ClaimDocument[]>(row.docs), row.settled);
    }
}

/**
 * Records what settling says of `url`'s claims (`settled`: its live claims with their copies and cluster, in page
 * order), inside the caller's transaction. @returns 'same' when nothing changed, 'settled' when only copies or
 * clusters did, 'kept' when the claims kept on the page changed (its index row must be written again), and
 * 'rewrite' when the record lacks a settled claim (the caller writes the record from the page again first).
 */
export function settleRecord(db: Db, url: string, settled: readonly ClaimDocument[]): 'same' | 'settled' | 'kept' | 'rewrite' {
    const sql = statementsOf(db);
    const row = sql.readRecord.get(url) as { docs: Buffer | string } | undefined;
    const docs = row ? parseStoredJson<ClaimDocument[]>(row.docs) : [];
    const byId = new Map(settled.map((doc) => [doc.id, doc]));
    const recorded = new Set(docs.map((doc) => doc.id));
    for (const id of byId.keys()) if (!recorded.has(id)) return 'rewrite';
    const next: Settled = {};
    let dropped = 0;
    for (const doc of docs) {
        const claim = byId.get(doc.id);
        if (!claim) {
            next[doc.id] = 0;
            dropped++;
        } else if (claim.copies !== doc.copies || claim.cluster !== doc.cluster) next[doc.id] = [claim.copies, claim.cluster];
    }
    const previousJson = sql.readSettled.get(url) as string | undefined;
    const nextJson = Object.keys(next).length > 0 ? JSON.stringify(next) : undefined;
    if (previousJson === nextJson) return 'same';
    if (nextJson === undefined) sql.deleteSettled.run(url);
    else sql.writeSettled.run(url, dropped, nextJson);
    const droppedIds = (json: string | undefined) =>
        Object.entries(json ? (JSON.parse(json) as Settled) : {})
            .filter(([, claim]) => claim === 0)
            .map(([id]) => id)
            .join('\n');
    return droppedIds(previousJson) === droppedIds(nextJson) ? 'settled' : 'kept';
}
