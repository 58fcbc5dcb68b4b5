import { matchesOf } from '../regex-matches.js';
import { NUMBER, RANGE_JOIN, type NumberMention } from './parse-number.js';

/** A percentage, or a share said in percentage points (`缴费基数的2个百分点`; a change in points is read as a change). */
const RATE = new RegExp(String.raw`(?<![\d.])(${NUMBER})\s*%?(?:${RANGE_JOIN}(${NUMBER})\s*)?(?:[%％]|个?百分点)`, 'g');

/** Every percentage in `text` (`2.8%`, `2%~3%`, `2-3%`, `2%到3%`, `2个百分点`), in order. */
export function findRates(text: string): NumberMention[] {
    if (!text.includes('%') && !text.includes('％') && !text.includes('百分点')) return [];
    return matchesOf(text.replaceAll('％', '%'), RATE).map((m) => ({
        value: Number(m[1]),
        valueMax: m[2] === undefined ? null : Number(m[2]),
        start: m.index,
        end: m.index + m[0].length,
    }));
}
