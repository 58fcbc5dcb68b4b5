import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { ClaimscopeError } from '../../errors.js';
import { createCrawlScope } from '../../pipeline/crawl-scope.js';
import { crawlEmbedded, type CrawlSummary } from '../../pipeline/embedded-crawl.js';
import { openBackends } from '../../pipeline/open.js';
import { submitCrawl } from '../../queue/submit-crawl.js';
import { acquireCrawlLock } from '../../storage/crawl-lock.js';
import { createProgressLine } from '../output.js';

function collect(value: string, previous: string[]): string[] {
    return [...previous, value];
}

/** The shell's convention: 128 + the signal's number. */
const EXIT_CODE_OF: Partial<Record<NodeJS.Signals, number>> & Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

/** robots.txt said no: the crawl respected it, which is not a failure of the page or of claimscope. */
const ROBOTS_SKIP = 'robots_disallowed';

/** What a finished embedded crawl tells the user: counts, what stopped it early, what went wrong. */
export function describeCrawl(summary: CrawlSummary, startUrls: string[], maxPages: number, dataDir: string): { lines: string[]; error: string | null } {
    const skipped = summary.failures.filter((f) => f.reason === ROBOTS_SKIP);
    const failed = summary.failures.filter((f) => f.reason !== ROBOTS_SKIP);
    // The frontier may not count links beyond the cap, so reaching it is what says the crawl was cut short.
    const capped = !summary.interrupted && (summary.resumed?.done ?? 0) + summary.done + summary.failures.length >= maxPages;
    if (summary.interrupted) {
        return {
            lines: [
                `crawl stopped by ${summary.interrupted} after ${summary.done} pages (${summary.stored} new or changed articles); ` +
                    `${summary.queued} pages to go, ${summary.claims} claims in ${dataDir}: run the same command to resume, or add --restart to start over`,
            ],
            error: null,
        };
    }
    const lines = [
        `crawled ${summary.done} pages in ${summary.seconds.toFixed(1)} s: ${summary.stored} new or changed articles, ` +
            `${summary.unchanged} unchanged, ${skipped.length} skipped (robots.txt), ${failed.length} failed; ` +
            `${summary.claims} claims indexed in ${dataDir}`,
    ];
    for (const failure of failed.slice(0, 10)) lines.push(`  failed ${failure.url}: ${failure.reason} (${failure.message})`);
    for (const skip of skipped.slice(0, 3)) lines.push(`  skipped ${skip.url}: robots.txt disallows it`);
    if (capped) {
        const left = summary.queued > 0 ? ` with ${summary.queued} pages still queued` : '';
        lines.push(`stopped at --max-pages ${maxPages}${left}: raise --max-pages to crawl further`);
    }
    if (summary.stored + summary.unchanged > 0 || capped || (summary.resumed?.done ?? 0) > 0) return { lines, error: null };
    if (summary.done === 0 && failed.length > 0) {
        const reasons = failed.slice(0, 3).map((f) => `  ${f.url}: ${f.reason} (${f.message})`);
        return { lines, error: `nothing could be crawled:\n${reasons.join('\n')}` };
    }
    if (summary.done === 0 && skipped.length > 0) return { lines, error: `robots.txt disallows ${startUrls.join(', ')}: nothing was fetched` };
    return { lines, error: `no articles found at ${startUrls.join(', ')} (${summary.done} pages fetched, none an article)` };
}

/** REDIS_URL set: the workers crawl; this process enqueues and, with --wait, follows the crawl to the end. */
async function crawlOnQueue(
    redisUrl: string,
    startUrls: string[],
    allowHosts: string[],
    config: ReturnType<typeof loadConfig>,
    wait: boolean,
): Promise<void> {
    const progress = createProgressLine();
    const spec = { startUrls, allowHosts, maxDepth: config.maxDepth, maxPages: config.maxPages };
    let result: Awaited<ReturnType<typeof submitCrawl>>;
    try {
        result = await submitCrawl(redisUrl, spec, {
            ...config,
            wait,
            onProgress: (s, workers) =>
                progress.update(
                    `${s.crawlId}: ${s.queued - s.pending} done, ${s.pending} pending, ${s.failed} failed, ` +
                        (workers > 0 ? `${workers} workers` : 'no workers connected (start `claimscope worker`)'),
                ),
        });
    } finally {
        progress.done();
    }
    const { crawlId, state } = result;
    if (!state) {
        process.stdout.write(`${crawlId}\n`);
        process.stderr.write(`queued crawl ${crawlId}; workers (\`claimscope worker\`) will crawl it\n`);
        return;
    }
    process.stdout.write(`${crawlId}\n`);
    process.stderr.write(
        `crawled ${state.queued} pages on the queue: ${state.stored} new or changed articles, ${state.unchanged} unchanged, ` +
            `${state.failed} failed; all indexed\n`,
    );
    if (state.stored + state.unchanged === 0) throw new ClaimscopeError(`no articles found at ${startUrls.join(', ')} (see \`claimscope status\`)`);
}

export function registerCrawl(program: Command): void {
    program
        .command('crawl')
        .description('crawl start URLs, extract claims, deduplicate and index them')
        .argument('<url...>', 'start URLs; the crawl stays on their hosts')
        .option('--max-pages <n>', 'stop after this many pages')
        .option('--allow-host <host...>', 'also visit these hosts (host or host:port)', collect, [])
        .option('--wait', 'with REDIS_URL: wait until the workers have crawled and indexed everything')
        .option('--restart', 'start over even if the last crawl of the data dir was interrupted (default: continue it)')
        .action(async (urls: string[], flags: { dataDir?: string; maxPages?: string; allowHost: string[]; wait?: boolean; restart?: boolean }) => {
            const config = loadConfig({ dataDir: flags.dataDir, maxPages: flags.maxPages });
            const scope = createCrawlScope(urls, flags.allowHost);
            if (config.redisUrl) {
                await crawlOnQueue(config.redisUrl, scope.startUrls, flags.allowHost, config, flags.wait ?? false);
                return;
            }
            const release = acquireCrawlLock(config.dataDir);
            const stop = new AbortController();
            const onSignal = (signal: NodeJS.Signals) => {
                if (stop.signal.aborted) {
                    // A second Ctrl-C: stop now. Every committed page stays; the crawl is still resumable.
                    process.exit(EXIT_CODE_OF[signal]);
                }
                process.stderr.write(`\nclaimscope: ${signal}: finishing the pages in flight, then stopping (again to stop at once)\n`);
                stop.abort(signal);
            };
            process.on('SIGINT', onSignal);
            process.on('SIGTERM', onSignal);
            const progress = createProgressLine();
            let summary: CrawlSummary;
            try {
                const backends = await openBackends(config);
                try {
                    summary = await crawlEmbedded(scope, config, {
                        ...backends,
                        restart: flags.restart ?? false,
                        stop: stop.signal,
                        onResume: (r) =>
                            process.stderr.write(`resuming crawl started ${r.startedAt}: ${r.done} pages done, ${r.toGo} to go\n`),
                        onProgress: (p) =>
                            progress.update(
                                `crawl: ${p.done} done, ${p.queued} queued, ${p.failed} failed, ${p.pagesPerSecond.toFixed(1)} pages/s`,
                            ),
                    });
                } finally {
                    progress.done();
                    await backends.close();
                }
            } finally {
                process.off('SIGINT', onSignal);
                process.off('SIGTERM', onSignal);
                release();
            }
            const { lines, error } = describeCrawl(summary, scope.startUrls, config.maxPages, config.dataDir);
            process.stderr.write(`${lines.join('\n')}\n`);
            if (summary.interrupted) process.exitCode = EXIT_CODE_OF[summary.interrupted];
            if (error) throw new ClaimscopeError(error);
        });
}
