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
        expect(await page.locator('.claim .value').allTextContents()).toContain('100 元/月');
    });

    it('marks claims read with low extraction confidence with a 低置信 badge that says why', async () => {
        type Hit = { region: string | null; confidence: number };
        const everything = (await (await fetch(`${fixture.api.url}/api/search?pageSize=100`)).json()) as { hits: Hit[] };
        const region = everything.hits.find((hit) => hit.region && hit.confidence < 0.9)!.region!;
        const shown = (await (await fetch(`${fixture.api.url}/api/search?region=${encodeURIComponent(region)}&pageSize=20`)).json()) as { hits: Hit[] };
        const low = shown.hits.filter((hit) => hit.confidence < 0.9).length;
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
        const cell = table.locator('td.disagree', { hasText: '97 元/月' }).first();
        const values = await cell.locator('.group-value .value').allTextContents();
        expect(values).toEqual(expect.arrayContaining(['100 元/月', '97 元/月']));
        expect(await cell.textContent()).toMatch(/\d+ 个独立来源/);
        // The 100 is what most independent sources say; it is marked as the consensus.
        expect(await cell.locator('.group-value', { has: page.locator('.consensus') }).locator('.value').textContent()).toBe('100 元/月');

        const minority = cell.locator('.group-value', { hasText: '97 元/月' });
        await minority.locator('summary').click();
        const source = minority.locator('.sources li').first();
        expect(await source.locator('.quote').textContent()).toMatch(/97/);
        expect(await source.locator('a').getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    });

    it('opens a conflict and shows both quotes side by side, linked to their pages', async () => {
        await open('#conflicts');
        const conflict = page.locator('.conflict', { hasText: /北京.*100 元\/月.*vs 97 元\/月/ }).first();
        const sides = conflict.locator('.side');
        expect(await sides.first().isVisible()).toBe(false);
        await conflict.locator('.conflict-toggle').click();
        await sides.first().waitFor();
        expect(await sides.locator('h3').allTextContents()).toEqual([expect.stringContaining('100 元/月'), expect.stringContaining('97 元/月')]);
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
        const hostileValue = page.locator('.group-value', { hasText: '160 元/月' });
        await hostileValue.locator('summary').click();
        expect(await hostileValue.locator('.quote').allTextContents()).toContain(HOSTILE_SENTENCES[1].replace(HOSTILE_EDIT.from, HOSTILE_EDIT.to));

        await open(`#changes?url=${encodeURIComponent(fixture.hostileArticleUrl)}`);
        await page.locator('.change').first().waitFor();

        for (const view of [search, '#compare?region=%E5%8C%97%E4%BA%AC', '#conflicts']) await open(view);
        expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(await page.locator('img').count()).toBe(0);
        expect(await page.locator('script').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src))).toEqual([`${fixture.api.url}/app.js`]);
        expect(new Set(await linkSchemes())).toEqual(new Set(['http:']));
    });

    it("shows a page's history of changes", async () => {
        await open(`#changes?url=${encodeURIComponent(fixture.hostileArticleUrl)}`);
        const change = page.locator('.change.modified', { hasText: '上海' });
        await change.waitFor();
        expect(await change.locator('.fields').textContent()).toContain('150 → 160');
        expect(await change.locator('.quote').textContent()).toBe(HOSTILE_SENTENCES[1].replace(HOSTILE_EDIT.from, HOSTILE_EDIT.to));
        expect(await change.locator('a.page-link').getAttribute('href')).toBe(fixture.hostileArticleUrl);
    });

    it('shows crawl progress and says where recrawl schedules come from', async () => {
        await open('#status');
        const stored = page.locator('table.kv tr', { hasText: '已保存页面' }).locator('td');
        const status = (await (await fetch(`${fixture.api.url}/api/status`)).json()) as { pages: number };
        expect(status.pages).toBeGreaterThanOrEqual(fixture.summary.stored);
        expect(await stored.textContent()).toBe(String(status.pages));
        expect(await page.locator('main').textContent()).toContain('定时重抓需要 Redis');
    });
});
