import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { ClaimscopeError } from '../../errors.js';
import { createCrawlScope } from '../../pipeline/crawl-scope.js';
import { crawlEmbedded, type CrawlSummary } from '../../pipeline/embedded-crawl.js';
import { openBackends } from '../../pipeline/open.js';
import { submitCrawl } from '../../queue/submit-crawl.js';
import { createProgressLine } from '../output.js';

function collect(value: string, previous: string[]): string[] {
    return [...previous, value];
}

/** robots.txt said no: the crawl respected it, which is not a failure of the page or of claimscope. */
const ROBOTS_SKIP = 'robots_disallowed';

/** What a finished embedded crawl tells the user: counts, what stopped it early, what went wrong. */
export function describeCrawl(summary: CrawlSummary, startUrls: string[], maxPages: number, dataDir: string): { lines: string[]; error: string | null } {
    const skipped = summary.failures.filter((f) => f.reason === ROBOTS_SKIP);
    const failed = summary.failures.filter((f) => f.reason !== ROBOTS_SKIP);
    // The frontier may not count links beyond the cap, so reaching it is what says the crawl was cut short.
    const capped = summary.done + summary.failures.length >= maxPages;
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
    if (summary.stored + summary.unchanged > 0 || capped) return { lines, error: null };
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
        .action(async (urls: string[], flags: { dataDir?: string; maxPages?: string; allowHost: string[]; wait?: boolean }) => {
            const config = loadConfig({ dataDir: flags.dataDir, maxPages: flags.maxPages });
            const scope = createCrawlScope(urls, flags.allowHost);
            if (config.redisUrl) {
                await crawlOnQueue(config.redisUrl, scope.startUrls, flags.allowHost, config, flags.wait ?? false);
                return;
            }
            const backends = await openBackends(config);
            const progress = createProgressLine();
            let summary: CrawlSummary;
            try {
                summary = await crawlEmbedded(scope, config, {
                    ...backends,
                    onProgress: (p) =>
                        progress.update(
                            `crawl: ${p.done} done, ${p.queued} queued, ${p.failed} failed, ${p.pagesPerSecond.toFixed(1)} pages/s`,
                        ),
                });
            } finally {
                progress.done();
                await backends.close();
            }
            const { lines, error } = describeCrawl(summary, scope.startUrls, config.maxPages, config.dataDir);
            process.stderr.write(`${lines.join('\n')}\n`);
            if (error) throw new ClaimscopeError(error);
        });
}
