import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { getStatus, type StatusReport } from '../../ops/index.js';
import { printJson } from '../output.js';
import { requireCrawl } from '../../storage/crawl-present.js';

function formatStatus(report: StatusReport): string {
    // A page robots.txt disallows was skipped as asked: not a failure.
    const { robots_disallowed: skipped = 0, ...failures } = report.failuresByReason;
    const failed = report.failures - skipped;
    const lines = [`data dir ${report.dataDir}: ${report.pages} pages, ${failed} failures, ${skipped} skipped (robots.txt)`];
    for (const [reason, count] of Object.entries(failures).sort((a, b) => b[1] - a[1])) {
        lines.push(`  ${reason}: ${count}`);
    }
    if (report.mode === 'embedded') {
        lines.push('queue: none (REDIS_URL not set; crawls run in one process)');
        return lines.join('\n');
    }
    lines.push(`workers: ${report.workers}; ${report.pagesPerSecond!.toFixed(2)} pages/s over the last minute (${report.pagesLastMinute} pages)`);
    for (const q of report.queues) {
        lines.push(`queue ${q.name}: ${q.waiting} waiting, ${q.active} active, ${q.delayed} delayed, ${q.failed} failed, ${q.completed} completed`);
    }
    if (report.nextRuns.length === 0) lines.push('no scheduled recrawls');
    for (const run of report.nextRuns) lines.push(`next recrawl ${run.at}: ${run.target} (${run.id})`);
    return lines.join('\n');
}

export function registerStatus(program: Command): void {
    program
        .command('status')
        .description('queue depths, pages per second, failures by reason and next scheduled recrawls')
        .option('--json', 'print JSON')
        .action(async (flags: { dataDir?: string; json?: boolean }) => {
            const config = loadConfig({ dataDir: flags.dataDir });
            // With Redis, the queues are worth reporting before any page is stored.
            if (!config.redisUrl) requireCrawl(config.dataDir);
            const report = await getStatus({ dataDir: config.dataDir, redisUrl: config.redisUrl });
            if (flags.json) printJson(report);
            else process.stdout.write(`${formatStatus(report)}\n`);
        });
}
