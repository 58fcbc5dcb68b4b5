/**
 * Peak RSS of a claimscope crawl by pages crawled: each size is crawled end to end (crawl, then the index pass)
 * in its own child process, which reports `process.resourceUsage().maxRSS` when done. All sizes crawl the same
 * site, large enough for the biggest, so only the page count differs.
 *
 * `npx tsx bench/memory.ts 2000 10000` measures those sizes at concurrency 8 and prints the points, the ratio and
 * the load average. Child mode (used by `benchMemory`): `npx tsx bench/memory.ts <site url> <pages> <concurrency>`.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crawlWithClaimscope } from './end-to-end.js';
import { spawnBenchSite } from './site.js';

export interface BenchMemoryOptions {
    /** Page counts to crawl, smallest first; the ratio is last ÷ first. */
    sizes: readonly number[];
    concurrency: number;
}

export interface MemoryPoint {
    pages: number;
    peakRssMb: number;
    seconds: number;
}

export interface BenchMemoryResult {
    points: MemoryPoint[];
    /** Peak RSS at the largest size ÷ at the smallest (target ≤ 1.2 for 5×). */
    rssRatio: number;
}

function crawlInChild(siteUrl: string, pages: number, concurrency: number): Promise<MemoryPoint> {
    const script = fileURLToPath(import.meta.url);
    const child = spawn(process.execPath, ['--import', 'tsx', script, siteUrl, String(pages), String(concurrency)], {
        stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    return new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code) => {
            if (code !== 0) return reject(new Error(`memory child for ${pages} pages exited with code ${code}`));
            resolve(JSON.parse(out.trim().split('\n').at(-1)!) as MemoryPoint);
        });
    });
}

/** Serves one site big enough for the largest size and crawls each size in a fresh process. */
export async function benchMemory(options: BenchMemoryOptions): Promise<BenchMemoryResult> {
    const largest = Math.max(...options.sizes);
    // list pages count towards the crawl, so a few more articles than pages keep the largest crawl all articles
    const site = await spawnBenchSite({ articles: Math.ceil(largest * 1.1) });
    const points: MemoryPoint[] = [];
    try {
        for (const pages of options.sizes) points.push(await crawlInChild(site.url, pages, options.concurrency));
    } finally {
        await site.close();
    }
    return { points, rssRatio: points.at(-1)!.peakRssMb / points[0]!.peakRssMb };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && !/^https?:/.test(process.argv[2] ?? '')) {
    const loadAtStart = loadavg()[0]!;
    const sizes = process.argv.slice(2).map(Number);
    const result = await benchMemory({ sizes: sizes.length > 0 ? sizes : [2000, 10000], concurrency: 8 });
    console.log(JSON.stringify({ ...result, loadAverage: [loadAtStart, loadavg()[0]!] }));
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const [siteUrl, pages, concurrency] = process.argv.slice(2);
    const rate = await crawlWithClaimscope(siteUrl!, { maxPages: Number(pages), concurrency: Number(concurrency) });
    // maxRSS is in kilobytes
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    console.log(JSON.stringify({ pages: rate.pages, peakRssMb, seconds: rate.seconds } satisfies MemoryPoint));
}
