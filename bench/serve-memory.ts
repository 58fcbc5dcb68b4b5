/**
 * What `claimscope serve` costs on a large data dir: `npx tsx bench/serve-memory.ts [pages…]` (default 5000 50000).
 * Each data dir is filled directly through the page store (no crawl): bench-site articles extracted once, each
 * stored under many URLs on 50 sites with its first CLAIMS_PER_PAGE claims (real pages of the demo corpus carry
 * about 6), no HTML kept. Filled data dirs are kept in the temp dir and reused by the next run;
 * `--data-dir DIR` (one size) uses DIR instead, e.g. a copy of a kept one to open with another version. Then a real
 * `serve` process, once it has finished starting (no CPU used for a second), answers in this order: the first search
 * (the index loads), repeated searches, status, the first compare (comparison groups are built) and a repeated
 * compare; its RSS is read after each step, again after
 * IDLE_MS without requests (V8 gives back heap it grew while building, once idle) and its peak (VmHWM) at the end.
 * The smallest size is the baseline the others are compared with.
 * Target: serve over 50k pages under 500 MB; the first search fast.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractPage } from '../extractors/index.js';
import { PageStore, type StoreResult } from '../src/storage/page-store.js';
import { startServeProcess } from '../test/helpers/serve-process.js';
import { renderBenchArticles } from './site.js';

const DISTINCT_ARTICLES = 200;
const SITES = 50;
const CLAIMS_PER_PAGE = 8;
const WRITE_BATCH = 500;
const REPEATS = 15;
const QUERIES = ['', '养老', '医保 报销', '北京', '返款'];
const IDLE_MS = 10_000;

export interface ServeMemoryPoint {
    pages: number;
    claims: number;
    startRssMb: number;
    firstSearchMs: number;
    /** CPU the serve process spent on the first search (steadier than wall time on a loaded machine). */
    firstSearchCpuMs: number;
    searchMedianMs: number;
    searchP95Ms: number;
    afterSearchRssMb: number;
    statusMs: number;
    firstCompareMs: number;
    compareMedianMs: number;
    afterCompareRssMb: number;
    idleRssMb: number;
    peakRssMb: number;
}

function percentile(values: number[], fraction: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

const median = (values: number[]) => percentile(values, 0.5);

/** A data dir of `pages` pages (in `dir`, by default one per size in the temp dir), filled once and reused. */
async function filledDataDir(pages: number, dir = join(tmpdir(), `claimscope-bench-serve-${pages}x${CLAIMS_PER_PAGE}`)): Promise<string> {
    const done = join(dir, 'filled');
    if (existsSync(done)) return dir;
    await rm(dir, { recursive: true, force: true });
    const articles = renderBenchArticles(DISTINCT_ARTICLES).map((page) => extractPage(page.html, `http://bench.example${page.path}`));
    const store = await PageStore.open(dir);
    const started = performance.now();
    const cpuAtStart = process.cpuUsage();
    try {
        let batch: StoreResult[] = [];
        for (let i = 0; i < pages; i++) {
            const article = articles[i % articles.length]!;
            const site = `site-${i % SITES}.example`;
            const url = `http://${site}/news/${i}.html`;
            batch.push({
                kind: 'changed',
                logChanges: false,
                page: {
                    url,
                    site,
                    title: article.title,
                    published: article.published,
                    passages: article.passages,
                    claims: article.claims.slice(0, CLAIMS_PER_PAGE),
                    contentHash: String(i),
                    etag: null,
                    lastModified: null,
                    fetchedAt: new Date(0).toISOString(),
                },
            });
            if (batch.length >= WRITE_BATCH) {
                store.apply(batch);
                batch = [];
                process.stderr.write(`\rfilling ${dir}: ${i + 1} pages, ${((performance.now() - started) / 1000).toFixed(0)} s`);
            }
        }
        store.apply(batch);
    } finally {
        store.close();
    }
    // What the page store's write path (page rows and their segments included) cost per page, beside its wall time.
    const cpu = process.cpuUsage(cpuAtStart);
    process.stderr.write(
        `\nfilled ${pages} pages: ${((performance.now() - started) / pages).toFixed(3)} ms wall, ` +
            `${((cpu.user + cpu.system) / 1000 / pages).toFixed(3)} CPU ms per page (load ${loadavg()[0]!.toFixed(1)})\n`,
    );
    await writeFile(done, '');
    return dir;
}

/** User + system CPU ms of a process so far (/proc, 10 ms resolution). */
function cpuMsOf(pid: number): number {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the command name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * Waits until the process has used no CPU for a while: serve goes on starting (the scheduler, modules loaded on first
 * use) after it prints its address, and that work would otherwise be counted in the first search.
 */
async function untilIdle(pid: number): Promise<void> {
    const quietMs = 1_000;
    const deadline = performance.now() + 30_000;
    let before = cpuMsOf(pid);
    while (performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, quietMs));
        const now = cpuMsOf(pid);
        if (now === before) return;
        before = now;
    }
}

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

async function timed(url: string): Promise<number> {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    return performance.now() - started;
}

export async function benchServeMemory(pages: number, dir?: string): Promise<ServeMemoryPoint> {
    const dataDir = await filledDataDir(pages, dir);
    const env = { ...process.env, REDIS_URL: '', MEILI_URL: '' };
    const { child: serve, url: base } = await startServeProcess(dataDir, env);
    try {
        const pid = serve.pid!;
        await untilIdle(pid);
        const startRssMb = memoryOf(pid).rssMb;
        const search = (q: string) => `${base}/api/search?pageSize=20&q=${encodeURIComponent(q)}`;
        const cpuBefore = cpuMsOf(pid);
        const firstSearchMs = await timed(search(''));
        const firstSearchCpuMs = cpuMsOf(pid) - cpuBefore;
        const searches: number[] = [];
        for (let i = 0; i < REPEATS; i++) for (const q of QUERIES) searches.push(await timed(search(q)));
        const afterSearchRssMb = memoryOf(pid).rssMb;
        const statusMs = await timed(`${base}/api/status`);
        const claims = ((await (await fetch(`${base}/api/status`)).json()) as { claims: number }).claims;
        const firstCompareMs = await timed(`${base}/api/compare?pageSize=20`);
        const compares: number[] = [];
        for (let i = 0; i < 5; i++) compares.push(await timed(`${base}/api/compare?pageSize=20&page=${i + 1}`));
        const afterCompareRssMb = memoryOf(pid).rssMb;
        await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
        const { rssMb: idleRssMb, peakMb: peakRssMb } = memoryOf(pid);
        return {
            pages,
            claims,
            startRssMb,
            firstSearchMs,
            firstSearchCpuMs,
            searchMedianMs: median(searches),
            searchP95Ms: percentile(searches, 0.95),
            afterSearchRssMb,
            statusMs,
            firstCompareMs,
            compareMedianMs: median(compares),
            afterCompareRssMb,
            idleRssMb,
            peakRssMb,
        };
    } finally {
        if (serve.exitCode === null) {
            const gone = new Promise((resolve) => serve.once('exit', resolve));
            serve.kill('SIGTERM');
            await gone;
        }
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'data-dir': { type: 'string' } } });
    const sizes = positionals.map(Number).filter((n) => n > 0);
    const dataDir = values['data-dir'];
    if (dataDir !== undefined && sizes.length !== 1) throw new Error('--data-dir takes one size: bench/serve-memory.ts --data-dir DIR PAGES');
    const points: ServeMemoryPoint[] = [];
    for (const pages of sizes.length > 0 ? sizes : [5_000, 50_000]) {
        const point = await benchServeMemory(pages, dataDir);
        points.push(point);
        console.log(JSON.stringify(point));
    }
    const base = points[0]!;
    const f = (n: number) => n.toFixed(0);
    console.log(`| pages | claims | RSS at start | first search (CPU) | search p50 / p95 | RSS after searches | status | first compare | compare p50 | RSS after compare | RSS idle ${IDLE_MS / 1000} s | peak RSS | peak vs baseline |`);
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const p of points) {
        console.log(
            `| ${p.pages} | ${p.claims} | ${f(p.startRssMb)} MB | ${f(p.firstSearchMs)} ms (${f(p.firstSearchCpuMs)}) | ${p.searchMedianMs.toFixed(1)} / ${p.searchP95Ms.toFixed(1)} ms | ${f(p.afterSearchRssMb)} MB | ` +
                `${f(p.statusMs)} ms | ${f(p.firstCompareMs)} ms | ${p.compareMedianMs.toFixed(1)} ms | ${f(p.afterCompareRssMb)} MB | ${f(p.idleRssMb)} MB | ${f(p.peakRssMb)} MB | ${(p.peakRssMb / base.peakRssMb).toFixed(2)}× |`,
        );
    }
    console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
}
