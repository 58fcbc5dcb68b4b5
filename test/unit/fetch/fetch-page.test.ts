import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageError } from '../../../src/errors.js';
import { createFetcher, parseRetryAfter, type FetcherOptions } from '../../../src/fetch/fetch-page.js';

/** A resolver stub: names map to addresses without any DNS traffic. */
function stubLookup(table: Record<string, string>, seen: string[]) {
    return ((hostname: string, _options: unknown, callback: (err: Error | null, addresses?: LookupAddress[]) => void) => {
        seen.push(hostname);
        const address = table[hostname];
        if (!address) return callback(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
        callback(null, [{ address, family: address.includes(':') ? 6 : 4 }]);
    }) as unknown as FetcherOptions['lookup'];
}

describe('createFetcher', () => {
    let server: Server;
    let port: number;
    const hits: string[] = [];

    beforeAll(async () => {
        server = createServer((req, res) => {
            hits.push(`${req.headers.host} ${req.url}`);
            if (req.headers['if-none-match'] === '"v1"') {
                res.writeHead(304);
                return res.end();
            }
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' });
            res.end('<p>北京:70岁以下退休人员每月划入100元</p>');
        });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const options = (overrides: Partial<FetcherOptions>): FetcherOptions => ({
        userAgent: 'claimscope-test',
        timeoutMs: 2000,
        maxBytes: 1 << 20,
        maxRedirects: 3,
        isAllowedUrl: () => true,
        namedHosts: new Set(),
        ...overrides,
    });

    it('refuses a name that resolves to cloud metadata before any connection is made', async () => {
        const seen: string[] = [];
        const fetcher = createFetcher(options({ lookup: stubLookup({ 'policy.example': '169.254.169.254' }, seen) }));
        const error = await fetcher.fetchPage(`http://policy.example:${port}/`).catch((e) => e);
        await fetcher.close();
        expect(error).toBeInstanceOf(PageError);
        expect((error as PageError).reason).toBe('forbidden_address');
        expect(seen).toEqual(['policy.example']);
    });

    it('refuses a public-looking name that resolves to loopback unless the user named it', async () => {
        const table = { 'rebind.example': '127.0.0.1' };
        const refused = createFetcher(options({ lookup: stubLookup(table, []) }));
        const error = await refused.fetchPage(`http://rebind.example:${port}/`).catch((e) => e);
        await refused.close();
        expect((error as PageError).reason).toBe('forbidden_address');
        expect(hits.some((h) => h.startsWith('rebind.example'))).toBe(false);

        const named = createFetcher(options({ lookup: stubLookup(table, []), namedHosts: new Set(['rebind.example']) }));
        const page = await named.fetchPage(`http://rebind.example:${port}/a`);
        await named.close();
        expect(page.kind).toBe('page');
        expect(hits).toContain(`rebind.example:${port} /a`);
    });

    it('checks the allow-list before connecting', async () => {
        const fetcher = createFetcher(options({ isAllowedUrl: () => false }));
        const error = await fetcher.fetchPage(`http://127.0.0.1:${port}/never`).catch((e) => e);
        await fetcher.close();
        expect((error as PageError).reason).toBe('forbidden_host');
        expect(hits.some((h) => h.endsWith('/never'))).toBe(false);
    });

    it('sends If-None-Match and reports 304 as not modified', async () => {
        const fetcher = createFetcher(options({ namedHosts: new Set(['127.0.0.1']) }));
        const first = await fetcher.fetchPage(`http://127.0.0.1:${port}/etag`);
        expect(first.kind === 'page' && first.etag).toBe('"v1"');
        const second = await fetcher.fetchPage(`http://127.0.0.1:${port}/etag`, { etag: '"v1"' });
        await fetcher.close();
        expect(second.kind).toBe('not_modified');
    });
});

describe('parseRetryAfter', () => {
    it('reads seconds and HTTP dates', () => {
        expect(parseRetryAfter('3')).toBe(3000);
        expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
        expect(parseRetryAfter('soon')).toBeUndefined();
    });
});
