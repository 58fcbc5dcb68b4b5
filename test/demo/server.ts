import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArticleText } from './article-text.js';
import { loadCorpus, type Article } from './corpus.js';
import { encodeGbk, esc } from './html.js';
import { articlePath, findDate, listPath, PAGE_SIZE, templateFor } from './site-plan.js';
import { relatedTo, teaserOf } from './teasers.js';
import { TEMPLATES } from './templates/index.js';
import { listen } from '../helpers/listen.js';

export { loadCorpus, type Article } from './corpus.js';

/**
 * Where `npm run demo` and `test/demo/serve.ts` serve the demo web. Fixed, because the port is part of every
 * crawled URL: a new port each run would crawl a second copy of the web, and leave source links dead.
 */
export const DEMO_PORT = 8390;

export interface DemoServerOptions {
    /** Port to listen on. @default 0 (a free port) */
    port?: number;
    /** Interface to listen on. @default '127.0.0.1' */
    host?: string;
    /** Articles to serve. @default loadCorpus() */
    articles?: Article[];
}

/** One request the server answered. */
export interface DemoRequest {
    method: string;
    /** Path and query as requested (`/www.shebao.example/yibao/000_….html`). */
    path: string;
    status: number;
    /** The request's headers (lower-case names), for asserting what the crawler sent. */
    headers: Record<string, string | undefined>;
}

export interface DemoServer {
    /** `http://127.0.0.1:PORT`, no trailing slash. */
    url: string;
    port: number;
    /** Every request served, in order (for fetch-once assertions). */
    requests: DemoRequest[];
    /** Replaces an article's text in place; its page then gets a new ETag and Last-Modified (recrawl tests). */
    setArticleText(id: string, text: string): void;
    close(): Promise<void>;
}

/** Served at `/robots.txt`: everything is allowed except `/private/`. */
const ROBOTS_TXT = 'User-agent: *\nDisallow: /private/\n';
/** The one page under `/private/`; the root index links it, so only robots.txt keeps a crawler out. */
const PRIVATE_PAGE = '/private/admin.html';
/** Last-Modified of pages whose article states no date. */
const DEFAULT_MODIFIED = Date.UTC(2025, 0, 1);
const RELATED_COUNT = 4;
const POPULAR_COUNT = 6;

interface Reply {
    status: number;
    body: Buffer;
    contentType: string;
    lastModified?: Date;
    location?: string;
}

/**
 * Starts the demo web: every article under `/<original host><original path>`, rendered with its host's
 * template, paginated list pages per host, a root index, robots.txt and a forbidden `/private/` page.
 * Pages carry ETag and Last-Modified and answer conditional requests with 304.
 */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
    const site = new DemoSite((options.articles ?? loadCorpus()).map((a) => ({ ...a })));
    const requests: DemoRequest[] = [];
    const server = createServer((req, res) => {
        const status = send(req, res, site.handle(req));
        requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', status, headers: flatHeaders(req) });
    });
    const host = options.host ?? '127.0.0.1';
    const port = await listen(server, options.port ?? 0, host);
    const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
    return {
        url: `http://${urlHost}:${port}`,
        port,
        requests,
        setArticleText: (id, text) => site.setText(id, text),
        close: () =>
            new Promise<void>((resolve, reject) => {
                server.close((err) => (err ? reject(err) : resolve()));
                server.closeAllConnections();
            }),
    };
}

/** The demo web's content: articles grouped by host, rendered on demand so edits show at once. */
class DemoSite {
    readonly #articles: Article[];
    readonly #byPath = new Map<string, Article>();
    readonly #byHost = new Map<string, Article[]>();
    readonly #modified = new Map<string, number>();

    constructor(articles: Article[]) {
        this.#articles = articles;
        for (const article of articles) {
            this.#byPath.set(articlePath(article), article);
            const host = new URL(article.url).host;
            this.#byHost.set(host, [...(this.#byHost.get(host) ?? []), article]);
            const date = findDate(article.text);
            this.#modified.set(article.id, date ? Date.parse(`${date}T00:00:00Z`) : DEFAULT_MODIFIED);
        }
    }

    setText(id: string, text: string): void {
        const article = this.#articles.find((a) => a.id === id);
        if (!article) throw new Error(`demo server: no article with id "${id}"`);
        article.text = text;
        // HTTP dates have whole seconds: step past the old value so If-Modified-Since sees the change
        const previous = this.#modified.get(id)!;
        this.#modified.set(id, Math.max(Math.floor(Date.now() / 1000) * 1000, previous + 1000));
    }

    handle(req: IncomingMessage): Reply {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            return { status: 405, body: Buffer.from('Method Not Allowed'), contentType: 'text/plain; charset=utf-8' };
        }
        let path: string;
        try {
            path = decodeURIComponent(new URL(req.url ?? '/', 'http://demo').pathname);
        } catch {
            return notFound();
        }
        return this.#route(path) ?? notFound();
    }

    #route(path: string): Reply | null {
        if (path === '/') return html(this.#renderIndex(), this.#latest(this.#articles));
        if (path === '/robots.txt') {
            return { status: 200, body: Buffer.from(ROBOTS_TXT), contentType: 'text/plain; charset=utf-8' };
        }
        if (path === PRIVATE_PAGE) return html(PRIVATE_HTML, new Date(DEFAULT_MODIFIED));
        const article = this.#byPath.get(path);
        if (article) return this.#renderArticle(article);
        const list = /^\/([^/]+)(\/|\/list\/(\d+))?$/.exec(path);
        if (!list || !this.#byHost.has(list[1]!)) return null;
        const host = list[1]!;
        const page = list[3] ? Number(list[3]) : 1;
        if (!list[2] || (list[3] && page === 1)) return redirect(listPath(host));
        return this.#renderList(host, page);
    }

    #renderArticle(article: Article): Reply {
        const host = new URL(article.url).host;
        const siblings = this.#byHost.get(host)!;
        const ordinal = siblings.indexOf(article);
        const template = TEMPLATES[templateFor(host)];
        const doc = parseArticleText(article.text, article.title);
        const popular = [...new Set([...siblings, ...this.#articles])].filter((a) => a !== article);
        const neighbour = (i: number) => (siblings[i] ? teaserOf(siblings[i]) : null);
        const charsetInHeader = ordinal % 2 === 0;
        const markup = template.renderArticle({
            article,
            doc,
            host,
            siteName: siteName(host),
            published: findDate(doc.meta.join(' ')) ?? findDate(article.text),
            listHref: listPath(host),
            related: relatedTo(article, this.#articles, RELATED_COUNT),
            popular: popular.slice(0, POPULAR_COUNT).map(teaserOf),
            previous: neighbour(ordinal - 1),
            next: neighbour(ordinal + 1),
            ordinal,
            charsetInHeader,
        });
        return encode(markup, template.charset, charsetInHeader, new Date(this.#modified.get(article.id)!));
    }

    #renderList(host: string, page: number): Reply | null {
        const articles = this.#byHost.get(host)!;
        const pageCount = Math.ceil(articles.length / PAGE_SIZE);
        if (page < 1 || page > pageCount) return null;
        const shown = articles.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
        const template = TEMPLATES[templateFor(host)];
        const charsetInHeader = page % 2 === 1;
        const markup = template.renderList({
            host,
            siteName: siteName(host),
            page,
            pageCount,
            items: shown.map(teaserOf),
            pageHref: (n) => listPath(host, n),
            charsetInHeader,
        });
        return encode(markup, template.charset, charsetInHeader, this.#latest(shown));
    }

    #renderIndex(): string {
        const hosts = [...this.#byHost.keys()].sort();
        return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>claimscope demo web</title></head>
<body>
<h1>Demo sites</h1>
<ul>
${hosts.map((h) => `<li><a href="${esc(listPath(h))}">${esc(h)}</a> (${this.#byHost.get(h)!.length})</li>`).join('\n')}
</ul>
<p><a href="${PRIVATE_PAGE}">后台管理</a></p>
</body>
</html>
`;
    }

    #latest(articles: Article[]): Date {
        return new Date(Math.max(DEFAULT_MODIFIED, ...articles.map((a) => this.#modified.get(a.id)!)));
    }
}

const PRIVATE_HTML = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>后台管理</title></head>
<body><h1>后台管理</h1><p>robots.txt disallows this page: a polite crawler never fetches it.</p></body></html>
`;

/** `www.shebao.example` → `shebao`: the host without its first label and top-level domain. */
export function siteName(host: string): string {
    const labels = host.split('.').slice(0, -1);
    return (labels.length > 1 ? labels.slice(1) : labels).join('.');
}

function html(markup: string, lastModified: Date): Reply {
    return { status: 200, body: Buffer.from(markup), contentType: 'text/html; charset=utf-8', lastModified };
}

function encode(markup: string, charset: 'utf-8' | 'gbk', charsetInHeader: boolean, lastModified: Date): Reply {
    if (charset === 'utf-8') return html(markup, lastModified);
    const contentType = charsetInHeader ? 'text/html; charset=gbk' : 'text/html';
    return { status: 200, body: encodeGbk(markup), contentType, lastModified };
}

function redirect(location: string): Reply {
    return { status: 301, body: Buffer.alloc(0), contentType: 'text/plain; charset=utf-8', location };
}

function notFound(): Reply {
    const body = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>页面不存在</body></html>';
    return { status: 404, body: Buffer.from(body), contentType: 'text/html; charset=utf-8' };
}

/**
 * Writes the reply, answering If-None-Match / If-Modified-Since with 304 and HEAD without a body.
 * Returns the status sent.
 */
function send(req: IncomingMessage, res: ServerResponse, reply: Reply): number {
    const headers: Record<string, string | number> = { 'Content-Type': reply.contentType };
    if (reply.location) headers['Location'] = reply.location;
    if (reply.status === 405) headers['Allow'] = 'GET, HEAD';
    let status = reply.status;
    if (status === 200) {
        const etag = `"${createHash('sha1').update(reply.body).digest('hex').slice(0, 20)}"`;
        headers['ETag'] = etag;
        if (reply.lastModified) headers['Last-Modified'] = reply.lastModified.toUTCString();
        if (notModified(req, etag, reply.lastModified)) status = 304;
    }
    if (status !== 304) headers['Content-Length'] = reply.body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' || status === 304 ? undefined : reply.body);
    return status;
}

function notModified(req: IncomingMessage, etag: string, lastModified: Date | undefined): boolean {
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch !== undefined) {
        const tags = ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
        return tags.includes('*') || tags.includes(etag);
    }
    const since = Date.parse(req.headers['if-modified-since'] ?? '');
    return lastModified !== undefined && !Number.isNaN(since) && lastModified.getTime() <= since;
}

function flatHeaders(req: IncomingMessage): Record<string, string | undefined> {
    return Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
    );
}
