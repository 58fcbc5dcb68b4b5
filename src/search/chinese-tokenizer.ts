/**
 * Chinese word segmentation for the embedded index: jieba (`@node-rs/jieba`, a Rust binding) splits
 * text into dictionary words; splitting on spaces and punctuation would keep a whole Chinese
 * sentence as one token.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js'; // no exports map: ESM needs the file name
import { DOMAIN_WORDS } from './dictionary.js';
import { CANONICAL_SYNONYM, SYNONYM_GROUPS } from './synonyms.js';

/** A frequency high enough that jieba keeps a domain word whole rather than splitting it. */
const DOMAIN_WORD_FREQUENCY = 100_000;

/** Tokens without a letter or digit (punctuation, symbols) are not searchable words. */
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Bump when the rules below change how a text splits into words. */
const SEGMENTATION_RULES_VERSION = 1;

let sharedJieba: Jieba | undefined;

/** jieba takes ~200 ms to load its dictionary: load it once per process, on first use. */
function jieba(): Jieba {
    if (!sharedJieba) {
        sharedJieba = Jieba.withDict(dict);
        sharedJieba.loadDict(Buffer.from(DOMAIN_WORDS.map((word) => `${word} ${DOMAIN_WORD_FREQUENCY}\n`).join('')));
    }
    return sharedJieba;
}

/** Full-width digits and letters → ASCII, then lower case, so ７０ finds 70. */
function normalizeText(text: string): string {
    return text.normalize('NFKC').toLowerCase();
}

/**
 * Words of a stored text: search-mode segmentation (个人账户 also yields 个人 and 账户), plus the
 * canonical word of each synonym, each word once.
 */
export function tokenizeForIndex(text: string): string[] {
    const words = new Set<string>();
    for (const word of jieba().cutForSearch(normalizeText(text), false)) {
        if (!HAS_WORD_CHARACTER.test(word)) continue;
        words.add(word);
        const canonical = CANONICAL_SYNONYM.get(word);
        if (canonical) words.add(canonical);
    }
    return [...words];
}

/** Words of a query, synonyms folded onto their canonical word, each word once. */
export function tokenizeQuery(text: string): string[] {
    const words = new Set<string>();
    for (const word of jieba().cut(normalizeText(text), false)) {
        if (HAS_WORD_CHARACTER.test(word)) words.add(CANONICAL_SYNONYM.get(word) ?? word);
    }
    return [...words];
}

/**
 * Changes whenever the same text could split into other words: the jieba build, the domain
 * dictionary, the synonym table or the rules above. A persisted index stores it next to its words
 * and re-segments its claims when it no longer matches.
 */
export const TOKENIZER_FINGERPRINT: string = createHash('sha256')
    .update(
        JSON.stringify([
            SEGMENTATION_RULES_VERSION,
            (createRequire(import.meta.url)('@node-rs/jieba/package.json') as { version: string }).version,
            DOMAIN_WORDS,
            SYNONYM_GROUPS,
        ]),
    )
    .digest('hex')
    .slice(0, 16);
