import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { runWorker } from '../../queue/run-worker.js';

export function registerWorker(program: Command): void {
    program
        .command('worker')
        .description('process queued crawl jobs from Redis (REDIS_URL) until SIGTERM or SIGINT')
        .option('--concurrency <n>', 'pages fetched at once by this worker (default 8)')
        .action(async (flags: { concurrency?: string; dataDir?: string }) => {
            const config = loadConfig({ concurrency: flags.concurrency, dataDir: flags.dataDir });
            if (!config.redisUrl) throw new UsageError('claimscope worker needs REDIS_URL (e.g. redis://127.0.0.1:6379)');
            const log = (line: string) => process.stderr.write(`worker ${process.pid}: ${line}\n`);
            const worker = runWorker(config.redisUrl, config, log);
            log(`processing jobs (concurrency ${config.concurrency}, data dir ${config.dataDir})`);
            await new Promise<void>((resolve) => {
                let stopping = false;
                const stop = (signal: NodeJS.Signals) => {
                    if (stopping) {
                        // The graceful stop waits on Redis; while Redis is down it cannot finish. A second signal quits.
                        log(`${signal} again: quitting without finishing in-flight jobs`);
                        process.exit(1);
                    }
                    stopping = true;
                    log(`${signal}: finishing in-flight jobs (send it again to quit at once)`);
                    worker.close().then(resolve, (err: unknown) => {
                        log(`error while stopping: ${(err as Error).message}`);
                        process.exitCode = 1;
                        resolve();
                    });
                };
                process.on('SIGTERM', stop);
                process.on('SIGINT', stop);
            });
            log('stopped');
        });
}
