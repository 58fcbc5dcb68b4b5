/**
 * The crawl against a hostile and broken site (test/hostile/server.ts): it completes, each bad page is
 * stored or recorded as failed with a clear reason, nothing else is lost, memory stays bounded, and no
 * request reaches a forbidden address — checked in the servers' own logs, not only the crawler's view.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureClaim } from '../../src/claims/schema.js';
import { loadConfig } from '../../src/config/index.js';
import type { CrawlSummary } from '../../src/pipeline/embedded-crawl.js';
import { openBackends, readClaims } from '../../src/pipeline/open.js';
import { crawlInto } from '../../src/pipeline/run-crawl.js';
import type { FailureRecord, PageRecord } from '../../src/storage/types.js';
import { startHostileServer, startTrapServer, type HostileServer } from '../hostile/server.js';

describe('crawling a hostile site', () => {
    let site: HostileServer;
    let otherLoopback: Awaited<ReturnType<typeof startTrapServer>>;
    let otherPort: Awaited<ReturnType<typeof startTrapServer>>;
    let dataDir: string;
    let summary: CrawlSummary;
    let claims: FigureClaim[];
    let failures: Map<string, FailureRecord>;
    let pages: PageRecord[];
    let rssGrowthMb: number;

    beforeAll(async () => {
        otherPort = await startTrapServer('127.0.0.1');
        site = await startHostileServer({
            forbiddenLinks: [`http://localhost:${otherPort.port}/x`, `http://127.0.0.1:${otherPort.port}/y`],
        });
        // 127.0.0.2 on the site's own port stands in for another host: the redirect and links point there.
        otherLoopback = await startTrapServer('127.0.0.2', site.port);
        dataDir = await mkdtemp(join(tmpdir(), 'claimscope-hostile-'));
        const config = loadConfig({ dataDir, timeoutMs: 3000, maxDepth: 4, maxRetries: 2, maxBytes: 5 * 1024 * 1024 }, {});
        const rssBefore = process.memoryUsage().rss;
        summary = await crawlInto(config, [`${site.url}/`]);
        rssGrowthMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
        const backends = await openBackends(config);
        claims = (await readClaims(backends.store)).filter((c): c is FigureClaim => c.kind === 'figure');
        pages = await backends.store.all();
        failures = new Map((await backends.store.failures()).map((f) => [new URL(f.url).pathname, f]));
        await backends.close();
    });

    afterAll(async () => {
        await Promise.all([site?.close(), otherLoopback?.close(), otherPort?.close()]);
        await rm(dataDir, { recursive: true, force: true });
    });

    const requestsFor = (path: string) => site.requests.filter((r) => r.path.split('?')[0] === path);
    const claimsFrom = (path: string) => claims.filter((c) => decodeURIComponent(new URL(c.url).pathname) === path);

    it.each(['/gbk-header', '/gbk-meta', '/gb-nocharset'])('decodes GBK page %s and reads its figure', (path) => {
        expect(claimsFrom(path).map((c) => [c.region, c.value])).toContainEqual(['广州', 160]);
    });

    it('decodes a Big5 page named only in <meta>', () => {
        const page = pages.find((p) => new URL(p.url).pathname === '/big5-meta');
        expect(page?.passages.map((p) => p.text)).toContain('廈門:按人均養老金的2.5%劃入個人賬戶。');
    });

    it('reads malformed, truncated HTML', () => {
        expect(claimsFrom('/malformed').map((c) => c.value)).toContain(100);
    });

    it.each([
        ['/huge', 'too_large'],
        ['/binary', 'not_html'],
        ['/loop/1', 'redirect_loop'],
        ['/redirect-out', 'forbidden_host'],
        ['/drip', 'timeout'],
        ['/reset', 'connection_reset'],
        ['/empty', 'empty_page'],
        ['/missing', 'http_404'],
    ])('records %s as failed: %s', (path, reason) => {
        expect(failures.get(path)?.reason).toBe(reason);
        expect(summary.failures.some((f) => new URL(f.url).pathname === path)).toBe(true);
    });

    it('does not retry permanent failures, retries transient ones', () => {
        expect(requestsFor('/missing')).toHaveLength(1);
        expect(requestsFor('/binary')).toHaveLength(1);
        expect(requestsFor('/reset').length).toBe(3);
    });

    it('waits out 429 Retry-After and recovers from a 5xx on retry', () => {
        expect(requestsFor('/rate-limited')).toHaveLength(2);
        expect(claimsFrom('/rate-limited').map((c) => c.value)).toContain(1890);
        expect(requestsFor('/flaky')).toHaveLength(2);
        expect(claimsFrom('/flaky').map((c) => c.value)).toContain(2.8);
    });

    it('fetches the same article behind tracking parameters and fragments once', () => {
        expect(requestsFor('/article')).toHaveLength(1);
        expect(claimsFrom('/article').filter((c) => c.value === 100)).toHaveLength(1);
    });

    it('resolves relative links against a directory URL as fetched (trailing slash kept)', () => {
        expect(claimsFrom('/dir/relative.html').length).toBeGreaterThan(0);
        expect(requestsFor('/relative.html')).toHaveLength(0);
    });

    it('crawls percent-encoded URLs', () => {
        expect(claimsFrom('/文章/北京').length).toBeGreaterThan(0);
    });

    it('bounds an endless calendar by depth', () => {
        expect(requestsFor('/calendar').length).toBeLessThanOrEqual(8);
    });

    it('honours robots.txt', () => {
        expect(requestsFor('/private/secret')).toHaveLength(0);
    });

    it('yields no claims from a page that is all boilerplate', () => {
        expect(claimsFrom('/boilerplate')).toHaveLength(0);
    });

    it('sends nothing to other loopback addresses, other ports or file: URLs', () => {
        expect(otherLoopback.hits).toEqual([]);
        expect(otherPort.hits).toEqual([]);
        expect(site.requests.every((r) => r.host === `127.0.0.1:${site.port}`)).toBe(true);
    });

    it('keeps memory bounded while refusing a 20 MB page', () => {
        expect(rssGrowthMb).toBeLessThan(200);
    });
});
