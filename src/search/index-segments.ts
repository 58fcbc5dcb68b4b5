/**
 * The embedded index's postings on disk, so opening it reads columns and only the postings of the words a query
 * names, instead of turning every page row into postings (1.3 s for 391,500 claims; bench/RESULTS.md).
 *
 * A segment holds the page rows (page-index.ts) written in one range of change counters `(first_seq, last_seq]`,
 * turned around: its claims' columns (ids, the five filter values as term numbers, age bracket, confidence), its
 * pages' URLs with where each page's claims end, and per word the claims holding it (`index_postings`, one row per
 * segment and term: Int32 `claim << 1 | inQuote`, ascending). Pages come in URL order and a page's claims in id
 * order, so the claims of a segment are already in the order results are ranked in.
 *
 * Segments are derived from the page rows, which stay the record (written with the page's claims, in its
 * transaction): a segment is written in a transaction of its own once page rows past the newest segment pile up,
 * and the newest segments of one size are merged into one, built afresh from the page rows of their whole range
 * (which hold only what is still current). Segments cover `(0, last_seq]` without gaps; a reader takes them in
 * order, lets a later appearance of a URL replace an earlier one, and reads the page rows past the last one.
 * Deleting every segment is always safe: readers then read every page row.
 */
import type { Db } from '../storage/database.js';
import { readMeta, writeMeta } from '../storage/schema.js';
import { compareCodePoints } from './query.js';
import { INDEXED_FIELDS, VarintReader } from './page-index.js';

/** Page rows past the newest segment that make a new one: what a reader reads as rows at most. */
const FLUSH_PAGES = 1_000;
/** Segments of one size class merged into one. */
const FAN_IN = 8;

export interface SegmentPolicy {
    flushPages: number;
    fanIn: number;
}

const DEFAULT_POLICY: SegmentPolicy = { flushPages: FLUSH_PAGES, fanIn: FAN_IN };

interface SegmentInfo {
    id: number;
    first_seq: number;
    last_seq: number;
    pages: number;
}

interface PageRowData {
    url: string;
    ids: string;
    terms: Buffer;
    refs: Buffer;
    numbers: Buffer;
}

/** A segment as a reader loads it (its postings stay on disk until a query names their word). */
export interface StoredSegment {
    id: number;
    lastSeq: number;
    /** Claim ids in slot order, one after another (newline between), and where each ends. */
    ids: string;
    idEnds: Int32Array;
    /** Page URLs in segment order, and where each page's claims end (a page may have none: it retires older ones). */
    urls: string[];
    runEnds: Int32Array;
    /** Per field (INDEXED_FIELDS order), per claim: the term number of its value, 0 for none. */
    fields: Int32Array;
    /** ageMin per claim, then ageMax, then confidence (open bounds ±Infinity). */
    numbers: Float64Array;
}

/** A blob as a typed array, copied only when SQLite's buffer is not aligned for one. */
function typedArrayOf<T extends Int32Array | Float64Array>(
    blob: Buffer,
    make: new (buffer: ArrayBufferLike, offset: number, length: number) => T,
    size: number,
): T {
    const bytes = blob.byteOffset % size === 0 ? blob : Buffer.from(blob);
    return new make(bytes.buffer, bytes.byteOffset, bytes.byteLength / size);
}

const int32sOf = (blob: Buffer) => typedArrayOf(blob, Int32Array, 4);
const float64sOf = (blob: Buffer) => typedArrayOf(blob, Float64Array, 8);

function segmentsOf(db: Db): SegmentInfo[] {
    return db.prepare('SELECT id, first_seq, last_seq, pages FROM index_segments ORDER BY first_seq').all() as SegmentInfo[];
}

/** The change counter the segments reach (0 when there are none). */
function segmentsEnd(db: Db): number {
    return (db.prepare('SELECT max(last_seq) FROM index_segments').pluck().get() as number | null) ?? 0;
}

/** Page rows past the newest segment (pages without claims included: they retire older ones). */
function pendingPages(db: Db): number {
    return db.prepare('SELECT count(*) FROM index_pages WHERE seq > ?').pluck().get(segmentsEnd(db)) as number;
}

/**
 * Writes a segment of the page rows past the newest one when at least `flushPages` have piled up, then merges the
 * newest segments while `fanIn` of them share a size class. One transaction of its own, so call it after a write
 * commits: a kill leaves the segments as they were. @returns whether a segment was written.
 */
export function flushSegments(db: Db, policy: Partial<SegmentPolicy> = {}): boolean {
    const { flushPages, fanIn } = { ...DEFAULT_POLICY, ...policy };
    if (db.inTransaction || pendingPages(db) < flushPages) return false;
    return db
        .transaction(() => {
            if (pendingPages(db) < flushPages) return false;
            segmentPending(db, flushPages, fanIn);
            return true;
        })
        .immediate();
}

function segmentPending(db: Db, flushPages: number, fanIn: number): void {
    const end = segmentsEnd(db);
    const last = db.prepare('SELECT max(seq) FROM index_pages').pluck().get() as number;
    writeSegment(db, end, last, end > 0);
    mergeNewest(db, flushPages, fanIn);
}

const SEGMENTS_META = 'index_segments';

/**
 * Writes the segments of a data dir of an earlier version, once, saying so (a data dir whose page rows another
 * process is still writing gets the rest by the usual flushes).
 */
export function fillSegments(db: Db, notice: (line: string) => void): void {
    if (readMeta(db, SEGMENTS_META) === '1') return;
    db.transaction(() => {
        const pages = pendingPages(db);
        if (pages > 0) {
            notice(`writing the search index's postings of ${pages} pages (once, for this version)`);
            segmentPending(db, FLUSH_PAGES, FAN_IN);
        }
        writeMeta(db, SEGMENTS_META, '1');
    }).immediate();
}

/** Marks an empty data dir as having every segment it needs. */
export function markSegmentsFilled(db: Db): void {
    writeMeta(db, SEGMENTS_META, '1');
}

/** Removes every segment (readers fall back to the page rows), inside the caller's transaction. */
export function dropSegments(db: Db): void {
    db.exec('DELETE FROM index_postings; DELETE FROM index_segments;');
}

function sizeClass(pages: number, flushPages: number, fanIn: number): number {
    let size = 0;
    for (let bound = flushPages * fanIn; pages >= bound; bound *= fanIn) size++;
    return size;
}

/** Merges the newest run of segments of the newest one's size class while it counts `fanIn` or more. */
function mergeNewest(db: Db, flushPages: number, fanIn: number): void {
    for (;;) {
        const segments = segmentsOf(db);
        const newest = sizeClass(segments.at(-1)!.pages, flushPages, fanIn);
        let from = segments.length - 1;
        while (from > 0 && sizeClass(segments[from - 1]!.pages, flushPages, fanIn) === newest) from--;
        if (segments.length - from < fanIn) return;
        const run = segments.slice(from);
        const remove = db.prepare('DELETE FROM index_segments WHERE id = ?');
        const removePostings = db.prepare('DELETE FROM index_postings WHERE segment = ?');
        for (const segment of run) {
            removePostings.run(segment.id);
            remove.run(segment.id);
        }
        writeSegment(db, run[0]!.first_seq, run.at(-1)!.last_seq, from > 0);
    }
}

/**
 * Writes the segment of the page rows changed in `(firstSeq, lastSeq]`. Pages without claims are kept only when
 * older segments may hold claims of theirs to retire.
 */
function writeSegment(db: Db, firstSeq: number, lastSeq: number, keepEmpty: boolean): void {
    const rows = db
        .prepare(`SELECT url, ids, terms, refs, numbers FROM index_pages WHERE seq > ? AND seq <= ?${keepEmpty ? '' : " AND ids != ''"}`)
        .all(firstSeq, lastSeq) as PageRowData[];
    rows.sort((a, b) => compareCodePoints(a.url, b.url));
    const built = invertPages(rows);
    const segment = db
        .prepare(
            `INSERT INTO index_segments (first_seq, last_seq, pages, claims, urls, runs, ids, id_ends, fields, numbers)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        )
        .pluck()
        .get(
            firstSeq,
            lastSeq,
            rows.length,
            built.claims,
            rows.map((row) => row.url).join('\n'),
            bytesOf(built.runEnds),
            built.ids,
            bytesOf(built.idEnds),
            bytesOf(built.fields),
            bytesOf(built.numbers),
        ) as number;
    const insert = db.prepare('INSERT INTO index_postings (segment, term, slots) VALUES (?, ?, ?)');
    const { termStarts, entries } = built;
    for (let term = 0; term + 1 < termStarts.length; term++) {
        const start = termStarts[term]!;
        const end = termStarts[term + 1]!;
        if (end > start) insert.run(segment, term, bytesOf(entries.subarray(start, end)));
    }
}

const bytesOf = (array: Int32Array | Float64Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

interface InvertedPages {
    claims: number;
    ids: string;
    idEnds: Int32Array;
    runEnds: Int32Array;
    fields: Int32Array;
    numbers: Float64Array;
    /** Postings of term t are entries[termStarts[t] .. termStarts[t + 1]). */
    termStarts: Int32Array;
    entries: Int32Array;
}

/** Turns page rows (in segment order) into columns and per-term postings. */
function invertPages(rows: readonly PageRowData[]): InvertedPages {
    const pageIds = rows.map((row) => (row.ids === '' ? [] : row.ids.split('\n')));
    const claims = pageIds.reduce((sum, ids) => sum + ids.length, 0);
    // Each word reference is at least one byte of refs: an upper bound on the postings. Per posting its term and
    // quote bit, per claim where its postings end (the claim is the slot: the entries are worked out from both).
    const capacity = rows.reduce((sum, row) => sum + row.refs.length, 0);
    const postingTerms = new Int32Array(capacity);
    const claimEnds = new Int32Array(claims);
    let postings = 0;
    let maxTerm = 0;
    const fieldCount = INDEXED_FIELDS.length;
    const fields = new Int32Array(claims * fieldCount);
    const numbers = new Float64Array(claims * 3);
    const runEnds = new Int32Array(rows.length);
    const ids: string[] = [];
    const idEnds = new Int32Array(claims);
    let idsLength = 0;
    let slot = 0;
    const places: number[] = [];
    const claimStarts: number[] = [];
    const order: number[] = [];
    rows.forEach((row, p) => {
        const idsOfPage = pageIds[p]!;
        places.length = 0;
        for (const terms = new VarintReader(row.terms); !terms.done(); ) places.push(terms.next());
        // Where each claim's refs start (five filter values, the two word counts, the words), to read them in id order.
        const refs = new VarintReader(row.refs);
        claimStarts.length = 0;
        for (let claim = 0; claim < idsOfPage.length; claim++) {
            claimStarts.push(refs.position());
            for (let f = 0; f < fieldCount; f++) refs.next();
            const words = refs.next() + refs.next();
            for (let w = 0; w < words; w++) refs.next();
        }
        order.length = 0;
        for (let claim = 0; claim < idsOfPage.length; claim++) order.push(claim);
        order.sort((a, b) => compareCodePoints(idsOfPage[a]!, idsOfPage[b]!));
        const pageNumbers = float64sOf(row.numbers);
        for (const claim of order) {
            const id = idsOfPage[claim]!;
            ids.push(id);
            idsLength += (slot === 0 ? 0 : 1) + id.length;
            idEnds[slot] = idsLength;
            refs.seek(claimStarts[claim]!);
            for (let f = 0; f < fieldCount; f++) {
                const ref = refs.next();
                fields[f * claims + slot] = ref === 0 ? 0 : places[ref - 1]!;
            }
            for (let n = 0; n < 3; n++) numbers[n * claims + slot] = pageNumbers[claim * 3 + n]!;
            const inQuote = refs.next();
            const words = inQuote + refs.next();
            for (let w = 0; w < words; w++) {
                const term = places[refs.next()]!;
                if (term > maxTerm) maxTerm = term;
                postingTerms[postings++] = (term << 1) | (w < inQuote ? 1 : 0);
            }
            claimEnds[slot++] = postings;
        }
        runEnds[p] = slot;
    });
    // Counting sort by term, stable: each term's entries stay in slot order.
    const termStarts = new Int32Array(maxTerm + 2);
    for (let i = 0; i < postings; i++) termStarts[(postingTerms[i]! >>> 1) + 1]!++;
    for (let t = 1; t < termStarts.length; t++) termStarts[t]! += termStarts[t - 1]!;
    const next = termStarts.slice();
    const entries = new Int32Array(postings);
    for (let claim = 0, i = 0; claim < claims; claim++) {
        for (; i < claimEnds[claim]!; i++) {
            const termAndQuote = postingTerms[i]!;
            entries[next[termAndQuote >>> 1]!++] = (claim << 1) | (termAndQuote & 1);
        }
    }
    return { claims, ids: ids.join('\n'), idEnds, runEnds, fields, numbers, termStarts, entries };
}

/** Every segment, oldest first, without its postings. */
export function* readSegments(db: Db): Generator<StoredSegment> {
    const rows = db.prepare('SELECT id, last_seq, urls, runs, ids, id_ends, fields, numbers FROM index_segments ORDER BY first_seq').iterate() as Iterable<{
        id: number;
        last_seq: number;
        urls: string;
        runs: Buffer;
        ids: string;
        id_ends: Buffer;
        fields: Buffer;
        numbers: Buffer;
    }>;
    for (const row of rows) {
        yield {
            id: row.id,
            lastSeq: row.last_seq,
            ids: row.ids,
            idEnds: int32sOf(row.id_ends),
            urls: row.urls === '' && row.runs.length === 0 ? [] : row.urls.split('\n'),
            runEnds: int32sOf(row.runs),
            fields: int32sOf(row.fields),
            numbers: float64sOf(row.numbers),
        };
    }
}

/** The ids of the segments there are now. */
export function segmentIds(db: Db): Set<number> {
    return new Set(db.prepare('SELECT id FROM index_segments').pluck().all() as number[]);
}

/** Reads postings of one term per segment (`claim << 1 | inQuote` within the segment; undefined when none). */
export function postingsReader(db: Db): (segment: number, term: number) => Int32Array | undefined {
    const read = db.prepare('SELECT slots FROM index_postings WHERE segment = ? AND term = ?').pluck();
    return (segment, term) => {
        const blob = read.get(segment, term) as Buffer | undefined;
        return blob ? int32sOf(blob) : undefined;
    };
}
