/**
 * A site described in a sites file restricts a crawl: include/exclude globs, article globs, and sitemaps named in
 * robots.txt (an index, one sitemap gzipped) as start points. Through the real CLI, against a site on 127.0.0.1
 * whose own log says what was asked for.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageStore } from '../../src/storage/page-store.js';
import { articleHtml, type SiteServer, startSiteServer } from '../helpers/site-server.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');

async function claimscope(args: string[], redisUrl = ''): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
        const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...process.env, REDIS_URL: redisUrl, MEILI_URL: '' } });
        return { code: 0, stdout, stderr };
    } catch (err) {
        const e = err as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
}

const urlset = (urls: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((u) => `<url><loc>${u}</loc></url>`).join('')}</urlset>`;
const sitemapIndex = (urls: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((u) => `<sitemap><loc>${u}</loc></sitemap>`).join('')}</sitemapindex>`;
const XML = 'application/xml';

/** Invented articles: one figure each, so every stored page is visibly an article. */
function article(city: string, amount: number, links: string[] = []): { body: string } {
    return { body: articleHtml(`${city}退休人员医保个人账户每月划入多少`, [`${city}:退休人员个人账户每月划入${amount}元。`, '划入资金可用于门诊和药店购药。'], links) };
}

describe('a crawl of a site from a sites file', () => {
    let site: SiteServer;
    let dataDir: string;
    let sitesPath: string;
    let crawl: { code: number; stdout: string; stderr: string };

    beforeAll(async () => {
        site = await startSiteServer();
        dataDir = await mkdtemp(join(tmpdir(), 'claimscope-sites-'));
        const u = site.url;
        site.set({
            '/robots.txt': { body: `User-agent: *\nDisallow: /private/\nSitemap: ${u}/sitemap-index.xml\n`, type: 'text/plain' },
            '/sitemap-index.xml': { body: sitemapIndex([`${u}/sitemaps/news.xml.gz`, `${u}/sitemaps/files.xml`]), type: XML },
            '/sitemaps/news.xml.gz': {
                body: gzipSync(urlset([`${u}/news/2025/a1.html`, `${u}/news/2025/a2.html`, `${u}/news/2025/report.pdf`, `${u}/private/a9.html`])),
                type: 'application/gzip',
            },
            '/sitemaps/files.xml': { body: urlset([`${u}/downloads/a.html`]), type: XML },
            '/': { body: articleHtml('首页', [], ['/news/list.html', '/about/team.html', '/news/2025/a3.html']) },
            '/news/list.html': { body: articleHtml('列表', [], ['/news/2025/a3.html', '/news/2025/print/a3.html', '/news/2025/report.pdf']) },
            '/news/2025/a1.html': article('杭州', 160),
            '/news/2025/a2.html': article('宁波', 150),
            '/news/2025/a3.html': article('温州', 140, ['/news/2025/print/a3.html']),
            '/news/2025/print/a3.html': article('温州', 140),
            '/news/2025/report.pdf': { body: 'pdf', type: 'application/pdf' },
            '/about/team.html': article('嘉兴', 130),
            '/private/a9.html': article('湖州', 120),
            '/downloads/a.html': article('绍兴', 110),
        });
        sitesPath = join(dataDir, 'my-sites.yaml');
        await writeFile(
            sitesPath,
            [
                'sites:',
                '  - id: test-news',
                `    startUrls: ["${u}/"]`,
                `    include: ["${u}/", "${u}/news/**"]`,
                '    exclude: ["**/*.pdf", "**/print/**"]',
                `    articles: ["${u}/news/20*/*.html"]`,
                '    maxDepth: 3',
                '',
            ].join('\n'),
        );
        crawl = await claimscope(['crawl', '--sites', sitesPath, '--data-dir', dataDir]);
    });

    afterAll(async () => {
        await site?.close();
        await rm(dataDir, { recursive: true, force: true });
    });

    it('asks only for the allowed paths: sitemaps (gzipped, via an index) as start points, globs honoured', () => {
        expect(crawl.code, crawl.stderr).toBe(0);
        const asked = new Set(site.requests.map((r) => r.path));
        expect([...asked].sort()).toEqual(
            [
                '/',
                '/news/2025/a1.html',
                '/news/2025/a2.html',
                '/news/2025/a3.html',
                '/news/list.html',
                '/robots.txt',
                '/sitemap-index.xml',
                '/sitemaps/files.xml',
                '/sitemaps/news.xml.gz',
            ].sort(),
        );
        expect(crawl.stderr).toMatch(/2 start points from sitemaps/);
    });

    it('stores the article pages only', async () => {
        const pages = await (await PageStore.open(dataDir)).all();
        expect(pages.map((p) => new URL(p.url).pathname).sort()).toEqual(['/news/2025/a1.html', '/news/2025/a2.html', '/news/2025/a3.html']);
    });

    it('sites check names the site and the rule that decided', async () => {
        const u = site.url;
        const [pdf, listPage, articlePage, elsewhere] = await Promise.all([
            claimscope(['sites', 'check', `${u}/news/2025/report.pdf`, '--sites', sitesPath, '--json']),
            claimscope(['sites', 'check', `${u}/news/list.html`, '--sites', sitesPath]),
            claimscope(['sites', 'check', `${u}/news/2025/a1.html`, '--sites', sitesPath, '--json']),
            claimscope(['sites', 'check', 'https://other.example/', '--sites', sitesPath]),
        ]);
        expect(JSON.parse(pdf.stdout)).toMatchObject({ site: 'test-news', follow: false, article: false, reason: 'exclude[0] **/*.pdf' });
        expect(listPage.stdout).toContain(`site test-news: followed as a list page (links only)\n  because include[1] ${u}/news/**; a list page`);
        expect(JSON.parse(articlePage.stdout)).toMatchObject({ follow: true, article: true, reason: `include[1] ${u}/news/**; articles[0] ${u}/news/20*/*.html` });
        expect(elsewhere).toMatchObject({ code: 1 });
        expect(elsewhere.stdout).toContain('no site: host other.example is not among the hosts');
    });

    it('sites list shows the site; a broken file is refused with its line and column, and nothing is crawled', async () => {
        const list = await claimscope(['sites', 'list', '--sites', sitesPath]);
        expect(list.stdout).toMatch(new RegExp(`^test-news  ${site.url}/  hosts ${site.host}  \\(depth 3, sitemaps from robots.txt\\)\n$`));
        const broken = join(dataDir, 'broken.yaml');
        await writeFile(broken, 'sites:\n  - id: Test_News\n    startUrls: ["ftp://x.example/"]\n');
        const requestsBefore = site.requests.length;
        const refused = await claimscope(['crawl', '--sites', broken, '--data-dir', dataDir]);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain(`${broken}:2:9: sites[0].id: id must be lower-case kebab-case`);
        expect(refused.stderr).toContain(`${broken}:3:17: sites[0].startUrls[0]: a start URL is an absolute http(s) URL`);
        expect(site.requests.length).toBe(requestsBefore);
    });

    it('with REDIS_URL a site whose notify cannot be honoured says so in one line instead of dropping it silently', async () => {
        const withNotify = join(dataDir, 'notify-sites.yaml');
        await writeFile(withNotify, ['sites:', '  - id: hooked', `    startUrls: ["${site.url}/"]`, '    notify: http://127.0.0.1:9/hook', ''].join('\n'));
        // Port 9 on loopback has no Redis: the crawl then fails, after the notice.
        const queued = await claimscope(['crawl', '--sites', withNotify, '--data-dir', dataDir], 'redis://127.0.0.1:9');
        expect(queued.stderr).toContain('site hooked: notify is not used with REDIS_URL');
        expect(queued.code).not.toBe(0);
    });
});
