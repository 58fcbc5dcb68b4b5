/** A write that failed because the disk is full, as one line naming the file (and nothing half-written behind it). */
import { ClaimscopeError } from '../errors.js';

export class DiskFullError extends ClaimscopeError {
    override name = 'DiskFullError';
    constructor(readonly path: string, options?: { cause?: unknown }) {
        super(`${path}: disk full — nothing was half-written; free some space and run the command again`, options);
    }
}

/** The DiskFullError for `err` when it says the disk (or the database's size limit) is full; undefined otherwise. */
export function diskFullError(err: unknown, path: string): DiskFullError | undefined {
    if (err instanceof DiskFullError) return err;
    const code = (err as { code?: unknown } | null)?.code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return new DiskFullError(path, { cause: err });
    return undefined;
}
