/**
 * Schedules without Redis, as a user runs them: `schedule add` keeps one in the data dir, `watch` runs it when due
 * (one log line per run), `serve` runs due schedules beside the API and lists them there. Real CLI processes, the
 * demo site on 127.0.0.1.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScheduleInfo } from '../../src/ops/types.js';
import { startDemoServer, type DemoServer } from '../demo/server.js';

const execFileAsync = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');
const ENV = { ...process.env, REDIS_URL: '', MEILI_URL: '' };
const SITE = '/m.jiankang-news.example/';

function claimscope(args: string[]) {
    return execFileAsync(process.execPath, [CLI, ...args], { env: ENV });
}

/** Starts a long-running command; `waitFor` resolves with the first line of `stream` matching. */
function startLongRunning(args: string[]) {
    const child: ChildProcess = spawn(process.execPath, [CLI, ...args], { env: ENV });
    const output = { stdout: '', stderr: '' };
    child.stdout!.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return {
        output,
        async waitFor(stream: 'stdout' | 'stderr', pattern: RegExp, timeoutMs = 90_000): Promise<RegExpMatchArray> {
            const started = Date.now();
            for (;;) {
                const match = output[stream].match(pattern);
                if (match) return match;
                if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${output.stderr}`);
                if (Date.now() - started > timeoutMs) throw new Error(`no ${pattern} within ${timeoutMs} ms: ${output[stream]}`);
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
        },
        /** SIGINT, as Ctrl-C; resolves with the exit code. */
        stop: () => {
            child.kill('SIGINT');
            return exited;
        },
    };
}

describe('schedules on the embedded default', () => {
    let demo: DemoServer;
    let dataDir: string;
    let schedule: ScheduleInfo;

    beforeAll(async () => {
        [demo, dataDir] = await Promise.all([startDemoServer(), mkdtemp(join(tmpdir(), 'claimscope-watch-'))]);
    });

    afterAll(async () => {
        await Promise.all([demo?.close(), rm(dataDir, { recursive: true, force: true })]);
    });

    it('schedule list on a data dir that does not exist yet says there are none and creates nothing', async () => {
        const missing = join(dataDir, 'not-yet');
        const { stdout } = await claimscope(['schedule', 'list', '--data-dir', missing]);
        expect(stdout).toBe('no schedules\n');
        expect(existsSync(missing)).toBe(false);
    });

    it('schedule add keeps the schedule in the data dir; schedule list --json shows it with its id', async () => {
        const { stdout } = await claimscope(['schedule', 'add', `${demo.url}${SITE}`, '--every', '3s', '--json', '--data-dir', dataDir]);
        schedule = JSON.parse(stdout) as ScheduleInfo;
        const listed = JSON.parse((await claimscope(['schedule', 'list', '--json', '--data-dir', dataDir])).stdout) as ScheduleInfo[];
        expect(listed).toEqual([schedule]);
        expect(schedule).toMatchObject({ id: expect.stringMatching(/^sched-/), target: `${demo.url}${SITE}`, everyMs: 3_000, paused: false });
    });

    it('watch runs it when due and logs one line per run; the second run asks conditionally and changes nothing', async () => {
        const watch = startLongRunning(['watch', '--data-dir', dataDir]);
        try {
            const line = new RegExp(`^\\S+ ${schedule.id} ${demo.url}${SITE}: (\\d+) pages: (\\d+) changed, (\\d+) unchanged, (\\d+) not due, 0 failed.*$`, 'gm');
            await watch.waitFor('stdout', line);
            const requestsAfterFirst = demo.requests.length;
            await watch.waitFor('stdout', new RegExp(`${line.source}[\\s\\S]*${line.source}`, 'm'));
            const runs = [...watch.output.stdout.matchAll(line)];
            expect(runs.length).toBeGreaterThanOrEqual(2);
            expect(Number(runs[0]![2])).toBeGreaterThan(10);
            expect(Number(runs[1]![2])).toBe(0);
            // Pages whose interval ran out were asked with their validators and answered 304.
            const articleGets = demo.requests.slice(requestsAfterFirst).filter((r) => /\.html$/.test(r.path));
            expect(articleGets.every((r) => r.status === 304)).toBe(true);
            // Nothing but run lines on stdout.
            expect(watch.output.stdout.split('\n').filter(Boolean).every((l) => /^\S+ sched-\w+ \S+: \d+ pages: /.test(l))).toBe(true);
        } finally {
            expect(await watch.stop()).toBe(0);
        }
    });

    it('serve lists the schedule in its API and runs it when due', async () => {
        const serve = startLongRunning(['serve', '--port', '0', '--data-dir', dataDir]);
        try {
            const [, address] = await serve.waitFor('stderr', /serving \S+ on (http:\/\/\S+\/)/);
            const api = (await (await fetch(`${address}api/schedules`)).json()) as { items: ScheduleInfo[] };
            expect(api.items.map((s) => s.id)).toEqual([schedule.id]);
            await serve.waitFor('stderr', new RegExp(`schedule \\S+ ${schedule.id} ${demo.url}${SITE}: \\d+ pages`));
        } finally {
            expect(await serve.stop()).toBe(0);
        }
    });
});
