/**
 * Whether a bare place name found inside running text is really a word of that text: `保定` inside `医保定点`
 * (医保 / 定点) is not, `保定` in `保定退休人员` is. Chinese has no spaces, so jieba (`@node-rs/jieba`, the
 * segmenter the search index uses) supplies the word boundaries.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js'; // no exports map: ESM needs the file name

/** Characters of context segmented on each side of a name: enough for the words that touch it. */
const CONTEXT_CHARS = 4;

const CJK = /[\u4e00-\u9fff]/;

/** Windows segmented lately: copied passages and repeated lookups of one passage ask for the same words. */
const MAX_CACHED_WINDOWS = 4096;

let sharedJieba: Jieba | undefined;
const wordsByWindow = new Map<string, string[]>();

/** The words jieba cuts `window` into (its default dictionary, no HMM guesses for unknown words). */
function wordsOf(window: string): string[] {
    let words = wordsByWindow.get(window);
    if (words) return words;
    // Loading the dictionary takes a few hundred ms: once per process, on the first bare name met.
    sharedJieba ??= Jieba.withDict(dict);
    words = sharedJieba.cut(window, false);
    if (wordsByWindow.size >= MAX_CACHED_WINDOWS) wordsByWindow.clear();
    wordsByWindow.set(window, words);
    return words;
}

/**
 * True when the words of `text` around the name at `[start, end)` run across its edges: a word that starts
 * before the name and runs into it (`医保` of `医保定点`), or one that starts inside it and ends after it
 * (`门诊所` of `江门诊所`). A word running in from the left that itself starts with a place (`吉林长春`, as
 * `startsWithPlace` tells) is a compound of places and does not count.
 */
export function splitsWords(
    text: string,
    start: number,
    end: number,
    startsWithPlace: (text: string, at: number) => boolean,
): boolean {
    // A name with no CJK character touching it cannot share a word with its neighbours.
    const before = text[start - 1];
    const after = text[end];
    if (!(before !== undefined && CJK.test(before)) && !(after !== undefined && CJK.test(after))) return false;
    const from = Math.max(0, start - CONTEXT_CHARS);
    let at = from;
    for (const word of wordsOf(text.slice(from, Math.min(text.length, end + CONTEXT_CHARS)))) {
        const wordEnd = at + word.length;
        if (at < start && wordEnd > start && !startsWithPlace(text, at)) return true;
        if (at > start && at < end && wordEnd > end) return true;
        if (wordEnd >= end) return false;
        at = wordEnd;
    }
    return false;
}
