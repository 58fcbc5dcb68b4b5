import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createFetcher } from '../../../src/fetch/fetch-page.js';
import { RobotsCache } from '../../../src/fetch/robots.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A loopback server answering robots.txt requests with `answer`, and a robots cache over it. */
async function robotsFor(answer: (path: string) => { status: number; body?: string; location?: string }) {
    server = createServer((req, res) => {
        const { status, body, location } = answer(req.url ?? '/');
        res.writeHead(status, location ? { location } : { 'content-type': 'text/plain' });
        res.end(body ?? '');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const fetcher = createFetcher({
        userAgent: 'claimscope-test',
        timeoutMs: 2000,
        maxBytes: 1 << 20,
        maxRedirects: 3,
        isAllowedUrl: (url) => url.startsWith(origin),
        namedHosts: new Set(['127.0.0.1']),
    });
    return { origin, robots: new RobotsCache(fetcher, 'claimscope-test'), close: () => fetcher.close() };
}

describe('RobotsCache', () => {
    it('follows a redirected robots.txt on an allowed host', async () => {
        const { origin, robots, close } = await robotsFor((path) =>
            path === '/robots.txt' ? { status: 301, location: '/static/robots.txt' } : { status: 200, body: 'User-agent: *\nDisallow: /private/\n' },
        );
        expect(await robots.check(`${origin}/private/a.html`)).toBe('disallowed');
        expect(await robots.check(`${origin}/public/a.html`)).toBe('allowed');
        await close();
    });

    it('allows everything when robots.txt is missing (404)', async () => {
        const { origin, robots, close } = await robotsFor(() => ({ status: 404 }));
        expect(await robots.check(`${origin}/a.html`)).toBe('allowed');
        await close();
    });

    it('fetches nothing from a host whose robots.txt answers 5xx (RFC 9309)', async () => {
        const { origin, robots, close } = await robotsFor(() => ({ status: 503 }));
        expect(await robots.check(`${origin}/a.html`)).toBe('unreachable');
        await close();
    });
});
