/**
 * Serves the tenth blind set's pages (test/blind10/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind10Server = PagesServer;

/** Starts the tenth blind web on 127.0.0.1 and a free port. */
export function startBlind10Server(): Promise<Blind10Server> {
    return startPagesServer(pagesDir, 'blind10 pages');
}
