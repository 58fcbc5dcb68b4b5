/**
 * The embedded index as the data dir keeps it: per page, its live claims packed as numbers (table `index_pages`),
 * every word and filter value numbered once (table `index_terms`). Written in the same transaction as the page's
 * claims, so opening the index reads one packed row per page and builds postings from numbers, instead of reading
 * every claim row, taking its fields out of its JSON document and looking up each of its words by text (12.7 s
 * against 1.3 s for 391,500 claims at load 5; bench/RESULTS.md).
 *
 * A page row holds the term numbers of the page's distinct words and values (`terms`, varints; terms are numbered
 * from 1), and for its claims in page order: their ids (text, one per line); per claim its filter values, how many
 * words its quote and the rest have, and those words, each as its place in the page's terms (`refs`, varints, mostly
 * one byte); its age bracket and confidence (`numbers`, Float64s, open bounds ±Infinity).
 * A page whose claims are all gone keeps a row with none, at the change counter of the removal, so readers
 * catching up learn it.
 *
 * Not FTS5: a query must also count four facets over every hit and order them, which typed columns in memory do in
 * milliseconds and SQL aggregates over a million claims in seconds (bench/search-fts5.ts; figures in bench/RESULTS.md).
 */
import { type Db, preparedPerConnection } from '../storage/database.js';
import { liveClaimsOf } from '../storage/claim-records.js';
import { nextChangeSeq, readMeta, writeMeta } from '../storage/schema.js';
import { parseClaimWords } from './claim-words.js';

/** The filter fields a page row numbers per claim (the URL is the row's own). */
export const INDEXED_FIELDS = ['region', 'metric', 'population', 'site', 'kind'] as const;
export type IndexedField = (typeof INDEXED_FIELDS)[number];

/** What the index keeps of a claim besides its id and words: JSON-safe, so a queue worker can send it along. */
export type IndexFields = Record<IndexedField, string | null> & {
    /** Bounds of a figure's age bracket (null = open); always null for procedures. */
    ageMin: number | null;
    ageMax: number | null;
    confidence: number | null;
};

/** A claim as a page row packs it. */
export interface IndexedClaim {
    id: string;
    fields: IndexFields;
    /** Its words as the store keeps them (claim-words.ts). */
    words: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const number = (value: unknown) => (typeof value === 'number' ? value : null);

/** The indexed fields of a claim document (or of the same fields read out of one by SQLite). */
export function indexFieldsOf(doc: Record<string, unknown>): IndexFields {
    const figure = doc.kind === 'figure';
    return {
        region: text(doc.region),
        metric: text(doc.metric),
        population: text(doc.population),
        site: text(doc.site),
        kind: text(doc.kind),
        ageMin: figure ? number(doc.ageMin) : null,
        ageMax: figure ? number(doc.ageMax) : null,
        confidence: number(doc.confidence),
    };
}

/** The term text of a word, or of a field's value: the field name, a tab, the value. */
function termOf(field: TermKind, value: string): string {
    return `${field}\t${value}`;
}

/** The writes of this module, prepared once per connection. */
const statementsOf = preparedPerConnection((db) => ({
    addTerm: db.prepare('INSERT INTO index_terms (term) VALUES (?) ON CONFLICT (term) DO NOTHING RETURNING id').pluck(),
    termNumber: db.prepare('SELECT id FROM index_terms WHERE term = ?').pluck(),
    writePage: db.prepare(
        `INSERT INTO index_pages (url, seq, ids, terms, refs, numbers) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET seq = excluded.seq, ids = excluded.ids, terms = excluded.terms, refs = excluded.refs,
           numbers = excluded.numbers`,
    ),
}));

/** Terms a writer remembers before it starts over (bounded memory: a few tens of MB at most). */
const MAX_REMEMBERED_TERMS = 200_000;

type TermKind = IndexedField | 'word';

/** A page with no claims (all removed): its row keeps nothing but its change counter. */
export const EMPTY_PACK: PagePack = { ids: '', terms: [], refs: Buffer.alloc(0), numbers: Buffer.alloc(0) };

/**
 * Term numbers as one writer sees them. Terms are only ever added, so a number once committed holds in every
 * process; numbers handed out inside a transaction are remembered only once it commits (a rolled-back one may be
 * reused by another writer).
 */
export class TermNumbers {
    #committed = new Map<string, number>();
    readonly #pending = new Map<string, number>();

    numberOf(db: Db, term: string): number {
        const known = this.#committed.get(term) ?? this.#pending.get(term);
        if (known !== undefined) return known;
        const { addTerm, termNumber } = statementsOf(db);
        // Another writer may have added it since: then the insert returns nothing.
        const id = ((addTerm.get(term) as number | undefined) ?? termNumber.get(term)) as number;
        this.#pending.set(term, id);
        return id;
    }

    /** The transaction that numbered the pending terms committed (true) or rolled back (false). */
    settle(committed: boolean): void {
        if (committed) {
            if (this.#committed.size + this.#pending.size > MAX_REMEMBERED_TERMS) this.#committed = new Map();
            for (const [term, id] of this.#pending) this.#committed.set(term, id);
        }
        this.#pending.clear();
    }
}

/**
 * Unsigned integers, 7 bits a byte, low bits first, the high bit saying another byte follows: places in a page's
 * term table take one byte, and term numbers (given in order of first use) one to three, instead of four.
 */
class VarintWriter {
    #bytes = Buffer.alloc(256);
    #length = 0;

    write(value: number): void {
        if (this.#length + 5 > this.#bytes.length) {
            const grown = Buffer.alloc(this.#bytes.length * 2);
            this.#bytes.copy(grown);
            this.#bytes = grown;
        }
        let rest = value;
        while (rest >= 0x80) {
            this.#bytes[this.#length++] = (rest & 0x7f) | 0x80;
            rest >>>= 7;
        }
        this.#bytes[this.#length++] = rest;
    }

    bytes(): Buffer {
        return this.#bytes.subarray(0, this.#length);
    }
}

/** Reads what VarintWriter wrote. */
export class VarintReader {
    readonly #bytes: Buffer;
    #at = 0;

    constructor(bytes: Buffer) {
        this.#bytes = bytes;
    }

    done(): boolean {
        return this.#at >= this.#bytes.length;
    }

    /** Where the next value starts, to come back to it with {@link VarintReader.seek}. */
    position(): number {
        return this.#at;
    }

    seek(position: number): void {
        this.#at = position;
    }

    next(): number {
        const bytes = this.#bytes;
        let byte = bytes[this.#at++]!;
        let value = byte & 0x7f;
        for (let shift = 7; byte & 0x80; shift += 7) {
            byte = bytes[this.#at++]!;
            value |= (byte & 0x7f) << shift;
        }
        return value >>> 0;
    }
}

/**
 * A page's claims packed, before its terms have numbers: worked out where the page is read (no database needed),
 * so the writer only numbers the page's distinct terms.
 */
export interface PagePack {
    /** The claims' ids, one per line. */
    ids: string;
    /** The page's distinct terms (`kind\tvalue`), in order of first use. */
    terms: string[];
    /** Per claim, as varints: its five filter values as 1 + their place in `terms` (0 = none), how many words its
     * quote and the rest have, and those words' places in `terms`. */
    refs: Buffer;
    /** Per claim its ageMin, ageMax and confidence, Float64s (open bounds ±Infinity). */
    numbers: Buffer;
}

export function packClaims(page: readonly IndexedClaim[]): PagePack {
    // A claim listed twice (two identical drafts) is one claim, as in the store's record: the last one written wins.
    const claims = [...new Map(page.map((claim) => [claim.id, claim])).values()];
    const places = new Map<string, number>();
    const placeOf = (term: string) => {
        let place = places.get(term);
        if (place === undefined) places.set(term, (place = places.size));
        return place;
    };
    const refs = new VarintWriter();
    const numbers = new Float64Array(claims.length * 3);
    claims.forEach((claim, i) => {
        const { fields } = claim;
        for (const field of INDEXED_FIELDS) {
            const value = fields[field];
            refs.write(value === null ? 0 : placeOf(termOf(field, value)) + 1);
        }
        const quote: number[] = [];
        const others: number[] = [];
        parseClaimWords(claim.words, (word, inQuote) => (inQuote ? quote : others).push(placeOf(termOf('word', word))));
        refs.write(quote.length);
        refs.write(others.length);
        for (const place of quote) refs.write(place);
        for (const place of others) refs.write(place);
        numbers[i * 3] = fields.ageMin ?? -Infinity;
        numbers[i * 3 + 1] = fields.ageMax ?? Infinity;
        numbers[i * 3 + 2] = fields.confidence ?? -Infinity;
    });
    return { ids: claims.map((claim) => claim.id).join('\n'), terms: [...places.keys()], refs: refs.bytes(), numbers: Buffer.from(numbers.buffer) };
}

/** Makes `pack` the page row of `url` at change counter `seq`, inside the caller's transaction. */
export function writePageRow(db: Db, url: string, seq: number, pack: PagePack, terms: TermNumbers): void {
    const numbered = new VarintWriter();
    for (const term of pack.terms) numbered.write(terms.numberOf(db, term));
    statementsOf(db).writePage.run(url, seq, pack.ids, numbered.bytes(), pack.refs, pack.numbers);
}

/** The live claims of `url` as the store holds them, in page order. */
export function storedClaimsOf(db: Db, url: string): IndexedClaim[] {
    return liveClaimsOf(db, url).map(({ doc, words }) => ({ id: doc.id, words, fields: indexFieldsOf(doc) }));
}

/** Writes the page rows of `urls` again from the store's claims, inside the caller's transaction. */
export function repackPages(db: Db, urls: Iterable<string>, seq: number, terms: TermNumbers): void {
    for (const url of urls) writePageRow(db, url, seq, packClaims(storedClaimsOf(db, url)), terms);
}

/** Meta key saying every page with claims has its row (written by this version or filled in once). */
const PACKED_META = 'index_pages';
/** Pages filled in per transaction. */
const FILL_BATCH = 500;

/**
 * Fills in the page rows of a data dir written before they existed (or whose words were segmented again), once,
 * saying so; a data dir created with them is marked at once. Each batch is its own transaction, taken before
 * reading (another process may be writing pages meanwhile; they write their own rows).
 */
export function fillPageRows(db: Db, notice: (line: string) => void): void {
    if (readMeta(db, PACKED_META) === '1') return;
    const total = db.prepare('SELECT count(*) FROM page_claims').pluck().get() as number;
    if (total > 0) notice(`packing the search index of ${total} pages (once, for this version)`);
    const terms = new TermNumbers();
    const next = db.prepare(`SELECT url FROM page_claims WHERE url > ? ORDER BY url LIMIT ${FILL_BATCH}`).pluck();
    let after = '';
    for (;;) {
        const urls = next.all(after) as string[];
        if (urls.length === 0) break;
        after = urls.at(-1)!;
        try {
            db.transaction(() => {
                repackPages(db, urls, nextChangeSeq(db), terms);
            }).immediate();
            terms.settle(true);
        } catch (err) {
            terms.settle(false);
            throw err;
        }
    }
    writeMeta(db, PACKED_META, '1');
}

/** Marks a data dir's page rows as to be filled in again (its stored words changed). */
export function forgetPageRows(db: Db): void {
    writeMeta(db, PACKED_META, '0');
}

/** Marks an empty data dir as having every page row it needs. */
export function markPageRowsFilled(db: Db): void {
    writeMeta(db, PACKED_META, '1');
}
