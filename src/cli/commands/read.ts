/** Commands that read what was crawled: export, search, compare, conflicts, missing. */
import { Option, type Command } from 'commander';
import { claimSchema, type Claim } from '../../claims/schema.js';
import { compareClaims, findConflicts, findMissing, formatComparisonTable, formatConflicts, formatMissing } from '../../compare/index.js';
import { loadConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { openBackends, readClaims } from '../../pipeline/open.js';
import { printJson } from '../output.js';

const CSV_COLUMNS = [
    'url', 'site', 'title', 'published', 'section', 'kind', 'metric', 'region', 'province', 'population', 'ageMin',
    'ageMax', 'value', 'valueMax', 'unit', 'period', 'monthly', 'approx', 'basis', 'example', 'task', 'channel',
    'steps', 'quote', 'copies', 'cluster',
] as const;

function csvCell(value: unknown): string {
    if (value === null || value === undefined) return '';
    const text = Array.isArray(value) ? value.join(' → ') : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Opens the store read-only for one command and hands over its claims. */
async function withClaims<T>(dataDir: string | undefined, use: (claims: Claim[]) => T | Promise<T>): Promise<T> {
    const config = loadConfig({ dataDir });
    const backends = await openBackends(config);
    try {
        return await use(await readClaims(backends.store));
    } finally {
        await backends.close();
    }
}

function parseAge(raw: string | undefined): number | undefined {
    if (raw === undefined) return undefined;
    const age = Number(raw);
    if (!Number.isInteger(age) || age < 0 || age > 130) throw new UsageError(`--age expects a whole number of years, got ${JSON.stringify(raw)}`);
    return age;
}

export function registerReadCommands(program: Command): void {
    program
        .command('export')
        .description('print every claim (../shared/CLAIMS.md) to stdout')
        .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
        .option('--data-dir <dir>', 'data directory (default ./data)')
        .action(async (flags: { format: 'jsonl' | 'csv'; dataDir?: string }) => {
            await withClaims(flags.dataDir, (claims) => {
                const out: string[] = [];
                if (flags.format === 'csv') out.push(CSV_COLUMNS.join(','));
                for (const claim of claims) {
                    const valid = claimSchema.parse(claim);
                    if (flags.format === 'jsonl') out.push(JSON.stringify(valid));
                    else out.push(CSV_COLUMNS.map((column) => csvCell((valid as Record<string, unknown>)[column])).join(','));
                }
                process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
            });
        });

    program
        .command('search')
        .description('full-text search over claims, with filters')
        .argument('<text>', 'words to look for (quote, title, section, region)')
        .option('--region <region>').option('--metric <metric>').option('--population <population>')
        .option('--site <site>').option('--age <years>', 'keep claims whose age bracket contains this age')
        .option('--page <n>', 'result page', '1')
        .option('--json', 'print the result as JSON')
        .option('--data-dir <dir>', 'data directory (default ./data)')
        .action(async (text: string, flags: Record<string, string | boolean | undefined>) => {
            const config = loadConfig({ dataDir: flags.dataDir });
            const backends = await openBackends(config);
            try {
                const result = await backends.index.search({
                    q: text,
                    region: flags.region as string | undefined,
                    metric: flags.metric as string | undefined,
                    population: flags.population as string | undefined,
                    site: flags.site as string | undefined,
                    age: parseAge(flags.age as string | undefined),
                    page: Number(flags.page) || 1,
                });
                if (flags.json) return printJson(result);
                process.stdout.write(`${result.total} claims match "${text}"\n`);
                for (const hit of result.hits) {
                    const what = hit.kind === 'figure'
                        ? `${hit.metric} ${hit.value}${hit.valueMax !== null ? `~${hit.valueMax}` : ''} ${hit.unit}${hit.period ? `/${hit.period}` : ''}`
                        : `${hit.task} via ${hit.channel}: ${hit.steps.join(' → ')}`;
                    process.stdout.write(`- [${hit.region ?? '全国/未指明'}] ${what}\n  “${hit.quote}”\n  ${hit.url}\n`);
                }
            } finally {
                await backends.close();
            }
        });

    program
        .command('compare')
        .description('distinct values per region, metric, population and age bracket, with independent sources')
        .option('--region <region>').option('--metric <metric>')
        .option('--json', 'print the groups as JSON')
        .option('--data-dir <dir>', 'data directory (default ./data)')
        .action(async (flags: { region?: string; metric?: string; json?: boolean; dataDir?: string }) => {
            await withClaims(flags.dataDir, (claims) => {
                const groups = compareClaims(claims).filter(
                    (g) => (!flags.region || g.region === flags.region) && (!flags.metric || g.metric === flags.metric),
                );
                if (flags.json) printJson(groups);
                else process.stdout.write(`${formatComparisonTable(groups)}\n`);
            });
        });

    program
        .command('conflicts')
        .description('figures on which independent sources disagree, most-supported disagreements first')
        .option('--json', 'print the conflicts as a JSON array')
        .option('--data-dir <dir>', 'data directory (default ./data)')
        .action(async (flags: { json?: boolean; dataDir?: string }) => {
            await withClaims(flags.dataDir, (claims) => {
                const conflicts = findConflicts(compareClaims(claims));
                if (flags.json) printJson(conflicts);
                else process.stdout.write(`${formatConflicts(conflicts)}\n`);
            });
        });

    program
        .command('missing')
        .description('pages whose title promises a place their body gives no figure for')
        .option('--site <site>', 'only pages of this site')
        .option('--json', 'print the report as JSON')
        .option('--data-dir <dir>', 'data directory (default ./data)')
        .action(async (flags: { site?: string; json?: boolean; dataDir?: string }) => {
            const config = loadConfig({ dataDir: flags.dataDir });
            const backends = await openBackends(config);
            try {
                const claims = await readClaims(backends.store);
                const byUrl = new Map<string, Claim[]>();
                for (const claim of claims) byUrl.set(claim.url, [...(byUrl.get(claim.url) ?? []), claim]);
                const pages = (await backends.store.all()).map((page) => ({
                    url: page.url, site: page.site, title: page.title, claims: byUrl.get(page.url) ?? [],
                }));
                const report = findMissing(pages).filter((entry) => !flags.site || entry.site === flags.site);
                if (flags.json) printJson(report);
                else process.stdout.write(`${formatMissing(report)}\n`);
            } finally {
                await backends.close();
            }
        });
}
