/**
 * The benchmark web: thousands of realistic articles recombined from the demo corpus, rendered with the demo's
 * three page templates (portal, semantic, legacy GBK), on several hosts with paginated list pages, served from
 * 127.0.0.1. Every page is rendered before the server answers, so a crawl measures the crawler, not the renderer.
 *
 * Serve it standalone: `npx tsx bench/site.ts [articles]` (prints one JSON line `{ url, pages }` when ready).
 */
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArticleText } from '../test/demo/article-text.js';
import { loadCorpus, type Article } from '../test/demo/corpus.js';
import { encodeGbk, esc } from '../test/demo/html.js';
import { articlePath, listPath, templateFor } from '../test/demo/site-plan.js';
import { teaserOf, type Teaser } from '../test/demo/teasers.js';
import { TEMPLATES } from '../test/demo/templates/index.js';
import { createRandom } from './random.js';
import { listen } from '../test/helpers/listen.js';

export interface BenchSiteOptions {
    /** Articles on the site. @default 10000 */
    articles?: number;
    /** Hosts the articles are spread over (each rendered with the template its name hashes to). @default 20 */
    hosts?: number;
    /** PRNG seed: the same seed builds the same site. @default 1 */
    seed?: number;
    /** Every answer waits this long first, as a server across the internet would (workers then wait on the network). @default 0 */
    delayMs?: number;
}

export interface BenchSite {
    /** `http://127.0.0.1:PORT`, no trailing slash; the root page links every host's first list page. */
    url: string;
    /** HTML pages a full crawl from the root visits: root, list pages and articles. */
    pages: number;
    /** Bytes of HTML over all article pages, as served. */
    articleBytes: number;
    close(): Promise<void>;
}

/** One page as a crawler receives it. */
export interface RenderedPage {
    /** Path on the bench server (`/<host>/<article path>`). */
    path: string;
    /** The markup before encoding: what a crawler has after decoding the body. */
    html: string;
    body: Buffer;
    contentType: string;
}

/** Article pages are grown or trimmed section by section until their HTML falls in this range. */
const MIN_PAGE_BYTES = 10 * 1024;
const MAX_PAGE_BYTES = 20 * 1024;
/** Blocks taken from one source article, so one section never overshoots the page-size range. */
const MAX_SECTION_BLOCKS = 8;
/** Articles per list page. */
const LIST_PAGE_SIZE = 20;
const RELATED_COUNT = 4;
const POPULAR_COUNT = 6;
/** Host names are built from these words, so templates are picked by the same hash a real crawl would meet. */
const HOST_WORDS = ['yibao', 'shebao', 'laonian', 'jiankang', 'zhengce', 'fuli', 'baoxian', 'wenda', 'caijing', 'minsheng'];
const HOST_PREFIXES = ['www', 'm', 'news'];
const ARTICLE_DIRS = ['yibao', 'wenda', 'a', 'news'];
/** Figures followed by these units are perturbed, so copies disagree the way content farms do. */
const FIGURE = /(\d+(?:\.\d+)?)(?=\s*(?:元|%|％|个工作日|天|个月|倍))/g;
/** Date and source lines under a title: the composed article writes its own. */
const META_LINE = /\d{4}[-/年.]\d{1,2}|举报|来源[:：]/;
const MAX_META_CHARS = 60;
const ROBOTS_TXT = 'User-agent: *\nAllow: /\n';

interface SourceArticle {
    title: string;
    /** Body blocks (title and date lines dropped), each a `\n`-joined run of lines. */
    blocks: string[];
}

function sourceArticles(): SourceArticle[] {
    return loadCorpus().map((article) => {
        const blocks = article.text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
        // the first block is the title line, sometimes with the date/source line glued under it
        const head = blocks.shift()!.split('\n').slice(1).join('\n');
        if (head) blocks.unshift(head);
        while (blocks[0] && blocks[0].length <= MAX_META_CHARS && META_LINE.test(blocks[0])) blocks.shift();
        return { title: article.title, blocks };
    }).filter((a) => a.blocks.length > 0);
}

/** The host names of a site with `count` hosts. */
export function benchHosts(count: number): string[] {
    return Array.from({ length: count }, (_, i) => {
        const word = HOST_WORDS[i % HOST_WORDS.length]!;
        const prefix = HOST_PREFIXES[Math.floor(i / HOST_WORDS.length) % HOST_PREFIXES.length]!;
        return `${prefix}.${word}${i >= HOST_WORDS.length ? i : ''}-bench.example`;
    });
}

function perturbFigures(text: string, random: () => number): string {
    return text.replace(FIGURE, (figure) => {
        const value = Number(figure) * (0.8 + random() * 0.45);
        return figure.includes('.') ? value.toFixed(1) : String(Math.max(1, Math.round(value)));
    });
}

/**
 * Article `i` of a bench site: the title and lead of one corpus article, then sections taken whole from
 * others (their titles become section headings), figures perturbed, on host `i % hosts.length`. Returns
 * the article with `sections` sections; callers grow or shrink it to fit the page-size range.
 */
function composeArticle(i: number, sections: number, sources: SourceArticle[], hosts: string[], seed: number): Article {
    const random = createRandom(seed * 1_000_003 + i);
    const pick = () => sources[Math.floor(random() * sources.length)]!;
    const lead = pick();
    const host = hosts[i % hosts.length]!;
    const date = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 1000) * 86_400_000).toISOString().slice(0, 10);
    const time = `${String(7 + Math.floor(random() * 14)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`;
    const blocks = lead.blocks.slice(0, MAX_SECTION_BLOCKS * 2);
    const used = new Set([lead]);
    for (let s = 0; s < sections; s++) {
        let source = pick();
        while (used.has(source) && used.size < sources.length) source = pick();
        used.add(source);
        const ordinal = '一二三四五六七八九十'[s % 10]!;
        blocks.push(`${ordinal}、${source.title.replace(/[?？!！。]+$/, '')}`, ...source.blocks.slice(0, MAX_SECTION_BLOCKS));
    }
    const id = `b${String(i).padStart(6, '0')}`;
    const dir = ARTICLE_DIRS[i % ARTICLE_DIRS.length]!;
    const text = perturbFigures(`${lead.title}\n${date} ${time}|举报\n\n${blocks.join('\n\n')}`, random);
    return { id, url: `https://${host}/${dir}/${date.replaceAll('-', '')}/${id}.html`, site: host, title: lead.title, text };
}

interface SitePlan {
    articles: Article[];
    hosts: string[];
    teasers: Teaser[];
}

/**
 * The size of an article's page before its neighbours are known: its own teaser stands in for theirs, which
 * are as long. GBK spends 2 bytes on a CJK character where UTF-8 spends 3.
 */
function pageBytes(article: Article): number {
    const teaser = teaserOf(article);
    const template = TEMPLATES[templateFor(article.site)];
    const html = template.renderArticle({
        article,
        doc: parseArticleText(article.text, article.title),
        host: article.site,
        siteName: article.site.split('.')[1]!,
        published: teaser.published,
        listHref: listPath(article.site),
        related: Array.from({ length: RELATED_COUNT }, () => teaser),
        popular: Array.from({ length: POPULAR_COUNT - 1 }, () => teaser),
        previous: teaser,
        next: teaser,
        ordinal: 0,
        charsetInHeader: true,
    });
    if (template.charset === 'utf-8') return Buffer.byteLength(html);
    return 2 * html.length - html.replace(/[^\x00-\x7f]/g, '').length;
}

/** Data an article page needs besides its own text: neighbours on its host and related articles. */
function renderArticle(plan: SitePlan, i: number): RenderedPage {
    const article = plan.articles[i]!;
    const host = article.site;
    const step = plan.hosts.length;
    const template = TEMPLATES[templateFor(host)];
    const ordinal = Math.floor(i / step);
    const teaser = (j: number) => (j >= 0 && j < plan.teasers.length ? plan.teasers[j]! : null);
    const related = Array.from({ length: RELATED_COUNT }, (_, k) => teaser((i + (k + 1) * 7) % plan.teasers.length)!);
    const popular = Array.from({ length: POPULAR_COUNT }, (_, k) => teaser((i % step) + k * step)).filter((t) => t !== null);
    const doc = parseArticleText(article.text, article.title);
    const charsetInHeader = ordinal % 2 === 0;
    const html = template.renderArticle({
        article,
        doc,
        host,
        siteName: host.split('.')[1]!,
        published: plan.teasers[i]!.published,
        listHref: listPath(host),
        related,
        popular: popular.filter((t) => t.href !== plan.teasers[i]!.href),
        previous: teaser(i - step),
        next: teaser(i + step),
        ordinal,
        charsetInHeader,
    });
    return encodePage(articlePath(article), html, template.charset, charsetInHeader);
}

function encodePage(path: string, html: string, charset: 'utf-8' | 'gbk', charsetInHeader: boolean): RenderedPage {
    if (charset === 'utf-8') return { path, html, body: Buffer.from(html), contentType: 'text/html; charset=utf-8' };
    return { path, html, body: encodeGbk(html), contentType: charsetInHeader ? 'text/html; charset=gbk' : 'text/html' };
}

function planSite(options: BenchSiteOptions): SitePlan {
    const { articles: count = 10_000, hosts: hostCount = 20, seed = 1 } = options;
    const sources = sourceArticles();
    const hosts = benchHosts(hostCount);
    const articles: Article[] = [];
    // sections of the last article per template, as the first guess for the next: most are composed once or twice
    const sections = new Map<string, number>();
    for (let i = 0; i < count; i++) {
        const template = templateFor(hosts[i % hosts.length]!);
        let n = sections.get(template) ?? 4;
        let article = composeArticle(i, n, sources, hosts, seed);
        while (pageBytes(article) < MIN_PAGE_BYTES + 512) article = composeArticle(i, ++n, sources, hosts, seed);
        while (pageBytes(article) > MAX_PAGE_BYTES - 512 && n > 0) article = composeArticle(i, --n, sources, hosts, seed);
        sections.set(template, n);
        articles.push(article);
    }
    return { articles, hosts, teasers: articles.map(teaserOf) };
}

/**
 * Renders the first `count` article pages of the bench site in memory (for extraction benchmarks: no server).
 * Same pages, same bytes as {@link startBenchSite} serves.
 */
export function renderBenchArticles(count: number, options: Omit<BenchSiteOptions, 'articles'> = {}): RenderedPage[] {
    const plan = planSite({ ...options, articles: count });
    return plan.articles.map((_, i) => renderArticle(plan, i));
}

/** Every page of the site by path: root, robots.txt, each host's list pages, every article. */
function renderSite(options: BenchSiteOptions): Map<string, RenderedPage> {
    const plan = planSite(options);
    const pages = new Map<string, RenderedPage>();
    const add = (page: RenderedPage) => pages.set(page.path, page);
    for (let i = 0; i < plan.articles.length; i++) add(renderArticle(plan, i));
    const step = plan.hosts.length;
    plan.hosts.forEach((host, h) => {
        const items = plan.teasers.filter((_, i) => i % step === h);
        const pageCount = Math.max(1, Math.ceil(items.length / LIST_PAGE_SIZE));
        const template = TEMPLATES[templateFor(host)];
        for (let page = 1; page <= pageCount; page++) {
            const html = template.renderList({
                host,
                siteName: host.split('.')[1]!,
                page,
                pageCount,
                items: items.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE),
                pageHref: (n) => listPath(host, n),
                charsetInHeader: page % 2 === 1,
            });
            add(encodePage(listPath(host, page), html, template.charset, page % 2 === 1));
        }
    });
    const root = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>claimscope bench web</title></head>
<body><h1>Bench sites</h1><ul>
${plan.hosts.map((h) => `<li><a href="${esc(listPath(h))}">${esc(h)}</a></li>`).join('\n')}
</ul></body></html>
`;
    add(encodePage('/', root, 'utf-8', true));
    return pages;
}

/** Renders the whole site, then serves it from 127.0.0.1 in this process. */
export async function startBenchSite(options: BenchSiteOptions = {}): Promise<BenchSite> {
    const pages = renderSite(options);
    let articleBytes = 0;
    for (const page of pages.values()) if (/\.html$/.test(page.path)) articleBytes += page.body.length;
    const delayMs = options.delayMs ?? 0;
    const server = createServer((req, res) => {
        if (delayMs > 0) setTimeout(() => answer(req, res), delayMs);
        else answer(req, res);
    });
    const answer = (req: IncomingMessage, res: ServerResponse) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://bench').pathname);
        if (path === '/robots.txt') {
            res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end(ROBOTS_TXT);
            return;
        }
        const page = pages.get(path);
        if (!page) {
            res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
            return;
        }
        res.writeHead(200, { 'Content-Type': page.contentType, 'Content-Length': page.body.length });
        res.end(req.method === 'HEAD' ? undefined : page.body);
    };
    // crawlers keep connections alive between pages; node's default 5 s would close idle sockets mid-bench
    server.keepAliveTimeout = 60_000;
    const port = await listen(server);
    return {
        url: `http://127.0.0.1:${port}`,
        pages: pages.size,
        articleBytes,
        close: () =>
            new Promise<void>((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            }),
    };
}

/**
 * Starts the bench site in a child process, so serving pages costs the measured crawler no time on its own
 * event loop. Resolves once every page is rendered and the server listens.
 */
export async function spawnBenchSite(options: BenchSiteOptions = {}): Promise<BenchSite> {
    const script = fileURLToPath(import.meta.url);
    const args = [String(options.articles ?? 10_000), String(options.hosts ?? 20), String(options.seed ?? 1), String(options.delayMs ?? 0)];
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const firstLine = await new Promise<string>((resolve, reject) => {
        const lines = createInterface({ input: child.stdout! });
        lines.once('line', resolve);
        child.once('exit', (code) => reject(new Error(`bench site exited with code ${code} before it was ready`)));
    });
    const ready = JSON.parse(firstLine) as Omit<BenchSite, 'close'>;
    return {
        ...ready,
        close: () =>
            new Promise<void>((resolve) => {
                if (child.exitCode !== null) return resolve();
                child.once('exit', () => resolve());
                child.kill('SIGTERM');
            }),
    };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const [articles, hosts, seed, delayMs] = process.argv.slice(2).map(Number);
    const site = await startBenchSite({ articles: articles || undefined, hosts: hosts || undefined, seed: seed || undefined, delayMs: delayMs || undefined });
    console.log(JSON.stringify({ url: site.url, pages: site.pages, articleBytes: site.articleBytes }));
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void site.close().then(() => process.exit(0)));
}
