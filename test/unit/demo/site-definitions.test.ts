import { describe, expect, it } from 'vitest';
import { ADHOC_SITE, defineSite, SITES, siteFor } from '../../../crawlers/index.js';
import { loadCorpus } from '../../demo/corpus.js';
import { articlePath, listPath, templateFor } from '../../demo/site-plan.js';

/** The demo server listens on a random loopback port; definitions must not care which. */
const BASE = 'http://127.0.0.1:41234';
const corpus = loadCorpus();
const at = (path: string) => new URL(path, BASE);

describe('demo site definitions', () => {
    it('give each demo article to the definition of the template that renders its host, as an article', () => {
        for (const article of corpus) {
            const url = at(articlePath(article));
            const site = siteFor(url);
            expect(site.id, article.url).toBe(`demo-${templateFor(article.site)}`);
            expect(site.isArticle(url), article.url).toBe(true);
            expect(site.follow(url), article.url).toBe(true);
        }
    });

    it('follow list pages without calling them articles', () => {
        for (const host of new Set(corpus.map((a) => a.site))) {
            for (const url of [at(listPath(host)), at(listPath(host, 3))]) {
                const site = siteFor(url);
                expect(site.id).toMatch(/^demo-/);
                expect(site.follow(url)).toBe(true);
                expect(site.isArticle(url)).toBe(false);
            }
        }
    });

    it('stay inside their own hosts and pages', () => {
        const portal = SITES.find((s) => s.id === 'demo-portal')!;
        const semanticArticle = corpus.find((a) => templateFor(a.site) === 'semantic')!;
        expect(portal.follow(at(articlePath(semanticArticle)))).toBe(false);
        expect(portal.follow(at('/static/portal.css'))).toBe(false);
        expect(portal.follow(new URL('mailto:?subject=share'))).toBe(false);
        expect(siteFor(at('/')).id).toBe('adhoc');
        expect(siteFor(at('/robots.txt')).id).toBe('adhoc');
    });
});

describe('adhoc site', () => {
    const start = new URL('https://news.example.cn/yibao/');
    const site = ADHOC_SITE;

    it('follows http(s) pages on any host (the crawl scope narrows hosts) and skips assets and non-web links', () => {
        expect(site.follow(new URL('https://news.example.cn/yibao/2025/123.html'))).toBe(true);
        expect(site.follow(new URL('http://news.example.cn/list_2.html'))).toBe(true);
        expect(site.follow(new URL('https://news.example.cn/p/942438?from=list'))).toBe(true);
        for (const link of [
            'https://news.example.cn/img/logo.PNG',
            'https://news.example.cn/static/site.css',
            'https://news.example.cn/static/app.js',
            'https://news.example.cn/files/policy.pdf',
            'https://news.example.cn/files/forms.zip',
            'mailto:editor@news.example.cn',
            'javascript:void(0)',
        ]) {
            expect(site.follow(new URL(link)), link).toBe(false);
        }
    });

    it('leaves every page, list and index paths too, for the extractor to judge by its content', () => {
        for (const path of ['/yibao/2025/123.html', '/p/942438', '/2024/05/moving/index.html', '/', '/yibao/', '/list/2', '/index.html', '/news/index_3.html', '/xk/36/index.html']) {
            expect(site.isArticle(new URL(path, start)), path).toBe(true);
        }
        expect(site.isArticle(new URL('https://news.example.cn/files/policy.pdf'))).toBe(false);
    });

    it('is what siteFor returns for an unknown site', () => {
        expect(siteFor(new URL('https://unknown.example.org/a/1.html')).id).toBe('adhoc');
    });

    it('leaves a demo-like path on a real host to the ad-hoc site', () => {
        const real = new URL('https://real.example/news.portal.example/yibao/1.html');
        expect(siteFor(real).id).toBe('adhoc');
        expect(siteFor(real).siteOf(real)).toBe('real.example');
    });
});

describe('defineSite', () => {
    it('rejects a malformed definition naming the offending fields', () => {
        const attempt = () => defineSite({ id: 'Bad Id', scope: { pathPrefixes: ['no-slash'] }, routes: {} });
        for (const part of [/^defineSite\(Bad Id\)/, /at id$/m, /at scope\.pathPrefixes\[0\]$/m, /at routes$/m]) {
            expect(attempt).toThrow(part);
        }
        expect(() => defineSite({ id: 'x', routes: { article: { match: /a/ } } })).toThrow(/UPPER_CASE/);
    });

    it('lets the first matching route decide', () => {
        const site = defineSite({
            id: 'example-hrss',
            scope: { hosts: ['HRSS.example.cn'] },
            routes: {
                LIST: { match: /\/index(?:_\d+)?\.html$/ },
                ARCHIVE: { match: /^\/old\//, follow: false },
                ARTICLE: { match: /\.html$/, article: true },
            },
        });
        expect(site.isArticle(new URL('https://hrss.example.cn/ybzc/index_2.html'))).toBe(false);
        expect(site.isArticle(new URL('https://hrss.example.cn/ybzc/t20250101_1.html'))).toBe(true);
        expect(site.follow(new URL('https://hrss.example.cn/old/t2019.html'))).toBe(false);
        expect(site.isArticle(new URL('https://hrss.example.cn/old/t2019.html'))).toBe(false);
        expect(site.matches(new URL('https://hrss.example.cn/anything'))).toBe(true);
        expect(site.follow(new URL('https://hrss.example.cn/anything'))).toBe(false);
    });
});

describe('siteOf', () => {
    it('names the mirrored host for demo pages and the real host elsewhere', () => {
        const mirrored = new URL('http://127.0.0.1:4000/news.cityportal.example/p/942438');
        expect(siteFor(mirrored).siteOf(mirrored)).toBe('news.cityportal.example');
        const plain = new URL('https://hrss.example.cn/ybzc/t20250101_1.html');
        expect(siteFor(plain).siteOf(plain)).toBe('hrss.example.cn');
    });
});
