/**
 * Change notifications: `crawl --notify URL` POSTs a JSON event for every changed claim once the crawl is done,
 * retrying a receiver that fails at first, and a receiver that never answers does not hold the crawl up. Real
 * HTTP on 127.0.0.1: the demo site, and a receiver that keeps what it got.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureClaim } from '../../src/claims/schema.js';
import type { CrawlEvent } from '../../src/notify/crawl-events.js';
import { readClaims } from '../../src/pipeline/open.js';
import { PageStore } from '../../src/storage/page-store.js';
import { loadCorpus, startDemoServer, type DemoServer } from '../demo/server.js';
import { listen } from '../helpers/listen.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');
const SITE = '/m.jiankang-news.example/';

interface Receiver {
    url: string;
    /** Bodies of the POSTs answered 200. */
    events: CrawlEvent[];
    /** Every POST, failed ones included. */
    attempts: number;
    close(): Promise<void>;
}

/** Answers the first `failFirst` POSTs with 503, then 200. */
async function startReceiver(failFirst: number): Promise<Receiver> {
    const receiver = { events: [] as CrawlEvent[], attempts: 0 };
    const server: Server = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
            receiver.attempts++;
            if (receiver.attempts <= failFirst) {
                res.writeHead(503).end();
                return;
            }
            expect(req.headers['content-type']).toBe('application/json');
            receiver.events.push(JSON.parse(body) as CrawlEvent);
            res.writeHead(200).end();
        });
    });
    const port = await listen(server);
    return Object.assign(receiver, {
        url: `http://127.0.0.1:${port}/hook`,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    });
}

async function crawl(args: string[]) {
    return run(process.execPath, [CLI, 'crawl', ...args], { env: { ...process.env, REDIS_URL: '', MEILI_URL: '' } });
}

describe('crawl --notify', () => {
    let demo: DemoServer;
    let receiver: Receiver;
    let dataDir: string;
    let editedUrl: string;

    beforeAll(async () => {
        [demo, receiver, dataDir] = await Promise.all([startDemoServer(), startReceiver(1), mkdtemp(join(tmpdir(), 'claimscope-notify-'))]);
    });

    afterAll(async () => {
        await Promise.all([demo?.close(), receiver?.close(), rm(dataDir, { recursive: true, force: true })]);
    });

    it('a first crawl posts the conflicts it found, none as a changed claim; the receiver\'s first 503 is retried', async () => {
        const { stderr } = await crawl([`${demo.url}${SITE}`, '--data-dir', dataDir, '--notify', receiver.url]);
        expect(receiver.events.filter((e) => e.event === 'claim_changed')).toEqual([]);
        const conflicts = receiver.events.filter((e): e is Extract<CrawlEvent, { event: 'conflict_new' }> => e.event === 'conflict_new');
        expect(conflicts.length).toBeGreaterThan(0);
        for (const { conflict } of conflicts) expect(conflict.values.length).toBeGreaterThan(1);
        // One attempt per event, plus the one answered 503.
        expect(receiver.attempts).toBe(receiver.events.length + 1);
        expect(stderr).toContain(`${conflicts.length} notifications: ${conflicts.length} delivered, 0 not delivered`);
    });

    it('an edited figure is posted as a changed claim', async () => {
        const claims = await readClaims(await PageStore.open(dataDir));
        const figure = claims.find(
            (c): c is FigureClaim => c.kind === 'figure' && c.region !== null && c.quote.split(String(c.value)).length === 2,
        )!;
        const article = loadCorpus().find((a) => figure.url.endsWith(new URL(a.url).pathname) && a.text.includes(figure.quote))!;
        demo.setArticleText(article.id, article.text.replace(figure.quote, figure.quote.replace(String(figure.value), String(figure.value + 1))));
        editedUrl = figure.url;
        const [attemptsBefore, eventsBefore] = [receiver.attempts, receiver.events.length];

        const { stderr } = await crawl([figure.url, '--data-dir', dataDir, '--notify', receiver.url]);

        const changed = receiver.events.filter((e): e is Extract<CrawlEvent, { event: 'claim_changed' }> => e.event === 'claim_changed');
        const change = changed.find((e) => e.change.url === figure.url && e.change.change === 'modified')?.change;
        expect(change?.fields).toContainEqual({ field: 'value', before: figure.value, after: figure.value + 1 });
        expect(change?.region).toBe(figure.region);
        const sent = receiver.events.length - eventsBefore;
        expect(receiver.attempts - attemptsBefore).toBe(sent);
        expect(stderr).toContain(`${sent} notifications: ${sent} delivered, 0 not delivered`);
    });

    it('a receiver that never answers does not hold the crawl up, and the crawl says what was not delivered', async () => {
        // Accepts connections, never answers: each attempt waits for its own timeout.
        const silent = createServer(() => {});
        const port = await listen(silent);
        try {
            const claims = await readClaims(await PageStore.open(dataDir));
            const figure = [...claims]
                .reverse()
                .find((c): c is FigureClaim => c.kind === 'figure' && c.region !== null && c.url !== editedUrl && c.quote.split(String(c.value)).length === 2)!;
            const article = loadCorpus().find((a) => figure.url.endsWith(new URL(a.url).pathname) && a.text.includes(figure.quote))!;
            demo.setArticleText(article.id, article.text.replace(figure.quote, figure.quote.replace(String(figure.value), String(figure.value + 2))));
            const { stderr } = await crawl([figure.url, '--data-dir', dataDir, '--notify', `http://127.0.0.1:${port}/`]);
            expect(stderr).toMatch(/crawled \d+ pages/);
            expect(stderr).toMatch(/ (\d+) notifications: 0 delivered, \1 not delivered/);
            const stored = await (await PageStore.open(dataDir)).get(figure.url);
            expect(stored?.claims.some((c) => c.kind === 'figure' && c.value === figure.value + 2)).toBe(true);
        } finally {
            silent.closeAllConnections();
            await new Promise((resolve) => silent.close(resolve));
        }
    });
});
