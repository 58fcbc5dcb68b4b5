/**
 * Serves the ninth blind set's pages (test/blind9/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind9Server = PagesServer;

/** Starts the ninth blind web on 127.0.0.1 and a free port. */
export function startBlind9Server(): Promise<Blind9Server> {
    return startPagesServer(pagesDir, 'blind9 pages');
}
