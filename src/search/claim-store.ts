/**
 * The in-memory table behind the embedded index: one slot per stored claim, with
 *
 * - the claim's id, and nothing else of its document: documents stay in the database (the index fetches the
 *   page of hits it answers with), so memory holds only what matching, filtering, counting and ordering read;
 * - columns: each exact-filter field dictionary-encoded into an Int32Array (-1 = no value), the age
 *   bracket in two Float64Arrays (open bounds are ±Infinity), the confidence in a third, so filters and facet counts read
 *   numbers instead of walking objects;
 * - an inverted index: word → postings, a growing Int32Array of `slot << 1 | inQuote` in slot order
 *   (the low bit says the word is in the quote, not only in the title, section or region), after the postings of
 *   the stored segments the table was loaded from (index-segments.ts), read the first time a query names the word;
 *
 * A page's claims are added together and replaced together: the slots of a page are one run, the last one added
 * for its URL (adding a page again retires its earlier run). A retired claim only loses its `alive` mark, and its
 * postings stay until the embedded index loads a fresh table from the database, once dead slots dominate. Ranks
 * (position in url-then-id order) are recomputed on demand after writes.
 */
import { SearchError } from './errors.js';
import { compareCodePoints, EXACT_FILTER_FIELDS } from './query.js';
import type { ExactFilterField } from './query.js';

/** An Int32Array that grows by doubling, for lists appended to one value at a time. */
export class GrowableInt32 {
    data: Int32Array;
    length = 0;

    constructor(capacity = 4) {
        this.data = new Int32Array(capacity);
    }

    push(value: number): void {
        if (this.length === this.data.length) {
            const grown = new Int32Array(this.data.length * 2);
            grown.set(this.data);
            this.data = grown;
        }
        this.data[this.length++] = value;
    }

    /** Gives back the room grown beyond the filled part (a list loaded whole rarely grows much afterwards). */
    trim(): void {
        if (this.data.length > this.length) this.data = this.data.slice(0, Math.max(this.length, 1));
    }

    /** The filled part, without copying. */
    view(): Int32Array {
        return this.data.subarray(0, this.length);
    }
}

/** Strings ↔ dense integer codes, in order of first appearance. */
export class ValueCodes {
    readonly values: string[] = [];
    readonly #codes = new Map<string, number>();

    /** The code of `value`, or -1 if it was never added. */
    find(value: string): number {
        return this.#codes.get(value) ?? -1;
    }

    add(value: string): number {
        let code = this.#codes.get(value);
        if (code === undefined) {
            code = this.values.length;
            this.#codes.set(value, code);
            this.values.push(value);
        }
        return code;
    }

    get size(): number {
        return this.values.length;
    }
}

const INITIAL_CAPACITY = 64;

/** claim-search packs a slot and a 5-bit word count into one Int32 (`slot << 5`). */
export const MAX_SLOTS = 1 << 26;

/** Claims added in bulk from a stored segment: pages in URL order, each page's claims one run of slots in id order. */
export interface SegmentColumns {
    /** The claims' ids, one after another, and where each ends (read out one at a time when needed). */
    ids: string;
    idEnds: Int32Array;
    /** Per page: its URL's code in the url dictionary, and the end of its claims (relative to the segment). */
    urlCodes: Int32Array;
    runEnds: Int32Array;
    /** Per exact-filter field but the URL (EXACT_FILTER_FIELDS order), per claim: its code, -1 when none. */
    codes: Int32Array[];
    ageLo: Float64Array;
    ageHi: Float64Array;
    confidence: Float64Array;
}

/** What the table keeps of one claim. */
export interface ClaimColumns {
    id: string;
    /** Each exact-filter field's code in its dictionary, in EXACT_FILTER_FIELDS order; -1 when the claim has none. */
    codes: ArrayLike<number>;
    ageLo: number;
    ageHi: number;
    confidence: number;
}

export class ClaimStore {
    /** Slots in use, dead ones included. */
    slotCount = 0;
    liveCount = 0;
    /** Slots of the stored segments come first, [0, segmentSlots), their ids read out of the segments' text. */
    #segmentSlots = 0;
    readonly #segmentIds: { first: number; text: string; ends: Int32Array }[] = [];
    /** Slot − #segmentSlots → claim id of a claim added one at a time; undefined once the slot is dead. */
    readonly #addedIds: (string | undefined)[] = [];
    alive = new Uint8Array(INITIAL_CAPACITY);
    readonly codes = {} as Record<ExactFilterField, Int32Array>;
    readonly dictionaries = {} as Record<ExactFilterField, ValueCodes>;
    ageLo = new Float64Array(INITIAL_CAPACITY);
    ageHi = new Float64Array(INITIAL_CAPACITY);
    /** Extraction confidence; -Infinity for a claim stored without one (it passes no confidence filter). */
    confidence = new Float64Array(INITIAL_CAPACITY);

    /** Word ↔ word id. */
    readonly words: ValueCodes;
    /** Word id → `slot << 1 | inQuote`, ascending. */
    readonly postings: GrowableInt32[] = [];

    /** Word ids in code-point order of their words, for prefix lookups; rebuilt when words were added. */
    #sortedWordIds: Int32Array = new Int32Array(0);
    /** URL code → the first slot of its page's run and the slot after it. */
    readonly #runStart = new GrowableInt32();
    readonly #runEnd = new GrowableInt32();
    #rank = new Int32Array(INITIAL_CAPACITY);
    #ranked: Int32Array | undefined;
    #scratch: { matchedWords: Int32Array; quoteWords: Int32Array } | undefined;
    /** Reads a word's postings from the stored segments, offsets applied; none when the table has no segments. */
    readonly #readStored: ((wordId: number) => Int32Array) | undefined;
    /** Word id → its stored postings, once read. */
    readonly #stored: (Int32Array | undefined)[] = [];

    constructor(readStored?: (wordId: number) => Int32Array) {
        this.#readStored = readStored;
        for (const field of EXACT_FILTER_FIELDS) {
            this.codes[field] = new Int32Array(INITIAL_CAPACITY);
            this.dictionaries[field] = new ValueCodes();
        }
        this.words = new ValueCodes();
    }

    /** The id of `word`, added to the vocabulary if new. */
    wordId(word: string): number {
        const id = this.words.add(word);
        if (id === this.postings.length) this.postings.push(new GrowableInt32());
        return id;
    }

    /** The postings of a word: from the stored segments (read on first use), then those added since; empty ones left out. */
    postingLists(wordId: number): Int32Array[] {
        const lists: Int32Array[] = [];
        if (this.#readStored) {
            const stored = (this.#stored[wordId] ??= this.#readStored(wordId));
            if (stored.length > 0) lists.push(stored);
        }
        const added = this.postings[wordId]!;
        if (added.length > 0) lists.push(added.view());
        return lists;
    }

    /** Ids of every word that starts with `prefix` (the word itself included). */
    wordsWithPrefix(prefix: string): number[] {
        const words = this.words.values;
        if (this.#sortedWordIds.length !== words.length) {
            this.#sortedWordIds = Int32Array.from(words.keys()).sort((a, b) => compareCodePoints(words[a]!, words[b]!));
        }
        const sorted = this.#sortedWordIds;
        let low = 0;
        let high = sorted.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (words[sorted[middle]!]! < prefix) low = middle + 1;
            else high = middle;
        }
        const ids: number[] = [];
        for (let i = low; i < sorted.length && words[sorted[i]!]!.startsWith(prefix); i++) ids.push(sorted[i]!);
        return ids;
    }

    /**
     * Stores a claim of the page being added, with its words as `wordId << 1 | inQuote`, each word id once. The
     * claims of one page are added one after another; adding a page's first claim retires the page's earlier ones.
     */
    add(claim: ClaimColumns, words: ArrayLike<number>): void {
        const slot = this.addColumns(claim);
        for (let i = 0; i < words.length; i++) {
            const entry = words[i]!;
            this.postings[entry >>> 1]!.push((slot << 1) | (entry & 1));
        }
    }

    /** {@link ClaimStore.add} without the words: the caller pushes `slot << 1 | inQuote` onto each word's postings. */
    addColumns(claim: ClaimColumns): number {
        if (this.slotCount >= MAX_SLOTS) throw new SearchError(`embedded index: more than ${MAX_SLOTS} claim slots`);
        const slot = this.slotCount++;
        this.#ensureCapacity(this.slotCount);
        this.#addedIds.push(claim.id);
        this.alive[slot] = 1;
        for (let f = 0; f < EXACT_FILTER_FIELDS.length; f++) this.codes[EXACT_FILTER_FIELDS[f]!][slot] = claim.codes[f]!;
        this.ageLo[slot] = claim.ageLo;
        this.ageHi[slot] = claim.ageHi;
        this.confidence[slot] = claim.confidence;
        const url = this.codes.url[slot]!;
        while (this.#runEnd.length <= url) {
            this.#runStart.push(0);
            this.#runEnd.push(0);
        }
        if (this.#runEnd.data[url] !== slot) {
            this.#retireRun(url);
            this.#runStart.data[url] = slot;
        }
        this.#runEnd.data[url] = slot + 1;
        this.liveCount++;
        this.#ranked = undefined;
        return slot;
    }

    /**
     * Adds a stored segment's claims (their postings stay on disk: see the constructor). A page's run retires the
     * page's earlier claims. @returns the first slot of the segment.
     */
    addSegment(segment: SegmentColumns): number {
        const first = this.slotCount;
        if (first !== this.#segmentSlots) throw new SearchError('embedded index: segments are added before any single claim');
        const count = segment.idEnds.length;
        if (first + count > MAX_SLOTS) throw new SearchError(`embedded index: more than ${MAX_SLOTS} claim slots`);
        this.#ensureCapacity(first + count);
        this.#segmentIds.push({ first, text: segment.ids, ends: segment.idEnds });
        this.#segmentSlots += count;
        this.alive.fill(1, first, first + count);
        segment.codes.forEach((codes, f) => this.codes[EXACT_FILTER_FIELDS[f]!].set(codes, first));
        this.ageLo.set(segment.ageLo, first);
        this.ageHi.set(segment.ageHi, first);
        this.confidence.set(segment.confidence, first);
        let start = first;
        segment.urlCodes.forEach((url, page) => {
            const end = first + segment.runEnds[page]!;
            this.codes.url.fill(url, start, end);
            while (this.#runEnd.length <= url) {
                this.#runStart.push(0);
                this.#runEnd.push(0);
            }
            this.#retireRun(url);
            this.#runStart.data[url] = start;
            this.#runEnd.data[url] = end;
            start = end;
        });
        this.slotCount += count;
        this.liveCount += count;
        this.#ranked = undefined;
        return first;
    }

    /** Retires every claim of this page URL. @returns how many there were. */
    removeUrl(url: string): number {
        const code = this.dictionaries.url.find(url);
        return code < 0 || code >= this.#runEnd.length ? 0 : this.#retireRun(code);
    }

    #retireRun(url: number): number {
        let retired = 0;
        for (let slot = this.#runStart.data[url]!; slot < this.#runEnd.data[url]!; slot++) {
            if (!this.alive[slot]) continue;
            this.alive[slot] = 0;
            if (slot >= this.#segmentSlots) this.#addedIds[slot - this.#segmentSlots] = undefined;
            retired++;
        }
        this.#runStart.data[url] = this.#runEnd.data[url] = 0;
        this.liveCount -= retired;
        if (retired > 0) this.#ranked = undefined;
        return retired;
    }

    /** Live slots in url-then-id (code point) order. */
    ranked(): Int32Array {
        if (!this.#ranked) this.#computeRanks();
        return this.#ranked!;
    }

    /** Slot → its position in `ranked()`; meaningless for dead slots. */
    ranks(): Int32Array {
        if (!this.#ranked) this.#computeRanks();
        return this.#rank;
    }

    /** The id of the claim in `slot` (a live one). */
    idOf(slot: number): string {
        if (slot >= this.#segmentSlots) return this.#addedIds[slot - this.#segmentSlots]!;
        const segments = this.#segmentIds;
        let low = 0;
        let high = segments.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >>> 1;
            if (segments[middle]!.first <= slot) low = middle;
            else high = middle - 1;
        }
        const { first, text, ends } = segments[low]!;
        const claim = slot - first;
        return text.slice(claim === 0 ? 0 : ends[claim - 1]! + 1, ends[claim]!);
    }

    /**
     * Two per-slot counters for matching query words, allocated once instead of per query (large
     * short-lived buffers make the collector run). Zero between queries: whoever uses them resets
     * the slots it touched.
     */
    scratch(): { matchedWords: Int32Array; quoteWords: Int32Array } {
        const capacity = this.alive.length;
        this.#scratch ??= { matchedWords: new Int32Array(capacity), quoteWords: new Int32Array(capacity) };
        return this.#scratch;
    }

    #computeRanks(): void {
        // Every live claim is in its page's run: order the pages by URL, then each run by id, which the runs of
        // stored segments already are.
        const urls = this.dictionaries.url.values;
        const pages: number[] = [];
        for (let url = 0; url < this.#runEnd.length; url++) if (this.#runEnd.data[url]! > this.#runStart.data[url]!) pages.push(url);
        pages.sort((a, b) => compareCodePoints(urls[a]!, urls[b]!));
        const ranked = new Int32Array(this.liveCount);
        let at = 0;
        for (const url of pages) {
            const start = this.#runStart.data[url]!;
            const end = this.#runEnd.data[url]!;
            if (start < this.#segmentSlots) {
                for (let slot = start; slot < end; slot++) ranked[at++] = slot;
            } else {
                const run = Array.from({ length: end - start }, (_, i) => start + i);
                run.sort((a, b) => compareCodePoints(this.#addedIds[a - this.#segmentSlots]!, this.#addedIds[b - this.#segmentSlots]!));
                for (const slot of run) ranked[at++] = slot;
            }
        }
        for (let position = 0; position < ranked.length; position++) this.#rank[ranked[position]!] = position;
        this.#ranked = ranked;
    }

    #ensureCapacity(needed: number): void {
        if (needed <= this.alive.length) return;
        const capacity = Math.max(needed, this.alive.length * 2);
        const grow = <T extends Int32Array | Float64Array | Uint8Array>(array: T, make: (n: number) => T): T => {
            const grown = make(capacity);
            grown.set(array);
            return grown;
        };
        this.alive = grow(this.alive, (n) => new Uint8Array(n));
        for (const field of EXACT_FILTER_FIELDS) this.codes[field] = grow(this.codes[field], (n) => new Int32Array(n));
        this.ageLo = grow(this.ageLo, (n) => new Float64Array(n));
        this.ageHi = grow(this.ageHi, (n) => new Float64Array(n));
        this.confidence = grow(this.confidence, (n) => new Float64Array(n));
        this.#rank = new Int32Array(capacity);
        this.#ranked = undefined;
        this.#scratch = undefined;
    }
}
