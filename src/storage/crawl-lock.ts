/**
 * One crawl per data dir: `crawl.lock` holds the PID of the crawl writing it. A second crawl refuses with one line
 * naming that PID; a lock left by a process that no longer runs (killed with -9) is taken over.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimscopeError } from '../errors.js';

const LOCK_FILE = 'crawl.lock';

export class DataDirBusyError extends ClaimscopeError {
    override name = 'DataDirBusyError';
    constructor(readonly dataDir: string, readonly pid: number) {
        super(`another crawl (PID ${pid}) is writing ${dataDir}: wait for it to end or stop it first`);
    }
}

function isRunning(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (err) {
        // EPERM: it runs, as another user.
        return (err as NodeJS.ErrnoException).code === 'EPERM';
    }
}

/** Takes the data dir's crawl lock. @returns the function that gives it back. @throws DataDirBusyError */
export function acquireCrawlLock(dataDir: string): () => void {
    mkdirSync(dataDir, { recursive: true });
    const path = join(dataDir, LOCK_FILE);
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
            return () => {
                try {
                    if (Number(readFileSync(path, 'utf8')) === process.pid) unlinkSync(path);
                } catch {
                    // Already gone: nothing to give back.
                }
            };
        } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        }
        let holder = NaN;
        try {
            holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
        } catch {
            // Removed meanwhile: try again.
        }
        if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) throw new DataDirBusyError(dataDir, holder);
        try {
            unlinkSync(path);
        } catch {
            // Another process took it over first; the next attempt sees its PID.
        }
    }
    throw new ClaimscopeError(`could not take the crawl lock ${path}`);
}
