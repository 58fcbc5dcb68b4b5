/** `claimscope`: the command-line entry. Each command lives in ./commands; this file only wires them. */
import { Command, CommanderError } from 'commander';
import { registerChanges } from './commands/changes.js';
import { registerCrawl } from './commands/crawl.js';
import { registerReadCommands } from './commands/read.js';
import { registerReindex } from './commands/reindex.js';
import { registerSchedule } from './commands/schedule.js';
import { registerStatus } from './commands/status.js';
import { registerWorker } from './commands/worker.js';
import { registerServe } from './commands/serve.js';
import { reportError } from './output.js';

export function buildProgram(): Command {
    const program = new Command('claimscope')
        .description('Crawl policy articles, extract comparable claims, and show where sites contradict each other.')
        .exitOverride()
        .showHelpAfterError();
    registerCrawl(program);
    registerReadCommands(program);
    registerWorker(program);
    registerSchedule(program);
    registerStatus(program);
    registerChanges(program);
    registerServe(program);
    registerReindex(program);
    return program;
}

// `claimscope export | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
});

try {
    await buildProgram().parseAsync(process.argv);
} catch (err) {
    // Commander has already printed help or the usage error; a usage error exits 2 like our own UsageError.
    if (err instanceof CommanderError) process.exitCode = err.exitCode === 0 ? 0 : 2;
    else process.exitCode = reportError(err);
}
