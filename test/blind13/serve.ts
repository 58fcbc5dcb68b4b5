/**
 * Serves the thirteenth blind set's pages (test/blind13/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind13Server = PagesServer;

/** Starts the thirteenth blind web on 127.0.0.1 and a free port. */
export function startBlind13Server(): Promise<Blind13Server> {
    return startPagesServer(pagesDir, 'blind13 pages');
}
