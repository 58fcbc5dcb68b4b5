/** CSV as `claimscope export --format csv` and the API's downloads write it (RFC 4180 quoting). */

/** Columns of a claim row: every CLAIMS.md field. */
export const CLAIM_CSV_COLUMNS = [
    'url', 'site', 'title', 'published', 'section', 'kind', 'metric', 'region', 'province', 'population', 'ageMin',
    'ageMax', 'value', 'valueMax', 'unit', 'period', 'monthly', 'approx', 'basis', 'example', 'task', 'channel',
    'steps', 'quote', 'copies', 'cluster', 'confidence',
] as const;

/** One cell; arrays (procedure steps) read as `a → b`. */
export function csvCell(value: unknown): string {
    if (value === null || value === undefined) return '';
    let text = Array.isArray(value) ? value.join(' → ') : String(value);
    // Crawled text starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
    if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header line and one line per row, each row read by column name. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
    const lines = [columns.join(',')];
    for (const row of rows) lines.push(columns.map((column) => csvCell(row[column])).join(','));
    return `${lines.join('\n')}\n`;
}
