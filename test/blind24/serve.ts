/**
 * Serves the twenty-fourth blind set's pages (test/blind24/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind24Server = PagesServer;

/** Starts the twenty-fourth blind web on 127.0.0.1 and a free port. */
export function startBlind24Server(): Promise<Blind24Server> {
    return startPagesServer(pagesDir, 'blind24 pages');
}
