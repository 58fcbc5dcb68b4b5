/**
 * Serves the eighteenth blind set's pages (test/blind18/pages) over loopback HTTP, with an index at `/` linking every
 * page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind18Server = PagesServer;

/** Starts the eighteenth blind web on 127.0.0.1 and a free port. */
export function startBlind18Server(): Promise<Blind18Server> {
    return startPagesServer(pagesDir, 'blind18 pages');
}
