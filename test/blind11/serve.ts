/**
 * Serves the eleventh blind set's pages (test/blind11/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind11Server = PagesServer;

/** Starts the eleventh blind web on 127.0.0.1 and a free port. */
export function startBlind11Server(): Promise<Blind11Server> {
    return startPagesServer(pagesDir, 'blind11 pages');
}
