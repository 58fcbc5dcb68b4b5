/**
 * `tsx test/e2e/screenshots.ts`: crawls the demo web into a temp dir, recrawls one edited article (so there is a
 * change history), serves it and saves a screenshot of each view to docs/screenshots/<view>.png, of the main
 * views at phone width to docs/screenshots/phone-<view>.png, and of a stored copy opened from a quote.
 */
import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startApiServer } from '../../src/api/server.js';
import { articlePath } from '../demo/site-plan.js';
import { loadCorpus, startDemoServer } from '../demo/server.js';
import { crawl, launchChromium, tempDataConfig } from './support.js';

const OUT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The article edited between the two crawls, and the edit: a real-looking figure update. */
const EDITED = { id: '106', from: '每月到账250元', to: '每月到账251元' };

interface Shot {
    name: string;
    hash: string;
    viewport?: { width: number; height: number };
    /** Clicks that open what the view is about (a conflict, a value's sources). */
    prepare?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
    { name: 'search', hash: `#search?q=${encodeURIComponent('划入')}&region=${encodeURIComponent('北京')}` },
    {
        name: 'compare',
        hash: `#compare?region=${encodeURIComponent('北京')}`,
        prepare: async (page) => page.locator('td.disagree .group-value').nth(1).locator('summary').first().click(),
    },
    { name: 'conflicts', hash: '#conflicts', prepare: async (page) => page.locator('.conflict-toggle').first().click() },
    {
        name: 'chart',
        hash: `#conflicts?region=${encodeURIComponent('北京')}`,
        prepare: async (page) => {
            await page.locator('.conflict-toggle').first().click();
            await page.locator('img.chart').first().scrollIntoViewIfNeeded();
        },
    },
    { name: 'missing', hash: '#missing' },
    { name: 'changes', hash: '#changes' },
    { name: 'status', hash: '#status' },
    { name: 'phone-search', hash: `#search?q=${encodeURIComponent('划入')}`, viewport: PHONE },
    { name: 'phone-compare', hash: `#compare?region=${encodeURIComponent('北京')}`, viewport: PHONE },
    { name: 'phone-conflicts', hash: '#conflicts', viewport: PHONE, prepare: async (page) => page.locator('.conflict-toggle').first().click() },
];

async function main(): Promise<void> {
    const config = await tempDataConfig();
    const demo = await startDemoServer();
    try {
        await crawl(config, [`${demo.url}/`]);
        const article = loadCorpus().find((a) => a.id === EDITED.id);
        if (!article?.text.includes(EDITED.from)) throw new Error(`demo article ${EDITED.id} no longer says ${EDITED.from}`);
        demo.setArticleText(EDITED.id, article.text.replace(EDITED.from, EDITED.to));
        await crawl(config, [`${demo.url}${articlePath(article)}`]);
    } finally {
        await demo.close();
    }
    const api = await startApiServer({ config, port: 0 });
    const browser = await launchChromium();
    try {
        await mkdir(OUT_DIR, { recursive: true });
        const context = await browser.newContext({ viewport: DESKTOP });
        const page = await context.newPage();
        for (const shot of SHOTS) {
            await page.setViewportSize(shot.viewport ?? DESKTOP);
            await page.goto(`${api.url}/${shot.hash}`);
            await page.waitForFunction(() => document.body.dataset.rendered === location.hash);
            await shot.prepare?.(page);
            const path = `${OUT_DIR}${shot.name}.png`;
            await page.screenshot({ path, fullPage: false });
            console.log(`saved ${path}`);
        }
        await page.setViewportSize(DESKTOP);
        await page.goto(`${api.url}/#compare?region=${encodeURIComponent('北京')}`);
        await page.waitForFunction(() => document.body.dataset.rendered === location.hash);
        await page.locator('td.disagree .group-value').nth(1).locator('summary').first().click();
        const [copy] = await Promise.all([context.waitForEvent('page'), page.locator('td.disagree details[open] .snapshot-link').first().click()]);
        await copy.waitForLoadState('load');
        await copy.locator('mark.claimscope-quote').first().scrollIntoViewIfNeeded();
        await copy.screenshot({ path: `${OUT_DIR}snapshot.png` });
        console.log(`saved ${OUT_DIR}snapshot.png`);
    } finally {
        await browser.close();
        await api.close();
        await rm(config.dataDir, { recursive: true, force: true });
    }
}

await main();
