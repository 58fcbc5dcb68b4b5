/**
 * Serves the fourteenth blind set's pages (test/blind14/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind14Server = PagesServer;

/** Starts the fourteenth blind web on 127.0.0.1 and a free port. */
export function startBlind14Server(): Promise<Blind14Server> {
    return startPagesServer(pagesDir, 'blind14 pages');
}
