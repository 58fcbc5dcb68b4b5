/**
 * Does a data dir hold a crawl? Read commands ask before they open anything, so a mistyped `--data-dir` is
 * an error that creates nothing, not an empty answer. Both layouts count: the database (`claimscope.sqlite`)
 * and the page files of claimscope 0.1 (`pages/`, `failures/`).
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimscopeError } from '../errors.js';
import { databasePath } from './database.js';

/** Tables a crawl writes to; any row in one of them means a crawl ran here. */
const CRAWL_TABLES = ['pages', 'failures', 'crawl_runs'] as const;

function holdsJsonFile(dir: string): boolean {
    try {
        return readdirSync(dir).some((name) => name.endsWith('.json'));
    } catch {
        return false;
    }
}

function databaseHoldsCrawl(path: string): boolean {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
        const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
        return CRAWL_TABLES.some((table) => tables.has(table) && db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() !== undefined);
    } finally {
        db.close();
    }
}

export function holdsCrawl(dataDir: string): boolean {
    if (holdsJsonFile(join(dataDir, 'pages')) || holdsJsonFile(join(dataDir, 'failures'))) return true;
    const path = databasePath(dataDir);
    return existsSync(path) && databaseHoldsCrawl(path);
}

/** The data dir has never been crawled (or does not exist). */
export class NoCrawlError extends ClaimscopeError {
    override name = 'NoCrawlError';
    constructor(readonly dataDir: string) {
        super(`no crawl in ${dataDir} — run \`claimscope crawl <url> --data-dir ${dataDir}\` first`);
    }
}

/** @throws NoCrawlError when `dataDir` holds no crawl; touches nothing either way. */
export function requireCrawl(dataDir: string): void {
    if (!holdsCrawl(dataDir)) throw new NoCrawlError(dataDir);
}
