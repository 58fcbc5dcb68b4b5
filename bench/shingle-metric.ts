/**
 * The article-extraction benchmark's metric (`evaluate.py`: 4-gram shingles, true/false positives normalised per
 * page, precision and recall averaged over pages, F1 of the averages), written here so the project scores its
 * Chinese set without `../shared` or Python. Tokens are that scorer's character pattern: every CJK character is
 * a token of its own, a run of other word characters (Python's `\w`: letters, digits, underscore) one token.
 * Written by hand because no npm package implements this scorer; it is checked against `evaluate.py` itself.
 */

const SHINGLE_SIZE = 4;
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const TOKEN = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{N}_])+`, 'gu');

export interface ToolScore {
    f1: number;
    precision: number;
    recall: number;
}

/** One page's shingle counts, normalised so that every page weighs the same. */
export interface PageMatch {
    tp: number;
    fp: number;
    fn: number;
}

export function tokenize(text: string): string[] {
    return text.match(TOKEN) ?? [];
}

/** Shingle counts; a text shorter than one shingle is one shorter shingle, an empty text none (as the scorer). */
function shingles(text: string): Map<string, number> {
    const tokens = tokenize(text);
    const counts = new Map<string, number>();
    for (let i = 0; i < Math.max(1, tokens.length - SHINGLE_SIZE + 1); i++) {
        const shingle = tokens.slice(i, i + SHINGLE_SIZE);
        if (shingle.length === 0) continue;
        const key = shingle.join('\u0000');
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}

export function matchPage(gold: string, predicted: string): PageMatch {
    const truth = shingles(gold);
    const guess = shingles(predicted);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const key of new Set([...truth.keys(), ...guess.keys()])) {
        const t = truth.get(key) ?? 0;
        const p = guess.get(key) ?? 0;
        tp += Math.min(t, p);
        fp += Math.max(0, p - t);
        fn += Math.max(0, t - p);
    }
    const sum = tp + fp + fn;
    return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageMatch): number {
    if (fp === 0 && fn === 0) return 1;
    return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageMatch): number {
    if (fp === 0 && fn === 0) return 1;
    return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

export function pageF1(match: PageMatch): number {
    const p = pagePrecision(match);
    const r = pageRecall(match);
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

const mean = (values: number[]) => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/**
 * Precision averaged over pages with any predicted shingle, recall over pages with any gold shingle (so an empty
 * answer lowers recall only, as in the benchmark), F1 of the two averages.
 */
export function aggregate(matches: PageMatch[]): ToolScore {
    const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map(pagePrecision));
    const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map(pageRecall));
    return { f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}
