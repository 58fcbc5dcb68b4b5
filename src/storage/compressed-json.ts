/**
 * JSON columns kept compressed: a page's passages and claim drafts are ~35 KB of JSON that deflates to a quarter
 * (repeated keys, and each draft repeats its passage), and every byte a page row holds is written twice (the WAL,
 * then the checkpoint). Rows written before compression hold the JSON as text; both read back the same.
 *
 * Compressed on the calling thread: for a page's 10–40 KB, zlib's asynchronous API (a stream, a Zlib object and a
 * hop to the thread pool per call) costs two to four times the CPU of the deflate itself (bench/RESULTS.md).
 */
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';

/** The fastest level: three quarters of the bytes go at a fraction of the default level's CPU. */
export const FASTEST_DEFLATE = { level: constants.Z_BEST_SPEED };

/** `value` as stored. */
export function compressJson(value: unknown): Buffer {
    return deflateRawSync(JSON.stringify(value), FASTEST_DEFLATE);
}

/** A stored JSON column: compressed (a Buffer) or, from rows written before compression, text. @throws when damaged. */
export function parseStoredJson<T>(stored: string | Buffer): T {
    return JSON.parse(typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8')) as T;
}
