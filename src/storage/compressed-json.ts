/**
 * JSON columns kept compressed: a page's passages and claim drafts are ~35 KB of JSON that deflates to a quarter
 * (repeated keys, and each draft repeats its passage), and every byte a page row holds is written twice (the WAL,
 * then the checkpoint). Rows written before compression hold the JSON as text; both read back the same.
 */
import { promisify } from 'node:util';
import { constants, deflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';

const deflateAsync = promisify(deflateRaw);
/** The fastest level: three quarters of the bytes go at a fraction of the default level's CPU. */
const JSON_DEFLATE = { level: constants.Z_BEST_SPEED };

/** `value` as stored, compressed on libuv's thread pool (off the event loop). */
export function compressJson(value: unknown): Promise<Buffer> {
    return deflateAsync(JSON.stringify(value), JSON_DEFLATE);
}

/** {@link compressJson}, on the calling thread. */
export function compressJsonNow(value: unknown): Buffer {
    return deflateRawSync(JSON.stringify(value), JSON_DEFLATE);
}

/** A stored JSON column: compressed (a Buffer) or, from rows written before compression, text. @throws when damaged. */
export function parseStoredJson<T>(stored: string | Buffer): T {
    return JSON.parse(typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8')) as T;
}
