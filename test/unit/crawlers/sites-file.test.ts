/** Sites files: the contract's shape, defaults, line-numbered errors, and which rule decides for a URL. */
import { describe, expect, it } from 'vitest';
import { hostDelay, parseSitesFile } from '../../../crawlers/sites-file.js';
import { UsageError } from '../../../src/errors.js';

const CONTRACT = `sites:
  - id: city-portal
    startUrls: ["https://news.example.org/"]
    hosts: ["news.example.org"]
    include: ["https://news.example.org/**"]
    exclude: ["**/*.pdf"]
    articles: ["https://news.example.org/**/*.html"]
    maxDepth: 8
    delayMs: 1000
`;

function errorOf(text: string, path = 'sites.yaml'): string {
    try {
        parseSitesFile(text, path);
    } catch (err) {
        expect(err).toBeInstanceOf(UsageError);
        return (err as Error).message;
    }
    throw new Error('accepted');
}

describe('parseSitesFile', () => {
    it('reads the contract shape, in YAML and in JSON alike', () => {
        const yaml = parseSitesFile(CONTRACT, 'sites.yaml').sites[0]!.entry;
        expect(yaml).toMatchObject({ id: 'city-portal', hosts: ['news.example.org'], maxDepth: 8, delayMs: 1000, sitemaps: true });
        const json = parseSitesFile(JSON.stringify({ sites: [{ ...yaml }] }), 'sites.json').sites[0]!.entry;
        expect(json).toEqual(yaml);
    });

    it("defaults hosts to the start URLs' hosts, ports included", () => {
        const file = parseSitesFile('sites:\n  - id: local\n    startUrls: ["http://127.0.0.1:8390/a/", "http://127.0.0.1:8390/b/"]\n', 's.yaml');
        expect(file.sites[0]!.entry.hosts).toEqual(['127.0.0.1:8390']);
        expect(file.sites[0]!.definition.matches(new URL('http://127.0.0.1:9999/a/'))).toBe(false);
    });

    it('names file, line and column of each bad value, and unknown keys where they are written', () => {
        const message = errorOf('sites:\n  - id: City_Portal\n    startUrls: ["ftp://x.example/"]\n    delay: 5\n');
        expect(message.split('\n')).toEqual([
            'invalid sites file',
            'sites.yaml:2:9: sites[0].id: id must be lower-case kebab-case (like city-portal)',
            'sites.yaml:3:17: sites[0].startUrls[0]: a start URL is an absolute http(s) URL',
            'sites.yaml:4:5: sites[0].delay: Unrecognized key: "delay"',
        ]);
    });

    it('refuses a YAML syntax error and a duplicate id with their lines', () => {
        expect(errorOf('sites:\n  - id: a\n    startUrls: [https://x.org/\n')).toMatch(/^sites\.yaml:4:1: /);
        const twice = 'sites:\n  - id: a\n    startUrls: ["https://x.org/"]\n  - id: a\n    startUrls: ["https://y.org/"]\n';
        expect(errorOf(twice)).toContain('sites.yaml:4:9: sites[1].id: id a is used twice');
    });
});

describe('a site from a file', () => {
    const site = parseSitesFile(CONTRACT, 'sites.yaml').sites[0]!;
    const at = (url: string) => site.explain(new URL(url));

    it('follows included URLs, never excluded ones, and treats only article globs as articles', () => {
        expect(at('https://news.example.org/2025/a.html')).toEqual({
            site: 'city-portal',
            follow: true,
            article: true,
            reason: 'include[0] https://news.example.org/**; articles[0] https://news.example.org/**/*.html',
        });
        expect(at('https://news.example.org/files/a.pdf')).toMatchObject({ follow: false, reason: 'exclude[0] **/*.pdf' });
        expect(at('https://news.example.org/list/')).toMatchObject({ follow: true, article: false });
        expect(at('https://cdn.example.org/a.html')).toMatchObject({ follow: false, reason: expect.stringMatching(/^host cdn\.example\.org is not one/) });
        expect(site.definition.isArticle(new URL('https://news.example.org/list/'))).toBe(false);
        expect(site.definition.follow(new URL('https://news.example.org/files/a.pdf'))).toBe(false);
    });

    it("takes the larger of the default delay and the site's for its hosts only", () => {
        const delay = hostDelay([site], 200);
        expect(delay('news.example.org')).toBe(1000);
        expect(delay('other.example.org')).toBe(200);
    });
});
