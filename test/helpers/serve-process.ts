/** `claimscope serve` as a real child process, for tests and benches that ask its API while something else runs. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');

/** Starts `serve --port 0` on `dataDir`; resolves once it prints the loopback URL it listens on. */
export async function startServeProcess(dataDir: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--data-dir', dataDir], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
        let said = '';
        child.stderr!.setEncoding('utf8').on('data', (text: string) => {
            said += text;
            const listening = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(said);
            if (listening) resolve(listening[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${said}`)));
    });
    return { child, url };
}
