/**
 * The web page: plain files from `./public/`, read once at start. No build step, so `claimscope serve` works
 * from the source tree as it is.
 */
import { readFile } from 'node:fs/promises';

export interface StaticFile {
    body: Buffer;
    contentType: string;
}

/** URL path → file in ./public and its content type. Only these are served; nothing is looked up on disk per request. */
const PUBLIC_FILES: Readonly<Record<string, readonly [file: string, contentType: string]>> = {
    '/': ['index.html', 'text/html; charset=utf-8'],
    '/style.css': ['style.css', 'text/css; charset=utf-8'],
    '/favicon.svg': ['favicon.svg', 'image/svg+xml'],
    ...scripts([
        'app.js',
        'lib/api.js',
        'lib/dom.js',
        'lib/ui.js',
        'views/changes.js',
        'views/claim.js',
        'views/compare.js',
        'views/conflicts.js',
        'views/missing.js',
        'views/search.js',
        'views/status.js',
    ]),
};

/** The page's ES modules, each served at its own path. */
function scripts(files: readonly string[]): Record<string, readonly [string, string]> {
    return Object.fromEntries(files.map((file) => [`/${file}`, [file, 'text/javascript; charset=utf-8'] as const]));
}

/** Reads every public file into memory; a missing file fails the server start, not a later request. */
export async function loadStaticFiles(): Promise<ReadonlyMap<string, StaticFile>> {
    const entries = await Promise.all(
        Object.entries(PUBLIC_FILES).map(async ([path, [file, contentType]]) => {
            const body = await readFile(new URL(`./public/${file}`, import.meta.url));
            return [path, { body, contentType }] as const;
        }),
    );
    return new Map(entries);
}
