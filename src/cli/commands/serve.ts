import type { Command } from 'commander';
import { startApiServer, type ApiServer } from '../../api/server.js';
import { loadConfig } from '../../config/index.js';
import { ClaimscopeError, UsageError } from '../../errors.js';
import { limitHeapGrowth } from '../../pipeline/heap-growth.js';
import { requireCrawl } from '../../storage/crawl-present.js';
import { loadSitesFile } from '../../../crawlers/sites-file.js';
import { startScheduler } from '../../schedules/scheduler.js';
import { untilStopped } from './watch.js';

/** Default port of `claimscope serve`. */
const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '127.0.0.1';

function parsePort(raw: string | undefined): number {
    if (raw === undefined) return DEFAULT_PORT;
    const port = Number(raw);
    if (!/^\d+$/.test(raw) || port > 65_535) throw new UsageError(`--port expects 0…65535, got ${JSON.stringify(raw)}`);
    return port;
}

/** What the operating system refuses when binding, in one line a user can act on. */
function listenError(err: unknown, host: string, port: number): unknown {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') return new ClaimscopeError(`port ${port} on ${host} is already in use: stop what holds it, or choose another with --port`);
    if (code === 'EACCES') return new ClaimscopeError(`not allowed to listen on port ${port} on ${host}: choose a port above 1023 with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new UsageError(`--host ${host} is not an address of this machine`);
    return err;
}

/** `http://0.0.0.0:8080` for every interface; the browser link stays on this machine. */
function describeListening(server: ApiServer): string {
    const { address, family, port } = server.address;
    const where = `http://${family === 'IPv6' ? `[${address}]` : address}:${port}/`;
    return where === `${server.url}/` ? where : `${where} (open ${server.url}/ on this machine)`;
}

export function registerServe(program: Command): void {
    program
        .command('serve')
        .description('serve the JSON API and the web page for searching, comparing and checking conflicts')
        .option('--port <port>', `port to listen on, 0 = any free port (default ${DEFAULT_PORT})`)
        .option('--host <host>', `interface to listen on (default ${DEFAULT_HOST}: this machine only; 0.0.0.0: every interface)`)
        .action(async (flags: { port?: string; host?: string; dataDir?: string }) => {
            // Building a comparison snapshot allocates a claim object per row that dies once its block is summarised;
            // with V8's default sizing the old generation grew to 2.5× what stays alive, and RSS kept it.
            limitHeapGrowth();
            const config = loadConfig({ dataDir: flags.dataDir });
            const port = parsePort(flags.port);
            const host = flags.host ?? DEFAULT_HOST;
            requireCrawl(config.dataDir);
            let server: ApiServer;
            try {
                server = await startApiServer({ config, port, host });
            } catch (err) {
                throw listenError(err, host, port);
            }
            process.stderr.write(`claimscope: serving ${config.dataDir} on ${describeListening(server)} (Ctrl-C stops)\n`);
            process.stderr.write(`claimscope: schedule token ${server.token} (paste it on the page to pause, resume, run or remove recrawls)\n`);
            // On the embedded default this process also runs due schedules (with Redis, workers do).
            const scheduler = config.redisUrl
                ? undefined
                : startScheduler(config, {
                      sites: () => loadSitesFile(undefined, config.dataDir)?.sites ?? [],
                      log: (line) => process.stderr.write(`claimscope: schedule ${line}\n`),
                  });
            await untilStopped();
            await Promise.all([server.close(), scheduler?.stop()]);
        });
}
