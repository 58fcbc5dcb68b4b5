/**
 * Answers one query from a ClaimStore: words → matching slots (postings), then filters, facet counts
 * and the requested page in one pass over the matches, with the page picked by a bounded heap
 * instead of sorting every hit.
 *
 * Words: a one-word query matches every word it starts (返 finds 返款 while the user types); with
 * several words each must equal a word of the claim, anywhere in quote, title, section or region.
 *
 * Order: without words, url then id. With words, claims holding more of the query's words in the
 * quote itself come first (a hit in the claim's own sentence beats a hit in its page title, as
 * Meilisearch's attribute rule would have it), then url, then id: simple, deterministic, and a
 * claim's score is a small integer, so score and rank fold into one number per hit.
 */
import type { ClaimStore } from './claim-store.js';
import { compareCodePoints, emptyFacets, FACET_FIELDS } from './query.js';
import type { NormalizedQuery } from './query.js';
import type { FacetCounts } from './types.js';

export interface ClaimPage {
    /** Ids of the requested page's claims, in order (the documents are the caller's to fetch). */
    ids: string[];
    total: number;
    facets: FacetCounts;
}

/** Query words beyond this many still have to match but no longer add to the score (an Int32 bit mask). */
const SCORED_WORDS = 31;

/**
 * Candidate claims as `slot << shift | wordsInQuote`: a word's postings as they are (shift 1), the
 * intersection of several words (shift 5, up to SCORED_WORDS), or every live slot (shift 0).
 */
interface Candidates {
    entries: Int32Array;
    shift: number;
}

function noMatch(): ClaimPage {
    return { ids: [], total: 0, facets: emptyFacets() };
}

/**
 * The page of `query` over `store`, `words` being the query's words (tokenizeQuery; none = no text
 * condition).
 */
export function searchClaims(store: ClaimStore, query: NormalizedQuery, words: readonly string[]): ClaimPage {
    const filterColumns: Int32Array[] = [];
    const filterCodes: number[] = [];
    for (const [field, value] of query.exact) {
        // -1 is the column's "no value", which is what a null filter asks for.
        const code = value === null ? -1 : store.dictionaries[field].find(value);
        if (code < 0 && value !== null) return noMatch();
        filterColumns.push(store.codes[field]);
        filterCodes.push(code);
    }
    const candidates = words.length > 0 ? matchWords(store, words) : { entries: store.ranked(), shift: 0 };
    if (!candidates) return noMatch();

    const { entries, shift } = candidates;
    const quoteMask = (1 << shift) - 1;
    const ranks = store.ranks();
    const { alive, ageLo, ageHi, confidence } = store;
    const age = query.age;
    const minConfidence = query.minConfidence;
    const filters = filterColumns.length;
    const [regions, metrics, populations, sites] = FACET_FIELDS.map((field) => store.codes[field]) as [
        Int32Array, Int32Array, Int32Array, Int32Array,
    ];
    const [regionCounts, metricCounts, populationCounts, siteCounts] = FACET_FIELDS.map(
        (field) => new Int32Array(store.dictionaries[field].size + 1),
    ) as [Int32Array, Int32Array, Int32Array, Int32Array];
    // Lower key = earlier: (query words missing from the quote) · span + rank.
    const span = store.slotCount;
    const scored = Math.min(words.length, SCORED_WORDS);
    const offset = (query.page - 1) * query.hitsPerPage;
    const selector = new KeySelector(offset + query.hitsPerPage, entries.length);
    let total = 0;
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i]!;
        const slot = entry >>> shift;
        if (!alive[slot]) continue;
        let pass = true;
        for (let f = 0; f < filters && pass; f++) pass = filterColumns[f]![slot] === filterCodes[f];
        if (!pass || (age !== undefined && (ageLo[slot]! > age || ageHi[slot]! < age))) continue;
        if (minConfidence !== undefined && !(confidence[slot]! >= minConfidence)) continue;
        total++;
        // Counts are shifted by one: a claim without a value (code -1) lands in index 0, which is no facet value.
        regionCounts[regions[slot]! + 1]!++;
        metricCounts[metrics[slot]! + 1]!++;
        populationCounts[populations[slot]! + 1]!++;
        siteCounts[sites[slot]! + 1]!++;
        selector.offer((scored - (entry & quoteMask)) * span + ranks[slot]!);
    }

    const ranked = store.ranked();
    const ids = Array.from(selector.smallest().subarray(offset), (key) => store.idOf(ranked[key % span]!));
    return { ids, total, facets: facetsOf(store, [regionCounts, metricCounts, populationCounts, siteCounts]) };
}

/** Claims holding every query word (dead ones included: the caller checks); undefined when a word is in none. */
function matchWords(store: ClaimStore, words: readonly string[]): Candidates | undefined {
    const perWord: Int32Array[][] = [];
    for (const word of words) {
        const ids = words.length === 1 ? store.wordsWithPrefix(word) : [store.words.find(word)].filter((id) => id >= 0);
        if (ids.length === 0) return undefined;
        perWord.push(ids.flatMap((id) => store.postingLists(id)));
    }
    if (perWord.length === 1 && perWord[0]!.length === 1) return { entries: perWord[0]![0]!, shift: 1 };

    // Rarest word first: later words only touch slots that survived the earlier ones.
    const size = (lists: Int32Array[]) => lists.reduce((sum, list) => sum + list.length, 0);
    const order = perWord.map((lists, word) => ({ lists, word, size: size(lists) })).sort((a, b) => a.size - b.size);
    const { matchedWords, quoteWords } = store.scratch();
    const matched: number[] = [];
    order.forEach(({ lists, word }, step) => {
        const bit = word < SCORED_WORDS ? 1 << word : 0;
        const last = step === order.length - 1;
        for (const postings of lists) {
            for (let i = 0; i < postings.length; i++) {
                const entry = postings[i]!;
                const slot = entry >>> 1;
                // A slot enters word `step` once (a prefix can name several words of one claim).
                if (matchedWords[slot] === step) {
                    matchedWords[slot] = step + 1;
                    if (last) matched.push(slot);
                } else if (matchedWords[slot] !== step + 1) continue;
                if (entry & 1) quoteWords[slot]! |= bit;
            }
        }
    });
    const entries = Int32Array.from(matched, (slot) => (slot << 5) | bitCount(quoteWords[slot]!));
    // Every slot touched is in the first word's postings.
    for (const postings of order[0]!.lists) {
        for (let i = 0; i < postings.length; i++) {
            const slot = postings[i]! >>> 1;
            matchedWords[slot] = 0;
            quoteWords[slot] = 0;
        }
    }
    return { entries, shift: 5 };
}

/**
 * Keeps the `k` smallest keys offered: a bounded max-heap when k is small next to the number of
 * candidates, else every key, sorted at the end.
 */
class KeySelector {
    readonly #k: number;
    readonly #keepAll: boolean;
    #keys: Float64Array;
    #size = 0;

    constructor(k: number, candidates: number) {
        this.#k = Math.max(0, Math.min(k, candidates));
        this.#keepAll = this.#k * 8 >= candidates;
        this.#keys = new Float64Array(this.#keepAll ? candidates : this.#k);
    }

    offer(key: number): void {
        const heap = this.#keys;
        if (this.#keepAll) {
            heap[this.#size++] = key;
        } else if (this.#size < this.#k) {
            let child = this.#size++;
            while (child > 0) {
                const parent = (child - 1) >> 1;
                if (heap[parent]! >= key) break;
                heap[child] = heap[parent]!;
                child = parent;
            }
            heap[child] = key;
        } else if (key < heap[0]!) {
            // Replace the largest key kept, then sift it down.
            const k = this.#k;
            let parent = 0;
            for (;;) {
                let child = 2 * parent + 1;
                if (child >= k) break;
                if (child + 1 < k && heap[child + 1]! > heap[child]!) child++;
                if (heap[child]! <= key) break;
                heap[parent] = heap[child]!;
                parent = child;
            }
            heap[parent] = key;
        }
    }

    /** The kept keys, ascending. */
    smallest(): Float64Array {
        return this.#keys.subarray(0, this.#size).sort().subarray(0, this.#k);
    }
}

function bitCount(mask: number): number {
    let n = mask - ((mask >>> 1) & 0x55555555);
    n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
    return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Counts → facet records, values in code-point order (as Meilisearch's `alpha` facet order). */
function facetsOf(store: ClaimStore, counts: Int32Array[]): FacetCounts {
    const facets = emptyFacets();
    FACET_FIELDS.forEach((field, f) => {
        const values = store.dictionaries[field].values;
        // Index 0 counted claims without a value: no facet value.
        const present = [...values.keys()].filter((code) => counts[f]![code + 1]! > 0);
        present.sort((a, b) => compareCodePoints(values[a]!, values[b]!));
        for (const code of present) facets[field][values[code]!] = counts[f]![code + 1]!;
    });
    return facets;
}
