/**
 * The words a claim is found by, worked out once when the claim is stored and kept beside it (the words of the
 * store's claim records, claim-records.ts), so opening the embedded index reads words instead of segmenting every claim again.
 * Stored as text: the quote's words, a newline, then words only the title, section or region hold.
 */
import type { ClaimDocument } from './types.js';
import { tokenizeForIndex } from './chinese-tokenizer.js';

/** Distinct texts remembered before the cache starts over (bounded memory: a few MB). */
const MAX_CACHED_TEXTS = 20_000;

/**
 * Segments repeated texts once: page titles, sections and regions repeat over a page's claims, and quotes over
 * the copies of a passage (one sentence also often yields several claims).
 */
export class ClaimWordCache {
    #words = new Map<string, readonly string[]>();

    /** `quote words \n other words`, each word once. */
    wordsOf(claim: Pick<ClaimDocument, 'quote' | 'title' | 'section' | 'region'>): string {
        const quoteWords = this.#segmented(claim.quote);
        const quote = new Set(quoteWords);
        const others = new Set<string>();
        for (const text of [claim.title, claim.section, claim.region]) {
            if (!text) continue;
            for (const word of this.#segmented(text)) if (!quote.has(word)) others.add(word);
        }
        return `${quoteWords.join(' ')}\n${[...others].join(' ')}`;
    }

    #segmented(text: string): readonly string[] {
        let words = this.#words.get(text);
        if (!words) {
            if (this.#words.size >= MAX_CACHED_TEXTS) this.#words = new Map();
            this.#words.set(text, (words = tokenizeForIndex(text)));
        }
        return words;
    }
}

/**
 * Loads the segmenter's dictionary now (a blocking fraction of a second) instead of inside the first page that
 * needs it, where a queue worker would hold up the renewal of its job locks.
 */
export function loadWordSegmenter(): void {
    tokenizeForIndex('');
}

/** Splits a stored `words` value back into words and whether the quote holds each. */
export function parseClaimWords(stored: string, visit: (word: string, inQuote: boolean) => void): void {
    const newline = stored.indexOf('\n');
    const quote = newline < 0 ? stored : stored.slice(0, newline);
    const others = newline < 0 ? '' : stored.slice(newline + 1);
    for (const word of quote.split(' ')) if (word) visit(word, true);
    for (const word of others.split(' ')) if (word) visit(word, false);
}
