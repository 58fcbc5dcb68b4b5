/**
 * The data dir's embedded database: one SQLite file, `<dataDir>/claimscope.sqlite`, opened in WAL mode so readers
 * (`serve`, `search`) see what is committed while one writer crawls. Each store module owns its tables and declares
 * them as numbered migrations under its own name; `migrate` applies the ones not yet applied, in one transaction
 * per migration, so a kill between two leaves the database at the last whole step.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

export type Db = Database.Database;

/** File name of the database inside a data dir. */
export const DATABASE_FILE = 'claimscope.sqlite';

export function databasePath(dataDir: string): string {
    return join(dataDir, DATABASE_FILE);
}

export interface OpenDatabaseOptions {
    /** Create the data dir and the file when missing. Read commands pass false. @default true */
    create?: boolean;
    readonly?: boolean;
}

/** Opens (and, unless told not to, creates) the data dir's database with the settings every caller relies on. */
/**
 * `prepare`'s statements, built once per connection and kept while it lives: preparing a statement costs more than
 * running it, and the writer runs the same ones for every page.
 */
export function preparedPerConnection<T>(prepare: (db: Db) => T): (db: Db) => T {
    const prepared = new WeakMap<Db, T>();
    return (db) => {
        let statements = prepared.get(db);
        if (statements === undefined) {
            statements = prepare(db);
            prepared.set(db, statements);
        }
        return statements;
    };
}

export function openDatabase(dataDir: string, options: OpenDatabaseOptions = {}): Db {
    const create = options.create ?? true;
    const path = databasePath(dataDir);
    if (create) mkdirSync(dataDir, { recursive: true });
    else if (!existsSync(path)) throw new Error(`no database at ${path}`);
    const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: !create });
    if (!options.readonly) db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives a killed process; only a power cut may lose the last transactions.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    // A JSON column as text whether stored deflated or (written before compression) as text: for SQL over records.
    db.function('stored_json', { deterministic: true }, (stored: unknown) =>
        Buffer.isBuffer(stored) ? inflateRawSync(stored).toString('utf8') : (stored as string | null),
    );
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (owner TEXT NOT NULL, version INTEGER NOT NULL, PRIMARY KEY (owner, version))');
    return db;
}

/**
 * Applies `owner`'s migrations (SQL scripts, version = index + 1) that this database has not seen yet. Append new
 * migrations; never edit one that has shipped.
 */
export function migrate(db: Db, owner: string, migrations: readonly string[]): void {
    const applied = new Set(
        (db.prepare('SELECT version FROM schema_migrations WHERE owner = ?').all(owner) as { version: number }[]).map((r) => r.version),
    );
    const record = db.prepare('INSERT INTO schema_migrations (owner, version) VALUES (?, ?)');
    migrations.forEach((sql, i) => {
        const version = i + 1;
        if (applied.has(version)) return;
        db.transaction(() => {
            db.exec(sql);
            record.run(owner, version);
        })();
    });
}
