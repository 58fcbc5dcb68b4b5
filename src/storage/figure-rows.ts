/**
 * The figure claims of the store's records (claim-records.ts), read for comparison without holding them all: SQLite
 * takes each page's claims out of its record and sorts the live
 * figure claims by region, metric, population, ages and unit (what a comparison group and its evidence share),
 * then in export order (page URL, position, id). Each run of rows with the same five fields and unit is one
 * block: every claim of its groups, in the order the whole list holds them. Of each claim only the fields
 * comparing reads are kept, and repeated text once: URLs, sites, titles and vocabulary across blocks, quotes
 * within a block (copies of a passage print the same quote for the same group).
 */
import type { FigureClaim } from '../claims/schema.js';
import type { ComparedFigure } from '../compare/index.js';
import type { Db } from './database.js';

/** A figure claim as the comparison snapshot reads it. */
export type FigureRow = ComparedFigure & Pick<FigureClaim, 'title'>;

/** What comparing reads of a stored claim document, in this order. */
const FIELDS = [
    'region', 'metric', 'population', 'ageMin', 'ageMax', 'unit', 'sex', 'step', 'period', 'value', 'valueMax', 'monthly', 'approx',
    'example', 'illustrative', 'site', 'title', 'published', 'cluster', 'quote', 'statedYear', 'basis',
] as const;
/** FIELDS' values as json_extract answers them (a field the document lacks is null). */
type Fields = [
    ...[FigureClaim['region'], FigureClaim['metric'], FigureClaim['population'], FigureClaim['ageMin'], FigureClaim['ageMax'], FigureClaim['unit']],
    ...[FigureClaim['sex'], FigureClaim['step'], FigureClaim['period'], number, number | null, number | null, boolean, boolean, boolean | null],
    ...[string, string, string | null, string | null, string, number | null, FigureClaim['basis']],
];
/** How many of FIELDS, from the first, a block shares. */
const BLOCK_FIELDS = 6;

const paths = (fields: readonly string[]) => fields.map((field) => `'$.${field}'`).join(', ');

// One json_extract with many paths parses the document once and answers a JSON array, which JSON.parse reads faster
// than two dozen columns; the block's fields come first, as their own JSON array, to sort on. `settled` is what
// settling says of the claim (claim-records.ts): null, 0 (not kept) or [copies, cluster].
const FIGURE_ROWS = `
    SELECT url, fields, settled FROM (
        SELECT p.url AS url, claim.key AS ord, json_extract(claim.value, ${paths(FIELDS)}) AS fields,
            json_extract(s.claims, '$."' || (claim.value ->> '$.id') || '"') AS settled,
            json_extract(claim.value, ${paths(FIELDS.slice(0, BLOCK_FIELDS))}) AS block
        FROM page_claims p JOIN json_each(stored_json(p.docs)) claim LEFT JOIN page_settled s ON s.url = p.url
        WHERE claim.value ->> '$.kind' = 'figure'
    )
    WHERE settled IS NOT 0
    ORDER BY block, url, ord`;

/** The live figure claims of `db` in blocks (see the file's comment); read inside the caller's read transaction. */
export function* figureBlocksOf(db: Db): Generator<FigureRow[]> {
    const held = new Map<string, string>();
    const once = <T extends string | null>(text: T): T => {
        if (text === null) return text;
        const known = held.get(text);
        if (known !== undefined) return known as T;
        held.set(text, text);
        return text;
    };
    let block: FigureRow[] = [];
    let blockKey: string | undefined;
    let quotes = new Map<string, string>();
    for (const row of db.prepare(FIGURE_ROWS).iterate() as Iterable<{ url: string; fields: string; settled: string | null }>) {
        const { url } = row;
        const [region, metric, population, ageMin, ageMax, unit, sex, step, period, value, valueMax, monthly, approx, example, illustrative,
            site, title, published, storedCluster, quote, statedYear, basis] = JSON.parse(row.fields) as Fields;
        const cluster = row.settled === null ? storedCluster : (JSON.parse(row.settled) as [number, string | null])[1];
        const key = JSON.stringify([region, metric, population, ageMin, ageMax, unit]);
        if (key !== blockKey && block.length > 0) {
            yield block;
            block = [];
            quotes = new Map();
        }
        blockKey = key;
        block.push({
            kind: 'figure',
            region: once(region),
            metric: once(metric),
            population: once(population),
            sex: once(sex ?? null),
            step: once(step ?? null),
            ageMin,
            ageMax,
            unit: once(unit),
            period: once(period),
            value,
            valueMax,
            monthly,
            approx,
            example,
            illustrative: illustrative ?? false,
            url: once(url),
            site: once(site),
            title: once(title),
            published: once(published),
            cluster: once(cluster),
            quote: quotes.get(quote) ?? (quotes.set(quote, quote), quote),
            statedYear,
            basis: once(basis),
        });
    }
    if (block.length > 0) yield block;
}
