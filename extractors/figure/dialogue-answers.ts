/**
 * A dialogue carries its topic from turn to turn (a crosstalk, an interview, a Q&A thread): after a figure stated for
 * one age bracket, a question asking only about another bracket (`那75岁以上的呢?`) and an answer that is only a
 * number (`九十九!`, `102块`) state the same figure for the bracket asked about.
 */
import type { FigureDraft } from '../../src/claims/schema.js';
import type { Passage } from '../types.js';
import { rated } from '../confidence.js';
import { numeralValue } from '../normalize/index.js';
import { findAges, resolveAge } from './parse-age.js';
import { isQuestion } from './parse-statement.js';

/** A speaker's label opening a turn (`甲:`, `记者:`, `答:`). */
const SPEAKER = /^\s*[^\s:,。!?]{1,6}\s*:\s*/;
/** A turn that is only an amount: digits or Chinese numerals, maybe 元 or 块, maybe an exclamation. */
const BARE_ANSWER = /^(\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)\s*(?:元|块钱?)?\s*[!。.~]*\s*$/;

/** The claims such answers state, one per answer; `drafts` are the page's claims read so far, in page order. */
export function answeredBrackets(passages: readonly Passage[], drafts: readonly FigureDraft[], ageStarts: ReadonlySet<number>): FigureDraft[] {
    const found: FigureDraft[] = [];
    for (let i = 2; i < passages.length; i++) {
        const answer = BARE_ANSWER.exec(turnText(passages[i]!));
        const question = passages[i - 1]!;
        if (!answer || !isQuestion(question.text)) continue;
        const asked = findAges(turnText(question));
        // the figure answered is the one stated in the turn right before the question, for another bracket
        const stated = [...drafts].reverse().find((d) => d.passage === passages[i - 2]!.index && d.unit === 'CNY' && !d.example);
        if (asked.length !== 1 || !stated || (stated.ageMin === null && stated.ageMax === null)) continue;
        const value = /^\d/.test(answer[1]!) ? Number(answer[1]) : numeralValue(answer[1]!);
        if (value === null) continue;
        const { ageMin, ageMax } = resolveAge(asked[0]!, ageStarts);
        found.push({
            ...stated,
            ageMin,
            ageMax,
            value,
            valueMax: null,
            monthly: stated.period === 'month' ? value : stated.period === 'year' ? Math.round((value / 12) * 10_000) / 10_000 : null,
            ...rated([...(stated.confidenceCues ?? []), 'metric-from-topic', 'terse-sentence']),
            quote: `${question.text}${passages[i]!.text}`,
            passage: passages[i]!.index,
        });
    }
    return found;
}

function turnText(passage: Passage): string {
    return passage.text.replace(SPEAKER, '');
}
