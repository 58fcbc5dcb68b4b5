/** How the CLI talks: results to stdout, progress and errors to stderr, errors without stack traces. */
import { ClaimscopeError, UsageError } from '../errors.js';

export function printJson(value: unknown): void {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Progress on a terminal rewrites one line; elsewhere (CI, pipes) it prints a quiet line now and then. */
export function createProgressLine(stream: NodeJS.WriteStream = process.stderr, quietEveryMs = 5000) {
    let lastQuiet = 0;
    return {
        update(text: string) {
            if (stream.isTTY) {
                stream.write(`\r\x1b[2K${text}`);
            } else if (Date.now() - lastQuiet >= quietEveryMs) {
                lastQuiet = Date.now();
                stream.write(`${text}\n`);
            }
        },
        done() {
            if (stream.isTTY) stream.write('\n');
        },
    };
}

/** Print an error the way a user can act on it and return the exit code. */
export function reportError(err: unknown): number {
    if (err instanceof UsageError) {
        process.stderr.write(`claimscope: ${err.message}\n`);
        return 2;
    }
    if (err instanceof ClaimscopeError) {
        process.stderr.write(`claimscope: ${err.message}\n`);
        return 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`claimscope: unexpected error: ${message}\n`);
    if (process.env.CLAIMSCOPE_DEBUG) console.error(err);
    return 1;
}
