/**
 * Serves the sixth blind set's pages (test/blind6/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind6Server = PagesServer;

/** Starts the sixth blind web on 127.0.0.1 and a free port. */
export function startBlind6Server(): Promise<Blind6Server> {
    return startPagesServer(pagesDir, 'blind6 pages');
}
