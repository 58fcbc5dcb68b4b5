/**
 * Serves the twenty-fifth blind set's pages (test/blind25/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind25Server = PagesServer;

/** Starts the twenty-fifth blind web on 127.0.0.1 and a free port. */
export function startBlind25Server(): Promise<Blind25Server> {
    return startPagesServer(pagesDir, 'blind25 pages');
}
