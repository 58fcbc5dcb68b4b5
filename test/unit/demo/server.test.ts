import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, startDemoServer, type Article, type DemoServer } from '../../demo/server.js';
import { articlePath, PAGE_SIZE, templateFor } from '../../demo/site-plan.js';
import { relatedTo } from '../../demo/teasers.js';
import { fetchPage, squash } from './fetch-page.js';

// robots-parser is CommonJS with a `declare module` typing that NodeNext cannot call as a default import.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (
    url: string,
    text: string,
) => { isAllowed(url: string, ua?: string): boolean | undefined };

const corpus = loadCorpus();
const hosts = [...new Set(corpus.map((a) => new URL(a.url).host))];
const LIST_PATH = /^\/[^/]+\/(?:list\/\d+)?$/;
/** A list marker a template may render as list numbering instead of text. */
const LEADING_MARKER = /^(?:[•①②③④⑤⑥⑦⑧⑨⑩]|\d{1,2}[.．、]|[(（]\d{1,2}[)）]|第[一二三四五六七八九十]{1,3}步[,，、]?)/;

let server: DemoServer;
beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
});
afterAll(() => server.close());

const firstOf = (template: string, charsetInHeader?: boolean): Article => {
    const article = corpus.find((a) => {
        const host = new URL(a.url).host;
        if (templateFor(host) !== template) return false;
        if (charsetInHeader === undefined) return true;
        const ordinal = corpus.filter((b) => new URL(b.url).host === host).indexOf(a);
        return (ordinal % 2 === 0) === charsetInHeader;
    });
    if (!article) throw new Error(`no corpus article uses the ${template} template`);
    return article;
};

describe('demo server', () => {
    it('listens on loopback and serves articles at /<original host><original path>', async () => {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const page = await fetchPage(`${server.url}/news.cityportal.example/p/942438`);
        expect(page.status).toBe(200);
        expect(page.$('h1').text()).toBe(corpus.find((a) => a.url.endsWith('/p/942438'))!.title);
    });

    it('renders the corpus with at least three differently built templates', async () => {
        expect(new Set(hosts.map(templateFor)).size).toBeGreaterThanOrEqual(3);
        const portal = await fetchPage(server.url + articlePath(firstOf('portal')));
        expect(portal.$('div p').length).toBeGreaterThan(3);
        expect(portal.html).toContain('热门文章');
        expect(portal.html).toMatch(/备案号/);
        const semantic = await fetchPage(server.url + articlePath(firstOf('semantic')));
        expect(semantic.$('article h1, article h2').length).toBeGreaterThan(1);
        expect(semantic.$('aside').length).toBe(1);
        expect(semantic.$('#comments li').length).toBeGreaterThan(0);
        const legacy = await fetchPage(server.url + articlePath(firstOf('legacy')));
        expect(legacy.charset).toBe('gbk');
        expect(legacy.$('table').length).toBeGreaterThan(2);
        expect(legacy.$('p > strong').length).toBeGreaterThan(0);
        expect(legacy.$('br').length).toBeGreaterThan(3);
    });

    it('shows every line of every article on its page', async () => {
        for (const article of corpus) {
            const page = await fetchPage(server.url + articlePath(article));
            const text = squash(page.$('body').text());
            // a lead sentence glued onto the title line is rendered after the <h1>, so the two are checked apart
            const [first = '', ...rest] = article.text.split('\n');
            const head = first.startsWith(article.title) ? [article.title, first.slice(article.title.length)] : [first];
            const missing = [...head, ...rest]
                .map(squash)
                .filter((line) => line && !text.includes(line) && !text.includes(line.replace(LEADING_MARKER, '')));
            expect(missing, `${article.id} (${templateFor(article.site)})`).toEqual([]);
        }
    });

    it('escapes article text', async () => {
        const article = { ...corpus[0]!, id: 'x', text: `${corpus[0]!.title}\n\n<script>alert(1)</script> & "引号"` };
        const own = await startDemoServer({ articles: [article] });
        try {
            const page = await fetchPage(own.url + articlePath(article));
            expect(page.html).not.toContain('<script>alert(1)</script>');
            expect(page.$('body').text()).toContain('<script>alert(1)</script> & "引号"');
        } finally {
            await own.close();
        }
    });

    it('reaches every article by walking list pages from the root index', async () => {
        const seenLists = new Set<string>();
        const seenArticles = new Set<string>();
        const queue = ['/'];
        while (queue.length) {
            const path = queue.shift()!;
            const page = await fetchPage(server.url + path);
            expect(page.status, path).toBe(200);
            for (const el of page.$('a[href]').toArray()) {
                const href = new URL(page.$(el).attr('href')!, server.url + path);
                if (href.origin !== server.url) continue;
                if (LIST_PATH.test(href.pathname) && !seenLists.has(href.pathname)) {
                    seenLists.add(href.pathname);
                    queue.push(href.pathname);
                } else if (path !== '/') {
                    seenArticles.add(href.pathname);
                }
            }
        }
        for (const article of corpus) expect(seenArticles).toContain(articlePath(article));
        const expectedLists = hosts.reduce(
            (n, h) => n + Math.ceil(corpus.filter((a) => a.site === h).length / PAGE_SIZE),
            0,
        );
        expect(seenLists.size).toBe(expectedLists);
    });

    it('paginates five articles per list page and 404s past the last page', async () => {
        const host = 'news.cityportal.example';
        const count = corpus.filter((a) => a.site === host).length;
        const last = Math.ceil(count / PAGE_SIZE);
        const lastPage = await fetchPage(`${server.url}/${host}/list/${last}`);
        const articleLinks = lastPage.$('a[href]').toArray().map((el) => lastPage.$(el).attr('href')!);
        const onLast = corpus.filter((a) => a.site === host).slice((last - 1) * PAGE_SIZE);
        for (const a of onLast) expect(articleLinks).toContain(articlePath(a));
        expect((await fetch(`${server.url}/${host}/list/${last + 1}`)).status).toBe(404);
        const first = await fetch(`${server.url}/${host}/list/1`, { redirect: 'manual' });
        expect(first.status).toBe(301);
        expect(first.headers.get('location')).toBe(`/${host}/`);
    });

    it('serves GBK pages that iconv-lite decodes to the article text, charset in the header or only in <meta>', async () => {
        for (const charsetInHeader of [true, false]) {
            const article = firstOf('legacy', charsetInHeader);
            const res = await fetch(server.url + articlePath(article));
            const contentType = res.headers.get('content-type')!;
            const bytes = Buffer.from(await res.arrayBuffer());
            expect(contentType.includes('charset=gbk')).toBe(charsetInHeader);
            expect(bytes.toString('utf8')).not.toContain(article.title);
            const page = await fetchPage(server.url + articlePath(article));
            expect(page.charset).toBe('gbk');
            if (!charsetInHeader) expect(page.html).toMatch(/<meta charset="gbk">/);
            expect(page.$('h1').text()).toBe(article.title);
            const body = squash(page.$('body').text());
            const lines = article.text.split('\n').map(squash).filter(Boolean);
            expect(lines.filter((l) => !body.includes(l))).toEqual([]);
        }
    });

    it('puts other articles\' figure-bearing snippets in the related block', async () => {
        const article = firstOf('portal');
        const page = await fetchPage(server.url + articlePath(article));
        const related = relatedTo(article, corpus, 4);
        const pageText = page.$('body').text();
        expect(related).toHaveLength(4);
        for (const teaser of related) {
            expect(teaser.href).not.toBe(articlePath(article));
            expect(teaser.snippet.length).toBeLessThanOrEqual(61);
            expect(teaser.snippet).toMatch(/\d+(?:\.\d+)?\s*(?:元|%|个工作日)/);
            expect(pageText).toContain(teaser.snippet);
        }
        expect(related.some((t) => !article.text.includes(t.snippet.replace(/…$/, '')))).toBe(true);
    });

    it('answers If-None-Match and If-Modified-Since with 304, and HEAD without a body', async () => {
        const path = articlePath(firstOf('semantic'));
        const first = await fetch(server.url + path);
        await first.arrayBuffer();
        const etag = first.headers.get('etag')!;
        const lastModified = first.headers.get('last-modified')!;
        expect(etag).toMatch(/^".+"$/);
        expect(Date.parse(lastModified)).not.toBeNaN();

        const again = await fetch(server.url + path, { headers: { 'If-None-Match': etag } });
        expect(again.status).toBe(304);
        expect((await again.arrayBuffer()).byteLength).toBe(0);
        expect((await fetch(server.url + path, { headers: { 'If-None-Match': '"stale"' } })).status).toBe(200);
        expect((await fetch(server.url + path, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);

        const head = await fetch(server.url + path, { method: 'HEAD' });
        expect(head.status).toBe(200);
        expect(head.headers.get('etag')).toBe(etag);
        expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
        expect((await head.arrayBuffer()).byteLength).toBe(0);
    });

    it('gives an edited article new text, a new ETag and a later Last-Modified', async () => {
        const own = await startDemoServer({ articles: corpus.slice(0, 3) });
        try {
            const article = corpus[1]!;
            const url = own.url + articlePath(article);
            const before = await fetch(url);
            await before.arrayBuffer();
            const edited = `${article.title}\n\n2025-12-01 10:00:00\n\n退休人员每月划入个人账户123元。`;
            own.setArticleText(article.id, edited);
            const after = await fetchPage(url, { headers: { 'If-None-Match': before.headers.get('etag')! } });
            expect(after.status).toBe(200);
            expect(after.$('body').text()).toContain('退休人员每月划入个人账户123元。');
            expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
            expect(Date.parse(after.headers.get('last-modified')!)).toBeGreaterThan(
                Date.parse(before.headers.get('last-modified')!),
            );
            expect(corpus[1]!.text).not.toContain('123元'); // the caller's objects are not edited
            expect(() => own.setArticleText('no-such-id', 'x')).toThrow(/no-such-id/);
        } finally {
            await own.close();
        }
    });

    it('serves a robots.txt that disallows /private/, where a linked page exists', async () => {
        const res = await fetch(`${server.url}/robots.txt`);
        expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
        const robots = robotsParser(`${server.url}/robots.txt`, await res.text());
        expect(robots.isAllowed(`${server.url}/private/admin.html`, 'claimscope')).toBe(false);
        expect(robots.isAllowed(server.url + articlePath(corpus[0]!), 'claimscope')).toBe(true);
        expect(robots.isAllowed(`${server.url}/news.cityportal.example/list/2`, 'claimscope')).toBe(true);
        const root = await fetchPage(`${server.url}/`);
        expect(root.$('a[href="/private/admin.html"]').length).toBe(1);
        expect((await fetch(`${server.url}/private/admin.html`)).status).toBe(200);
    });

    it('answers 404 for unknown paths and 405 for other methods', async () => {
        for (const path of ['/nope', '/news.cityportal.example/p/0', '/unknown.example/', '/private/other.html']) {
            expect((await fetch(server.url + path)).status, path).toBe(404);
        }
        const post = await fetch(`${server.url}/`, { method: 'POST' });
        expect(post.status).toBe(405);
        expect(post.headers.get('allow')).toBe('GET, HEAD');
    });

    it('logs every request with method, path, status and request headers', async () => {
        const own = await startDemoServer({ articles: corpus.slice(0, 2) });
        try {
            const path = articlePath(corpus[0]!);
            const ok = await fetch(own.url + path, { headers: { 'User-Agent': 'claimscope-test' } });
            await ok.arrayBuffer();
            const conditional = { 'If-None-Match': ok.headers.get('etag')! };
            await (await fetch(own.url + path, { headers: conditional })).arrayBuffer();
            await (await fetch(`${own.url}/missing?x=1`, { method: 'HEAD' })).arrayBuffer();
            expect(own.requests.map(({ method, path: p, status }) => ({ method, path: p, status }))).toEqual([
                { method: 'GET', path, status: 200 },
                { method: 'GET', path, status: 304 },
                { method: 'HEAD', path: '/missing?x=1', status: 404 },
            ]);
            expect(own.requests[0]!.headers['user-agent']).toBe('claimscope-test');
            expect(own.requests[1]!.headers['if-none-match']).toBe(ok.headers.get('etag'));
        } finally {
            await own.close();
        }
    });
});
