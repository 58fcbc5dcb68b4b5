/**
 * The embedded default's page store: one JSON file per page under `<dataDir>/pages/`, keyed by a hash of the
 * normalised URL, written atomically (temp file + rename) so a killed process never leaves half a page.
 * Failures live beside them under `<dataDir>/failures/` and are removed when the page later succeeds.
 * Plain files because they need no server and no native build, and one page = one file makes a recrawl an
 * overwrite, never a duplicate.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { constants, gunzip, gzip } from 'node:zlib';
import { compareCodePoints } from '../code-point-order.js';
import type { FailureRecord, PageRecord } from './types.js';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
/** Kept HTML is read back only by `reindex`: the fastest level costs a third of the default's CPU per page. */
const HTML_GZIP = { level: constants.Z_BEST_SPEED };

function keyOf(url: string): string {
    return createHash('sha1').update(url).digest('hex');
}

/** Deletes a file that may not exist (one syscall, where `rm` also stats it first). */
async function removeIfPresent(path: string): Promise<void> {
    try {
        await unlink(path);
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
}

async function writeAtomic(path: string, data: string | Buffer): Promise<void> {
    const temp = `${path}.${randomUUID()}.tmp`;
    await writeFile(temp, data);
    await rename(temp, path);
}

/** The `.json` files of a directory, in name order; none when it does not exist. */
async function jsonFiles(dir: string): Promise<string[]> {
    let names: string[];
    try {
        names = await readdir(dir);
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw err;
    }
    return names.filter((name) => name.endsWith('.json')).sort();
}

async function readJsonDir<T>(dir: string): Promise<T[]> {
    const files = await jsonFiles(dir);
    return Promise.all(files.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')) as T));
}

/** Files read ahead while a caller handles the current page: hides the disk's latency, holds a few pages only. */
const READ_AHEAD = 8;

export class PageStore {
    readonly #pagesDir: string;
    readonly #failuresDir: string;

    private constructor(readonly dataDir: string) {
        this.#pagesDir = join(dataDir, 'pages');
        this.#failuresDir = join(dataDir, 'failures');
    }

    static async open(dataDir: string): Promise<PageStore> {
        const store = new PageStore(dataDir);
        await mkdir(store.#pagesDir, { recursive: true });
        await mkdir(store.#failuresDir, { recursive: true });
        return store;
    }

    async get(url: string): Promise<PageRecord | undefined> {
        try {
            return JSON.parse(await readFile(join(this.#pagesDir, `${keyOf(url)}.json`), 'utf8')) as PageRecord;
        } catch (err) {
            if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
            throw err;
        }
    }

    /**
     * Insert or replace the page, and forget an earlier failure of it. The HTML it was read from is kept beside
     * it (gzipped) so `claimscope reindex` can extract again without refetching.
     */
    async put(page: PageRecord, html?: string): Promise<void> {
        const key = keyOf(page.url);
        if (html !== undefined) await writeAtomic(join(this.#pagesDir, `${key}.html.gz`), await gzipAsync(html, HTML_GZIP));
        await writeAtomic(join(this.#pagesDir, `${key}.json`), JSON.stringify(page));
        await removeIfPresent(join(this.#failuresDir, `${key}.json`));
    }

    /** Record a refetch that found the page unchanged: its new validators and fetch time, nothing else. */
    async touch(url: string, validators: Pick<PageRecord, 'etag' | 'lastModified'>, fetchedAt: string): Promise<void> {
        const page = await this.get(url);
        if (!page) return;
        await writeAtomic(join(this.#pagesDir, `${keyOf(url)}.json`), JSON.stringify({ ...page, ...validators, fetchedAt }));
    }

    /** The HTML a stored page was last read from, when it was kept. */
    async html(url: string): Promise<string | undefined> {
        try {
            return (await gunzipAsync(await readFile(join(this.#pagesDir, `${keyOf(url)}.html.gz`)))).toString('utf8');
        } catch (err) {
            if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
            throw err;
        }
    }

    /**
     * Every stored page, one at a time, in an order that is stable for an unchanged store (not by URL). Holds
     * only a few pages at once, so a pass over a large crawl costs one page of memory rather than all of them.
     */
    async *pages(): AsyncGenerator<PageRecord> {
        const files = await jsonFiles(this.#pagesDir);
        const read = (name: string) => {
            const text = readFile(join(this.#pagesDir, name), 'utf8');
            // A read failing while an earlier page is handled reaches the caller when its turn comes, not before.
            text.catch(() => undefined);
            return text;
        };
        const ahead = files.slice(0, READ_AHEAD).map(read);
        for (let i = 0; i < files.length; i++) {
            const text = await ahead.shift()!;
            if (i + READ_AHEAD < files.length) ahead.push(read(files[i + READ_AHEAD]!));
            yield JSON.parse(text) as PageRecord;
        }
    }

    /** Every stored page, ordered by URL. Loads them all: prefer {@link PageStore.pages} for a pass over a crawl. */
    async all(): Promise<PageRecord[]> {
        const pages = await readJsonDir<PageRecord>(this.#pagesDir);
        return pages.sort((a, b) => compareCodePoints(a.url, b.url));
    }

    async recordFailure(failure: FailureRecord): Promise<void> {
        await writeAtomic(join(this.#failuresDir, `${keyOf(failure.url)}.json`), JSON.stringify(failure));
    }

    async failures(): Promise<FailureRecord[]> {
        return readJsonDir<FailureRecord>(this.#failuresDir);
    }
}
