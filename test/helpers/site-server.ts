/**
 * A small site on 127.0.0.1 for crawl tests: fixed responses by path, and a log of every request with the time
 * it arrived, so a test can assert which paths a crawl asked for and how far apart.
 */
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { listen } from './listen.js';

export interface SiteResponse {
    body: string | Buffer;
    /** @default 'text/html; charset=utf-8' */
    type?: string;
    status?: number;
}

export interface SiteRequest {
    method: string;
    path: string;
    status: number;
    /** performance.now() when the request arrived. */
    at: number;
}

export interface SiteServer {
    /** `http://127.0.0.1:PORT`, no trailing slash. */
    url: string;
    host: string;
    requests: SiteRequest[];
    /** Replace or add responses by path. */
    set(pages: Record<string, SiteResponse>): void;
    close(): Promise<void>;
}

export async function startSiteServer(): Promise<SiteServer> {
    const pages = new Map<string, SiteResponse>();
    const requests: SiteRequest[] = [];
    const server = createServer((req, res) => {
        const at = performance.now();
        const path = req.url ?? '/';
        const page = pages.get(path);
        const status = page ? (page.status ?? 200) : 404;
        requests.push({ method: req.method ?? 'GET', path, status, at });
        res.writeHead(status, { 'content-type': page?.type ?? 'text/html; charset=utf-8' });
        res.end(page?.body ?? 'not found');
    });
    const port = await listen(server);
    return {
        url: `http://127.0.0.1:${port}`,
        host: `127.0.0.1:${port}`,
        requests,
        set(more) {
            for (const [path, page] of Object.entries(more)) pages.set(path, page);
        },
        close: () => new Promise((resolve) => server.close(() => resolve())),
    };
}

/** An article page with a title and paragraphs; `links` become a list after the text. */
export function articleHtml(title: string, paragraphs: string[], links: string[] = []): string {
    const list = links.map((href) => `<li><a href="${href}">${href}</a></li>`).join('');
    return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs
        .map((p) => `<p>${p}</p>`)
        .join('')}</article><ul>${list}</ul></body></html>`;
}
