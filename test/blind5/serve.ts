/**
 * Serves the fifth blind set's pages (test/blind5/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind5Server = PagesServer;

/** Starts the fifth blind web on 127.0.0.1 and a free port. */
export function startBlind5Server(): Promise<Blind5Server> {
    return startPagesServer(pagesDir, 'blind5 pages');
}
