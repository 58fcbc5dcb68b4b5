/**
 * Chinese word segmentation for the embedded index: jieba (`@node-rs/jieba`, a Rust binding) splits
 * text into dictionary words, which Orama's default tokenizer cannot do (it splits on spaces and
 * punctuation, so a whole Chinese sentence would be one token).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js'; // no exports map: ESM needs the file name
import type { Tokenizer } from '@orama/orama';
import { DOMAIN_WORDS } from './dictionary.js';
import { CANONICAL_SYNONYM } from './synonyms.js';

/**
 * Marks the end of an indexed word. Orama's "all words must match" check counts every prefix
 * expansion of a query word as a match (components/index.js, `search` with threshold 0), so "北京 医保"
 * against a passage holding 医保 and 医保卡 would count three matches for two words and drop the
 * passage. Ending every indexed word with this mark lets a multi-word query ask for whole words only.
 */
const WORD_END = '\u0001';

/** A frequency high enough that jieba keeps a domain word whole rather than splitting it. */
const DOMAIN_WORD_FREQUENCY = 100_000;

/** Tokens without a letter or digit (punctuation, symbols) are not searchable words. */
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

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
 * canonical word of each synonym, every word ended with WORD_END.
 */
export function tokenizeForIndex(text: string): string[] {
    const words = new Set<string>();
    for (const word of jieba().cutForSearch(normalizeText(text), false)) {
        if (!HAS_WORD_CHARACTER.test(word)) continue;
        words.add(word + WORD_END);
        const canonical = CANONICAL_SYNONYM.get(word);
        if (canonical) words.add(canonical + WORD_END);
    }
    return [...words];
}

/**
 * Words of a query, synonyms folded onto their canonical word. A one-word query stays open at the
 * end (返 finds 返款 while the user types); with several words each must match a whole word.
 */
export function tokenizeQuery(text: string): string[] {
    const words = new Set<string>();
    for (const word of jieba().cut(normalizeText(text), false)) {
        if (HAS_WORD_CHARACTER.test(word)) words.add(CANONICAL_SYNONYM.get(word) ?? word);
    }
    const list = [...words];
    return list.length === 1 ? list : list.map((word) => word + WORD_END);
}

/**
 * An Orama tokenizer on jieba. Orama passes the property name when it indexes a document and none
 * when it tokenizes a search term, which is how one tokenizer serves both.
 */
export function createChineseTokenizer(): Tokenizer {
    return {
        language: 'chinese',
        normalizationCache: new Map(),
        tokenize: (raw: string, _language?: string, prop?: string) =>
            prop === undefined ? tokenizeQuery(raw) : tokenizeForIndex(raw),
    };
}
