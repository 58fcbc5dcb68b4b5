/**
 * Serves the third blind set's pages (test/blind3/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind3Server = PagesServer;

/** Starts the third blind web on 127.0.0.1 and a free port. */
export function startBlind3Server(): Promise<Blind3Server> {
    return startPagesServer(pagesDir, 'blind3 pages');
}
