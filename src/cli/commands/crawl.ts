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

function explainEmptyCrawl(summary: CrawlSummary, startUrls: string[]): string | null {
    if (summary.stored + summary.unchanged > 0) return null;
    if (summary.done === 0 && summary.failures.length > 0) {
        const reasons = summary.failures.slice(0, 3).map((f) => `  ${f.url}: ${f.reason} (${f.message})`);
        return `nothing could be crawled:\n${reasons.join('\n')}`;
    }
    return `no articles found at ${startUrls.join(', ')} (${summary.done} pages fetched, none an article)`;
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
        .option('--data-dir <dir>', 'where pages and the index are kept (default ./data)')
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
            process.stderr.write(
                `crawled ${summary.done} pages in ${summary.seconds.toFixed(1)} s: ${summary.stored} new or changed articles, ` +
                    `${summary.unchanged} unchanged, ${summary.failures.length} failed; ${summary.claims} claims indexed in ${config.dataDir}\n`,
            );
            for (const failure of summary.failures.slice(0, 10)) {
                process.stderr.write(`  failed ${failure.url}: ${failure.reason} (${failure.message})\n`);
            }
            const empty = explainEmptyCrawl(summary, scope.startUrls);
            if (empty) throw new ClaimscopeError(empty);
        });
}
