import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { UsageError } from '../../../src/errors.js';
import { ADHOC_SITE } from '../../../crawlers/index.js';
import { createCrawlScope } from '../../../src/pipeline/crawl-scope.js';
import { followableLinks } from '../../../src/pipeline/follow-links.js';

describe('createCrawlScope', () => {
    it('reaches exactly the start hosts and the hosts the user allowed', () => {
        const scope = createCrawlScope(['http://127.0.0.1:8080/'], ['news.example']);
        expect(scope.isAllowedUrl('http://127.0.0.1:8080/a')).toBe(true);
        expect(scope.isAllowedUrl('http://127.0.0.1:9090/a')).toBe(false);
        expect(scope.isAllowedUrl('http://127.0.0.2:8080/a')).toBe(false);
        expect(scope.isAllowedUrl('http://localhost:8080/a')).toBe(false);
        expect(scope.isAllowedUrl('https://news.example/p/1')).toBe(true);
        expect(scope.isAllowedUrl('file:///etc/passwd')).toBe(false);
        expect([...scope.namedHosts].sort()).toEqual(['127.0.0.1', 'news.example']);
    });

    it('rejects bad start URLs and bad --allow-host values with a usage error', () => {
        expect(() => createCrawlScope(['ftp://x/'])).toThrow(UsageError);
        expect(() => createCrawlScope([])).toThrow(UsageError);
        expect(() => createCrawlScope(['http://a.example/'], ['http://b.example/'])).toThrow(/--allow-host/);
    });
});

describe('loadConfig', () => {
    it('takes flags over environment over defaults', () => {
        const env = { CLAIMSCOPE_DATA_DIR: '/env/dir', CLAIMSCOPE_CONCURRENCY: '3' };
        expect(loadConfig({}, env)).toMatchObject({ dataDir: '/env/dir', concurrency: 3, maxPages: 10_000 });
        expect(loadConfig({ dataDir: '/flag/dir' }, env).dataDir).toBe('/flag/dir');
    });

    it('names the bad setting', () => {
        expect(() => loadConfig({}, { REDIS_URL: 'not a url' })).toThrow(/redisUrl/);
        expect(() => loadConfig({ maxPages: '-1' }, {})).toThrow(/maxPages/);
    });
});

describe('followableLinks', () => {
    const links = [
        'http://127.0.0.1:8080/a.html#top',
        'http://127.0.0.1:8080/a.html?utm_source=x',
        'https://news.example/p/1',
        'https://elsewhere.example/p/2',
        'http://127.0.0.1:8080/logo.png',
    ];

    it('follows links on the start host and on hosts the user allowed, once each', () => {
        const scope = createCrawlScope(['http://127.0.0.1:8080/'], ['news.example']);
        expect([...followableLinks(links, scope, ADHOC_SITE).values()]).toEqual([
            'http://127.0.0.1:8080/a.html',
            'https://news.example/p/1',
        ]);
        const startOnly = createCrawlScope(['http://127.0.0.1:8080/']);
        expect([...followableLinks(links, startOnly, ADHOC_SITE).values()]).toEqual(['http://127.0.0.1:8080/a.html']);
    });
});
