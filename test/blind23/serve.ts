/**
 * Serves the twenty-third blind set's pages (test/blind23/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind23Server = PagesServer;

/** Starts the twenty-third blind web on 127.0.0.1 and a free port. */
export function startBlind23Server(): Promise<Blind23Server> {
    return startPagesServer(pagesDir, 'blind23 pages');
}
