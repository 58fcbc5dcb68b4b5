/**
 * Serves the fourth blind set's pages (test/blind4/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind4Server = PagesServer;

/** Starts the fourth blind web on 127.0.0.1 and a free port. */
export function startBlind4Server(): Promise<Blind4Server> {
    return startPagesServer(pagesDir, 'blind4 pages');
}
