/**
 * The embedded index on disk: `dataDir/index/claims.json`, in JSON Lines (the name predates the
 * layout; the API watches that folder):
 *
 *     {"format":"claimscope-claims","version":2,"tokenizer":"…","byteOrder":"LE","claims":N,"words":[…]}
 *     {…claim…}                                  ← N lines, in url-then-id order
 *     {"claimWordEnds":"<base64>","claimWords":"<base64>"}
 *
 * The last line holds each claim's words (ClaimStore's `wordId << 1 | inQuote`, ids into `words`)
 * as raw Int32Array bytes, so opening 100k claims costs JSON parsing and array appends, not a second
 * jieba pass (~1.5–4 s). When the tokenizer fingerprint or byte order differ from this process's,
 * the words are ignored and the claims segmented again. One claim per line keeps every string small
 * (one JSON string of a large index would pass V8's string length limit), and the file is written
 * to a temp file renamed over the old one, so a reader never sees half a file.
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import { endianness } from 'node:os';
import { SearchError } from './errors.js';
import type { ClaimStore } from './claim-store.js';
import type { ClaimDocument } from './types.js';

/** Bump when the layout changes: a file in another layout is refused, not misread. */
export const FORMAT_VERSION = 2;
const FORMAT = 'claimscope-claims';
const NEWLINE = 0x0a;
/** Lines gathered before each write call. */
const WRITE_CHUNK_CHARS = 1 << 20;

interface Header {
    format: string;
    version: number;
    tokenizer: string;
    byteOrder: string;
    claims: number;
    words: string[];
}

interface WordsLine {
    claimWordEnds: string;
    claimWords: string;
}

/** Claims read back, with their words when they were segmented by the same tokenizer. */
export interface StoredClaims {
    claims: ClaimDocument[];
    words?: { vocabulary: string[]; claimWordEnds: Int32Array; claimWords: Int32Array };
}

/**
 * Reads the index file; undefined when there is none.
 *
 * @throws SearchError when the file is not an index in a layout this build reads.
 */
export async function readIndexFile(path: string, tokenizer: string): Promise<StoredClaims | undefined> {
    let buffer: Buffer;
    try {
        buffer = await readFile(path);
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
    }
    const lines = lineReader(buffer, path);
    const header = lines.next() as Partial<Header>;
    if (header.format !== FORMAT) {
        throw new SearchError(`embedded index ${path}: expected format "${FORMAT}", got ${String(header.format)}`);
    }
    if (header.version !== FORMAT_VERSION) {
        throw new SearchError(
            `embedded index ${path}: written in layout v${String(header.version)}, this build reads v${FORMAT_VERSION}; ` +
                'delete it and run `claimscope reindex`',
        );
    }
    const claims: ClaimDocument[] = [];
    for (let i = 0; i < (header.claims ?? 0); i++) claims.push(lines.next() as ClaimDocument);
    const wordsLine = lines.next() as Partial<WordsLine>;
    if (header.tokenizer !== tokenizer || header.byteOrder !== endianness()) return { claims };
    const words = {
        vocabulary: header.words ?? [],
        claimWordEnds: int32sOf(wordsLine.claimWordEnds),
        claimWords: int32sOf(wordsLine.claimWords),
    };
    if (!wordsFit(words, claims.length)) throw new SearchError(`embedded index ${path}: claim words out of range`);
    return { claims, words };
}

/** Writes the live claims of `store` and their words, atomically. */
export async function writeIndexFile(path: string, store: ClaimStore, tokenizer: string): Promise<void> {
    const ranked = store.ranked();
    // Only words some live claim still has, renumbered densely.
    const newId = new Int32Array(store.words.size).fill(-1);
    const vocabulary: string[] = [];
    const ends = new Int32Array(ranked.length);
    const entryCount = ranked.reduce((sum, slot) => sum + store.wordsOf(slot).length, 0);
    const entries = new Int32Array(entryCount);
    let at = 0;
    ranked.forEach((slot, i) => {
        for (const entry of store.wordsOf(slot)) {
            const id = entry >>> 1;
            if (newId[id] === -1) newId[id] = vocabulary.push(store.words.values[id]!) - 1;
            entries[at++] = (newId[id]! << 1) | (entry & 1);
        }
        ends[i] = at;
    });
    const header: Header = {
        format: FORMAT,
        version: FORMAT_VERSION,
        tokenizer,
        byteOrder: endianness(),
        claims: ranked.length,
        words: vocabulary,
    };
    const wordsLine: WordsLine = { claimWordEnds: base64Of(ends), claimWords: base64Of(entries) };
    function* lines(): Generator<string> {
        yield JSON.stringify(header);
        for (const slot of ranked) yield JSON.stringify(store.docs[slot]);
        yield JSON.stringify(wordsLine);
    }
    await writeAtomically(path, lines());
}

/** Each line's JSON value in turn. @throws SearchError on a line that is missing or not JSON. */
function lineReader(buffer: Buffer, path: string): { next(): unknown } {
    let start = 0;
    let lineNumber = 0;
    return {
        next() {
            lineNumber++;
            if (start >= buffer.length) throw new SearchError(`embedded index ${path}: cut short at line ${lineNumber}`);
            let end = buffer.indexOf(NEWLINE, start);
            if (end < 0) end = buffer.length;
            const text = buffer.toString('utf8', start, end);
            start = end + 1;
            try {
                return JSON.parse(text) as unknown;
            } catch (err) {
                throw new SearchError(`embedded index ${path}: line ${lineNumber} is not valid JSON`, { cause: err });
            }
        },
    };
}

function base64Of(array: Int32Array): string {
    return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function int32sOf(base64: string | undefined): Int32Array {
    const bytes = Buffer.from(base64 ?? '', 'base64');
    // Copy: a Buffer's offset into Node's shared pool need not be 4-byte aligned.
    const array = new Int32Array(bytes.length >>> 2);
    new Uint8Array(array.buffer).set(bytes.subarray(0, array.byteLength));
    return array;
}

/** Every claim has a word range and every word id is in the vocabulary (a damaged file must not crash later). */
function wordsFit(words: NonNullable<StoredClaims['words']>, claims: number): boolean {
    const { claimWordEnds: ends, claimWords: entries, vocabulary } = words;
    if (ends.length !== claims) return false;
    let previous = 0;
    for (const end of ends) {
        if (end < previous) return false;
        previous = end;
    }
    if (previous !== entries.length) return false;
    for (const entry of entries) if (entry < 0 || entry >>> 1 >= vocabulary.length) return false;
    return true;
}

async function writeAtomically(path: string, lines: Iterable<string>): Promise<void> {
    const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
    try {
        const file = await open(temp, 'w');
        try {
            let chunk: string[] = [];
            let chars = 0;
            for (const line of lines) {
                chunk.push(line);
                chars += line.length + 1;
                if (chars >= WRITE_CHUNK_CHARS) {
                    await file.write(`${chunk.join('\n')}\n`);
                    chunk = [];
                    chars = 0;
                }
            }
            if (chunk.length > 0) await file.write(`${chunk.join('\n')}\n`);
        } finally {
            await file.close();
        }
        await rename(temp, path);
    } catch (err) {
        await rm(temp, { force: true });
        throw err;
    }
}
