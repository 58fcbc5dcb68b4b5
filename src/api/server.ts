/**
 * `claimscope serve`: the JSON API and the web page on one node:http server. node:http rather than a framework
 * because the API is a handful of GET routes with a fixed table; validation is zod's, as everywhere else.
 * Searches run here, server side, so no Meilisearch key ever reaches a browser.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/index.js';
import { InvalidSearchQueryError } from '../search/index.js';
import { ApiError } from './api-error.js';
import { openApiData } from './api-data.js';
import { ROUTES, type FileAnswer, type RouteContext } from './routes.js';
import { authorise, newToken, parseActionPath, runScheduleAction } from './schedule-actions.js';
import { loadStaticFiles, type StaticFile } from './static-files.js';

export interface ApiServerOptions {
    config: Config;
    /** 0 = a free port. @default 8080 */
    port?: number;
    /** Interface to listen on; loopback unless the user asks otherwise. @default '127.0.0.1' */
    host?: string;
    /** Where unexpected errors are reported (their details never go to the client). @default stderr */
    logError?: (err: unknown) => void;
    /** What a caller must send in `X-Claimscope-Token` to change schedules. @default a new random token */
    token?: string;
}

export interface ApiServer {
    /** `http://host:port`, no trailing slash: where a browser on this machine reaches it. */
    url: string;
    /** The address and port it listens on, as the operating system reports them (`0.0.0.0` = every interface). */
    address: AddressInfo;
    /** The token that allows changing schedules; `serve` prints it. */
    token: string;
    close(): Promise<void>;
}

/**
 * Sent with every response. Crawled text is untrusted: the page renders it as text only, and this policy
 * (no inline script, nothing from other origins) stops a payload even if a rendering bug let one through.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
    'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    // Links lead to third-party sites; they need not learn what was searched here.
    'Referrer-Policy': 'no-referrer',
};

const ALLOWED_METHODS = ['GET', 'HEAD'];
/** Where the stored copy of a crawled page is served: `/snapshot/?url=…&quote=…`. */
const SNAPSHOT_PATH = '/snapshot/';

function send(req: IncomingMessage, res: ServerResponse, status: number, body: Buffer, headers: Record<string, string>): void {
    res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
}

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
    const body = Buffer.from(JSON.stringify(value));
    send(req, res, status, body, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
}

function isFileAnswer(answer: unknown): answer is FileAnswer {
    return typeof answer === 'object' && answer !== null && 'file' in answer;
}

/** Starts the server and resolves once it listens. Close it to release the port and the backends. */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
    const { config } = options;
    const logError = options.logError ?? ((err: unknown) => console.error('claimscope serve:', err));
    const [data, files] = await Promise.all([openApiData(config), loadStaticFiles()]);
    const context: RouteContext = { data, config };
    const token = options.token ?? newToken();

    /** The stored HTML of a crawled page, made inert, with the quote marked. */
    async function sendSnapshot(req: IncomingMessage, res: ServerResponse, params: URLSearchParams): Promise<void> {
        const pageUrl = params.get('url');
        if (!pageUrl) throw new ApiError(400, 'url: the address of a crawled page is required');
        const stored = await data.storedPage(pageUrl);
        if (!stored) throw new ApiError(404, `no stored copy of ${pageUrl}`);
        // cheerio is loaded by the first snapshot asked for, not by every serve.
        const { renderSnapshot, SNAPSHOT_CSP } = await import('./snapshot-page.js');
        const html = renderSnapshot({ url: pageUrl, ...stored, quote: params.get('quote') ?? undefined });
        send(req, res, 200, Buffer.from(html), {
            'Content-Type': 'text/html; charset=utf-8',
            'Cache-Control': 'no-store',
            'Content-Security-Policy': SNAPSHOT_CSP,
        });
    }

    async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const action = parseActionPath(url.pathname);
        if (action) {
            if (req.method !== 'POST') throw new ApiError(405, `${req.method} is not allowed on ${url.pathname}; use POST`, { Allow: 'POST' });
            authorise(req, token);
            return sendJson(req, res, 200, await runScheduleAction(config, action.id, action.action, logError));
        }
        const route = ROUTES.get(url.pathname);
        const file: StaticFile | undefined = files.get(url.pathname);
        const snapshot = url.pathname === SNAPSHOT_PATH;
        if (!route && !file && !snapshot) throw new ApiError(404, `no such path: ${url.pathname}`);
        if (!ALLOWED_METHODS.includes(req.method ?? '')) {
            throw new ApiError(405, `${req.method} is not allowed on ${url.pathname}; use GET`, { Allow: ALLOWED_METHODS.join(', ') });
        }
        if (snapshot) return sendSnapshot(req, res, url.searchParams);
        if (route) {
            const answer = await route.handle(url.searchParams, context);
            if (isFileAnswer(answer)) {
                const { body, contentType, headers } = answer.file;
                return send(req, res, 200, Buffer.from(body), { 'Content-Type': contentType, 'Cache-Control': 'no-store', ...headers });
            }
            return sendJson(req, res, 200, answer);
        }
        send(req, res, 200, file!.body, { 'Content-Type': file!.contentType, 'Cache-Control': 'no-cache' });
    }

    const server = createServer((req, res) => {
        handle(req, res).catch((err: unknown) => {
            if (err instanceof ApiError) return sendJson(req, res, err.status, { error: err.message }, err.headers);
            // The index's own input checks (page range, non-finite age) are the caller's mistake too.
            if (err instanceof InvalidSearchQueryError) return sendJson(req, res, 400, { error: err.message });
            logError(err);
            if (!res.headersSent) sendJson(req, res, 500, { error: 'internal error; the server log has the details' });
            else res.destroy();
        });
    });
    const host = options.host ?? '127.0.0.1';
    try {
        await new Promise<void>((resolve, reject) => {
            server.once('error', reject);
            server.listen(options.port ?? 8080, host, () => resolve());
        });
    } catch (err) {
        await data.close();
        throw err;
    }
    const address = server.address() as AddressInfo;
    const { port } = address;
    const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
    return {
        url: `http://${urlHost}:${port}`,
        address,
        token,
        async close() {
            await new Promise<void>((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
            await data.close();
        },
    };
}
