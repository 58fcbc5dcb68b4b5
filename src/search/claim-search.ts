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
import { emptyFacets, FACET_FIELDS } from './query.js';
import type { NormalizedQuery } from './query.js';
import type { ClaimDocument, FacetCounts } from './types.js';

export interface ClaimPage {
    hits: ClaimDocument[];
    total: number;
    facets: FacetCounts;
}

/** Query words beyond this many still have to match but no longer add to the score (an Int32 bit mask). */
const SCORED_WORDS = 31;

const NO_MATCH: ClaimPage = Object.freeze({ hits: [], total: 0, facets: emptyFacets() });

/**
 * The page of `query` over `store`, `words` being the query's words (tokenizeQuery; none = no text
 * condition).
 */
export function searchClaims(store: ClaimStore, query: NormalizedQuery, words: readonly string[]): ClaimPage {
    const filterColumns: Int32Array[] = [];
    const filterCodes: number[] = [];
    for (const [field, value] of query.exact) {
        const code = store.dictionaries[field].find(value);
        if (code < 0) return { ...NO_MATCH, facets: emptyFacets() };
        filterColumns.push(store.codes[field]);
        filterCodes.push(code);
    }
    let candidates: ArrayLike<number> | undefined;
    let quoteWords: Int32Array | undefined;
    if (words.length > 0) {
        const matched = matchWords(store, words);
        if (!matched) return { ...NO_MATCH, facets: emptyFacets() };
        ({ slots: candidates, quoteWords } = matched);
    }

    const ranks = store.ranks();
    const { alive, ageLo, ageHi, slotCount } = store;
    const age = query.age;
    const facetColumns = FACET_FIELDS.map((field) => store.codes[field]);
    const facetCounts = FACET_FIELDS.map((field) => new Int32Array(store.dictionaries[field].size));
    // Lower key = earlier: (words missing from the quote) · span + rank.
    const span = slotCount;
    const scored = Math.min(words.length, SCORED_WORDS);
    const keys = new Float64Array(candidates ? candidates.length : store.liveCount);
    let total = 0;
    const count = candidates ? candidates.length : slotCount;
    for (let i = 0; i < count; i++) {
        const slot = candidates ? candidates[i]! : i;
        if (!alive[slot]) continue;
        let pass = true;
        for (let f = 0; f < filterColumns.length && pass; f++) pass = filterColumns[f]![slot] === filterCodes[f];
        if (!pass || (age !== undefined && (ageLo[slot]! > age || ageHi[slot]! < age))) continue;
        for (let f = 0; f < facetColumns.length; f++) {
            const code = facetColumns[f]![slot]!;
            if (code >= 0) facetCounts[f]![code]!++;
        }
        const missing = quoteWords ? scored - bitCount(quoteWords[slot]!) : 0;
        keys[total++] = missing * span + ranks[slot]!;
    }

    const offset = (query.page - 1) * query.hitsPerPage;
    const pageKeys = smallestKeys(keys.subarray(0, total), offset + query.hitsPerPage).subarray(offset);
    const ranked = store.ranked();
    const hits = Array.from(pageKeys, (key) => store.docs[ranked[key % span]!]!);
    return { hits, total, facets: facetsOf(store, facetCounts) };
}

/**
 * Slots holding every query word (dead ones included: the caller checks), and per slot a bit mask
 * of the words found in its quote. Undefined when a word is in no claim at all.
 */
function matchWords(store: ClaimStore, words: readonly string[]): { slots: number[]; quoteWords: Int32Array } | undefined {
    const perWord: Int32Array[][] = [];
    for (const word of words) {
        const ids = words.length === 1 ? store.wordsWithPrefix(word) : [store.words.find(word)].filter((id) => id >= 0);
        if (ids.length === 0) return undefined;
        perWord.push(ids.map((id) => store.postings[id]!.view()));
    }
    // Rarest word first: later words only touch slots that survived the earlier ones.
    const size = (lists: Int32Array[]) => lists.reduce((sum, list) => sum + list.length, 0);
    const order = perWord.map((lists, word) => ({ lists, word, size: size(lists) })).sort((a, b) => a.size - b.size);

    const matchedWords = new Int32Array(store.slotCount);
    const quoteWords = new Int32Array(store.slotCount);
    const slots: number[] = [];
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
                    if (last) slots.push(slot);
                } else if (matchedWords[slot] !== step + 1) continue;
                if (entry & 1) quoteWords[slot]! |= bit;
            }
        }
    });
    return { slots, quoteWords };
}

function bitCount(mask: number): number {
    let n = mask - ((mask >>> 1) & 0x55555555);
    n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
    return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The `k` smallest keys, ascending. A bounded max-heap when k is small next to the hits, else a full sort. */
function smallestKeys(keys: Float64Array, k: number): Float64Array {
    if (k <= 0) return new Float64Array(0);
    if (k * 8 >= keys.length) return keys.sort().subarray(0, k);
    const heap = new Float64Array(k);
    let size = 0;
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        if (size < k) {
            // Sift up.
            let child = size++;
            while (child > 0) {
                const parent = (child - 1) >> 1;
                if (heap[parent]! >= key) break;
                heap[child] = heap[parent]!;
                child = parent;
            }
            heap[child] = key;
        } else if (key < heap[0]!) {
            // Replace the largest kept key, sift down.
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
    return heap.sort();
}

/** Counts → facet records, values in code-point order (as Meilisearch's `alpha` facet order). */
function facetsOf(store: ClaimStore, counts: Int32Array[]): FacetCounts {
    const facets = emptyFacets();
    FACET_FIELDS.forEach((field, f) => {
        const values = store.dictionaries[field].values;
        const present = [...counts[f]!.keys()].filter((code) => counts[f]![code]! > 0);
        present.sort((a, b) => (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : 0));
        for (const code of present) facets[field][values[code]!] = counts[f]![code]!;
    });
    return facets;
}
