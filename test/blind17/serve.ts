/**
 * Serves the seventeenth blind set's pages (test/blind17/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind17Server = PagesServer;

/** Starts the seventeenth blind web on 127.0.0.1 and a free port. */
export function startBlind17Server(): Promise<Blind17Server> {
    return startPagesServer(pagesDir, 'blind17 pages');
}
