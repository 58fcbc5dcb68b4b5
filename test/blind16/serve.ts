/**
 * Serves the sixteenth blind set's pages (test/blind16/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind16Server = PagesServer;

/** Starts the sixteenth blind web on 127.0.0.1 and a free port. */
export function startBlind16Server(): Promise<Blind16Server> {
    return startPagesServer(pagesDir, 'blind16 pages');
}
