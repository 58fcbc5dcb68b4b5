/**
 * What the browser tests and the screenshot script share: a data dir built by really crawling the demo web
 * (plus a hostile page), the API server on it, and headless Chromium. Loopback only.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startApiServer, type ApiServer } from '../../src/api/server.js';
import { loadConfig, type Config } from '../../src/config/index.js';
import { createCrawlScope } from '../../src/pipeline/crawl-scope.js';
import { crawlEmbedded, type CrawlSummary } from '../../src/pipeline/embedded-crawl.js';
import { openBackends } from '../../src/pipeline/open.js';
import { startDemoServer } from '../demo/server.js';

/** Debian's chromium package; the test setup installs it. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, and nothing that would reach beyond loopback (updates, sync, QUIC probes). */
const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
    return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Sentences with a figure, each carrying a payload. In the served HTML they are escaped, so the crawler reads
 * them as text: the claims' quotes then hold live-looking markup, which the page must show and never run.
 */
export const HOSTILE_SENTENCES = [
    '北京:70岁以下退休人员每月划入100元<img src=x onerror="window.__xss=1">',
    // Ends as a sentence ends, so the extractor does not join the next paragraph to it.
    '上海:退休人员每月划入个人账户150元<script>window.__xss=2</script>。',
] as const;

export const HOSTILE_TITLE = '各地退休人员医保个人账户每月划入多少<script>window.__xss=3</script>';

function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Live markup in the page itself (not text): what the stored copy keeps and `/snapshot/` must make inert. Each
 * would set `window.__xss` or call `alert` if it ran.
 */
const LIVE_PAYLOADS = [
    '<script>window.__xss = 4; alert(4)</script>',
    '<img src="/pixel.png" onerror="window.__xss = 5; alert(5)">',
    '<a href="javascript:alert(6)">阅读原文</a>',
    '<iframe src="/news/hostile.html"></iframe>',
].join('\n');

/** The hostile article, as a content farm would template it. */
function hostileArticleHtml(sentences: readonly string[]): string {
    const paragraphs = [
        '退休后医保个人账户每月能划入多少钱?各地标准不同,下面整理了两个城市的做法,供参考。',
        ...sentences,
        '具体以当地医保部门公布的标准为准,可通过国家医保服务平台查询个人账户划入明细。',
    ];
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(HOSTILE_TITLE)}</title></head>
<body><header><nav><a href="/">首页</a></nav></header>
<article><h1>${escapeHtml(HOSTILE_TITLE)}</h1><p class="meta">2025-06-01 来源:网络</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${LIVE_PAYLOADS}
</article><footer>版权所有</footer></body></html>`;
}

export interface HostileSite {
    url: string;
    articleUrl: string;
    /** Replaces `from` with `to` in the article text (a recrawl then records a change). */
    edit(from: string, to: string): void;
    close(): Promise<void>;
}

/** A one-article site on 127.0.0.1 serving the hostile page at `${url}/news/hostile.html`. */
export async function startHostileSite(): Promise<HostileSite> {
    let sentences: string[] = [...HOSTILE_SENTENCES];
    const server = createServer((req, res) => {
        if (req.url === '/news/hostile.html') {
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostileArticleHtml(sentences));
        } else {
            res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
        url,
        articleUrl: `${url}/news/hostile.html`,
        edit(from, to) {
            sentences = sentences.map((sentence) => sentence.replace(from, to));
        },
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
}

/** The edit the fixture makes to the hostile page between its two crawls. */
export const HOSTILE_EDIT = { from: '150元', to: '160元' } as const;

export interface CrawledFixture {
    config: Config;
    /** The first crawl: demo web and hostile page. */
    summary: CrawlSummary;
    hostileArticleUrl: string;
    api: ApiServer;
    /** Stops the API and removes the data dir. */
    close(): Promise<void>;
}

/** A config on a fresh temp data dir; environment variables are ignored, so a developer's REDIS_URL or MEILI_URL cannot leak in. */
export async function tempDataConfig(): Promise<Config> {
    return loadConfig({ dataDir: await mkdtemp(join(tmpdir(), 'claimscope-e2e-')) }, {});
}

/** One embedded crawl into the config's data dir. */
export async function crawl(config: Config, startUrls: string[]): Promise<CrawlSummary> {
    const backends = await openBackends(config);
    try {
        return await crawlEmbedded(createCrawlScope(startUrls), config, backends);
    } finally {
        await backends.close();
    }
}

/**
 * Crawls the demo web and the hostile page with the embedded default into a fresh temp dir, edits the hostile
 * page and recrawls it (so it has a change history), then serves the data dir with the API on a free port.
 * The sites are closed once crawled: the API reads only the data dir.
 */
export async function crawlAndServe(): Promise<CrawledFixture> {
    const config = await tempDataConfig();
    const [demo, hostile] = await Promise.all([startDemoServer(), startHostileSite()]);
    let summary: CrawlSummary;
    try {
        summary = await crawl(config, [`${demo.url}/`, hostile.articleUrl]);
        hostile.edit(HOSTILE_EDIT.from, HOSTILE_EDIT.to);
        await crawl(config, [hostile.articleUrl]);
    } finally {
        await Promise.all([demo.close(), hostile.close()]);
    }
    const api = await startApiServer({ config, port: 0 });
    return {
        config,
        summary,
        hostileArticleUrl: hostile.articleUrl,
        api,
        async close() {
            await api.close();
            await rm(config.dataDir, { recursive: true, force: true });
        },
    };
}
