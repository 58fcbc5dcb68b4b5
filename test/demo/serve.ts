/**
 * Serves the demo web until interrupted: `tsx test/demo/serve.ts [--port N] [--host H]`.
 */
import { Command } from 'commander';
import { DEMO_PORT, startDemoServer } from './server.js';

const options = new Command()
    .name('demo-serve')
    .description('Serve the demo corpus as a small web of differently built sites')
    .option('--port <number>', `port to listen on (0 = any free port; the demo crawls ${DEMO_PORT})`, (v) => Number.parseInt(v, 10), DEMO_PORT)
    .option('--host <address>', 'interface to listen on', '127.0.0.1')
    .parse()
    .opts<{ port: number; host: string }>();

const server = await startDemoServer({ port: options.port, host: options.host });
console.log(`demo web at ${server.url}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.close().then(() => process.exit(0)));
}
