/**
 * Serves a folder of saved pages over loopback HTTP: each file `<dir>/<host><path>` at `/<host><path>`, raw bytes as
 * written, plus an index at `/` that links every page. UTF-8 pages name their charset in the header; legacy GB pages
 * do not, so a crawler has to read `<meta charset>` the way it must on real government portals.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, relative, sep } from 'node:path';
import { listen } from './listen.js';

/** How far into a page to look for its declared charset. */
const META_WINDOW = 1024;

interface Page {
    body: Buffer;
    contentType: string;
}

export interface PagesServer {
    /** `http://127.0.0.1:PORT`, no trailing slash. */
    url: string;
    close(): Promise<void>;
}

async function listFiles(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true });
    const nested = await Promise.all(
        entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])),
    );
    return nested.flat();
}

/** Legacy pages declare a GB charset in a meta tag and get a header without one. */
function contentTypeOf(body: Buffer): string {
    const head = body.subarray(0, META_WINDOW).toString('latin1');
    return /charset=["']?gb/i.test(head) ? 'text/html' : 'text/html; charset=utf-8';
}

async function loadPages(pagesDir: string): Promise<Map<string, Page>> {
    const pages = new Map<string, Page>();
    for (const file of await listFiles(pagesDir)) {
        const body = await readFile(file);
        pages.set('/' + relative(pagesDir, file).split(sep).join('/'), { body, contentType: contentTypeOf(body) });
    }
    return pages;
}

function indexPage(title: string, paths: string[]): Page {
    const links = paths.map((path) => `<li><a href="${path}">${path}</a></li>`).join('\n');
    const html = `<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n<ul>\n${links}\n</ul>\n</body>\n</html>\n`;
    return { body: Buffer.from(html), contentType: 'text/html; charset=utf-8' };
}

/** Starts a server for the pages under `pagesDir` on 127.0.0.1 and a free port; `title` names its index page. */
export async function startPagesServer(pagesDir: string, title: string): Promise<PagesServer> {
    const pages = await loadPages(pagesDir);
    const index = indexPage(title, [...pages.keys()].sort());
    const server = createServer((req, res) => {
        let path: string;
        try {
            path = decodeURIComponent(new URL(req.url ?? '/', 'http://pages').pathname);
        } catch {
            path = '';
        }
        const page = path === '/' ? index : pages.get(path);
        if (!page || (req.method !== 'GET' && req.method !== 'HEAD')) {
            res.writeHead(page ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
            res.end(page ? 'Method Not Allowed' : 'Not Found');
            return;
        }
        res.writeHead(200, { 'Content-Type': page.contentType, 'Content-Length': page.body.length });
        res.end(req.method === 'HEAD' ? undefined : page.body);
    });
    const port = await listen(server);
    return {
        url: `http://127.0.0.1:${port}`,
        close: () =>
            new Promise<void>((resolve, reject) => {
                server.close((err) => (err ? reject(err) : resolve()));
                server.closeAllConnections();
            }),
    };
}
