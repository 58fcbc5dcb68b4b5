/** Serves the held-out pages (test/heldout/pages) over loopback HTTP, with an index at `/` linking every page. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type HeldoutServer = PagesServer;

/** Starts the held-out web on 127.0.0.1 and a free port. */
export function startHeldoutServer(): Promise<HeldoutServer> {
    return startPagesServer(pagesDir, 'held-out pages');
}
