/**
 * The words a claim is found by, worked out once when the claim is stored and kept beside it (the `words` column
 * of the claims table), so opening the embedded index reads words instead of segmenting every claim again.
 * Stored as text: the quote's words, a newline, then words only the title, section or region hold.
 */
import type { ClaimDocument } from './types.js';
import { tokenizeForIndex } from './chinese-tokenizer.js';

/** Distinct titles, sections and regions remembered before the cache starts over (bounded memory). */
const MAX_CACHED_TEXTS = 10_000;

/** Segments repeated page titles, sections and regions once. */
export class ClaimWordCache {
    #fieldWords = new Map<string, string[]>();

    /** `quote words \n other words`, each word once. */
    wordsOf(claim: Pick<ClaimDocument, 'quote' | 'title' | 'section' | 'region'>): string {
        const quote = new Set(tokenizeForIndex(claim.quote));
        const others = new Set<string>();
        for (const text of [claim.title, claim.section, claim.region]) {
            if (!text) continue;
            let words = this.#fieldWords.get(text);
            if (!words) {
                if (this.#fieldWords.size >= MAX_CACHED_TEXTS) this.#fieldWords = new Map();
                this.#fieldWords.set(text, (words = tokenizeForIndex(text)));
            }
            for (const word of words) if (!quote.has(word)) others.add(word);
        }
        return `${[...quote].join(' ')}\n${[...others].join(' ')}`;
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
