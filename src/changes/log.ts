/**
 * The change log: the `changes` table of the data dir's database, one ClaimChange per row, written by the store
 * in the same transaction as the recrawled page it describes (src/storage/page-store.ts).
 */
import { UsageError } from '../errors.js';
import { PageStore } from '../storage/page-store.js';
import type { ClaimChange } from './types.js';

/** Recorded changes detected at or after `since` (ISO date or time), oldest first. */
export async function readChanges(dataDir: string, since?: string): Promise<ClaimChange[]> {
    const from = since === undefined ? -Infinity : Date.parse(since);
    if (Number.isNaN(from)) throw new UsageError(`--since expects a date like 2025-01-31, got ${JSON.stringify(since)}`);
    const store = await PageStore.open(dataDir);
    try {
        return store.changesSince(from);
    } finally {
        store.close();
    }
}
