/**
 * `tsx test/e2e/screenshots.ts`: crawls the demo web into a temp dir, recrawls one edited article (so there is a
 * change history), serves it and saves a screenshot of each view to docs/screenshots/<view>.png.
 */
import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startApiServer } from '../../src/api/server.js';
import { articlePath } from '../demo/site-plan.js';
import { loadCorpus, startDemoServer } from '../demo/server.js';
import { crawl, launchChromium, tempDataConfig } from './support.js';

const OUT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** The article edited between the two crawls, and the edit: a real-looking figure update. */
const EDITED = { id: '106', from: '每月到账250元', to: '每月到账251元' };

interface Shot {
    name: string;
    hash: string;
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
    { name: 'missing', hash: '#missing' },
    { name: 'changes', hash: '#changes' },
    { name: 'status', hash: '#status' },
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
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        for (const shot of SHOTS) {
            await page.goto(`${api.url}/${shot.hash}`);
            await page.waitForFunction(() => document.body.dataset.rendered === location.hash);
            await shot.prepare?.(page);
            const path = `${OUT_DIR}${shot.name}.png`;
            await page.screenshot({ path, fullPage: false });
            console.log(`saved ${path}`);
        }
    } finally {
        await browser.close();
        await api.close();
        await rm(config.dataDir, { recursive: true, force: true });
    }
}

await main();
