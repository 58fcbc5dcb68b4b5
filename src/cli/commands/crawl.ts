import type { Command } from 'commander';
import { loadSitesFile, type SitesFile } from '../../../crawlers/sites-file.js';
import { type Config, loadConfig } from '../../config/index.js';
import { ClaimscopeError, UsageError } from '../../errors.js';
import { createCrawlScope } from '../../pipeline/crawl-scope.js';
import type { CrawlSummary } from '../../pipeline/embedded-crawl.js';
import { checkWebhookUrl } from '../../notify/webhooks.js';
import { submitCrawl } from '../../queue/submit-crawl.js';
import { acquireCrawlLock } from '../../storage/crawl-lock.js';
import { type CrawlTarget, crawlTarget, type TargetRun } from '../../sites/crawl-target.js';
import { sitemapStarts } from '../../sites/sitemap-starts.js';
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
    if (summary.stored + summary.unchanged + summary.skipped > 0 || capped || (summary.resumed?.done ?? 0) > 0) return { lines, error: null };
    if (summary.done === 0 && failed.length > 0) {
        const reasons = failed.slice(0, 3).map((f) => `  ${f.url}: ${f.reason} (${f.message})`);
        return { lines, error: `nothing could be crawled:\n${reasons.join('\n')}` };
    }
    if (summary.done === 0 && skipped.length > 0) return { lines, error: `robots.txt disallows ${startUrls.join(', ')}: nothing was fetched` };
    return { lines, error: `no articles found at ${startUrls.join(', ')} (${summary.done} pages fetched, none an article)` };
}

/** REDIS_URL set: the workers crawl; this process enqueues and, with --wait, follows the crawl to the end. */
async function crawlOnQueue(redisUrl: string, target: CrawlTarget, config: Config, wait: boolean): Promise<void> {
    const progress = createProgressLine();
    const { site } = target;
    const allowHosts = [...target.allowHosts, ...(site?.entry.hosts ?? [])];
    const fromSitemaps = site ? await sitemapStarts(site, createCrawlScope(target.startUrls, allowHosts), config) : { urls: [] };
    const startUrls = [...target.startUrls, ...fromSitemaps.urls];
    const spec = {
        startUrls,
        allowHosts,
        maxDepth: site?.entry.maxDepth ?? config.maxDepth,
        maxPages: config.maxPages,
        ...(site ? { site: site.entry } : {}),
    };
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

/** How long a crawl's process waits for its webhooks to answer once the crawl itself is done. */
const NOTIFY_WAIT_MS = 10_000;

/** Prints what a finished embedded crawl did; a crawl that found nothing is an error. Waits for its webhooks. */
export async function reportRun(run: TargetRun, config: Pick<Config, 'maxPages' | 'dataDir'>): Promise<void> {
    const { lines, error } = describeCrawl(run.summary, run.startUrls, config.maxPages, config.dataDir);
    if (run.sitemapUrls > 0) lines.push(`  ${run.sitemapUrls} start points from sitemaps`);
    for (const failure of run.sitemapFailures.slice(0, 3)) lines.push(`  sitemap ${failure.url} not read: ${failure.reason}`);
    if (run.summary.skipped > 0) lines.push(`  ${run.summary.skipped} pages not due for a recrawl yet`);
    if (run.webhooks) {
        const { delivered, failed, pending } = await run.webhooks.settle(NOTIFY_WAIT_MS);
        lines.push(`  ${run.events} notifications: ${delivered} delivered, ${failed + pending} not delivered`);
    }
    process.stderr.write(`${lines.join('\n')}\n`);
    if (error) throw new ClaimscopeError(error);
}

/**
 * What `crawl` was asked to crawl: its URLs as one crawl, each site id as a crawl of that site; no argument
 * crawls every site of the sites file.
 */
function crawlTargets(args: string[], allowHosts: string[], sitesFile: SitesFile | undefined): CrawlTarget[] {
    const sites = sitesFile?.sites ?? [];
    if (args.length === 0) {
        if (sites.length === 0) throw new UsageError('give a start URL, or a site id of a sites file (--sites FILE)');
        return sites.map((site) => ({ label: site.entry.id, startUrls: site.entry.startUrls, allowHosts, site }));
    }
    const urls: string[] = [];
    const targets: CrawlTarget[] = [];
    for (const arg of args) {
        const site = sites.find((s) => s.entry.id === arg);
        if (site) targets.push({ label: site.entry.id, startUrls: site.entry.startUrls, allowHosts, site });
        else if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(arg) && sites.length > 0) {
            throw new UsageError(`no site ${JSON.stringify(arg)} in ${sitesFile!.path} (sites: ${sites.map((s) => s.entry.id).join(', ')})`);
        } else urls.push(arg);
    }
    if (urls.length > 0) targets.unshift({ label: urls[0]!, startUrls: createCrawlScope(urls, allowHosts).startUrls, allowHosts });
    return targets;
}

export function registerCrawl(program: Command): void {
    program
        .command('crawl')
        .description('crawl start URLs or the sites of a sites file, extract claims, deduplicate and index them')
        .argument('[url-or-site...]', 'start URLs (the crawl stays on their hosts) or site ids of the sites file; none = every site of the file')
        .option('--max-pages <n>', 'stop after this many pages')
        .option('--allow-host <host...>', 'also visit these hosts (host or host:port)', collect, [])
        .option('--sites <file>', 'sites file, YAML or JSON (default <data-dir>/sites.yaml when present)')
        .option('--notify <url>', 'POST a JSON event for every changed claim and new conflict to this URL (repeatable)', collect, [])
        .option('--wait', 'with REDIS_URL: wait until the workers have crawled and indexed everything')
        .option('--restart', 'start over even if the last crawl of the data dir was interrupted (default: continue it)')
        .action(
            async (
                args: string[],
                flags: { dataDir?: string; maxPages?: string; allowHost: string[]; sites?: string; notify: string[]; wait?: boolean; restart?: boolean },
            ) => {
                const config = loadConfig({ dataDir: flags.dataDir, maxPages: flags.maxPages });
                const notify = flags.notify.map(checkWebhookUrl);
                const sitesFile = loadSitesFile(flags.sites, config.dataDir);
                const targets = crawlTargets(args, flags.allowHost, sitesFile);
                if (config.redisUrl) {
                    // The crawl's changes are written by whichever worker holds the data dir, maybe on another machine.
                    if (notify.length > 0) throw new UsageError('--notify works on the embedded default: unset REDIS_URL, or follow `claimscope changes`');
                    for (const { site } of targets) {
                        if (site?.entry.notify) {
                            process.stderr.write(`claimscope: site ${site.entry.id}: notify is not used with REDIS_URL (it works on the embedded default); follow \`claimscope changes\`\n`);
                        }
                    }
                    for (const target of targets) await crawlOnQueue(config.redisUrl, target, config, flags.wait ?? false);
                    return;
                }
                const release = acquireCrawlLock(config.dataDir);
                const stop = new AbortController();
                const onSignal = (signal: NodeJS.Signals) => {
                    // A second Ctrl-C: stop now. Every committed page stays; the crawl is still resumable.
                    if (stop.signal.aborted) process.exit(EXIT_CODE_OF[signal]);
                    process.stderr.write(`\nclaimscope: ${signal}: finishing the pages in flight, then stopping (again to stop at once)\n`);
                    stop.abort(signal);
                };
                process.on('SIGINT', onSignal);
                process.on('SIGTERM', onSignal);
                let firstError: unknown;
                try {
                    for (const target of targets) {
                        if (stop.signal.aborted) break;
                        const progress = createProgressLine();
                        let run: TargetRun;
                        try {
                            run = await crawlTarget(config, target, {
                                sites: sitesFile?.sites,
                                notify,
                                restart: flags.restart ?? false,
                                stop: stop.signal,
                                onResume: (r) =>
                                    process.stderr.write(`resuming crawl started ${r.startedAt}: ${r.done} pages done, ${r.toGo} to go\n`),
                                onProgress: (p) =>
                                    progress.update(
                                        `crawl ${target.label}: ${p.done} done, ${p.queued} queued, ${p.failed} failed, ${p.pagesPerSecond.toFixed(1)} pages/s`,
                                    ),
                            });
                        } finally {
                            progress.done();
                        }
                        try {
                            await reportRun(run, config);
                        } catch (err) {
                            firstError ??= err;
                        }
                        if (run.summary.interrupted) process.exitCode = EXIT_CODE_OF[run.summary.interrupted];
                    }
                } finally {
                    process.off('SIGINT', onSignal);
                    process.off('SIGTERM', onSignal);
                    release();
                }
                if (firstError) throw firstError;
            },
        );
}
