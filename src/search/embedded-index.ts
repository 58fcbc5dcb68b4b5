/**
 * The embedded search index (the default backend, no server): a small inverted index over jieba
 * words plus typed-array columns for filters, facets and order (claim-store.ts, claim-search.ts),
 * persisted as JSON Lines (index-file.ts).
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
 * (≈ 10 ms wall on a machine loaded 5× over its cores), indexing ≈ 2–4 s (jieba is most of it),
 * save ≈ 0.6 s, open ≈ 1 s, ≈ 60 MB of heap once opened from disk, the claims included.
 *
 * Search behaviour (what the contract suite and the Meilisearch backend share): all words must match,
 * across quote, title, section and region; synonyms fold onto one word; a one-word query matches
 * words it starts; facets count every hit; order is url then id, after relevance when there are
 * words (claim-search.ts). Hits are the stored objects themselves: callers must not mutate them.
 */
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { ClaimStore } from './claim-store.js';
import { searchClaims } from './claim-search.js';
import { tokenizeForIndex, tokenizeQuery, TOKENIZER_FINGERPRINT } from './chinese-tokenizer.js';
import { readIndexFile, writeIndexFile } from './index-file.js';
import type { StoredClaims } from './index-file.js';
import { normalizeQuery } from './query.js';
import type { ClaimDocument, ClaimQuery, ClaimSearchResult, SearchIndex } from './types.js';

/** Rebuild the store once this many dead slots (replaced or deleted claims) outnumber live ones. */
const MIN_DEAD_SLOTS_TO_REBUILD = 1_000;

/** Where the embedded index keeps its file inside a data directory. */
export function embeddedIndexPath(dataDir: string): string {
    return join(dataDir, 'index', 'claims.json');
}

/**
 * Opens (or creates) the embedded claim index stored under `dataDir`.
 *
 * @throws SearchError when the index file exists but cannot be read as an index.
 */
export async function openEmbeddedIndex(dataDir: string): Promise<SearchIndex> {
    const path = embeddedIndexPath(dataDir);
    const stored = await readIndexFile(path, TOKENIZER_FINGERPRINT);
    const index = new EmbeddedIndex(stored ? storeOf(stored) : new ClaimStore(), path);
    // Claims segmented again (another tokenizer, or the Orama layout) are saved in the new form on close.
    if (stored && !stored.words) index.markDirty();
    return index;
}

function storeOf(stored: StoredClaims): ClaimStore {
    if (!stored.words) {
        const store = new ClaimStore();
        addClaims(store, stored.claims);
        return store;
    }
    const { vocabulary, claimWordEnds, claimWords } = stored.words;
    const store = new ClaimStore(vocabulary);
    stored.claims.forEach((claim, i) => {
        store.add(claim, claimWords.subarray(i === 0 ? 0 : claimWordEnds[i - 1], claimWordEnds[i]));
    });
    return store;
}

/** Segments and stores claims; page titles, sections and regions repeat, so each distinct one is segmented once. */
function addClaims(store: ClaimStore, claims: Iterable<ClaimDocument>): void {
    const fieldWords = new Map<string, number[]>();
    const wordIdsOf = (text: string) => tokenizeForIndex(text).map((word) => store.wordId(word));
    for (const claim of claims) {
        // word id → 1 when the quote has it, 0 when only the other fields do.
        const inQuote = new Map<number, number>();
        for (const id of wordIdsOf(claim.quote)) inQuote.set(id, 1);
        for (const text of [claim.title, claim.section, claim.region]) {
            if (!text) continue;
            let ids = fieldWords.get(text);
            if (!ids) fieldWords.set(text, (ids = wordIdsOf(text)));
            for (const id of ids) if (!inQuote.has(id)) inQuote.set(id, 0);
        }
        store.add(claim, Array.from(inQuote, ([id, quote]) => (id << 1) | quote));
    }
}

class EmbeddedIndex implements SearchIndex {
    #store: ClaimStore;
    #dirty = false;

    constructor(
        store: ClaimStore,
        readonly path: string,
    ) {
        this.#store = store;
    }

    markDirty(): void {
        this.#dirty = true;
    }

    async upsert(docs: ClaimDocument[]): Promise<void> {
        // Last one wins within a batch, as it would over separate calls.
        const latest = new Map(docs.map((doc) => [doc.id, doc]));
        addClaims(this.#store, latest.values());
        this.#written(latest.size > 0);
    }

    async deleteByUrls(urls: string[]): Promise<void> {
        let removed = 0;
        for (const url of new Set(urls)) removed += this.#store.removeUrl(url);
        this.#written(removed > 0);
    }

    async search(query: ClaimQuery): Promise<ClaimSearchResult> {
        const normalized = normalizeQuery(query);
        // A query of only punctuation has no words: it lists everything, as Meilisearch does.
        const words = normalized.q ? tokenizeQuery(normalized.q) : [];
        const { hits, total, facets } = searchClaims(this.#store, normalized, words);
        return { hits, total, page: normalized.page, hitsPerPage: normalized.hitsPerPage, facets };
    }

    async all(): Promise<ClaimDocument[]> {
        return this.#store.liveDocs();
    }

    async clear(): Promise<void> {
        const hadClaims = this.#store.slotCount > 0;
        this.#store = new ClaimStore();
        this.#written(hadClaims);
    }

    async close(): Promise<void> {
        if (!this.#dirty) return;
        await mkdir(join(this.path, '..'), { recursive: true });
        await writeIndexFile(this.path, this.#store, TOKENIZER_FINGERPRINT);
        this.#dirty = false;
    }

    #written(changed: boolean): void {
        if (!changed) return;
        this.#dirty = true;
        const dead = this.#store.slotCount - this.#store.liveCount;
        if (dead >= MIN_DEAD_SLOTS_TO_REBUILD && dead > this.#store.liveCount) this.#store = this.#store.rebuilt();
    }
}
