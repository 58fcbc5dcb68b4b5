/** Small statistics and timing helpers shared by the bench modules. */

/** The middle value (the upper one of the two middles for an even count). */
export function median(values: readonly number[]): number {
    if (values.length === 0) throw new Error('median of no values');
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
}

/** Rounds to `digits` decimals, for figures printed and stored as JSON. */
export function round(value: number, digits = 2): number {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}

/** A crawl's throughput: pages handled over wall-clock seconds, and the CPU this process spent on them. */
export interface CrawlRate {
    pages: number;
    seconds: number;
    pagesPerSecond: number;
    /** User + system CPU seconds of this process (all its threads) during the crawl. */
    cpuSeconds: number;
}

/** CPU seconds (user + system) this process has used since `since`. */
export function cpuSecondsSince(since: NodeJS.CpuUsage): number {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1e6;
}

/** Times `crawl`, which resolves to the number of pages it handled. */
export async function timeCrawl(crawl: () => Promise<number>): Promise<CrawlRate> {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const pages = await crawl();
    const seconds = (performance.now() - started) / 1000;
    return { pages, seconds, pagesPerSecond: pages / seconds, cpuSeconds: cpuSecondsSince(cpu) };
}
