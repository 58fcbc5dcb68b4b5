/**
 * Serves the twelfth blind set's pages (test/blind12/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind12Server = PagesServer;

/** Starts the twelfth blind web on 127.0.0.1 and a free port. */
export function startBlind12Server(): Promise<Blind12Server> {
    return startPagesServer(pagesDir, 'blind12 pages');
}
