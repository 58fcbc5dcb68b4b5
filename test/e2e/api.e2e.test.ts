/**
 * The JSON API over HTTP, on a data dir built by crawling the demo web: the contract other tools rely on
 * (paths, paging, 4xx answers), the security headers, and that a crawl finishing while it runs is seen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareClaims, findConflicts } from '../../src/compare/index.js';
import { startApiServer } from '../../src/api/server.js';
import { EmbeddedSchedules } from '../../src/schedules/embedded-schedules.js';
import { createCrawlScope } from '../../src/pipeline/crawl-scope.js';
import { crawlEmbedded } from '../../src/pipeline/embedded-crawl.js';
import { openBackends, readClaims } from '../../src/pipeline/open.js';
import { crawlAndServe, startHostileSite, type CrawledFixture } from './support.js';

let fixture: CrawledFixture;

beforeAll(async () => {
    fixture = await crawlAndServe();
}, 180_000);

afterAll(async () => {
    await fixture?.close();
});

async function get(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: any }> {
    const response = await fetch(`${fixture.api.url}${path}`, init);
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.startsWith('application/json');
    return { status: response.status, headers: response.headers, body: isJson && text ? JSON.parse(text) : text };
}

const q = (params: Record<string, string | number>) =>
    new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

describe('GET /api/*', () => {
    it('searches with filters and facets, paged', async () => {
        const first = await get(`/api/search?${q({ q: '划入', region: '北京', pageSize: 5 })}`);
        expect(first.status).toBe(200);
        expect(first.body.items).toHaveLength(5);
        expect(first.body.total).toBeGreaterThan(5);
        expect(first.body.items.every((hit: { region: string }) => hit.region === '北京')).toBe(true);
        expect(first.body.items[0].display.region).toBe('北京');
        expect(first.body.facets.region).toEqual({ 北京: first.body.total });
        const second = await get(`/api/search?${q({ q: '划入', region: '北京', pageSize: 5, page: 2 })}`);
        const ids = (r: typeof first) => r.body.items.map((hit: { id: string }) => hit.id);
        expect(ids(second).filter((id: string) => ids(first).includes(id))).toEqual([]);

        const ages = await get(`/api/search?${q({ region: '北京', metric: 'retiree_account_credit', age: 75, pageSize: 100 })}`);
        const values = new Set(ages.body.items.map((hit: { value: number }) => hit.value));
        expect(values.has(110)).toBe(true);
        expect(values.has(100)).toBe(false);
    });

    it('keeps only claims read with at least minConfidence, every hit saying its confidence', async () => {
        const everything = await get(`/api/search?${q({ pageSize: 100 })}`);
        const sure = await get(`/api/search?${q({ minConfidence: 0.9, pageSize: 100 })}`);
        expect(sure.status).toBe(200);
        // the demo pages hold hedged, labelled and example figures as well as plainly stated ones
        expect(sure.body.total).toBeGreaterThan(0);
        expect(sure.body.total).toBeLessThan(everything.body.total);
        expect(sure.body.items.every((hit: { confidence: number }) => hit.confidence >= 0.9)).toBe(true);
        const unsure = everything.body.items.find((hit: { confidence: number }) => hit.confidence < 0.9);
        expect(unsure.confidenceCues.length).toBeGreaterThan(0);
    });

    it('compares a region: each distinct value with its independent sources and quotes beside their pages', async () => {
        const { status, body } = await get(`/api/compare?${q({ region: '北京' })}`);
        expect(status).toBe(200);
        const group = body.items.find((g: any) => g.metric === 'retiree_account_credit' && g.ageMax === 69);
        expect(group.values.map((v: any) => v.value)).toEqual([100, 97]);
        expect(group.consensus.value).toBe(100);
        for (const value of group.values) {
            expect(value.sources).toBeGreaterThanOrEqual(1);
            // lists are capped so a page stays small; the counts say how many there are in all
            expect(value.evidence.length).toBeGreaterThanOrEqual(Math.min(value.sources, 2));
            expect(value.pages).toBeGreaterThanOrEqual(value.urls.length);
            expect(value.quoteCount).toBeGreaterThanOrEqual(value.quotes.length);
            for (const e of value.evidence) {
                expect(value.urls).toContain(e.url);
                expect(value.quotes).toContain(e.quote);
                expect(e.quote).toContain(String(value.value));
            }
        }
        expect(body.items.every((g: any) => g.region === '北京')).toBe(true);
    });

    it('ranks conflicts exactly as `claimscope conflicts` does, and pages through them', async () => {
        const backends = await openBackends(fixture.config);
        const expected = findConflicts(compareClaims(await readClaims(backends.store)));
        await backends.close();
        const { body } = await get('/api/conflicts?pageSize=200');
        expect(body.total).toBe(expected.length);
        const key = (c: any) => [c.region, c.metric, c.population, c.ageMin, c.ageMax, c.unit].join('|');
        expect(body.items.map(key)).toEqual(expected.map(key));
        const secondAlone = await get('/api/conflicts?pageSize=1&page=2');
        expect(secondAlone.body.items.map(key)).toEqual([key(expected[1])]);
        expect(secondAlone.body).toMatchObject({ total: expected.length, page: 2, pageSize: 1 });
    });

    it('filters conflicts by explanation and population, says each explanation in words, and lists site trust', async () => {
        const net = await get(`/api/conflicts?${q({ explanation: 'net_vs_gross', population: 'retiree' })}`);
        expect(net.status).toBe(200);
        expect(net.body.total).toBeGreaterThan(0);
        for (const conflict of net.body.items) {
            expect(conflict.explanations).toContain('net_vs_gross');
            expect(conflict.population).toBe('retiree');
            expect(conflict.explanationWords.length).toBe(conflict.explanations.length);
            for (const value of conflict.values) expect(value.origin.url).toMatch(/^http/);
        }
        const none = await get(`/api/conflicts?${q({ explanation: 'none' })}`);
        expect(none.body.items.every((c: any) => c.explanations.length === 0)).toBe(true);
        expect((await get('/api/conflicts?explanation=typo')).status).toBe(400);

        const sources = await get('/api/sources');
        expect(sources.body.total).toBeGreaterThan(1);
        for (const source of sources.body.items) {
            expect(Object.keys(source)).toEqual(['site', 'trust', 'agree', 'disagree']);
            expect(source.trust).toBeGreaterThan(0);
            expect(source.trust).toBeLessThan(1);
        }
    });

    it('lists missing places, changes, schedules and status', async () => {
        const missing = await get('/api/missing?pageSize=200');
        expect(missing.body.total).toBeGreaterThan(0);
        const site = missing.body.items[0].site;
        const bySite = await get(`/api/missing?${q({ site })}`);
        expect(bySite.body.items.every((m: { site: string }) => m.site === site)).toBe(true);

        const changes = await get(`/api/changes?${q({ url: fixture.hostileArticleUrl })}`);
        expect(changes.body.items.some((c: any) => c.change === 'modified' && c.region === '上海')).toBe(true);
        expect((await get('/api/changes?since=2999-01-01')).body.total).toBe(0);

        expect((await get('/api/schedules')).body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
        const status = await get('/api/status');
        expect(status.body).toMatchObject({ mode: 'embedded', failures: expect.any(Number) });
        expect(status.body.pages).toBeGreaterThanOrEqual(fixture.summary.stored);
    });

    it.each([
        ['/api/search?metric=pension', /metric: expected one of retiree_account_credit/],
        ['/api/search?age=seventy', /age: expected a whole number, got "seventy"/],
        ['/api/search?page=0', /page: expected 1…100000, got 0/],
        ['/api/search?minConfidence=1.5', /minConfidence: expected a number from 0 to 1 such as 0.9, got "1.5"/],
        ['/api/search?minConfidence=high', /minConfidence: expected a number from 0 to 1/],
        ['/api/search?pageSize=5000', /pageSize: expected 0…200/],
        ['/api/compare?pageSize=201', /pageSize: expected 0…200/],
        ['/api/changes?pageSize=500', /pageSize: expected 0…200/],
        ['/api/conflicts?format=xml', /format: expected json or csv/],
        ['/api/search?regoin=%E5%8C%97%E4%BA%AC', /unknown query parameter "regoin"/],
        ['/api/search?region=a&region=b', /"region" is given more than once/],
        ['/api/changes?since=yesterday', /since: expected an ISO date/],
        ['/api/changes?url=javascript:alert(1)', /url:/],
        ['/api/status?verbose=1', /unknown query parameter "verbose"/],
    ])('answers %s with 400 and what was wrong', async (path, message) => {
        const { status, body } = await get(path);
        expect(status).toBe(400);
        expect(body.error).toMatch(message);
    });

    it('answers every list in one envelope with the same paging limits', async () => {
        for (const path of ['/api/search', '/api/compare', '/api/conflicts', '/api/missing', '/api/changes', '/api/schedules']) {
            const { status, body } = await get(`${path}?pageSize=2&page=1`);
            expect(status, path).toBe(200);
            expect(Object.keys(body).sort(), path).toEqual(path === '/api/search' ? ['facets', 'items', 'page', 'pageSize', 'total'] : ['items', 'page', 'pageSize', 'total']);
            expect(body.items.length, path).toBeLessThanOrEqual(2);
            expect((await get(`${path}?pageSize=200`)).status, path).toBe(200);
        }
    });

    it('asks for claims that name no region with region= or region=全国', async () => {
        const all = await get('/api/search?pageSize=200');
        const national = all.body.facets.region;
        const named = Object.values(national as Record<string, number>).reduce((a, b) => a + b, 0);
        const empty = await get('/api/search?region=&pageSize=200');
        expect(empty.body.total).toBe(all.body.total - named);
        expect(empty.body.total).toBeGreaterThan(0);
        expect(empty.body.items.every((c: any) => c.region === null && c.display.region === '全国/未指明')).toBe(true);
        expect((await get(`/api/search?${q({ region: '全国', pageSize: 200 })}`)).body.total).toBe(empty.body.total);
        const groups = await get('/api/compare?region=&pageSize=200');
        expect(groups.body.total).toBeGreaterThan(0);
        expect(groups.body.items.every((g: any) => g.region === null)).toBe(true);
    });

    it('downloads the current page of a list as CSV or JSON', async () => {
        const csv = await get(`/api/compare?${q({ region: '北京', format: 'csv' })}`);
        expect(csv.status).toBe(200);
        expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        expect(csv.headers.get('content-disposition')).toBe('attachment; filename="claimscope-compare-p1.csv"');
        const lines = (csv.body as string).replace(/^\uFEFF/, '').trim().split('\n');
        expect(lines[0]).toBe('id,region,metric,population,ageMin,ageMax,unit,period,value,valueMax,display,sources,pages,sites,consensus,spread,explanations');
        expect(lines.some((line) => line.includes(',北京,retiree_account_credit,retiree,,69,CNY,month,97,,97元/月,'))).toBe(true);
        const json = await get(`/api/search?${q({ q: '划入', format: 'json', pageSize: 3 })}`);
        expect(json.headers.get('content-disposition')).toBe('attachment; filename="claimscope-search-p1.json"');
        expect(json.body.items).toHaveLength(3);
    });

    it('gives each claim and each conflict a permalink', async () => {
        const hit = (await get(`/api/search?${q({ q: '划入', pageSize: 1 })}`)).body.items[0];
        const claim = await get(`/api/claim?${q({ id: hit.id })}`);
        expect(claim.body).toMatchObject({ id: hit.id, quote: hit.quote, url: hit.url });
        expect((await get('/api/claim?id=nope')).status).toBe(404);
        const [first] = (await get('/api/conflicts?pageSize=1')).body.items;
        const alone = await get(`/api/conflicts?${q({ id: first.id })}`);
        expect(alone.body.total).toBe(1);
        expect(alone.body.items[0].display).toEqual(first.display);
    });

    it('draws a conflict as SVG naming its values and their independent sources', async () => {
        const conflict = (await get(`/api/conflicts?${q({ region: '北京' })}`)).body.items.find((c: any) => c.values.some((v: any) => v.value === 97));
        const svg = await get(`/api/chart?${q({ id: conflict.id })}`);
        expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
        for (const value of conflict.values) {
            expect(svg.body).toContain(`>${value.display}</text>`);
            expect(svg.body).toContain(`${value.display}：${value.sources} 个独立来源`);
        }
        expect(svg.body).toContain(`共识 ${conflict.consensus.display}`);
        expect((await get('/api/chart?id=000000000000')).status).toBe(404);
    });

    it('serves a stored copy with scripts removed, the quote marked and a CSP that blocks every script', async () => {
        const claim = (await get(`/api/search?${q({ site: new URL(fixture.hostileArticleUrl).host, pageSize: 1 })}`)).body.items[0];
        const snapshot = await get(`/snapshot/?${q({ url: claim.url, quote: claim.quote })}`);
        expect(snapshot.status).toBe(200);
        const csp = snapshot.headers.get('content-security-policy')!;
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain('sandbox');
        expect(csp).not.toMatch(/script-src/);
        // Payload text may show (escaped); no tag may carry it.
        expect(snapshot.body).not.toMatch(/<script|<iframe|<[^>]+\son\w+=|href="javascript:/i);
        expect(snapshot.body).toContain('<mark class="claimscope-quote">');
        expect(snapshot.body).toContain('抓取时间');
        expect((await get(`/snapshot/?${q({ url: 'http://127.0.0.1:1/none' })})`)).status).toBe(404);
        expect((await get('/snapshot/')).status).toBe(400);
    });

    it('refuses schedule changes without the token, with a wrong one, or from another origin', async () => {
        const path = '/api/schedules/some-id/pause';
        const token = fixture.api.token;
        expect((await get(path, { method: 'POST' })).status).toBe(403);
        expect((await get(path, { method: 'POST', headers: { 'X-Claimscope-Token': 'guess' } })).status).toBe(403);
        const crossSite = await get(path, { method: 'POST', headers: { 'X-Claimscope-Token': token, Origin: 'http://evil.example' } });
        expect(crossSite.status).toBe(403);
        expect(crossSite.body.error).toMatch(/cross-site/);
        expect((await get(path, { headers: { 'X-Claimscope-Token': token } })).status).toBe(405);
        // The token passes: an unknown schedule is a 404, a schedule in the data dir is paused and removed.
        const unknown = await get(path, { method: 'POST', headers: { 'X-Claimscope-Token': token } });
        expect(unknown.status).toBe(404);
        expect(unknown.body.error).toMatch(/no schedule "some-id"/);
        const added = await EmbeddedSchedules.use(fixture.config, async (schedules) => schedules.add({ target: 'http://127.0.0.1:9/news/', everyMs: 3_600_000 }));
        const paused = await get(`/api/schedules/${added.id}/pause`, { method: 'POST', headers: { 'X-Claimscope-Token': token } });
        expect(paused.status).toBe(200);
        expect(paused.body).toMatchObject({ action: 'pause', schedule: { id: added.id, paused: true } });
        expect((await get('/api/schedules')).body.items).toMatchObject([{ id: added.id, paused: true }]);
        const removed = await get(`/api/schedules/${added.id}/remove`, { method: 'POST', headers: { 'X-Claimscope-Token': token } });
        expect(removed.body).toEqual({ action: 'remove', schedule: null });
        expect((await get('/api/schedules')).body.total).toBe(0);
    });

    it('answers unknown paths with 404 and other methods with 405', async () => {
        expect(await get('/api/claims')).toMatchObject({ status: 404, body: { error: 'no such path: /api/claims' } });
        expect((await get('/etc/passwd')).status).toBe(404);
        expect((await get('/../package.json')).status).toBe(404);
        const post = await get('/api/search', { method: 'POST', body: '{}' });
        expect(post.status).toBe(405);
        expect(post.headers.get('allow')).toBe('GET, HEAD');
        expect(post.body.error).toMatch(/POST is not allowed/);
    });
});

describe('the page and its headers', () => {
    it('serves the page, one module script and the stylesheet under a strict Content-Security-Policy', async () => {
        const page = await get('/');
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(page.body).toContain('<script type="module" src="/app.js"></script>');
        expect(page.body).not.toMatch(/<script(?![^>]*src=)/);
        for (const path of ['/', '/app.js', '/style.css', '/api/status', '/api/nope']) {
            const { headers } = await get(path);
            expect(headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self';/);
            expect(headers.get('content-security-policy')).not.toContain('unsafe-inline');
            expect(headers.get('x-content-type-options')).toBe('nosniff');
        }
        expect((await get('/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    });

    it('never sends the Meilisearch key to a client', async () => {
        const key = 'test-master-key-that-must-stay-on-the-server';
        const server = await startApiServer({ config: { ...fixture.config, meiliKey: key }, port: 0 });
        try {
            for (const path of ['/', '/app.js', '/api/search', '/api/compare', '/api/conflicts', '/api/missing', '/api/changes', '/api/schedules', '/api/status']) {
                const response = await fetch(`${server.url}${path}`);
                const everything = `${JSON.stringify([...response.headers])}${await response.text()}`;
                expect(everything).not.toContain(key);
            }
        } finally {
            await server.close();
        }
    });
});

describe('a crawl that finishes while the server runs', () => {
    it('is searchable and compared without a restart', async () => {
        const site = await startHostileSite();
        const host = new URL(site.url).host;
        expect((await get(`/api/search?${q({ site: host })}`)).body.total).toBe(0);
        const backends = await openBackends(fixture.config);
        try {
            await crawlEmbedded(createCrawlScope([site.articleUrl]), fixture.config, backends);
        } finally {
            await backends.close();
            await site.close();
        }
        expect((await get(`/api/search?${q({ site: host })}`)).body.total).toBe(2);
        const shanghai = await get(`/api/compare?${q({ region: '上海' })}`);
        const urls = shanghai.body.items.flatMap((g: any) => g.values.flatMap((v: any) => v.urls));
        expect(urls).toContain(site.articleUrl);
    });
});
