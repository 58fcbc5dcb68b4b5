/** Commands that read what was crawled: export, search, compare, conflicts, missing. */
import { Option, type Command } from 'commander';
import { claimSchema, METRICS, POPULATIONS, type Claim } from '../../claims/schema.js';
import {
    analyseClaimBlocks,
    EXPLANATION_CODES,
    filterConflicts,
    findConflicts,
    findMissing,
    formatComparisonTable,
    formatConflicts,
    formatMissing,
    formatSources,
    pagesWithClaims,
    type ClaimAnalysis,
    type ConflictFilter,
} from '../../compare/index.js';
import { loadConfig } from '../../config/index.js';
import { ClaimscopeError, UsageError } from '../../errors.js';
import { openBackends, readClaims, streamClaims } from '../../pipeline/open.js';
import { requireCrawl } from '../../storage/crawl-present.js';
import { figureBlocksOf } from '../../storage/figure-rows.js';
import { PageStore } from '../../storage/page-store.js';
import { formatSearchResult } from '../format-search.js';
import { printJson } from '../output.js';
import { CLAIM_CSV_COLUMNS, csvCell } from '../../csv.js';

/** What `export --help` says about the lines it prints; the contract itself is docs/claims.md in the repository. */
const EXPORT_HELP = `
Each line (each CSV row after the header) is one claim, as docs/claims.md describes it: a figure
(metric, region, population, ageMin/ageMax, value, valueMax, unit, period, monthly, approx, basis, example)
or a procedure (task, channel, steps), with the quote it was read from, its page (url, site, title,
published, section), the extraction's confidence (0-1, not a judgement of the source) and its copies and
cluster among copied passages.`;

/** Claims come from the page store (the source of truth); these commands never need the search index. */
async function withClaims<T>(dataDir: string | undefined, use: (claims: Claim[], store: PageStore) => T | Promise<T>): Promise<T> {
    return withStore(dataDir, async (store) => use(await readClaims(store), store));
}

async function withStore<T>(dataDir: string | undefined, use: (store: PageStore) => Promise<T>): Promise<T> {
    const config = loadConfig({ dataDir });
    requireCrawl(config.dataDir);
    const store = await PageStore.open(config.dataDir);
    try {
        return await use(store);
    } finally {
        store.close();
    }
}

/**
 * Groups and site trust over the store's figure claims, read a comparison block at a time in one read transaction
 * (as `serve` reads them): never every claim at once. `sites`: list sites without figures too.
 */
async function withAnalysis<T>(dataDir: string | undefined, use: (analysis: ClaimAnalysis) => T, options: { sites?: boolean } = {}): Promise<T> {
    return withStore(dataDir, async (store) =>
        use(store.transaction(() => analyseClaimBlocks(figureBlocksOf(store.db), {}, options.sites ? store.siteNames() : []))),
    );
}

/** Output gathered per write call. */
const WRITE_CHUNK_CHARS = 1 << 16;

/** Writes lines to stdout as they come, waiting whenever the reader is slower (bounded memory at any size). */
async function writeLines(lines: Iterable<string>): Promise<void> {
    let chunk = '';
    const write = async (text: string) => {
        if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
    };
    for (const line of lines) {
        chunk += `${line}\n`;
        if (chunk.length >= WRITE_CHUNK_CHARS) {
            await write(chunk);
            chunk = '';
        }
    }
    if (chunk) await write(chunk);
}

function parseWholeNumber(flag: string, raw: string | undefined, min: number, max: number): number | undefined {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new UsageError(`${flag} expects a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
    }
    return value;
}

function parseShare(flag: string, raw: string | undefined): number | undefined {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (raw.trim() === '' || !(value >= 0 && value <= 1)) {
        throw new UsageError(`${flag} expects a number from 0 to 1 such as 0.9, got ${JSON.stringify(raw)}`);
    }
    return value;
}

/**
 * A claim as the contract defines it. Claims stored by an older claimscope may lack a field added since (such as
 * `confidence`): that is one line asking for a reindex, not a validation dump.
 */
function exportable(claim: Claim): Claim {
    const parsed = claimSchema.safeParse(claim);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'claim';
    throw new ClaimscopeError(
        `a stored claim of ${claim.url} does not fit the claim contract (${field}: ${issue?.message ?? 'invalid'}); ` +
            'it was extracted by an older version — run `claimscope reindex` to extract the stored pages again',
    );
}

/** Unknown metrics are refused with the list of known ones (as the API does), not answered with nothing. */
function metricOption(): Option {
    return new Option('--metric <metric>').choices(METRICS);
}

export function registerReadCommands(program: Command): void {
    program
        .command('export')
        .description('print every claim to stdout, one per line (fields: docs/claims.md)')
        .addHelpText('after', EXPORT_HELP)
        .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
        .action(async (flags: { format: 'jsonl' | 'csv'; dataDir?: string }) => {
            await withStore(flags.dataDir, async (store) => {
                function* lines(): Generator<string> {
                    if (flags.format === 'csv') yield CLAIM_CSV_COLUMNS.join(',');
                    for (const claim of streamClaims(store)) {
                        const valid = exportable(claim);
                        if (flags.format === 'jsonl') yield JSON.stringify(valid);
                        else yield CLAIM_CSV_COLUMNS.map((column) => csvCell((valid as Record<string, unknown>)[column])).join(',');
                    }
                }
                await writeLines(lines());
            });
        });

    program
        .command('search')
        .description('full-text search over claims, with filters')
        .argument('<text>', 'words to look for (quote, title, section, region)')
        .option('--region <region>')
        .addOption(metricOption())
        .addOption(new Option('--population <population>').choices(POPULATIONS))
        .option('--site <site>').option('--age <years>', 'keep claims whose age bracket contains this age')
        .option('--min-confidence <share>', 'keep claims whose extraction confidence is at least this (0 to 1, e.g. 0.9)')
        .option('--page <n>', 'result page', '1')
        .option('--json', 'print the result as JSON')
        .action(async (text: string, flags: Record<string, string | boolean | undefined>) => {
            const config = loadConfig({ dataDir: flags.dataDir });
            requireCrawl(config.dataDir);
            const backends = await openBackends(config);
            try {
                const result = await backends.index.search({
                    q: text,
                    region: flags.region as string | undefined,
                    metric: flags.metric as string | undefined,
                    population: flags.population as string | undefined,
                    site: flags.site as string | undefined,
                    age: parseWholeNumber('--age', flags.age as string | undefined, 0, 130),
                    minConfidence: parseShare('--min-confidence', flags.minConfidence as string | undefined),
                    page: parseWholeNumber('--page', flags.page as string | undefined, 1, 10_000),
                });
                if (flags.json) return printJson(result);
                process.stdout.write(formatSearchResult(result, text));
            } finally {
                await backends.close();
            }
        });

    program
        .command('compare')
        .description('distinct values per region, metric, population and age bracket, with independent sources')
        .option('--region <region>')
        .addOption(metricOption())
        .addOption(new Option('--population <population>').choices(POPULATIONS))
        .option('--json', 'print the groups as JSON')
        .action(async (flags: { region?: string; metric?: string; population?: string; json?: boolean; dataDir?: string }) => {
            await withAnalysis(flags.dataDir, (analysis) => {
                const groups = analysis.groups.filter(
                    (g) =>
                        (!flags.region || g.region === flags.region) &&
                        (!flags.metric || g.metric === flags.metric) &&
                        (!flags.population || g.population === flags.population),
                );
                if (flags.json) printJson(groups);
                else process.stdout.write(`${formatComparisonTable(groups)}\n`);
            });
        });

    program
        .command('conflicts')
        .description('figures on which independent sources disagree, with what explains each; unexplained first')
        .option('--region <region>')
        .addOption(metricOption())
        .addOption(new Option('--population <population>').choices(POPULATIONS))
        .addOption(
            new Option('--explanation <code>', 'only conflicts with this explanation (none: nothing explains them)').choices([
                ...EXPLANATION_CODES,
                'none',
            ]),
        )
        .option('--limit <n>', 'show at most this many conflicts')
        .option('--json', 'print the conflicts as a JSON array')
        .action(async (flags: ConflictFilter & { limit?: string; json?: boolean; dataDir?: string }) => {
            const limit = parseWholeNumber('--limit', flags.limit, 1, 1_000_000);
            await withAnalysis(flags.dataDir, (analysis) => {
                const conflicts = filterConflicts(findConflicts(analysis.groups), flags);
                const shown = limit === undefined ? conflicts : conflicts.slice(0, limit);
                if (flags.json) printJson(shown);
                else process.stdout.write(`${formatConflicts(shown, conflicts.length)}\n`);
            });
        });

    program
        .command('sources')
        .description('every site with its trust: how often its figures agree with the copy-aware consensus')
        .option('--json', 'print a JSON array of {site, trust, agree, disagree}')
        .action(async (flags: { json?: boolean; dataDir?: string }) => {
            // sites whose pages gave no figure are listed too, with no evidence either way
            await withAnalysis(
                flags.dataDir,
                ({ sources }) => {
                    if (flags.json) printJson(sources);
                    else process.stdout.write(`${formatSources(sources)}\n`);
                },
                { sites: true },
            );
        });

    program
        .command('missing')
        .description('pages whose title promises a place their body gives no figure for')
        .option('--site <site>', 'only pages of this site')
        .option('--json', 'print the report as JSON')
        .action(async (flags: { site?: string; json?: boolean; dataDir?: string }) => {
            await withClaims(flags.dataDir, async (claims, store) => {
                const report = findMissing(pagesWithClaims(await store.all(), claims)).filter(
                    (entry) => !flags.site || entry.site === flags.site,
                );
                if (flags.json) printJson(report);
                else process.stdout.write(`${formatMissing(report)}\n`);
            });
        });
}
