import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { type ClaimChange, getChanges } from '../../ops/index.js';
import { printJson } from '../output.js';
import type { ClaimDraft } from '../../claims/schema.js';
import {
    CHANGE_LABELS,
    CHANNEL_LABELS,
    FIELD_LABELS,
    formatAges,
    formatRegion,
    formatTime,
    formatValue as formatFigure,
    metricLabel,
    populationLabel,
    TASK_LABELS,
} from '../../claims/labels.js';
import { requireCrawl } from '../../storage/crawl-present.js';

function formatValue(value: unknown): string {
    if (value === null || value === undefined) return '∅';
    return Array.isArray(value) ? value.join(' → ') : String(value);
}

/** What the changed claim is about, in the shared words: `深圳 · 退休人员个人账户划入 · 70岁及以上`. */
function about(change: ClaimChange, claim: ClaimDraft): string {
    if (claim.kind === 'procedure') return [formatRegion(change.region), TASK_LABELS[claim.task], CHANNEL_LABELS[claim.channel]].join(' · ');
    return [formatRegion(change.region), metricLabel(claim.metric), claim.population ? populationLabel(claim.population) : null, formatAges(claim.ageMin, claim.ageMax)]
        .filter(Boolean)
        .join(' · ');
}

function formatChange(change: ClaimChange): string {
    const claim = change.after ?? change.before!;
    const head = `${formatTime(change.at)}  ${CHANGE_LABELS[change.change]}  ${about(change, claim)}`;
    const detail =
        change.change === 'modified'
            ? change.fields.map((f) => `${FIELD_LABELS[f.field] ?? f.field} ${formatValue(f.before)} → ${formatValue(f.after)}`).join('; ')
            : claim.kind === 'figure'
              ? formatFigure(claim, claim.period)
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
