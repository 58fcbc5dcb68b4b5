import { matchesOf } from '../regex-matches.js';
import { NUMBER, RANGE_JOIN, scaled, type NumberMention } from './parse-number.js';

/** An amount of money (`100元`, `40-60元`, `50元至70元`, `1680元/年`, `1.2万元`, `1.5千元`, colloquial `100块钱`). */
export interface AmountMention extends NumberMention {
    /** Period printed right after the amount (`元/年`, `元/人/月`), else null. */
    periodAfter: 'month' | 'year' | null;
}

const YUAN = String.raw`(?:元|块钱?)`;
const AMOUNT = new RegExp(
    String.raw`(?<![\d.])(${NUMBER})\s*([万千亿])?(?:\s*${YUAN})?(?:${RANGE_JOIN}(${NUMBER})\s*([万千亿])?)?\s*${YUAN}`,
    'g',
);
/** `元/年`, `元/人/月`, and a rate per person-period however it is joined (`元/人·年`, `元/(人·年)`, `元/人年`). */
const PERIOD_AFTER = /^\s*(?:\/|每)\s*[(（]?\s*(?:人\s*[\/·・•.]?\s*)?(月|年)/;

/** Every amount in yuan in `text`, in order. Numbers without `元` (years, phone numbers, ages) are not amounts. */
export function findAmounts(text: string): AmountMention[] {
    const found: AmountMention[] = [];
    if (!text.includes('元') && !text.includes('块')) return found; // every amount ends in one of them
    for (const m of matchesOf(text, AMOUNT)) {
        const [whole, low, lowScale, high, highScale] = m;
        const end = m.index + whole.length;
        const after = PERIOD_AFTER.exec(text.slice(end));
        found.push({
            value: scaled(low!, lowScale ?? highScale),
            valueMax: high === undefined ? null : scaled(high, highScale),
            start: m.index,
            end: end + (after ? after[0].length : 0),
            periodAfter: after ? (after[1] === '月' ? 'month' : 'year') : null,
        });
    }
    return found;
}
