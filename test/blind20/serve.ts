/**
 * Serves the twentieth blind set's pages (test/blind20/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind20Server = PagesServer;

/** Starts the twentieth blind web on 127.0.0.1 and a free port. */
export function startBlind20Server(): Promise<Blind20Server> {
    return startPagesServer(pagesDir, 'blind20 pages');
}
