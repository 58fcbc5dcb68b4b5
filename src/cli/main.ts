/** `claimscope`: the command-line entry. Each command lives in ./commands; this file only wires them. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { UsageError } from '../errors.js';
import { registerChanges } from './commands/changes.js';
import { registerCrawl } from './commands/crawl.js';
import { registerReadCommands } from './commands/read.js';
import { registerReindex } from './commands/reindex.js';
import { registerSchedule } from './commands/schedule.js';
import { registerStatus } from './commands/status.js';
import { registerWorker } from './commands/worker.js';
import { registerServe } from './commands/serve.js';
import { registerSites } from './commands/sites.js';
import { registerWatch } from './commands/watch.js';
import { reportError } from './output.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** `claimscope schedule add`, as a user types it. */
function commandPath(command: Command): string {
    const names: string[] = [];
    for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
    return names.join(' ');
}

function allCommands(command: Command): Command[] {
    return [command, ...command.commands.flatMap(allCommands)];
}

export function buildProgram(): Command {
    const program = new Command('claimscope')
        .description('Crawl policy articles, extract comparable claims, and show where sites contradict each other.')
        .version(version, '-V, --version', 'print the version')
        // Declared once, taken by every command (before or after the command name).
        .option('--data-dir <dir>', 'where pages, claims and schedules are kept (default ./data, env CLAIMSCOPE_DATA_DIR)')
        .configureHelp({ showGlobalOptions: true })
        .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'claimscope: ')) })
        .exitOverride();
    registerCrawl(program);
    registerReadCommands(program);
    registerWorker(program);
    registerSchedule(program);
    registerWatch(program);
    registerSites(program);
    registerStatus(program);
    registerChanges(program);
    registerServe(program);
    registerReindex(program);
    // A usage error is one line, then where to read more: not the whole help.
    for (const command of allCommands(program)) {
        command.exitOverride().showHelpAfterError(`see \`${commandPath(command)} --help\``);
    }
    program.hook('preAction', (root, action) => {
        running = action;
        const dataDir = root.opts().dataDir as string | undefined;
        if (dataDir !== undefined) action.setOptionValue('dataDir', dataDir);
    });
    return program;
}

/** The command being run, for pointing a usage error at its help. */
let running: Command | undefined;

// `claimscope export | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
});

try {
    await buildProgram().parseAsync(process.argv);
} catch (err) {
    // Commander has already printed the usage error and the pointer to help; it exits 2 like our own UsageError.
    if (err instanceof CommanderError) process.exitCode = err.exitCode === 0 ? 0 : 2;
    else {
        process.exitCode = reportError(err);
        if (err instanceof UsageError && running) process.stderr.write(`see \`${commandPath(running)} --help\`\n`);
    }
}
