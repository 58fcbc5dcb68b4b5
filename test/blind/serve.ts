/**
 * Serves the blind pages (test/blind/pages) over loopback HTTP, with an index at `/` linking every page. Some pages
 * are bare HTML fragments (no `<html>`/`<body>`), served as text/html the way sites serve their AJAX parts.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPagesServer, type PagesServer } from '../helpers/pages-server.js';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type BlindServer = PagesServer;

/** Starts the blind web on 127.0.0.1 and a free port. */
export function startBlindServer(): Promise<BlindServer> {
    return startPagesServer(pagesDir, 'blind pages');
}
