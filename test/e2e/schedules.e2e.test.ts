/**
 * Schedule buttons on the page, in real Chromium against a real redis-server: without the token `serve` prints
 * nothing can be changed; with it, pause, resume, run now and remove work; a page on another origin cannot
 * change a schedule even when it knows the token (no CORS preflight is granted) or posts a form (no header).
 */
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startApiServer, type ApiServer } from '../../src/api/server.js';
import { listSchedules, type ScheduleInfo } from '../../src/ops/index.js';
import { ScheduleAdmin } from '../../src/queue/schedules.js';
import { startRedisServer, type TestRedis } from '../helpers/redis-server.js';
import { crawl, launchChromium, startHostileSite, tempDataConfig } from './support.js';

const TOKEN = 'e2e-schedule-token';
const HOUR = 3_600_000;

let redis: TestRedis;
let api: ApiServer;
let browser: Browser;
let dataDir: string;
let schedule: ScheduleInfo;
/** A page on another origin that would like to pause the schedule. */
let elsewhere: Server;
let elsewhereUrl: string;

beforeAll(async () => {
    [redis, browser] = await Promise.all([startRedisServer(), launchChromium()]);
    const config = { ...(await tempDataConfig()), redisUrl: redis.url };
    dataDir = config.dataDir;
    const site = await startHostileSite();
    try {
        await crawl({ ...config, redisUrl: undefined }, [site.articleUrl]);
    } finally {
        await site.close();
    }
    schedule = await ScheduleAdmin.use(redis.url, (admin) => admin.add({ target: 'http://127.0.0.1:9/news/', everyMs: 6 * HOUR }));
    api = await startApiServer({ config, port: 0, token: TOKEN });
    elsewhere = createServer((_req, res) => {
        // A cross-site form aimed at the schedule: what a CSRF attack would post.
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
            `<!doctype html><form method="post" action="${api.url}/api/schedules/${schedule.id}/pause"><button>go</button></form>`,
        );
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
    await browser?.close();
    await api?.close();
    await new Promise((resolve) => elsewhere?.close(resolve));
    await redis?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function current(): Promise<ScheduleInfo | undefined> {
    return (await listSchedules({ redisUrl: redis.url, dataDir })).find((s) => s.id === schedule.id);
}

async function openStatus(page: Page): Promise<void> {
    await page.goto(`${api.url}/#status`);
    await page.waitForFunction(() => document.body.dataset.rendered === location.hash);
}

function row(page: Page) {
    return page.locator(`tr[data-schedule="${schedule.id}"]`);
}

describe('schedule buttons', () => {
    it('are disabled without the token, refuse a wrong one in Chinese, and work with the right one', async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        try {
            await openStatus(page);
            expect(await row(page).locator('.schedule-state').textContent()).toBe('运行中');
            expect(await row(page).locator('button.schedule-pause').isDisabled()).toBe(true);
            expect(await page.locator('main').textContent()).toContain('claimscope serve 启动时会打印它');

            await page.locator('input[name="token"]').fill('not-the-token');
            await page.locator('.token-form button').click();
            await page.waitForFunction(() => document.body.dataset.rendered === location.hash && !document.querySelector('[aria-busy]'));
            await row(page).locator('button.schedule-pause').click();
            await page.locator('.messages .error').waitFor();
            expect(await page.locator('.messages .error p').first().textContent()).toBe('没有权限：令牌缺失或不正确。');
            expect((await current())?.paused).toBe(false);

            await page.locator('input[name="token"]').fill(TOKEN);
            await page.locator('.token-form button').click();
            await row(page).locator('button.schedule-pause').click();
            await page.waitForFunction((id) => document.querySelector(`tr[data-schedule="${id}"] .schedule-state`)?.textContent === '已暂停', schedule.id);
            expect((await current())?.paused).toBe(true);

            await row(page).locator('button.schedule-resume').click();
            await page.waitForFunction((id) => document.querySelector(`tr[data-schedule="${id}"] .schedule-state`)?.textContent === '运行中', schedule.id);
            expect((await current())?.paused).toBe(false);

            await row(page).locator('button.schedule-run').click();
            await page.waitForFunction(() => document.body.dataset.rendered === location.hash && !document.querySelector('[aria-busy]'));
            expect(await page.locator('.messages .error').count()).toBe(0);

            await row(page).locator('button.schedule-remove').click();
            await row(page).waitFor({ state: 'detached' });
            expect(await current()).toBeUndefined();
        } finally {
            await page.close();
        }
    });

    it('refuse a request from another origin, with the token in a script or without it in a form', async () => {
        schedule = await ScheduleAdmin.use(redis.url, (admin) => admin.add({ target: 'http://127.0.0.1:9/other/', everyMs: 6 * HOUR }));
        const page = await browser.newPage();
        try {
            await page.goto(elsewhereUrl);
            const scripted = await page.evaluate(
                async ([url, token]) => {
                    try {
                        const response = await fetch(url!, { method: 'POST', headers: { 'X-Claimscope-Token': token! } });
                        return `status ${response.status}`;
                    } catch {
                        return 'blocked';
                    }
                },
                [`${api.url}/api/schedules/${schedule.id}/pause`, TOKEN],
            );
            expect(scripted).toBe('blocked');
            await Promise.all([page.waitForNavigation(), page.locator('button').click()]);
            expect(await page.locator('body').textContent()).toMatch(/cross-site request refused/);
            expect((await current())?.paused).toBe(false);
        } finally {
            await page.close();
        }
    });
});
