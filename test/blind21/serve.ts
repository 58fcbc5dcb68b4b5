/**
 * Serves the twenty-first blind set's pages (test/blind21/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind21Server = PagesServer;

/** Starts the twenty-first blind web on 127.0.0.1 and a free port. */
export function startBlind21Server(): Promise<Blind21Server> {
    return startPagesServer(pagesDir, 'blind21 pages');
}
