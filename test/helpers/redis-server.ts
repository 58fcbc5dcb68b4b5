/**
 * A real `redis-server` (Debian package) for integration tests: a child process on a free loopback port with
 * its own temp dir, no persistence unless asked (`appendonly` for restart tests). `restart()` kills it and
 * starts it again on the same port and dir, as an operator restarting Redis would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { listen } from './listen.js';

export interface TestRedis {
    url: string;
    port: number;
    /** Stop and start again on the same port (data kept only with `appendonly`). */
    restart(): Promise<void>;
    stop(): Promise<void>;
}

async function freePort(): Promise<number> {
    const server = createServer();
    const port = await listen(server);
    await new Promise((resolve) => server.close(resolve));
    return port;
}

async function waitForPing(url: string, deadlineMs = 10_000): Promise<void> {
    const started = Date.now();
    for (;;) {
        const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        client.on('error', () => {}); // refused while the server starts: expected, retried below
        try {
            await client.connect();
            if ((await client.ping()) === 'PONG') return;
        } catch {
            if (Date.now() - started > deadlineMs) throw new Error(`redis-server at ${url} did not start`);
            await new Promise((resolve) => setTimeout(resolve, 50));
        } finally {
            client.disconnect();
        }
    }
}

export async function startRedisServer(options: { appendonly?: boolean } = {}): Promise<TestRedis> {
    const dir = await mkdtemp(join(tmpdir(), 'claimscope-redis-'));
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const args = [
        '--port', String(port),
        '--bind', '127.0.0.1',
        '--dir', dir,
        '--save', '',
        '--appendonly', options.appendonly ? 'yes' : 'no',
        // The same policy a deployment needs: the queue must never be evicted.
        '--maxmemory-policy', 'noeviction',
    ];
    let child: ChildProcess | undefined;
    const start = async () => {
        child = spawn('redis-server', args, { stdio: 'ignore' });
        await waitForPing(url);
    };
    const stopChild = async (signal: NodeJS.Signals) => {
        const running = child;
        child = undefined;
        // Exited already (SHUTDOWN, or a signal): its 'exit' event has passed and would never come again.
        if (!running || running.exitCode !== null || running.signalCode !== null) return;
        await new Promise<void>((resolve) => {
            running.once('exit', () => resolve());
            running.kill(signal);
        });
    };
    await start();
    return {
        url,
        port,
        async restart() {
            // SIGTERM: Redis flushes the append-only file before it exits, as in a normal restart.
            await stopChild('SIGTERM');
            await start();
        },
        async stop() {
            await stopChild('SIGKILL');
            await rm(dir, { recursive: true, force: true });
        },
    };
}
