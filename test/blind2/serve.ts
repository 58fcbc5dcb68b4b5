/**
 * Serves the second blind set's pages (test/blind2/pages) over loopback HTTP, with an index at `/` linking every
 * page. Some pages are bare HTML fragments (no `<html>`/`<body>`), served as text/html as sites serve AJAX parts.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type Blind2Server = PagesServer;

/** Starts the second blind web on 127.0.0.1 and a free port. */
export function startBlind2Server(): Promise<Blind2Server> {
    return startPagesServer(pagesDir, 'blind2 pages');
}
