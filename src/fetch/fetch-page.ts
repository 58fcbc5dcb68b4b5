/**
 * The fetch stage: one HTTP GET with everything a polite, safe crawler needs — the host allow-list checked on
 * every redirect hop, the resolved address checked at connect time, a byte cap, timeouts, conditional
 * requests, and charset decoding. Embedded crawls and queue workers both call it.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent, errors as undiciErrors, request } from 'undici';
import { PageError } from '../errors.js';
import { mayConnect } from './address-guard.js';
import { decodeHtml, looksBinary } from './decode-html.js';
import { cleanUrl, normalizeUrl } from './normalize-url.js';

export interface FetcherOptions {
    userAgent: string;
    /** Whole-request deadline: headers and body. */
    timeoutMs: number;
    /** Bodies larger than this are refused (`too_large`) without reading them into memory. */
    maxBytes: number;
    maxRedirects: number;
    /** May the crawl visit this normalised URL (host allow-list)? Checked for the URL and every redirect. */
    isAllowedUrl: (url: string) => boolean;
    /** Hosts and addresses the user named: they may resolve to loopback/private addresses. */
    namedHosts: ReadonlySet<string>;
    /** DNS lookup, replaceable in tests. @default node:dns lookup */
    lookup?: typeof dnsLookup;
}

export interface Validators {
    etag?: string | null;
    lastModified?: string | null;
}

export type FetchResult =
    | {
          kind: 'page';
          /** The page's identity (normalizeUrl) after redirects: the key it is stored under. */
          url: string;
          /** The URL actually fetched last (after redirects, trailing slash kept): the base for relative links. */
          fetchedUrl: string;
          html: string;
          charset: string;
          etag: string | null;
          lastModified: string | null;
      }
    | { kind: 'not_modified'; url: string };

/** Called before each request of a fetch, redirects included; throws to refuse that URL (robots.txt). */
export type HopCheck = (url: string) => Promise<void>;

export interface Fetcher {
    fetchPage(url: string, validators?: Validators, hopCheck?: HopCheck): Promise<FetchResult>;
    /**
     * The origin's robots.txt text, following redirects within the allow-list: empty when it has none (4xx: all
     * allowed), null when the server answers but cannot serve it (5xx: nothing allowed, RFC 9309 §2.3.1).
     * Rejects with the PageError of a host that cannot be reached at all.
     */
    fetchRobotsTxt(origin: string): Promise<string | null>;
    /**
     * Any 200 body (a sitemap, maybe gzipped), redirects followed within the allow-list, capped at `maxBytes`.
     * Rejects with a PageError otherwise.
     */
    fetchBytes(url: string, hopCheck?: HopCheck): Promise<Buffer>;
    close(): Promise<void>;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/** Seconds or an HTTP date → milliseconds to wait (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | undefined {
    if (!header) return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function headerValue(value: string | string[] | undefined): string | undefined {
    return Array.isArray(value) ? value[0] : value;
}

export function createFetcher(options: FetcherOptions): Fetcher {
    const lookup = options.lookup ?? dnsLookup;
    // Every connection goes through this lookup, so no request can reach an address the guard refuses.
    const guardedLookup = ((hostname: string, lookupOptions: object, callback: Function) => {
        lookup(hostname, { ...lookupOptions, all: true }, (err, addresses) => {
            if (err) return callback(err);
            const list = addresses as unknown as LookupAddress[];
            const refused = list.find((a) => !mayConnect(hostname, a.address, options.namedHosts));
            if (refused) {
                const error = Object.assign(new Error(`${hostname} resolves to forbidden address ${refused.address}`), {
                    code: 'EFORBIDDENADDRESS',
                });
                return callback(error);
            }
            const wantsAll = (lookupOptions as { all?: boolean }).all;
            if (wantsAll) return callback(null, list);
            return callback(null, list[0]!.address, list[0]!.family);
        });
    }) as unknown as typeof dnsLookup;
    const agent = new Agent({
        connect: { lookup: guardedLookup, timeout: options.timeoutMs },
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
    });

    async function fetchOnce(url: string, validators: Validators | undefined, signal: AbortSignal) {
        const headers: Record<string, string> = {
            'user-agent': options.userAgent,
            accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
        };
        if (validators?.etag) headers['if-none-match'] = validators.etag;
        if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
        try {
            return await request(url, { dispatcher: agent, headers, signal, maxRedirections: 0 });
        } catch (err) {
            throw toPageError(url, err);
        }
    }

    async function fetchPage(startUrl: string, validators?: Validators, hopCheck?: HopCheck): Promise<FetchResult> {
        const signal = AbortSignal.timeout(options.timeoutMs);
        let url = startUrl;
        for (let hop = 0; ; hop++) {
            if (!options.isAllowedUrl(url)) {
                throw new PageError(url, 'forbidden_host', 'host is not on the crawl allow-list', false);
            }
            await hopCheck?.(url);
            const response = await fetchOnce(url, hop === 0 ? validators : undefined, signal);
            const status = response.statusCode;
            if (status >= 300 && status < 400 && status !== 304) {
                await response.body.dump();
                const location = headerValue(response.headers.location);
                const next = location ? cleanUrl(location, url) : null;
                if (!next) throw new PageError(url, 'bad_redirect', `redirect ${status} without a valid Location`, false);
                if (hop >= options.maxRedirects) {
                    throw new PageError(startUrl, 'redirect_loop', `more than ${options.maxRedirects} redirects`, false);
                }
                url = next;
                continue;
            }
            if (status === 304) {
                await response.body.dump();
                return { kind: 'not_modified', url: normalizeUrl(url) ?? url };
            }
            if (status !== 200 && status !== 203) {
                await response.body.dump();
                throw statusError(url, status, headerValue(response.headers['retry-after']));
            }
            const contentType = headerValue(response.headers['content-type']) ?? '';
            if (contentType && !HTML_TYPES.test(contentType)) {
                await response.body.dump();
                throw new PageError(url, 'not_html', `content type ${contentType} is not HTML`, false);
            }
            const declared = Number(headerValue(response.headers['content-length']));
            if (declared > options.maxBytes) {
                response.body.destroy();
                throw new PageError(url, 'too_large', `body of ${declared} bytes exceeds ${options.maxBytes}`, false);
            }
            const bytes = await readCapped(url, response.body, options.maxBytes);
            if (bytes.length === 0) throw new PageError(url, 'empty_page', 'the server sent an empty body', false);
            if (looksBinary(bytes)) throw new PageError(url, 'not_html', 'binary content served as HTML', false);
            const { text, charset } = decodeHtml(bytes, contentType);
            return {
                kind: 'page',
                url: normalizeUrl(url) ?? url,
                fetchedUrl: url,
                html: text,
                charset,
                etag: headerValue(response.headers.etag) ?? null,
                lastModified: headerValue(response.headers['last-modified']) ?? null,
            };
        }
    }

    async function fetchRobotsTxt(origin: string): Promise<string | null> {
        let url = new URL('/robots.txt', origin).toString();
        const signal = AbortSignal.timeout(options.timeoutMs);
        try {
            for (let hop = 0; hop <= options.maxRedirects; hop++) {
                const response = await fetchOnce(url, undefined, signal);
                const status = response.statusCode;
                const location = headerValue(response.headers.location);
                const next = status >= 300 && status < 400 && location ? cleanUrl(location, url) : null;
                if (next && options.isAllowedUrl(next)) {
                    await response.body.dump();
                    url = next;
                    continue;
                }
                if (status === 200) return new TextDecoder().decode(await readCapped(url, response.body, 512 * 1024));
                await response.body.dump();
                // RFC 9309 §2.3.1: an unavailable robots.txt (4xx) allows everything; an unreachable one (5xx) nothing.
                return status >= 400 && status < 500 ? '' : null;
            }
            return null;
        } catch (err) {
            // A host that cannot be reached at all fails its pages with that reason (connection_refused, …).
            throw toPageError(url, err);
        }
    }

    async function fetchBytes(startUrl: string, hopCheck?: HopCheck): Promise<Buffer> {
        const signal = AbortSignal.timeout(options.timeoutMs);
        let url = startUrl;
        for (let hop = 0; hop <= options.maxRedirects; hop++) {
            if (!options.isAllowedUrl(url)) throw new PageError(url, 'forbidden_host', 'host is not on the crawl allow-list', false);
            await hopCheck?.(url);
            const response = await fetchOnce(url, undefined, signal);
            const status = response.statusCode;
            const location = headerValue(response.headers.location);
            if (status >= 300 && status < 400 && location) {
                await response.body.dump();
                const next = cleanUrl(location, url);
                if (!next) throw new PageError(url, 'bad_redirect', `redirect ${status} without a valid Location`, false);
                url = next;
                continue;
            }
            if (status !== 200) {
                await response.body.dump();
                throw statusError(url, status, headerValue(response.headers['retry-after']));
            }
            return readCapped(url, response.body, options.maxBytes);
        }
        throw new PageError(startUrl, 'redirect_loop', `more than ${options.maxRedirects} redirects`, false);
    }

    return { fetchPage, fetchRobotsTxt, fetchBytes, close: () => agent.close() };
}

async function readCapped(url: string, body: AsyncIterable<Buffer> & { destroy(): void }, maxBytes: number) {
    const chunks: Buffer[] = [];
    let size = 0;
    try {
        for await (const chunk of body) {
            size += chunk.length;
            if (size > maxBytes) {
                body.destroy();
                throw new PageError(url, 'too_large', `body exceeds ${maxBytes} bytes`, false);
            }
            chunks.push(chunk);
        }
    } catch (err) {
        throw toPageError(url, err);
    }
    return Buffer.concat(chunks, size);
}

function statusError(url: string, status: number, retryAfter: string | undefined): PageError {
    if (status === 429) {
        return new PageError(url, 'http_429', 'rate limited (429)', true, { retryAfterMs: parseRetryAfter(retryAfter) });
    }
    if (status >= 500) return new PageError(url, `http_${status}`, `server error ${status}`, true);
    return new PageError(url, `http_${status}`, `HTTP ${status}`, false);
}

/** Network and timeout errors → a PageError whose reason a user can act on. */
export function toPageError(url: string, err: unknown): PageError {
    if (err instanceof PageError) return err;
    const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
    const message = (err as Error).message ?? String(err);
    if (code === 'EFORBIDDENADDRESS') return new PageError(url, 'forbidden_address', message, false, { cause: err });
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return new PageError(url, 'dns_failure', `host not found (${code})`, code === 'EAI_AGAIN', { cause: err });
    }
    if (code === 'ECONNREFUSED') return new PageError(url, 'connection_refused', 'connection refused', true, { cause: err });
    if (code === 'ECONNRESET' || err instanceof undiciErrors.SocketError) {
        return new PageError(url, 'connection_reset', 'connection reset', true, { cause: err });
    }
    if (
        err instanceof undiciErrors.HeadersTimeoutError ||
        err instanceof undiciErrors.BodyTimeoutError ||
        err instanceof undiciErrors.ConnectTimeoutError ||
        (err as Error).name === 'TimeoutError' ||
        (err as Error).name === 'AbortError'
    ) {
        return new PageError(url, 'timeout', 'timed out', true, { cause: err });
    }
    return new PageError(url, 'fetch_failed', message, true, { cause: err });
}
