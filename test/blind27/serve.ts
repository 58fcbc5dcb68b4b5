/**
 * Serves the twenty-seventh blind set's pages (test/blind27/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind27Server = PagesServer;

/** Starts the twenty-seventh blind web on 127.0.0.1 and a free port. */
export function startBlind27Server(): Promise<Blind27Server> {
    return startPagesServer(pagesDir, 'blind27 pages');
}
