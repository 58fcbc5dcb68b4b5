import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One corpus article as stored in `test/demo/corpus/{seeds,dev}/*.json` (third-party text, test data only). */
export interface Article {
    id: string;
    /** The article's original URL; the demo server serves it at `/<host><path>`. */
    url: string;
    /** Host of `url`. */
    site: string;
    title: string;
    /** Plain text: title line, date/source line, then `\n\n`-separated blocks. */
    text: string;
}

const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));

/** Folders read by {@link loadCorpus}, in serving order. */
const CORPUS_FOLDERS = ['seeds', 'dev'] as const;

/**
 * Reads every article of the demo corpus (seeds first, then dev, each sorted by file name).
 * Returns fresh objects on every call, so callers may edit them.
 */
export function loadCorpus(): Article[] {
    return CORPUS_FOLDERS.flatMap((folder) => {
        const dir = join(CORPUS_DIR, folder);
        return readdirSync(dir)
            .filter((name) => name.endsWith('.json'))
            .sort()
            .map((name) => toArticle(JSON.parse(readFileSync(join(dir, name), 'utf8')), `${folder}/${name}`));
    });
}

function toArticle(raw: Record<string, unknown>, file: string): Article {
    const { id, url, site, title, text } = raw;
    if (![id, url, site, title, text].every((v) => typeof v === 'string')) {
        throw new Error(`demo corpus, ${file}: expected string fields id, url, site, title, text`);
    }
    return { id, url, site, title, text } as Article;
}
