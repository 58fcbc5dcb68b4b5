/**
 * Serves the twenty-sixth blind set's pages (test/blind26/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind26Server = PagesServer;

/** Starts the twenty-sixth blind web on 127.0.0.1 and a free port. */
export function startBlind26Server(): Promise<Blind26Server> {
    return startPagesServer(pagesDir, 'blind26 pages');
}
