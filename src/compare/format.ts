import type { ComparisonGroup, GroupValue } from './compare-claims.js';
import { EXPLANATION_WORDS } from './explanations.js';
import type { Conflict } from './find-conflicts.js';
import type { MissingReport } from './find-missing.js';
import type { SourceTrust } from './source-trust.js';
import { formatAges, formatRegion, formatSpread, formatValue, metricLabel, populationLabel } from '../claims/labels.js';
import { renderTable, truncate } from './text-width.js';

// Values and brackets read the same in the CLI, the API and the page: src/claims/labels.ts words them.
export { formatAges, formatValue };

/** Longest quote shown in a conflict listing (display columns). */
const QUOTE_COLUMNS = 60;
/** Longest title shown in the missing-place report (display columns). */
const TITLE_COLUMNS = 40;

/**
 * A group value as stated: `100元/月`, `50~70元/月`, `2%~3%`, `15 个工作日`; hedged `约110元/月`; a yearly figure
 * with the monthly one its page prints `1680元/年 (140元/月)`, or works out to `约1890元/年 ≈ 157.5元/月`.
 */
export function formatStatedValue(value: Pick<GroupValue, 'value' | 'valueMax' | 'unit' | 'yearly' | 'derived' | 'approx'>, period: 'month' | null): string {
    const hedge = value.approx ? '约' : '';
    if (!value.yearly) return `${hedge}${formatValue(value, period)}`;
    const yearly = `${formatValue({ ...value.yearly, unit: value.unit }, null)}/年`;
    return value.derived ? `${hedge}${yearly} ≈ ${formatValue(value, period)}` : `${hedge}${yearly} (${formatValue(value, period)})`;
}

const SEX_LABELS = { male: '男', female: '女' } as const;
const STEP_LABELS = { transfer_out: '转出', transfer_in: '转入' } as const;

/** Population, with the sex or the transfer step when the group has one (`retiree/女`, `-/转出`). */
function whoLabel(group: Pick<ComparisonGroup, 'population' | 'sex' | 'step'>): string {
    const qualifiers = [group.sex ? SEX_LABELS[group.sex] : null, group.step ? STEP_LABELS[group.step] : null].filter(Boolean);
    return [group.population === null ? '-' : populationLabel(group.population), ...qualifiers].join('/');
}

function groupLabel(group: Omit<ComparisonGroup, 'values' | 'consensus'>): string[] {
    return [formatRegion(group.region), metricLabel(group.metric), whoLabel(group), formatAges(group.ageMin, group.ageMax)];
}

/** `printed first by a.example on 2025-04-09, copied by 3 sites`, for a value that reached other sites by copying. */
export function originNote(value: Pick<GroupValue, 'origin' | 'copiedBy'>): string {
    const when = value.origin.published ? ` on ${value.origin.published}` : '';
    const copied = value.copiedBy > 0 ? `, copied by ${value.copiedBy} site${value.copiedBy === 1 ? '' : 's'}` : '';
    return `printed first by ${value.origin.site}${when}${copied}`;
}

/** Values shown per conflict in the terminal; the JSON lists every value. */
const VALUES_SHOWN = 10;

/**
 * One row per distinct value: the group's columns on its first row, then value, independent sources, pages and
 * sites (counts; the JSON output lists them); `*` marks the consensus.
 */
export function formatComparisonTable(groups: readonly ComparisonGroup[]): string {
    if (groups.length === 0) return 'No figures to compare.';
    const rows: string[][] = [['region', 'metric', 'population', 'ages', 'value', 'sources', 'pages', 'sites']];
    for (const group of groups) {
        group.values.forEach((value, i) => {
            const label = i === 0 ? groupLabel(group) : ['', '', '', ''];
            const mark = value === group.consensus ? '*' : ' ';
            rows.push([
                ...label,
                `${mark}${formatStatedValue(value, group.period)}`,
                String(value.sources),
                String(value.pages),
                String(value.sites.length),
            ]);
        });
    }
    return renderTable(rows);
}

/**
 * Each conflict as a heading line, what explains it in words (or that nothing does), and a table of its values
 * with a sample quote and where each was printed first; `*` marks the consensus (none on a tie).
 */
export function formatConflicts(conflicts: readonly Conflict[], total = conflicts.length): string {
    if (conflicts.length === 0) return 'No conflicts: independent sources agree on every figure.';
    const blocks = conflicts.map((conflict, n) => {
        const heading = `${n + 1}. ${groupLabel(conflict).join(' · ')} — spread ${formatSpread(conflict.spread)}`;
        const why =
            conflict.explanations.length === 0
                ? 'unexplained: nothing on the pages accounts for the difference'
                : conflict.explanations.map((code) => `explained — ${EXPLANATION_WORDS[code].en}`).join('\n');
        const noConsensus = conflict.consensus === null ? '\nno consensus: the sides weigh the same' : '';
        const rows: string[][] = [['value', 'sources', 'pages', 'sites', 'origin', 'quote']];
        for (const value of conflict.values.slice(0, VALUES_SHOWN)) {
            rows.push([
                `${value === conflict.consensus ? '*' : ' '}${formatStatedValue(value, conflict.period)}`,
                String(value.sources),
                String(value.pages),
                String(value.sites.length),
                originNote(value),
                truncate(value.quotes[0] ?? '', QUOTE_COLUMNS),
            ]);
        }
        const more = conflict.values.length > VALUES_SHOWN ? `\n… ${conflict.values.length - VALUES_SHOWN} more values (--json lists them all)` : '';
        return `${heading}\n${why}${noConsensus}\n${renderTable(rows)}${more}`;
    });
    const hidden = total - conflicts.length;
    const rest = hidden > 0 ? `\n\n… ${hidden} more conflict${hidden === 1 ? '' : 's'} (raise --limit)` : '';
    return blocks.join('\n\n') + rest;
}

/** One row per site: trust and the counts behind it. */
export function formatSources(sources: readonly SourceTrust[]): string {
    if (sources.length === 0) return 'No sites.';
    const rows: string[][] = [['site', 'trust', 'agree', 'disagree']];
    for (const s of sources) rows.push([s.site, s.trust.toFixed(3), String(s.agree), String(s.disagree)]);
    return renderTable(rows);
}

/** One row per page and promised place. */
export function formatMissing(list: readonly MissingReport[]): string {
    if (list.length === 0) return 'No page promises a place it does not cover.';
    const rows: string[][] = [['site', 'region', 'figures', 'title', 'url']];
    for (const entry of list) {
        const title = truncate(entry.title, TITLE_COLUMNS);
        rows.push([entry.site, entry.region, String(entry.figuresOnPage), title, entry.url]);
    }
    return renderTable(rows);
}
