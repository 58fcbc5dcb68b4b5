import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { runWorker, stopBoundMs } from '../../queue/run-worker.js';

/** The shell's convention: 128 + the signal's number. */
const EXIT_CODE_OF = { SIGINT: 130, SIGTERM: 143 } as const;
type StopSignal = keyof typeof EXIT_CODE_OF;

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
            const signal = await new Promise<StopSignal>((resolve) => {
                process.once('SIGTERM', () => resolve('SIGTERM'));
                process.once('SIGINT', () => resolve('SIGINT'));
            });
            const code = EXIT_CODE_OF[signal];
            const seconds = Math.round(stopBoundMs(config) / 1000);
            log(`${signal}: finishing in-flight jobs, at most ${seconds} s (send it again to quit at once)`);
            const quit = (again: StopSignal) => {
                log(`${again} again: quitting without finishing in-flight jobs`);
                process.exit(EXIT_CODE_OF[again]);
            };
            process.once('SIGTERM', () => quit('SIGTERM'));
            process.once('SIGINT', () => quit('SIGINT'));
            try {
                const { finished, pagesLeft } = await worker.close();
                log(
                    finished
                        ? `stopped by ${signal}`
                        : `stopped by ${signal} after ${seconds} s with ${pagesLeft} pages unfinished (Redis did not answer): ` +
                              'left for the queue, another worker takes them once their locks expire',
                );
                process.exit(code);
            } catch (err) {
                log(`error while stopping: ${(err as Error).message}`);
                process.exit(1);
            }
        });
}
