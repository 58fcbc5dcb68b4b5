/**
 * Traditional → simplified script with OpenCC's own tables (opencc-js): Hong Kong and Taiwan variants first, then
 * traditional → mainland simplified, phrase-aware (`乾淨` → `干净`, `乾隆` stays).
 */
import { ConverterFactory } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/t2cn';
import type { DictGroup, DictLike } from 'opencc-js/core';

const HK_TO_SIMPLIFIED = configs.hk2s!.conversionChain;

const convert = ConverterFactory(...HK_TO_SIMPLIFIED);

/**
 * Characters that the tables rewrite on their own (keys that convert to themselves, such as `着` among the
 * variants, are left out). Text with none of them is left alone: most pages are in simplified script, and looking
 * up one character in a table costs far less than running the converter.
 */
export const CONVERTIBLE = convertibleCharacters(HK_TO_SIMPLIFIED);

function convertibleCharacters(chain: readonly DictGroup[]): Uint8Array {
    const table = new Uint8Array(0x10000);
    const add = (source: string) => {
        if (source.length === 1 && convert(source) !== source) table[source.charCodeAt(0)] = 1;
    };
    const addDict = (dict: DictLike) => {
        if (typeof dict === 'string') {
            for (const entry of dict.split('|')) add(entry.slice(0, entry.indexOf(' ')));
        } else {
            for (const [source] of dict) add(source);
        }
    };
    for (const group of chain) for (const dict of group) addDict(dict);
    return table;
}

/** True when `text` holds a character the converter would change. */
export function hasTraditional(text: string): boolean {
    for (let i = 0; i < text.length; i++) if (CONVERTIBLE[text.charCodeAt(i)] === 1) return true;
    return false;
}

/**
 * `text` in simplified script, character for character: when a phrase of the tables would change the length
 * (never seen in OpenCC's traditional → simplified data, but not excluded), each character is converted alone so
 * that offsets still line up.
 */
export function toSimplified(text: string): string {
    if (!hasTraditional(text)) return text;
    const converted = convert(text);
    if (converted.length === text.length) return converted;
    return Array.from(text, (ch) => (ch.length === 1 && CONVERTIBLE[ch.charCodeAt(0)] === 1 ? convert(ch) : ch)).join('');
}
