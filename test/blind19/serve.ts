/**
 * Serves the nineteenth blind set's pages (test/blind19/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind19Server = PagesServer;

/** Starts the nineteenth blind web on 127.0.0.1 and a free port. */
export function startBlind19Server(): Promise<Blind19Server> {
    return startPagesServer(pagesDir, 'blind19 pages');
}
