import type { ComparisonGroup } from './compare-claims.js';
import type { Conflict } from './find-conflicts.js';
import type { MissingReport } from './find-missing.js';
import { formatAges, formatRegion, formatSpread, formatValue, metricLabel, populationLabel } from '../claims/labels.js';
import { renderTable, truncate } from './text-width.js';

// Values and brackets read the same in the CLI, the API and the page: src/claims/labels.ts words them.
export { formatAges, formatValue };

/** Longest quote shown in a conflict listing (display columns). */
const QUOTE_COLUMNS = 60;
/** Longest title shown in the missing-place report (display columns). */
const TITLE_COLUMNS = 40;

function groupLabel(group: ComparisonGroup): string[] {
    return [formatRegion(group.region), metricLabel(group.metric), group.population === null ? '-' : populationLabel(group.population), formatAges(group.ageMin, group.ageMax)];
}

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
                `${mark}${formatValue(value, group.period)}`,
                String(value.sources),
                String(value.pages),
                String(value.sites.length),
            ]);
        });
    }
    return renderTable(rows);
}

/** Each conflict as a heading line and a table of its values with a sample quote; `*` marks the consensus. */
export function formatConflicts(conflicts: readonly Conflict[]): string {
    if (conflicts.length === 0) return 'No conflicts: independent sources agree on every figure.';
    return conflicts
        .map((conflict, n) => {
            const heading = `${n + 1}. ${groupLabel(conflict).join(' · ')} — spread ${formatSpread(conflict.spread)}`;
            const rows: string[][] = [['value', 'sources', 'pages', 'sites', 'quote']];
            for (const value of conflict.values) {
                rows.push([
                    `${value === conflict.consensus ? '*' : ' '}${formatValue(value, conflict.period)}`,
                    String(value.sources),
                    String(value.pages),
                    String(value.sites.length),
                    truncate(value.quotes[0] ?? '', QUOTE_COLUMNS),
                ]);
            }
            return `${heading}\n${renderTable(rows)}`;
        })
        .join('\n\n');
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
