/**
 * Serves the eighth blind set's pages (test/blind8/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind8Server = PagesServer;

/** Starts the eighth blind web on 127.0.0.1 and a free port. */
export function startBlind8Server(): Promise<Blind8Server> {
    return startPagesServer(pagesDir, 'blind8 pages');
}
