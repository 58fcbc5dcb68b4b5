/**
 * Serves the twenty-second blind set's pages (test/blind22/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind22Server = PagesServer;

/** Starts the twenty-second blind web on 127.0.0.1 and a free port. */
export function startBlind22Server(): Promise<Blind22Server> {
    return startPagesServer(pagesDir, 'blind22 pages');
}
