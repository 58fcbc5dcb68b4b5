/**
 * Schedules of the embedded default, in the data dir's database: each schedule with its next run, and each
 * page's adaptive recrawl interval (the embedded twin of Redis's recrawl state). `claimscope schedule` edits
 * them from one process while `watch` or `serve` runs them from another; SQLite's WAL lets both at once, and a
 * due run is claimed with one conditional UPDATE so two runners never start it twice.
 */
import { existsSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { databasePath, type Db, migrate, openDatabase } from '../storage/database.js';
import { nextInterval, type RecrawlBounds } from '../queue/page-memory.js';
import type { RecrawlHooks } from '../pipeline/embedded-crawl.js';
import type { ScheduleSettings } from './settings.js';

const MIGRATIONS = [
    `CREATE TABLE schedules (
        id TEXT PRIMARY KEY,
        settings TEXT NOT NULL,
        next_run_at INTEGER,
        last_run_at INTEGER,
        last_result TEXT
    );
    CREATE TABLE recrawl_state (
        url TEXT PRIMARY KEY,
        interval_ms INTEGER NOT NULL,
        due_at INTEGER NOT NULL
    );`,
];

export interface StoredSchedule {
    settings: ScheduleSettings;
    /** Epoch milliseconds; null while paused. */
    nextRunAt: number | null;
    lastRunAt: number | null;
    lastResult: string | null;
}

interface Row {
    settings: string;
    next_run_at: number | null;
    last_run_at: number | null;
    last_result: string | null;
}

function fromRow(row: Row): StoredSchedule {
    return { settings: JSON.parse(row.settings) as ScheduleSettings, nextRunAt: row.next_run_at, lastRunAt: row.last_run_at, lastResult: row.last_result };
}

/** The first run one interval after `from`, later than `now`: runs missed while nothing ran are not made up. */
export function nextRunAfter(from: number, everyMs: number, now: number): number {
    const missed = Math.max(0, Math.floor((now - from) / everyMs));
    return from + (missed + 1) * everyMs;
}

export class ScheduleStore {
    private constructor(private readonly db: Db) {}

    /** Opens (creating) the data dir's database. */
    static open(dataDir: string): ScheduleStore {
        const db = openDatabase(dataDir);
        migrate(db, 'schedules', MIGRATIONS);
        return new ScheduleStore(db);
    }

    /** The store when the data dir has a database; nothing is created otherwise. */
    static openIfPresent(dataDir: string): ScheduleStore | undefined {
        return existsSync(databasePath(dataDir)) ? ScheduleStore.open(dataDir) : undefined;
    }

    close(): void {
        this.db.close();
    }

    /** Insert or replace; the first run is one interval from now. */
    put(settings: ScheduleSettings, now = Date.now()): StoredSchedule {
        this.db
            .prepare(
                `INSERT INTO schedules (id, settings, next_run_at) VALUES (?, ?, ?)
                 ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, next_run_at = excluded.next_run_at`,
            )
            .run(settings.id, JSON.stringify(settings), settings.paused ? null : now + settings.everyMs);
        return this.get(settings.id);
    }

    /** @throws UsageError naming the id when there is no such schedule. */
    get(id: string): StoredSchedule {
        const row = this.db.prepare('SELECT settings, next_run_at, last_run_at, last_result FROM schedules WHERE id = ?').get(id) as Row | undefined;
        if (!row) throw new UsageError(`no schedule ${JSON.stringify(id)} (see \`claimscope schedule list\`)`);
        return fromRow(row);
    }

    all(): StoredSchedule[] {
        return (this.db.prepare('SELECT settings, next_run_at, last_run_at, last_result FROM schedules ORDER BY id').all() as Row[]).map(fromRow);
    }

    setPaused(id: string, paused: boolean, now = Date.now()): StoredSchedule {
        const settings = { ...this.get(id).settings, paused };
        this.db
            .prepare('UPDATE schedules SET settings = ?, next_run_at = ? WHERE id = ?')
            .run(JSON.stringify(settings), paused ? null : now + settings.everyMs, id);
        return this.get(id);
    }

    remove(id: string): void {
        this.get(id);
        this.db.prepare('DELETE FROM schedules WHERE id = ?').run(id);
    }

    /** Schedules due at `now`, soonest first. */
    due(now = Date.now()): StoredSchedule[] {
        const rows = this.db
            .prepare('SELECT settings, next_run_at, last_run_at, last_result FROM schedules WHERE next_run_at IS NOT NULL AND next_run_at <= ? ORDER BY next_run_at, id')
            .all(now) as Row[];
        return rows.map(fromRow);
    }

    /** The soonest next run of any schedule, if one is set. */
    soonest(): number | null {
        return (this.db.prepare('SELECT MIN(next_run_at) FROM schedules').pluck().get() as number | null) ?? null;
    }

    /**
     * Claim a due run: move its next run on, unless another runner did first. True when this caller runs it.
     */
    claim(schedule: StoredSchedule, now = Date.now()): boolean {
        if (schedule.nextRunAt === null) return false;
        const next = nextRunAfter(schedule.nextRunAt, schedule.settings.everyMs, now);
        const { changes } = this.db
            .prepare('UPDATE schedules SET next_run_at = ? WHERE id = ? AND next_run_at = ?')
            .run(next, schedule.settings.id, schedule.nextRunAt);
        return changes === 1;
    }

    recordRun(id: string, result: string, at = Date.now()): void {
        this.db.prepare('UPDATE schedules SET last_run_at = ?, last_result = ? WHERE id = ?').run(at, result, id);
    }

    /**
     * What a scheduled crawl asks about pages, as the queue workers ask Redis: skip pages not due yet (with a
     * tenth of the base interval as slack, so a page on the schedule's own rhythm is not skipped by a hair), and
     * halve or double each fetched page's interval as it changed or not.
     */
    recrawlHooks(bounds: RecrawlBounds, now = () => Date.now()): RecrawlHooks {
        const read = this.db.prepare('SELECT interval_ms, due_at FROM recrawl_state WHERE url = ?');
        const write = this.db.prepare(
            'INSERT INTO recrawl_state (url, interval_ms, due_at) VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE SET interval_ms = excluded.interval_ms, due_at = excluded.due_at',
        );
        const slackMs = bounds.baseIntervalMs / 10;
        return {
            isDue: (key) => {
                const state = read.get(key) as { interval_ms: number; due_at: number } | undefined;
                return !state || state.due_at <= now() + slackMs;
            },
            record: (key, changed) => {
                const state = read.get(key) as { interval_ms: number } | undefined;
                const intervalMs = nextInterval(state?.interval_ms, changed, bounds);
                write.run(key, intervalMs, now() + intervalMs);
            },
        };
    }
}
