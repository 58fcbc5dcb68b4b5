/**
 * The CLI as a user runs it against a data dir, for tests that kill, restart or watch real processes: `export`
 * lines, `search ''` totals, and the files a data dir holds once nothing writes it.
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';

const execFileAsync = promisify(execFile);

export const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');
/** The embedded default, whatever the environment the tests run in says. */
export const EMBEDDED_ENV = { ...process.env, REDIS_URL: '', MEILI_URL: '' };
/** Files a data dir may hold once no process writes it. */
const DATA_DIR_FILES = new Set(['claimscope.sqlite', 'claimscope.sqlite-wal', 'claimscope.sqlite-shm']);

export async function cli(args: string[], env: NodeJS.ProcessEnv = EMBEDDED_ENV): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
        const { stdout, stderr } = await execFileAsync(process.execPath, [CLI, ...args], { env, maxBuffer: 256 << 20 });
        return { code: 0, stdout, stderr };
    } catch (err) {
        const e = err as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
}

/** What `claimscope export` prints, line by line (it must succeed). */
export async function exportLines(dataDir: string): Promise<string[]> {
    const { code, stdout, stderr } = await cli(['export', '--data-dir', dataDir]);
    expect(code, stderr).toBe(0);
    return stdout.split('\n').filter(Boolean);
}

/** How many claims `claimscope search ''` says match (it must succeed). */
export async function searchTotal(dataDir: string): Promise<number> {
    const { code, stdout, stderr } = await cli(['search', '', '--json', '--data-dir', dataDir]);
    expect(code, stderr).toBe(0);
    return (JSON.parse(stdout) as { total: number }).total;
}

/** Files in the data dir besides the database: temp files, locks, anything a dead process left. */
export async function leftoverFiles(dataDir: string): Promise<string[]> {
    return (await readdir(dataDir)).filter((name) => !DATA_DIR_FILES.has(name));
}
