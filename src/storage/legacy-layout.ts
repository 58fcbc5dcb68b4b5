/**
 * Repairs on open that concern files rather than the database: temp files a killed process left behind, and the
 * file layout of claimscope 0.1 (`pages/*.json` + `*.html.gz`, `failures/*.json`, `changes.jsonl`,
 * `index/claims.json`), migrated into the database once. The import commits in one transaction; the old files
 * are then moved to `layout-0.1/` (never deleted), and a file that cannot be read is set aside with one line.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { ClaimChange } from '../changes/types.js';
import type { PageStore } from './page-store.js';
import { compressHtml } from './page-store.js';
import { readMeta, writeMeta } from './schema.js';
import type { FailureRecord, PageRecord } from './types.js';

const gunzipAsync = promisify(gunzip);

/** Folders the 0.1 layout wrote temp files into (`<name>.<uuid>.tmp`). */
const TEMP_FILE_DIRS = ['', 'pages', 'failures', 'index'];
const LEGACY_ENTRIES = ['pages', 'failures', 'changes.jsonl', 'index'];
export const LEGACY_BACKUP_DIR = 'layout-0.1';

async function namesIn(dir: string): Promise<string[]> {
    try {
        return await readdir(dir);
    } catch {
        return [];
    }
}

/** Deletes `*.tmp` files a killed process left in the data dir (no write of this version leaves one). */
export async function removeStrayTempFiles(dataDir: string): Promise<number> {
    let removed = 0;
    for (const sub of TEMP_FILE_DIRS) {
        const dir = join(dataDir, sub);
        for (const name of await namesIn(dir)) {
            if (!name.endsWith('.tmp')) continue;
            await rm(join(dir, name), { force: true });
            removed++;
        }
    }
    return removed;
}

function isPageRecord(value: unknown): value is PageRecord {
    const page = value as Partial<PageRecord> | null;
    return typeof page?.url === 'string' && Array.isArray(page.claims) && Array.isArray(page.passages) && typeof page.contentHash === 'string';
}

/** Migrates a data dir in the 0.1 file layout into the store's database; does nothing for any other data dir. */
export async function migrateFileLayout(store: PageStore, notice: (line: string) => void): Promise<void> {
    const { dataDir } = store;
    const present = LEGACY_ENTRIES.filter((entry) => existsSync(join(dataDir, entry)));
    if (present.length === 0) return;
    let pages = 0;
    if (readMeta(store.db, 'migrated_layout') !== '0.1') {
        const pagesDir = join(dataDir, 'pages');
        const damaged: string[] = [];
        const imported: { page: PageRecord; html: Buffer | undefined }[] = [];
        for (const name of (await namesIn(pagesDir)).filter((n) => n.endsWith('.json')).sort()) {
            const path = join(pagesDir, name);
            const text = await readFile(path);
            let page: unknown;
            try {
                page = JSON.parse(text.toString('utf8'));
            } catch {
                page = undefined;
            }
            if (!isPageRecord(page)) {
                damaged.push(path);
                store.setAside(`file ${path}`, 'not a whole page record', text);
                continue;
            }
            let html: Buffer | undefined;
            const htmlPath = path.replace(/\.json$/, '.html.gz');
            if (existsSync(htmlPath)) {
                try {
                    html = compressHtml((await gunzipAsync(await readFile(htmlPath))).toString('utf8'));
                } catch {
                    html = undefined;
                }
            }
            imported.push({ page, html });
        }
        const failures: FailureRecord[] = [];
        for (const name of (await namesIn(join(dataDir, 'failures'))).filter((n) => n.endsWith('.json'))) {
            try {
                failures.push(JSON.parse(await readFile(join(dataDir, 'failures', name), 'utf8')) as FailureRecord);
            } catch {
                // A failure record cut short is only a note that a fetch failed; the next crawl records it again.
            }
        }
        const changes: ClaimChange[] = [];
        const log = await readFile(join(dataDir, 'changes.jsonl'), 'utf8').catch(() => '');
        for (const line of log.split('\n')) {
            try {
                if (line.trim()) changes.push(JSON.parse(line) as ClaimChange);
            } catch {
                // A line cut short by a crash of 0.1.
            }
        }
        store.transaction(() => {
            for (const { page, html } of imported) store.importPage(page, html);
            for (const failure of failures) store.importFailure(failure);
            for (const change of changes) store.importChange(change);
            writeMeta(store.db, 'migrated_layout', '0.1');
        });
        await store.settleClusters();
        pages = imported.length;
        notice(
            `migrated ${pages} pages, ${failures.length} failures and ${changes.length} changes from the file layout of claimscope 0.1 ` +
                `into ${join(dataDir, 'claimscope.sqlite')}; the old files are in ${join(dataDir, LEGACY_BACKUP_DIR)} (delete it when satisfied)`,
        );
    }
    const backup = join(dataDir, LEGACY_BACKUP_DIR);
    await mkdir(backup, { recursive: true });
    for (const entry of present) await rename(join(dataDir, entry), join(backup, entry));
}
