import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { getStatus, type StatusReport } from '../../ops/index.js';
import { printJson } from '../output.js';

function formatStatus(report: StatusReport): string {
    const lines = [`data dir ${report.dataDir}: ${report.pages} pages, ${report.failures} failures`];
    for (const [reason, count] of Object.entries(report.failuresByReason).sort((a, b) => b[1] - a[1])) {
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
        .option('--data-dir <dir>', 'data directory (default ./data)')
        .option('--json', 'print JSON')
        .action(async (flags: { dataDir?: string; json?: boolean }) => {
            const config = loadConfig({ dataDir: flags.dataDir });
            const report = await getStatus({ dataDir: config.dataDir, redisUrl: config.redisUrl });
            if (flags.json) printJson(report);
            else process.stdout.write(`${formatStatus(report)}\n`);
        });
}
