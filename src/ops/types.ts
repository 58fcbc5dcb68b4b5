/** Shapes the operational views (CLI `status`/`schedule`/`changes`, the HTTP API) share. */

/** A recurring recrawl (a BullMQ job scheduler). */
export interface ScheduleInfo {
    id: string;
    /** What the schedule was added with: its start URL, or the id of a site in `crawlers/`. */
    target: string;
    /** Where each run starts: the target URL, or the site's start URLs. */
    startUrls: string[];
    /** Base interval between runs, in milliseconds, and as the user wrote it (`6h`). */
    everyMs: number;
    every: string;
    /** Bounds of the adaptive per-page interval. */
    minIntervalMs: number;
    maxIntervalMs: number;
    paused: boolean;
    /** ISO time of the next run; null when paused. */
    nextRunAt: string | null;
}

/** Jobs in one queue by state. */
export interface QueueDepth {
    name: string;
    waiting: number;
    active: number;
    delayed: number;
    prioritized: number;
    failed: number;
    completed: number;
}

export interface StatusReport {
    /** `redis` when REDIS_URL is set (an unreachable Redis is an error); `embedded` otherwise (data dir only). */
    mode: 'embedded' | 'redis';
    dataDir: string;
    /** Pages and failures kept in the data dir. */
    pages: number;
    /** Claims kept in the data dir: what `export` prints and `search ''` counts. */
    claims: number;
    failures: number;
    failuresByReason: Record<string, number>;
    /** Empty in embedded mode. */
    queues: QueueDepth[];
    /** Pages finished per second over the last minute, across all workers; null in embedded mode. */
    pagesPerSecond: number | null;
    /** Pages finished (fetched, unchanged or failed) in the last minute. */
    pagesLastMinute: number | null;
    /** Workers connected to the page queue. */
    workers: number | null;
    /** Soonest scheduled recrawls first. */
    nextRuns: { id: string; target: string; at: string }[];
}
