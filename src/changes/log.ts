/**
 * The change log: `<dataDir>/changes.jsonl`, one ClaimChange per line, appended by the one process that
 * writes the data dir (the embedded crawl, or the queue's writer).
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { PageRecord } from '../storage/types.js';
import { diffPageClaims } from './diff-claims.js';
import type { ClaimChange } from './types.js';

export function changeLogPath(dataDir: string): string {
    return join(dataDir, 'changes.jsonl');
}

/** Append the claim-level changes between two crawls of a page; a first crawl (no previous) records nothing. */
export async function recordPageChanges(dataDir: string, previous: PageRecord | undefined, next: PageRecord): Promise<ClaimChange[]> {
    if (!previous) return [];
    const changes = diffPageClaims(previous, next);
    if (changes.length === 0) return changes;
    await mkdir(dataDir, { recursive: true });
    // One write per page keeps a page's changes together even if the process dies right after.
    await appendFile(changeLogPath(dataDir), changes.map((change) => `${JSON.stringify(change)}\n`).join(''));
    return changes;
}

/** Recorded changes detected at or after `since` (ISO date or time), oldest first. */
export async function readChanges(dataDir: string, since?: string): Promise<ClaimChange[]> {
    const from = since === undefined ? -Infinity : Date.parse(since);
    if (Number.isNaN(from)) throw new UsageError(`--since expects a date like 2025-01-31, got ${JSON.stringify(since)}`);
    let text: string;
    try {
        text = await readFile(changeLogPath(dataDir), 'utf8');
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw err;
    }
    return text
        .split('\n')
        // A line cut short by a crash is skipped, not fatal: the rest of the log is still good.
        .flatMap((line) => {
            if (!line.trim()) return [];
            try {
                return [JSON.parse(line) as ClaimChange];
            } catch {
                return [];
            }
        })
        .filter((change) => Date.parse(change.at) >= from);
}
