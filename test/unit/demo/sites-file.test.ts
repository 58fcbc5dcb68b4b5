/** The demo's sites file says what the demo's built-in definitions say, for every page the demo serves. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteFor } from '../../../crawlers/index.js';
import { parseSitesFile } from '../../../crawlers/sites-file.js';
import { loadCorpus } from '../../demo/corpus.js';
import { DEMO_PORT } from '../../demo/server.js';
import { articlePath, listPath } from '../../demo/site-plan.js';

const file = parseSitesFile(readFileSync(new URL('../../demo/sites.yaml', import.meta.url), 'utf8'), 'test/demo/sites.yaml');
const sites = file.sites.map((s) => s.definition);
const corpus = loadCorpus();
const at = (path: string) => new URL(path, `http://127.0.0.1:${DEMO_PORT}`);

describe('test/demo/sites.yaml', () => {
    it('gives every article and list page the site, follow, article and source-site verdicts of the built-in definitions', () => {
        const hosts = new Set(corpus.map((a) => a.site));
        const urls = [...corpus.map((a) => at(articlePath(a))), ...[...hosts].flatMap((h) => [at(listPath(h)), at(listPath(h, 2))])];
        for (const url of urls) {
            const builtIn = siteFor(url);
            const fromFile = siteFor(url, sites);
            expect(fromFile.id, url.href).toBe(builtIn.id);
            expect([fromFile.follow(url), fromFile.isArticle(url), fromFile.siteOf(url)], url.href).toEqual([
                builtIn.follow(url),
                builtIn.isArticle(url),
                builtIn.siteOf(url),
            ]);
        }
    });

    it('follows nothing outside the mirrored sites', () => {
        for (const path of ['/', '/robots.txt', '/private/admin.html', '/static/portal.css']) {
            expect(sites.some((s) => s.follow(at(path))), path).toBe(false);
        }
    });
});
