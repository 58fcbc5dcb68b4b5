/**
 * The embedded search index (the default backend, no server): a small inverted index over jieba
 * words plus typed-array columns for filters, facets and order (claim-store.ts, claim-search.ts),
 * over the claims table of the data dir's database. The documents and their words live in that table
 * (written by the store in the same transaction as their page); this index reads them on first use and
 * then catches up on every read with the rows whose change counter (`seq`) moved, so a claim is
 * searchable once its page's transaction commits, in every process, and saving costs nothing. Memory
 * holds only postings, columns and ids: a search fetches the documents of the page of hits it answers
 * with, in the same read transaction it caught up in.
 *
 * Why not a library. Measured on the bench's 100k synthetic claims (bench/search.ts) on this
 * project's 2-core machine, jieba words computed beforehand and handed to each library:
 * - Orama 3 (the previous backend): p50 134–238 ms, p95 2.3–2.4 s, indexing 28–74 s, 1.9 GB RSS.
 *   It scores, facets and sorts every hit of a broad word (返款 is in 87k claims) and needed a patch
 *   of its radix tree (quadratic `findAllWords`).
 * - MiniSearch 7.2: 返款 (prefix, 87k hits) 1.0 s, 北京 返款 (AND, 2k hits) 0.55 s, indexing 16 s:
 *   it builds a scored result object with match details for every hit before we could count facets.
 * - FlexSearch 0.8: one word is instant (it hands back its own posting array), 北京 返款 33 ms,
 *   indexing 10 s with the `forward` tokenizer that prefix search needs; it returns bare ids, so
 *   filters, facets, ordering and "word in the quote" would all still be done here.
 * What the libraries would have added on top of the columns is sorted postings per word and one
 * counting pass for AND, which is all this index is. Here at 100k: p50 ≈ 1 ms, p95 ≈ 2–3 ms of CPU
 * (≈ 10 ms wall on a machine loaded 5× over its cores), indexing ≈ 2–4 s (jieba is most of it).
 *
 * Search behaviour (what the contract suite and the Meilisearch backend share): all words must match,
 * across quote, title, section and region; synonyms fold onto one word; a one-word query matches
 * words it starts; facets count every hit; order is url then id, after relevance when there are
 * words (claim-search.ts).
 */
import { join } from 'node:path';
import { ClaimStore, type ClaimColumns } from './claim-store.js';
import { searchClaims } from './claim-search.js';
import { ClaimWordCache, parseClaimWords } from './claim-words.js';
import { tokenizeQuery, TOKENIZER_FINGERPRINT } from './chinese-tokenizer.js';
import { normalizeQuery } from './query.js';
import type { ClaimDocument, ClaimQuery, ClaimSearchResult, SearchIndex } from './types.js';
import type { Db } from '../storage/database.js';
import { openStoreDatabase, readMeta, writeMeta } from '../storage/schema.js';

/** Load the table afresh once this many dead slots (replaced or deleted claims) outnumber live ones. */
const MIN_DEAD_SLOTS_TO_REBUILD = 1_000;
/** Claims whose words are segmented again per transaction after a tokenizer change. */
const RESEGMENT_BATCH = 2_000;

/** Where the 0.1 layout kept the embedded index; a data dir still holding it is migrated on open. */
export function embeddedIndexPath(dataDir: string): string {
    return join(dataDir, 'index', 'claims.json');
}

/** Opens the embedded claim index of `dataDir` (its database, created when missing). */
export async function openEmbeddedIndex(dataDir: string): Promise<SearchIndex> {
    const db = openStoreDatabase(dataDir);
    resegmentIfNeeded(db);
    return new EmbeddedIndex(db);
}

/** Words stored by another tokenizer (another jieba, dictionary or synonym table) are worked out again, once. */
function resegmentIfNeeded(db: Db): void {
    if (readMeta(db, 'tokenizer') === TOKENIZER_FINGERPRINT) return;
    const words = new ClaimWordCache();
    const next = db.prepare(`SELECT id, doc FROM claims WHERE id > ? ORDER BY id LIMIT ${RESEGMENT_BATCH}`);
    const update = db.prepare('UPDATE claims SET words = ? WHERE id = ?');
    let after = '';
    for (;;) {
        const rows = next.all(after) as { id: string; doc: string }[];
        if (rows.length === 0) break;
        after = rows.at(-1)!.id;
        db.transaction(() => {
            for (const row of rows) update.run(words.wordsOf(JSON.parse(row.doc) as ClaimDocument), row.id);
        })();
    }
    writeMeta(db, 'tokenizer', TOKENIZER_FINGERPRINT);
}

/**
 * A claim as the index reads it: its words and the fields it filters, counts and orders by, taken out of the stored
 * document by SQLite (the whole document is never parsed here).
 */
interface ClaimRow {
    id: string;
    live: number;
    seq: number;
    words: string;
    region: unknown;
    metric: unknown;
    population: unknown;
    site: unknown;
    kind: unknown;
    url: unknown;
    ageMin: unknown;
    ageMax: unknown;
    confidence: unknown;
}

const CLAIM_ROW = `id, live, seq, words, url, doc ->> '$.region' AS region, doc ->> '$.metric' AS metric,
    doc ->> '$.population' AS population, doc ->> '$.site' AS site, doc ->> '$.kind' AS kind, doc ->> '$.ageMin' AS ageMin,
    doc ->> '$.ageMax' AS ageMax, doc ->> '$.confidence' AS confidence`;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const number = (value: unknown, otherwise: number) => (typeof value === 'number' ? value : otherwise);

function columnsOf(row: ClaimRow): ClaimColumns {
    const figure = row.kind === 'figure';
    return {
        id: row.id,
        values: { region: text(row.region), metric: text(row.metric), population: text(row.population), site: text(row.site), kind: text(row.kind), url: text(row.url) },
        ageLo: figure ? number(row.ageMin, -Infinity) : -Infinity,
        ageHi: figure ? number(row.ageMax, Infinity) : Infinity,
        confidence: number(row.confidence, -Infinity),
    };
}

class EmbeddedIndex implements SearchIndex {
    /** Its documents are the store's claims: the index stage has nothing to copy into it. */
    readonly backedByStore = true;
    readonly #db: Db;
    readonly #words = new ClaimWordCache();
    #store = new ClaimStore();
    /** Highest change counter applied; -1 before the first load. */
    #seq = -1;

    constructor(db: Db) {
        this.#db = db;
    }

    async upsert(docs: ClaimDocument[]): Promise<void> {
        // Last one wins within a batch, as it would over separate calls.
        const latest = [...new Map(docs.map((doc) => [doc.id, doc])).values()];
        const upsert = this.#db.prepare(
            `INSERT INTO claims (id, url, ord, live, seq, doc, words) VALUES (?, ?, ?, 1, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET url = excluded.url, ord = excluded.ord, live = 1, seq = excluded.seq, doc = excluded.doc, words = excluded.words`,
        );
        this.#db.transaction(() => {
            const seq = this.#nextSeq();
            latest.forEach((doc, ord) => upsert.run(doc.id, doc.url, ord, seq, JSON.stringify(doc), this.#words.wordsOf(doc)));
        })();
    }

    async deleteByUrls(urls: string[]): Promise<void> {
        const retire = this.#db.prepare('UPDATE claims SET live = 0, seq = ? WHERE url = ? AND live = 1');
        this.#db.transaction(() => {
            const seq = this.#nextSeq();
            for (const url of new Set(urls)) retire.run(seq, url);
        })();
    }

    async search(query: ClaimQuery): Promise<ClaimSearchResult> {
        const normalized = normalizeQuery(query);
        // A query of only punctuation has no words: it lists everything, as Meilisearch does.
        const words = normalized.q ? tokenizeQuery(normalized.q) : [];
        // One read transaction: the documents fetched are those of the state the index caught up with.
        return this.#db.transaction(() => {
            this.#catchUp();
            const { ids, total, facets } = searchClaims(this.#store, normalized, words);
            const document = this.#db.prepare('SELECT doc FROM claims WHERE id = ?').pluck();
            const hits = ids.map((id) => JSON.parse(document.get(id) as string) as ClaimDocument);
            return { hits, total, page: normalized.page, hitsPerPage: normalized.hitsPerPage, facets };
        })();
    }

    async all(): Promise<ClaimDocument[]> {
        // url then id in code-point order: SQLite compares text as UTF-8 bytes, which sort as code points do.
        const docs = this.#db.prepare('SELECT doc FROM claims WHERE live = 1 ORDER BY url, id').pluck().all() as string[];
        return docs.map((doc) => JSON.parse(doc) as ClaimDocument);
    }

    async clear(): Promise<void> {
        this.#db.transaction(() => {
            this.#db.prepare('UPDATE claims SET live = 0, seq = ? WHERE live = 1').run(this.#nextSeq());
        })();
    }

    async close(): Promise<void> {
        if (this.#db.open) this.#db.close();
    }

    #nextSeq(): number {
        return ((this.#db.prepare('SELECT max(seq) FROM claims').pluck().get() as number | null) ?? 0) + 1;
    }

    /** Applies the claims written since the last read (all live ones on the first). */
    #catchUp(): void {
        const latest = (this.#db.prepare('SELECT max(seq) FROM claims').pluck().get() as number | null) ?? 0;
        if (latest <= this.#seq) return;
        const first = this.#seq < 0;
        const rows = first
            ? this.#db.prepare(`SELECT ${CLAIM_ROW} FROM claims WHERE live = 1`).iterate()
            : this.#db.prepare(`SELECT ${CLAIM_ROW} FROM claims WHERE seq > ? ORDER BY seq`).iterate(this.#seq);
        let seq = Math.max(this.#seq, 0);
        const store = this.#store;
        const entries: number[] = [];
        for (const row of rows as Iterable<ClaimRow>) {
            if (row.seq > seq) seq = row.seq;
            if (!first) store.remove(row.id);
            if (!row.live) continue;
            entries.length = 0;
            parseClaimWords(row.words, (word, inQuote) => entries.push((store.wordId(word) << 1) | (inQuote ? 1 : 0)));
            store.add(columnsOf(row), entries);
        }
        this.#seq = Math.max(seq, latest);
        const dead = store.slotCount - store.liveCount;
        if (dead >= MIN_DEAD_SLOTS_TO_REBUILD && dead > store.liveCount) {
            // A fresh table without the dead slots, read again from the database (memory keeps no copy of the words).
            this.#store = new ClaimStore();
            this.#seq = -1;
            this.#catchUp();
        }
    }
}
