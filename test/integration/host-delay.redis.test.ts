/**
 * The per-host delay holds per `URL.host`, on an IP host too, in both modes: measured as the gap between two
 * requests in the log of a site on 127.0.0.1. Embedded: the real CLI with CLAIMSCOPE_HOST_DELAY_MS; Redis: a
 * worker on a real redis-server; a site's own `delayMs` from a sites file raises it for that site's host.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { runWorker } from '../../src/queue/run-worker.js';
import { submitCrawl } from '../../src/queue/submit-crawl.js';
import { startRedisServer, type TestRedis } from '../helpers/redis-server.js';
import { articleHtml, type SiteServer, startSiteServer } from '../helpers/site-server.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');
const DELAY_MS = 400;
/**
 * The crawler books each request's start; the server logs its arrival, which a loaded machine delays by tens of
 * milliseconds now and then. So one gap may look a little short, but the span from first to last arrival cannot.
 */
const SLACK_MS = 50;

function servePages(site: SiteServer): void {
    const paths = Array.from({ length: 6 }, (_, i) => `/a/${i}.html`);
    site.set({
        '/robots.txt': { body: 'User-agent: *\n', type: 'text/plain' },
        '/': { body: articleHtml('首页', [], paths) },
        ...Object.fromEntries(
            paths.map((path, i) => [path, { body: articleHtml(`杭州医保${i}`, [`杭州:退休人员个人账户每月划入${100 + i}元。`]) }]),
        ),
    });
}

/**
 * Gaps between consecutive article requests. The home page is left out: robots.txt is fetched inside its slot,
 * between the booked start and the request itself.
 */
function gaps(site: SiteServer): number[] {
    const pages = site.requests.filter((r) => r.path.startsWith('/a/'));
    return pages.slice(1).map((r, i) => r.at - pages[i]!.at);
}

/** Without the delay these requests come milliseconds apart; with it, at least the delay apart (see SLACK_MS). */
function expectSpaced(measured: number[]): void {
    expect(measured).toHaveLength(5);
    expect(Math.min(...measured)).toBeGreaterThanOrEqual(DELAY_MS * 0.75);
    expect(measured.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(measured.length * DELAY_MS - SLACK_MS);
}

describe('the per-host delay', () => {
    let site: SiteServer;
    let dataDir: string;
    let redis: TestRedis;

    beforeAll(async () => {
        redis = await startRedisServer();
    });

    afterAll(async () => {
        await redis?.stop();
    });

    afterEach(async () => {
        await site?.close();
        await rm(dataDir, { recursive: true, force: true });
    });

    async function freshSite(): Promise<void> {
        site = await startSiteServer();
        servePages(site);
        dataDir = await mkdtemp(join(tmpdir(), 'claimscope-delay-'));
    }

    it('embedded: CLAIMSCOPE_HOST_DELAY_MS spaces the requests to 127.0.0.1', async () => {
        await freshSite();
        await run(process.execPath, [CLI, 'crawl', `${site.url}/`, '--data-dir', dataDir], {
            env: { ...process.env, REDIS_URL: '', MEILI_URL: '', CLAIMSCOPE_HOST_DELAY_MS: String(DELAY_MS) },
        });
        expectSpaced(gaps(site));
    });

    it("embedded: a site's delayMs from a sites file applies to its host", async () => {
        await freshSite();
        const sites = join(dataDir, 'sites.yaml');
        await writeFile(sites, `sites:\n  - id: slow-site\n    startUrls: ["${site.url}/"]\n    delayMs: ${DELAY_MS}\n    sitemaps: false\n`);
        // The data dir's sites.yaml is used without --sites.
        await run(process.execPath, [CLI, 'crawl', '--data-dir', dataDir], { env: { ...process.env, REDIS_URL: '', MEILI_URL: '' } });
        expectSpaced(gaps(site));
    });

    it('redis: workers keep the same gap to 127.0.0.1', async () => {
        await freshSite();
        const config = loadConfig({ dataDir, hostDelayMs: DELAY_MS, queueLockMs: 2_000 }, {});
        const worker = runWorker(redis.url, config);
        try {
            const { state } = await submitCrawl(
                redis.url,
                { startUrls: [`${site.url}/`], allowHosts: [], maxDepth: config.maxDepth, maxPages: config.maxPages },
                { ...config, wait: true },
            );
            expect(state?.stored).toBe(6);
        } finally {
            await worker.close();
        }
        expectSpaced(gaps(site));
    });
});
