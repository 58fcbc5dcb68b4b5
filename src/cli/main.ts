/** `claimscope`: the command-line entry. Each command lives in ./commands; this file only wires them. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { UsageError } from '../errors.js';
import { reportError } from './output.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

type Register = (program: Command) => void;

/**
 * Each command module with the command names it registers, in help order. A module is imported only when its
 * command runs (or help lists them all): `serve` or `export` never load crawlee, BullMQ or the extractors.
 */
const COMMAND_MODULES: readonly { names: readonly string[]; load: () => Promise<Register> }[] = [
    { names: ['crawl'], load: async () => (await import('./commands/crawl.js')).registerCrawl },
    { names: ['export', 'search', 'compare', 'conflicts', 'sources', 'missing'], load: async () => (await import('./commands/read.js')).registerReadCommands },
    { names: ['worker'], load: async () => (await import('./commands/worker.js')).registerWorker },
    { names: ['schedule'], load: async () => (await import('./commands/schedule.js')).registerSchedule },
    { names: ['watch'], load: async () => (await import('./commands/watch.js')).registerWatch },
    { names: ['sites'], load: async () => (await import('./commands/sites.js')).registerSites },
    { names: ['status'], load: async () => (await import('./commands/status.js')).registerStatus },
    { names: ['changes'], load: async () => (await import('./commands/changes.js')).registerChanges },
    { names: ['serve'], load: async () => (await import('./commands/serve.js')).registerServe },
    { names: ['reindex'], load: async () => (await import('./commands/reindex.js')).registerReindex },
];

/** The command named on the command line: the first argument that is neither an option nor `--data-dir`'s value. */
function commandNameOf(args: readonly string[]): string | undefined {
    for (let i = 0; i < args.length; i++) {
        const arg = args[i]!;
        if (arg === '--data-dir') i++;
        else if (!arg.startsWith('-')) return arg;
    }
    return undefined;
}

/** `claimscope schedule add`, as a user types it. */
function commandPath(command: Command): string {
    const names: string[] = [];
    for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
    return names.join(' ');
}

function allCommands(command: Command): Command[] {
    return [command, ...command.commands.flatMap(allCommands)];
}

/**
 * The program with the command `args` name (`process.argv` without node and the script), or with every command
 * when they name none known (help, a typo that commander suggests a name for).
 */
export async function buildProgram(args: readonly string[]): Promise<Command> {
    const program = new Command('claimscope')
        .description('Crawl policy articles, extract comparable claims, and show where sites contradict each other.')
        .version(version, '-V, --version', 'print the version')
        // Declared once, taken by every command (before or after the command name).
        .option('--data-dir <dir>', 'where pages, claims and schedules are kept (default ./data, env CLAIMSCOPE_DATA_DIR)')
        .configureHelp({ showGlobalOptions: true })
        .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'claimscope: ')) })
        .exitOverride();
    const name = commandNameOf(args);
    const named = COMMAND_MODULES.filter((module) => name !== undefined && module.names.includes(name));
    for (const module of named.length > 0 ? named : COMMAND_MODULES) (await module.load())(program);
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
    await (await buildProgram(process.argv.slice(2))).parseAsync(process.argv);
} catch (err) {
    // Commander has already printed the usage error and the pointer to help; it exits 2 like our own UsageError.
    if (err instanceof CommanderError) process.exitCode = err.exitCode === 0 ? 0 : 2;
    else {
        process.exitCode = reportError(err);
        if (err instanceof UsageError && running) process.stderr.write(`see \`${commandPath(running)} --help\`\n`);
    }
}
