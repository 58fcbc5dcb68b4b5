import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { type ClaimChange, getChanges } from '../../ops/index.js';
import { printJson } from '../output.js';
import { requireCrawl } from '../../storage/crawl-present.js';

function formatValue(value: unknown): string {
    if (value === null || value === undefined) return '∅';
    return Array.isArray(value) ? value.join(' → ') : String(value);
}

function formatChange(change: ClaimChange): string {
    const head = `${change.at}  ${change.change.padEnd(8)} ${change.key}`;
    const claim = change.after ?? change.before!;
    const detail =
        change.change === 'modified'
            ? change.fields.map((f) => `${f.field} ${formatValue(f.before)} → ${formatValue(f.after)}`).join('; ')
            : claim.kind === 'figure'
              ? `${claim.value} ${claim.unit}`
              : claim.steps.join(' → ');
    return `${head}: ${detail}\n    ${change.url}`;
}

export function registerChanges(program: Command): void {
    program
        .command('changes')
        .description('claims that changed when pages were recrawled (e.g. a monthly credit 250 → 251)')
        .option('--since <date>', 'only changes detected on or after this date or time (ISO, e.g. 2025-01-31)')
        .option('--json', 'print JSON')
        .action(async (flags: { since?: string; dataDir?: string; json?: boolean }) => {
            const config = loadConfig({ dataDir: flags.dataDir });
            requireCrawl(config.dataDir);
            const changes = await getChanges({ dataDir: config.dataDir, since: flags.since });
            if (flags.json) printJson(changes);
            else process.stdout.write(changes.length > 0 ? `${changes.map(formatChange).join('\n')}\n` : 'no changes recorded\n');
        });
}
