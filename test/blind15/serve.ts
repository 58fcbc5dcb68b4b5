/**
 * Serves the fifteenth blind set's pages (test/blind15/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind15Server = PagesServer;

/** Starts the fifteenth blind web on 127.0.0.1 and a free port. */
export function startBlind15Server(): Promise<Blind15Server> {
    return startPagesServer(pagesDir, 'blind15 pages');
}
