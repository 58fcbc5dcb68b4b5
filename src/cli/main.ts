/** `claimscope`: the command-line entry. Each command lives in ./commands; this file only wires them. */
import { Command, CommanderError } from 'commander';
import { registerCrawl } from './commands/crawl.js';
import { registerReadCommands } from './commands/read.js';
import { reportError } from './output.js';

export function buildProgram(): Command {
    const program = new Command('claimscope')
        .description('Crawl policy articles, extract comparable claims, and show where sites contradict each other.')
        .exitOverride()
        .showHelpAfterError();
    registerCrawl(program);
    registerReadCommands(program);
    return program;
}

try {
    await buildProgram().parseAsync(process.argv);
} catch (err) {
    // Commander has already printed help/version/usage errors; only the exit code is left to set.
    process.exitCode = err instanceof CommanderError ? err.exitCode : reportError(err);
}
