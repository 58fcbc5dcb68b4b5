/**
 * The embedded search index (the default backend, no server): a small inverted index over jieba
 * words plus typed-array columns for filters, facets and order (claim-store.ts, claim-search.ts),
 * over the claims of the data dir's database. The documents live in the store's record of each page (claim-records.ts),
 * and each page's claims packed as numbers in `index_pages` (page-index.ts), both written by the store in the same transaction as
 * their page; this index loads the packed rows on first use and then catches up on every read with the page
 * rows whose change counter (`seq`) moved, so a claim is searchable once its page's transaction commits, in
 * every process, and saving costs nothing. Memory holds only postings, columns and ids: a search fetches the
 * documents of the page of hits it answers with, in the same read transaction it caught up in.
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
import { ClaimStore } from './claim-store.js';
import { searchClaims } from './claim-search.js';
import { ClaimWordCache } from './claim-words.js';
import { tokenizeQuery, TOKENIZER_FINGERPRINT } from './chinese-tokenizer.js';
import { normalizeQuery } from './query.js';
import type { ClaimDocument, ClaimQuery, ClaimSearchResult, SearchIndex } from './types.js';
import { fillPageRows, forgetPageRows, INDEXED_FIELDS, type IndexedField, repackPages, TermNumbers, VarintReader } from './page-index.js';
import { dropSegments, fillSegments, flushSegments, postingsReader, readSegments, segmentIds } from './index-segments.js';
import type { Db } from '../storage/database.js';
import { nextChangeSeq, openStoreDatabase, readMeta, writeMeta } from '../storage/schema.js';
import { allClaims, claimRecordOf, claimsById, liveClaimsOf, pageOfClaim, removeClaimRecord, writeClaimRecord } from '../storage/claim-records.js';
import { compressJson, parseStoredJson } from '../storage/compressed-json.js';

/** Load the table afresh once this many dead slots (replaced or deleted claims) outnumber live ones. */
const MIN_DEAD_SLOTS_TO_REBUILD = 1_000;
/** Pages whose claims' words are segmented again per transaction after a tokenizer change. */
const RESEGMENT_BATCH = 50;

/** Where the 0.1 layout kept the embedded index; a data dir still holding it is migrated on open. */
export function embeddedIndexPath(dataDir: string): string {
    return join(dataDir, 'index', 'claims.json');
}

/**
 * Opens the embedded claim index of `dataDir` (its database, created when missing). `notice` hears a one-time
 * repair (words segmented again, page rows packed); stderr by default.
 */
export async function openEmbeddedIndex(
    dataDir: string,
    notice: (line: string) => void = (line) => process.stderr.write(`claimscope: ${line}\n`),
): Promise<SearchIndex> {
    const db = openStoreDatabase(dataDir);
    resegmentIfNeeded(db);
    fillPageRows(db, (line) => notice(`${dataDir}: ${line}`));
    fillSegments(db, (line) => notice(`${dataDir}: ${line}`));
    return new EmbeddedIndex(db);
}

/** Words stored by another tokenizer (another jieba, dictionary or synonym table) are worked out again, once. */
function resegmentIfNeeded(db: Db): void {
    if (readMeta(db, 'tokenizer') === TOKENIZER_FINGERPRINT) return;
    // The packed page rows and the segments hold the old words: filled in again afterwards.
    forgetPageRows(db);
    dropSegments(db);
    const words = new ClaimWordCache();
    const next = db.prepare(`SELECT url, docs FROM page_claims WHERE url > ? ORDER BY url LIMIT ${RESEGMENT_BATCH}`);
    const update = db.prepare('UPDATE page_claims SET words = ? WHERE url = ?');
    let after = '';
    for (;;) {
        const rows = next.all(after) as { url: string; docs: Buffer | string }[];
        if (rows.length === 0) break;
        after = rows.at(-1)!.url;
        db.transaction(() => {
            for (const row of rows) update.run(compressJson(parseStoredJson<ClaimDocument[]>(row.docs).map((doc) => words.wordsOf(doc))), row.url);
        })();
    }
    writeMeta(db, 'tokenizer', TOKENIZER_FINGERPRINT);
}

/** A page row as the index reads it (page-index.ts). */
interface PageRow {
    url: string;
    seq: number;
    ids: string;
    terms: Buffer;
    refs: Buffer;
    numbers: Buffer;
}

/** A blob of Float64s as a typed array, copied only when SQLite's buffer is not aligned for one. */
function float64sOf(blob: Buffer): Float64Array {
    const bytes = blob.byteOffset % Float64Array.BYTES_PER_ELEMENT === 0 ? blob : Buffer.from(blob);
    return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / Float64Array.BYTES_PER_ELEMENT);
}

const PAGE_FIELDS = INDEXED_FIELDS.length;

class EmbeddedIndex implements SearchIndex {
    /** Its documents are the store's claims: the index stage has nothing to copy into it. */
    readonly backedByStore = true;
    readonly #db: Db;
    readonly #words = new ClaimWordCache();
    readonly #terms = new TermNumbers();
    #store = new ClaimStore((wordId) => this.#storedPostings(wordId));
    /** Term number → its word id or field code in #store; -1 for a number not loaded. */
    #local = new Int32Array(1024).fill(-1);
    /** Word id in #store → its term number. */
    #termOfWord = new Int32Array(1024);
    /** The stored segments #store was loaded from, oldest first, with the slot each starts at. */
    #segments: { id: number; first: number }[] = [];
    /** Dead slots right after loading (claims of pages a later segment or page row replaced). */
    #deadAtLoad = 0;
    readonly #readPostings: (segment: number, term: number) => Int32Array | undefined;
    /** Highest term number loaded into #store. */
    #termsLoaded = 0;
    /** Highest change counter applied; -1 before the first load. */
    #seq = -1;

    constructor(db: Db) {
        this.#db = db;
        this.#readPostings = postingsReader(db);
    }

    async upsert(docs: ClaimDocument[]): Promise<void> {
        // Last one wins within a batch, as it would over separate calls.
        const latest = [...new Map(docs.map((doc) => [doc.id, doc])).values()];
        this.#write((seq) => {
            const arriving = new Map<string, ClaimDocument[]>();
            for (const doc of latest) arriving.set(doc.url, [...(arriving.get(doc.url) ?? []), doc]);
            // A claim moved to another page leaves its former page too.
            const leaving = new Map<string, Set<string>>();
            for (const doc of latest) {
                const before = pageOfClaim(this.#db, doc.id);
                if (before !== undefined && before !== doc.url) leaving.set(before, (leaving.get(before) ?? new Set()).add(doc.id));
            }
            const pages = new Set([...arriving.keys(), ...leaving.keys()]);
            for (const url of pages) {
                const claims = new Map(liveClaimsOf(this.#db, url).map((claim) => [claim.doc.id, claim]));
                for (const id of leaving.get(url) ?? []) claims.delete(id);
                for (const doc of arriving.get(url) ?? []) claims.set(doc.id, { doc, words: this.#words.wordsOf(doc) });
                if (claims.size === 0) removeClaimRecord(this.#db, url);
                else {
                    const rows = [...claims.values()].map(({ doc, words }) => ({ id: doc.id, doc: JSON.stringify(doc), words }));
                    writeClaimRecord(this.#db, url, claimRecordOf(rows));
                }
            }
            repackPages(this.#db, pages, seq, this.#terms);
        });
    }

    async deleteByUrls(urls: string[]): Promise<void> {
        this.#write((seq) => {
            const pages = new Set(urls);
            for (const url of pages) removeClaimRecord(this.#db, url);
            repackPages(this.#db, pages, seq, this.#terms);
        });
    }

    async search(query: ClaimQuery): Promise<ClaimSearchResult> {
        const normalized = normalizeQuery(query);
        // A query of only punctuation has no words: it lists everything, as Meilisearch does.
        const words = normalized.q ? tokenizeQuery(normalized.q) : [];
        // One read transaction: the documents fetched are those of the state the index caught up with.
        return this.#db.transaction(() => {
            this.#catchUp();
            const { ids, total, facets } = searchClaims(this.#store, normalized, words);
            return { hits: claimsById(this.#db, ids), total, page: normalized.page, hitsPerPage: normalized.hitsPerPage, facets };
        })();
    }

    async all(): Promise<ClaimDocument[]> {
        // url then id in code-point order: pages come in SQLite's order of text (UTF-8 bytes, which sort as code points
        // do), and a page's ids are hexadecimal.
        const docs: ClaimDocument[] = [];
        let page: ClaimDocument[] = [];
        const byId = (a: ClaimDocument, b: ClaimDocument) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        for (const doc of allClaims(this.#db)) {
            if (page.length > 0 && page[0]!.url !== doc.url) {
                docs.push(...page.sort(byId));
                page = [];
            }
            page.push(doc);
        }
        docs.push(...page.sort(byId));
        return docs;
    }

    async clear(): Promise<void> {
        this.#write((seq) => {
            this.#db.exec('DELETE FROM page_claims; DELETE FROM page_settled; DELETE FROM claim_ids;');
            this.#db.prepare("UPDATE index_pages SET seq = ?, ids = '', terms = x'', refs = x'', numbers = x'' WHERE ids != ''").run(seq);
            dropSegments(this.#db);
        });
    }

    async close(): Promise<void> {
        if (this.#db.open) this.#db.close();
    }

    /** Runs `work` in one transaction with that transaction's change counter, then segments what piled up. */
    #write(work: (seq: number) => void): void {
        try {
            this.#db.transaction(() => work(nextChangeSeq(this.#db)))();
            this.#terms.settle(true);
        } catch (err) {
            this.#terms.settle(false);
            throw err;
        }
        flushSegments(this.#db);
    }

    /**
     * Applies what was written since the last read: on the first, the stored segments (columns only) and the page
     * rows past them; afterwards the page rows whose change counter moved. Starts over when a segment it reads
     * postings from was merged away, or when claims retired since loading outnumber the live ones.
     */
    #catchUp(): void {
        if (this.#seq >= 0 && this.#segments.length > 0) {
            const present = segmentIds(this.#db);
            if (this.#segments.some((segment) => !present.has(segment.id))) this.#reset();
        }
        const latest = (this.#db.prepare('SELECT max(seq) FROM index_pages').pluck().get() as number | null) ?? 0;
        const first = this.#seq < 0;
        if (!first && latest <= this.#seq) return;
        this.#loadTerms();
        if (first) this.#loadSegments();
        const rows = this.#db
            .prepare(`SELECT url, seq, ids, terms, refs, numbers FROM index_pages WHERE seq > ?${first && this.#segments.length === 0 ? " AND ids != ''" : ''}`)
            .iterate(this.#seq);
        const store = this.#store;
        const local = this.#local;
        const codes = new Int32Array(PAGE_FIELDS + 1);
        const postings = store.postings;
        const placed: number[] = [];
        for (const row of rows as Iterable<PageRow>) {
            store.removeUrl(row.url);
            if (row.ids === '') continue;
            codes[PAGE_FIELDS] = store.dictionaries.url.add(row.url);
            const ids = row.ids.split('\n');
            // The page's terms as this table's word ids and field codes, then its claims referring to them.
            const pageTerms = new VarintReader(row.terms);
            placed.length = 0;
            while (!pageTerms.done()) placed.push(local[pageTerms.next()]!);
            const refs = new VarintReader(row.refs);
            const numbers = float64sOf(row.numbers);
            for (let claim = 0; claim < ids.length; claim++) {
                for (let f = 0; f < PAGE_FIELDS; f++) {
                    const ref = refs.next();
                    codes[f] = ref === 0 ? -1 : placed[ref - 1]!;
                }
                const inQuote = refs.next();
                const others = refs.next();
                const n = claim * 3;
                const slot = store.addColumns({ id: ids[claim]!, codes, ageLo: numbers[n]!, ageHi: numbers[n + 1]!, confidence: numbers[n + 2]! });
                for (let w = 0; w < inQuote; w++) postings[placed[refs.next()]!]!.push((slot << 1) | 1);
                for (let w = 0; w < others; w++) postings[placed[refs.next()]!]!.push(slot << 1);
            }
        }
        // Doubling left each list up to twice its size: half the postings' memory, given back once after a full load.
        if (first) for (const list of postings) list.trim();
        this.#seq = Math.max(latest, this.#seq);
        if (first) this.#deadAtLoad = store.slotCount - store.liveCount;
        const dead = store.slotCount - store.liveCount - this.#deadAtLoad;
        if (dead >= MIN_DEAD_SLOTS_TO_REBUILD && dead > store.liveCount) {
            // A fresh table without the dead slots, read again from the database (memory keeps no copy of the words).
            this.#reset();
            this.#catchUp();
        }
    }

    /** Forgets everything loaded: the next read loads afresh. */
    #reset(): void {
        this.#segments = [];
        this.#store = new ClaimStore((wordId) => this.#storedPostings(wordId));
        this.#local = new Int32Array(this.#local.length).fill(-1);
        this.#termOfWord = new Int32Array(this.#termOfWord.length);
        this.#termsLoaded = 0;
        this.#seq = -1;
    }

    /** Adds the stored segments' columns to #store; their postings are read when a query names a word. */
    #loadSegments(): void {
        const local = this.#local;
        const store = this.#store;
        for (const segment of readSegments(this.#db)) {
            const claims = segment.idEnds.length;
            const codes = INDEXED_FIELDS.map((_, f) => {
                const terms = segment.fields.subarray(f * claims, (f + 1) * claims);
                const fieldCodes = new Int32Array(claims);
                for (let slot = 0; slot < claims; slot++) {
                    const term = terms[slot]!;
                    fieldCodes[slot] = term === 0 ? -1 : local[term]!;
                }
                return fieldCodes;
            });
            const urlCodes = new Int32Array(segment.urls.length);
            segment.urls.forEach((url, page) => (urlCodes[page] = store.dictionaries.url.add(url)));
            const first = store.addSegment({
                ids: segment.ids,
                idEnds: segment.idEnds,
                urlCodes,
                runEnds: segment.runEnds,
                codes,
                ageLo: segment.numbers.subarray(0, claims),
                ageHi: segment.numbers.subarray(claims, 2 * claims),
                confidence: segment.numbers.subarray(2 * claims, 3 * claims),
            });
            this.#segments.push({ id: segment.id, first });
            this.#seq = segment.lastSeq;
        }
    }

    /** A word's postings over the loaded segments, as slots of #store. */
    #storedPostings(wordId: number): Int32Array {
        const term = this.#termOfWord[wordId]!;
        const parts: { postings: Int32Array; first: number }[] = [];
        let length = 0;
        for (const { id, first } of this.#segments) {
            const postings = this.#readPostings(id, term);
            if (!postings) continue;
            parts.push({ postings, first });
            length += postings.length;
        }
        const all = new Int32Array(length);
        let at = 0;
        for (const { postings, first } of parts) {
            // Entries are `claim << 1 | inQuote` within the segment: shifting the claim shifts the entry by twice as much.
            const shift = first << 1;
            for (let i = 0; i < postings.length; i++) all[at++] = postings[i]! + shift;
        }
        return all;
    }

    /** Numbers the terms added since the last read in #store: words, and each field's values. */
    #loadTerms(): void {
        const rows = this.#db.prepare('SELECT id, term FROM index_terms WHERE id > ? ORDER BY id').raw().iterate(this.#termsLoaded);
        const store = this.#store;
        for (const [id, term] of rows as Iterable<[number, string]>) {
            const tab = term.indexOf('\t');
            const field = term.slice(0, tab) as IndexedField | 'word';
            const value = term.slice(tab + 1);
            if (id >= this.#local.length) {
                const grown = new Int32Array(Math.max(id + 1, this.#local.length * 2)).fill(-1);
                grown.set(this.#local);
                this.#local = grown;
            }
            if (field === 'word') {
                const wordId = store.wordId(value);
                if (wordId >= this.#termOfWord.length) {
                    const grown = new Int32Array(Math.max(wordId + 1, this.#termOfWord.length * 2));
                    grown.set(this.#termOfWord);
                    this.#termOfWord = grown;
                }
                this.#termOfWord[wordId] = id;
                this.#local[id] = wordId;
            } else {
                this.#local[id] = store.dictionaries[field].add(value);
            }
            this.#termsLoaded = id;
        }
    }
}
