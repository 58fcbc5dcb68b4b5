/**
 * Serves the seventh blind set's pages (test/blind7/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind7Server = PagesServer;

/** Starts the seventh blind web on 127.0.0.1 and a free port. */
export function startBlind7Server(): Promise<Blind7Server> {
    return startPagesServer(pagesDir, 'blind7 pages');
}
