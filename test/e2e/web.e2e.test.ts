/**
 * The web page in real headless Chromium, against the API serving a data dir built by really crawling the demo
 * web plus one hostile page. Separate from unit tests because it needs /usr/bin/chromium and takes seconds.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { crawlAndServe, HOSTILE_EDIT, HOSTILE_SENTENCES, HOSTILE_TITLE, launchChromium, type CrawledFixture } from './support.js';

let fixture: CrawledFixture;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Dialogs (alert/confirm/prompt) the page opened: a payload that ran would most likely show up here. */
let dialogs: string[];
let pageErrors: string[];

beforeAll(async () => {
    [fixture, browser] = await Promise.all([crawlAndServe(), launchChromium()]);
}, 180_000);

afterAll(async () => {
    await browser?.close();
    await fixture?.close();
});

beforeEach(async () => {
    dialogs = [];
    pageErrors = [];
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
    });
    page.on('pageerror', (err) => pageErrors.push(err.message));
});

afterEach(async () => {
    await context.close();
    expect(pageErrors).toEqual([]);
});

/** Waits until the view for the current hash is on screen (app.js marks it when it swaps the view in). */
async function settled(): Promise<void> {
    await page.waitForFunction(() => document.body.dataset.rendered === location.hash);
}

async function open(hash: string): Promise<void> {
    await page.goto(`${fixture.api.url}/${hash}`);
    await settled();
}

/** Every link in the view goes to an http(s) page or to another view of this page. */
async function linkSchemes(): Promise<string[]> {
    return page.locator('main a[href]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).protocol));
}

describe('claimscope serve in a browser', () => {
    it('searches claims and narrows them with a facet', async () => {
        await open('#search');
        await page.locator('input[name="q"]').fill('划入');
        await page.locator('input[name="q"]').press('Enter');
        await page.waitForURL(/#search\?q=/);
        await settled();
        const api = (await (await fetch(`${fixture.api.url}/api/search?q=${encodeURIComponent('划入')}`)).json()) as { total: number };
        expect(api.total).toBeGreaterThan(20);
        expect(await page.locator('.results .summary').textContent()).toBe(`共 ${api.total} 条说法`);
        const cards = page.locator('.claim');
        expect(await cards.count()).toBe(20);
        for (const card of (await cards.all()).slice(0, 5)) {
            expect((await card.locator('.quote').textContent())!.length).toBeGreaterThan(5);
            expect(await card.locator('a.page-link').getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
        }
        expect(await page.locator('.pager').textContent()).toContain(`第 1 / ${Math.ceil(api.total / 20)} 页`);

        await page.locator('[data-facet="region"] .facet-value', { hasText: /^北京\d+$/ }).click();
        await page.waitForURL(/region=/);
        await settled();
        expect(await page.locator('.chip', { hasText: '地区：北京' }).isVisible()).toBe(true);
        const regions = await page.locator('.claim .region').allTextContents();
        expect(regions.length).toBeGreaterThan(0);
        expect(new Set(regions)).toEqual(new Set(['北京']));
        expect(await page.locator('.claim .value').allTextContents()).toContain('100元/月');
        // The bracket and the site and date of each claim are on its card, worded as the CLI words them.
        expect(await page.locator('.claim .ages').allTextContents()).toContain('69岁及以下');
    });

    it('asks for claims that name no region from the region facet', async () => {
        await open('#search');
        await page.locator('[data-facet="region"] .facet-value', { hasText: '全国/未指明' }).click();
        await page.waitForURL(/region=/);
        await settled();
        const api = (await (await fetch(`${fixture.api.url}/api/search?region=`)).json()) as { total: number };
        expect(api.total).toBeGreaterThan(0);
        expect(await page.locator('.results .summary').textContent()).toContain(`共 ${api.total} 条说法`);
        expect(new Set(await page.locator('.claim .region').allTextContents())).toEqual(new Set(['全国/未指明']));
    });

    it('marks claims read with low extraction confidence with a 低置信 badge that says why', async () => {
        type Hit = { region: string | null; confidence: number };
        const everything = (await (await fetch(`${fixture.api.url}/api/search?pageSize=100`)).json()) as { items: Hit[] };
        const region = everything.items.find((hit) => hit.region && hit.confidence < 0.9)!.region!;
        const shown = (await (await fetch(`${fixture.api.url}/api/search?region=${encodeURIComponent(region)}&pageSize=20`)).json()) as { items: Hit[] };
        const low = shown.items.filter((hit) => hit.confidence < 0.9).length;
        expect(low).toBeGreaterThan(0);
        await open(`#search?region=${encodeURIComponent(region)}`);
        const badges = page.locator('.claim .low-confidence');
        expect(await badges.count()).toBe(low);
        expect(await badges.first().textContent()).toBe('低置信');
        expect(await badges.first().getAttribute('title')).toMatch(/^抽取置信度 0\.\d\d:\S+/);
    });

    it("opens a region's comparison: 北京 shows 100 and 97 with their sources", async () => {
        await open('#compare');
        await page.locator('.region-picker a', { hasText: /^北京 \(/ }).click();
        await page.waitForURL(/region=/);
        await settled();
        const table = page.locator('table.comparison');
        await table.waitFor();
        const cell = table.locator('td.disagree', { hasText: '97元/月' }).first();
        const values = await cell.locator('.group-value .value').allTextContents();
        expect(values).toEqual(expect.arrayContaining(['100元/月', '97元/月']));
        expect(await cell.textContent()).toMatch(/\d+ 个独立来源/);
        // The 100 is what most independent sources say; it is marked as the consensus.
        expect(await cell.locator('.group-value', { has: page.locator('.consensus') }).locator('.value').textContent()).toBe('100元/月');

        const minority = cell.locator('.group-value', { hasText: '97元/月' });
        await minority.locator('summary').click();
        const source = minority.locator('.sources li').first();
        expect(await source.locator('.quote').textContent()).toMatch(/97/);
        expect(await source.locator('a.page-link').getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    });

    it('opens a conflict and shows both quotes side by side, linked to their pages', async () => {
        await open('#conflicts');
        const conflict = page.locator('.conflict', { hasText: /北京.*100元\/月.*vs 97元\/月/ }).first();
        const sides = conflict.locator('.side');
        expect(await sides.first().isVisible()).toBe(false);
        // The row says it opens, and says so again once open.
        expect(await conflict.locator('.expand-hint').textContent()).toBe('展开');
        await conflict.locator('.conflict-toggle').click();
        await sides.first().waitFor();
        expect(await conflict.locator('.expand-hint').textContent()).toBe('收起');
        expect(await sides.locator('h3').allTextContents()).toEqual([expect.stringContaining('100元/月'), expect.stringContaining('97元/月')]);
        for (const [i, figure] of [[0, '100'], [1, '97']] as const) {
            const side = sides.nth(i);
            expect(await side.locator('.quote').first().textContent()).toContain(figure);
            expect(await side.locator('a.page-link').first().getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
        }
        const [left, right] = await Promise.all([sides.nth(0).boundingBox(), sides.nth(1).boundingBox()]);
        expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
        expect(right!.y).toBeCloseTo(left!.y, 0);
    });

    it('shows crawled markup as text and runs none of it', async () => {
        const hostileSite = new URL(fixture.hostileArticleUrl).host;
        const search = `#search?site=${encodeURIComponent(hostileSite)}`;
        await open(search);
        const quotes = page.locator('.claim .quote');
        await quotes.first().waitFor();
        const shown = await quotes.allTextContents();
        expect(shown).toContain(HOSTILE_SENTENCES[0]);
        expect(shown).toContain(HOSTILE_SENTENCES[1].replace(HOSTILE_EDIT.from, HOSTILE_EDIT.to));
        expect(await page.locator('.claim a.page-link').first().textContent()).toBe(HOSTILE_TITLE);
        // The quote is visible on screen, not only present in the DOM.
        expect(await page.getByText(HOSTILE_SENTENCES[0], { exact: true }).isVisible()).toBe(true);

        await open('#compare?region=%E4%B8%8A%E6%B5%B7');
        const hostileValue = page.locator('.group-value', { hasText: '160元/月' });
        await hostileValue.locator('summary').click();
        expect(await hostileValue.locator('.quote').allTextContents()).toContain(HOSTILE_SENTENCES[1].replace(HOSTILE_EDIT.from, HOSTILE_EDIT.to));

        await open(`#changes?url=${encodeURIComponent(fixture.hostileArticleUrl)}`);
        await page.locator('.change').first().waitFor();

        for (const view of [search, '#compare?region=%E5%8C%97%E4%BA%AC', '#conflicts']) await open(view);
        expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
        expect(dialogs).toEqual([]);
        // The only images are this server's own charts.
        const images = await page.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
        expect(images.every((src) => src.startsWith(`${fixture.api.url}/api/chart?id=`))).toBe(true);
        expect(await page.locator('script').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src))).toEqual([`${fixture.api.url}/app.js`]);
        expect(new Set(await linkSchemes())).toEqual(new Set(['http:']));
    });

    it("shows a page's history of changes", async () => {
        await open(`#changes?url=${encodeURIComponent(fixture.hostileArticleUrl)}`);
        const change = page.locator('.change.modified', { hasText: '上海' });
        await change.waitFor();
        expect(await change.locator('.fields').textContent()).toContain('150 → 160');
        // Old and new quote side by side.
        const [before, after] = [change.locator('.change-side.before'), change.locator('.change-side.after')];
        expect(await before.locator('.quote').textContent()).toBe(HOSTILE_SENTENCES[1]);
        expect(await after.locator('.quote').textContent()).toBe(HOSTILE_SENTENCES[1].replace(HOSTILE_EDIT.from, HOSTILE_EDIT.to));
        expect(await before.locator('h3').textContent()).toContain('150元/月');
        expect(await after.locator('h3').textContent()).toContain('160元/月');
        const [left, right] = await Promise.all([before.boundingBox(), after.boundingBox()]);
        expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
        expect(await change.locator('a.page-link').getAttribute('href')).toBe(fixture.hostileArticleUrl);
    });

    it('shows crawl progress and says where recrawl schedules come from', async () => {
        await open('#status');
        const stored = page.locator('table.kv tr', { hasText: '已保存页面' }).locator('td');
        const status = (await (await fetch(`${fixture.api.url}/api/status`)).json()) as { pages: number };
        expect(status.pages).toBeGreaterThanOrEqual(fixture.summary.stored);
        expect(await stored.textContent()).toBe(String(status.pages));
        expect(await page.locator('main').textContent()).toContain('还没有定时重抓。用 claimscope schedule add');
    });

    it('draws a conflict as a chart that names its values and their sources', async () => {
        await open(`#conflicts?region=${encodeURIComponent('北京')}`);
        const conflict = page.locator('.conflict', { hasText: /北京.*100元\/月.*vs 97元\/月/ }).first();
        await conflict.locator('.conflict-toggle').click();
        const chart = conflict.locator('img.chart');
        await chart.waitFor();
        await page.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await chart.elementHandle());
        expect(await chart.getAttribute('alt')).toMatch(/100元\/月 \d+ 个独立来源，97元\/月 \d+ 个独立来源/);
        // The picture itself, as Chromium renders it: its text names each value, the consensus and the source counts.
        await page.goto(await chart.evaluate((img) => (img as HTMLImageElement).src));
        const texts = await page.locator('text').allTextContents();
        expect(texts).toEqual(expect.arrayContaining(['100元/月', '97元/月', '共识 100元/月', '发布日期', '独立来源数']));
        expect(texts.some((t) => /^\d+ 个独立来源（共识）$/.test(t))).toBe(true);
        expect(await page.locator('circle.source').count()).toBeGreaterThanOrEqual(2);
    });

    it('opens the stored copy of a quote with the quote marked and its scripts inert', async () => {
        await open(`#search?site=${encodeURIComponent(new URL(fixture.hostileArticleUrl).host)}`);
        const card = page.locator('.claim', { hasText: '上海' }).first();
        const quote = await card.locator('.quote').textContent();
        const [copy] = await Promise.all([context.waitForEvent('page'), card.locator('a.snapshot-link', { hasText: '快照' }).click()]);
        copy.on('dialog', (dialog) => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
        });
        await copy.waitForLoadState('load');
        const marked = (await copy.locator('mark.claimscope-quote').allTextContents()).join('');
        // Line breaks between the page's elements are not part of the quote.
        expect(marked.replace(/\s+/g, '')).toBe(quote!.replace(/\s+/g, ''));
        expect(await copy.locator('.claimscope-banner').textContent()).toMatch(/抓取时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 北京时间/);
        // Give an onerror or a script every chance to run, then check that none did.
        await copy.waitForTimeout(300);
        expect(await copy.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
        expect(await copy.locator('script, iframe').count()).toBe(0);
        expect(dialogs).toEqual([]);
        await copy.close();
    });

    it('shows a loading line at once, and after an API error says so in Chinese and retries', async () => {
        let failures = 1;
        let release: () => void = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/api/conflicts?*', async (route) => {
            if (failures-- > 0) return route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"internal error"}' });
            await held;
            return route.continue();
        });
        await open('#conflicts');
        const error = page.locator('.error');
        expect(await error.locator('p').first().textContent()).toBe('服务器出错了，详情见运行 claimscope serve 的终端。');
        expect(await error.textContent()).not.toMatch(/Failed to fetch/);
        await error.locator('button.retry', { hasText: '重试' }).click();
        // The retried request is held: the view says it is loading, not the old error.
        expect(await page.locator('.loading').textContent()).toBe('正在加载冲突…');
        expect(await page.locator('.error').count()).toBe(0);
        release();
        await page.locator('.conflict').first().waitFor();
        expect(await page.locator('.error').count()).toBe(0);
    });

    it('gives a claim a permalink that opens it alone', async () => {
        await open(`#search?q=${encodeURIComponent('划入')}`);
        const first = page.locator('.claim').first();
        const quote = await first.locator('.quote').textContent();
        await first.locator('a.permalink').click();
        await page.waitForURL(/#claim\?id=/);
        await settled();
        expect(await page.locator('.claim').count()).toBe(1);
        expect(await page.locator('.claim .quote').textContent()).toBe(quote);
    });
});

/** Every view the page has, as a user reaches it, with what opens its main content. */
const VIEWS: { hash: string; open?: (page: Page) => Promise<void> }[] = [
    { hash: `#search?q=${encodeURIComponent('划入')}` },
    { hash: `#compare?region=${encodeURIComponent('北京')}`, open: async (p) => p.locator('td.disagree .chart-toggle summary').first().click() },
    { hash: '#conflicts', open: async (p) => p.locator('.conflict-toggle').first().click() },
    { hash: '#missing' },
    { hash: '#changes' },
    { hash: '#status' },
];

describe.each([
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
])('at $width×$height', (viewport) => {
    beforeEach(async () => {
        await page.setViewportSize(viewport);
    });

    it.each(VIEWS)('$hash fits the screen without sideways scrolling', async ({ hash, open: openContent }) => {
        await open(hash);
        await openContent?.(page);
        await page.locator('main .view').waitFor();
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        expect(await page.locator('main .error').count()).toBe(0);
    });

    it("a claim's permalink fits the screen too", async () => {
        const { items } = (await (await fetch(`${fixture.api.url}/api/search?pageSize=1&q=${encodeURIComponent('划入')}`)).json()) as { items: { id: string }[] };
        await open(`#claim?id=${items[0]!.id}`);
        await page.locator('.claim').waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });

    it('folds the facets behind 筛选 on a phone and shows them beside results on a desktop', async () => {
        await open(`#search?q=${encodeURIComponent('划入')}`);
        const facets = page.locator('.facets');
        const toggle = page.locator('button.facet-toggle');
        if (viewport.width < 600) {
            expect(await facets.isVisible()).toBe(false);
            expect(await toggle.textContent()).toBe('筛选');
            await toggle.click();
            expect(await facets.isVisible()).toBe(true);
            // Cards, not table rows: the missing-page list puts each page in its own box.
            await open('#missing');
            const row = page.locator('table.cards tbody tr').first();
            expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
        } else {
            expect(await toggle.isVisible()).toBe(false);
            expect(await facets.isVisible()).toBe(true);
        }
    });
});
