import { matchesOf } from '../regex-matches.js';
import { NUMBER, RANGE_JOIN, type NumberMention } from './parse-number.js';

const RATE = new RegExp(String.raw`(?<![\d.])(${NUMBER})\s*%?(?:${RANGE_JOIN}(${NUMBER})\s*)?[%％]`, 'g');

/** Every percentage in `text` (`2.8%`, `2%~3%`, `2-3%`, `2%到3%`), in order. */
export function findRates(text: string): NumberMention[] {
    if (!text.includes('%') && !text.includes('％')) return [];
    return matchesOf(text.replaceAll('％', '%'), RATE).map((m) => ({
        value: Number(m[1]),
        valueMax: m[2] === undefined ? null : Number(m[2]),
        start: m.index,
        end: m.index + m[0].length,
    }));
}
