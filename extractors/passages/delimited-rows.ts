/**
 * Comma-separated rows printed as text (an open-data page's CSV preview: `地区,年龄下限,金额` over `某市,,95`) are a
 * table: their fields are read as cells, joined the way the line reader joins a table's cells (` | `), so the table
 * reader takes the first row for the header and each later row's cells under it. A data row holds a bare number or a
 * blank field, as prose between commas does not. Written here because no CSV library
 * decides whether lines of a page are CSV at all; the fields themselves never hold quoted commas in these previews.
 */
import type { TextLine } from './from-lines.js';

/** A table has a header and at least one data row, each with at least three fields. */
const MIN_ROWS = 2;
const MIN_FIELDS = 3;
/** Fields are short values, not clauses of prose. */
const MAX_FIELD_CHARS = 24;
/** Prose between commas: a sentence's or a clause's punctuation, or a table's own separators. */
const NOT_A_RECORD = /[。;；:：!！?？、|｜\t，]/;
const DIGIT = /\d/;
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;

/** The lines with each run of comma-separated rows turned into table rows; other lines unchanged. */
export function delimitedRowsAsTable(lines: readonly TextLine[]): TextLine[] {
    const fields = lines.map((line) => recordFields(line));
    const out: TextLine[] = [];
    let i = 0;
    while (i < lines.length) {
        let end = i;
        while (end < lines.length && fields[end] && fields[end]!.length === fields[i]?.length) end += 1;
        if (end - i >= MIN_ROWS && isHeader(fields[i]!) && fields.slice(i + 1, end).every((row) => row!.some(isDataValue))) {
            for (let j = i; j < end; j++) out.push({ ...lines[j]!, text: fields[j]!.join(' | ') });
            i = end;
        } else {
            out.push(lines[i]!);
            i += 1;
        }
    }
    return out;
}

/** The fields of a line that reads as one record, else null. */
function recordFields(line: TextLine): string[] | null {
    if (line.hint === 'heading' || NOT_A_RECORD.test(line.text)) return null;
    const parts = line.text.split(',').map((f) => f.trim());
    if (parts.length < MIN_FIELDS || parts.some((f) => f.length > MAX_FIELD_CHARS)) return null;
    return parts;
}

/** What a data record holds and prose between commas does not: a bare number, or a blank field. */
function isDataValue(field: string): boolean {
    return field === '' || BARE_NUMBER.test(field);
}

/** A header names its columns: every field filled, none with a digit. */
function isHeader(fields: readonly string[]): boolean {
    return fields.every((f) => f.length > 0 && !DIGIT.test(f));
}
