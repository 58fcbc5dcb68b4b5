import type { Command } from 'commander';
import { loadSitesFile } from '../../../crawlers/sites-file.js';
import { loadConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { checkWebhookUrl } from '../../notify/webhooks.js';
import { startScheduler } from '../../schedules/scheduler.js';

function collect(value: string, previous: string[]): string[] {
    return [...previous, value];
}

/** Resolves on the first Ctrl-C or SIGTERM. */
export function untilStopped(): Promise<void> {
    return new Promise((resolve) => {
        const stop = () => {
            resolve();
            // Stays a listener until every listener of this signal has run: a library loaded later (crawlee's
            // signal-exit) kills the process when it finds itself the signal's only listener.
            setImmediate(() => {
                process.off('SIGINT', stop);
                process.off('SIGTERM', stop);
            });
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}

export function registerWatch(program: Command): void {
    program
        .command('watch')
        .description('run due schedules in the foreground, one log line per run, until Ctrl-C (for machines that run no server)')
        .option('--sites <file>', 'sites file, YAML or JSON, read again before each run (default <data-dir>/sites.yaml when present)')
        .option('--notify <url>', 'POST a JSON event for every changed claim and new conflict to this URL (repeatable)', collect, [])
        .action(async (flags: { dataDir?: string; sites?: string; notify: string[] }) => {
            const config = loadConfig({ dataDir: flags.dataDir });
            if (config.redisUrl) throw new UsageError('with REDIS_URL, `claimscope worker` runs the schedules: unset REDIS_URL to watch the data dir');
            // Read once now, so a broken file is an error before anything runs.
            loadSitesFile(flags.sites, config.dataDir);
            const log = (line: string) => process.stdout.write(`${line}\n`);
            const scheduler = startScheduler(config, {
                sites: () => loadSitesFile(flags.sites, config.dataDir)?.sites ?? [],
                notify: flags.notify.map(checkWebhookUrl),
                log,
            });
            process.stderr.write(`claimscope: watching the schedules of ${config.dataDir} (Ctrl-C stops)\n`);
            await untilStopped();
            process.stderr.write('claimscope: stopping after the run in progress\n');
            await scheduler.stop();
        });
}
