import type { Command } from 'commander';
import { startApiServer } from '../../api/server.js';
import { loadConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';

/** Default port of `claimscope serve`. */
const DEFAULT_PORT = 8080;

function parsePort(raw: string | undefined): number {
    if (raw === undefined) return DEFAULT_PORT;
    const port = Number(raw);
    if (!/^\d+$/.test(raw) || port > 65_535) throw new UsageError(`--port expects 0…65535, got ${JSON.stringify(raw)}`);
    return port;
}

export function registerServe(program: Command): void {
    program
        .command('serve')
        .description('serve the JSON API and the web page for searching, comparing and checking conflicts')
        .option('--port <port>', `port to listen on, 0 = any free port (default ${DEFAULT_PORT})`)
        .option('--host <host>', 'interface to listen on (default 127.0.0.1: this machine only)')
        .option('--data-dir <dir>', 'data directory (default ./data)')
        .action(async (flags: { port?: string; host?: string; dataDir?: string }) => {
            const config = loadConfig({ dataDir: flags.dataDir });
            const server = await startApiServer({ config, port: parsePort(flags.port), host: flags.host });
            process.stderr.write(`claimscope: serving ${config.dataDir} at ${server.url}/ (Ctrl-C stops)\n`);
            await new Promise<void>((resolve) => {
                const stop = () => {
                    process.off('SIGINT', stop);
                    process.off('SIGTERM', stop);
                    void server.close().then(resolve);
                };
                process.on('SIGINT', stop);
                process.on('SIGTERM', stop);
            });
        });
}
