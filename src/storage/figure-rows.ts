/**
 * The figure claims of the store's records (claim-records.ts), read for comparison without holding them all. Beside
 * each page's record the writer keeps its figure projection (`figure_pages`): the page's figure claims grouped by
 * block — region, metric, population, ages and unit, as a JSON array: what a comparison group and its evidence share —
 * each claim with only the fields comparing reads, in page order. Reading, SQLite sorts the pages' blocks by key, then
 * page URL, so each claim comes in export order (page URL, position) and no record is inflated; what settling says of
 * a claim (`page_settled`) is read beside. Each block is every claim of its groups, in the order the whole list holds
 * them; repeated text is kept once: URLs, sites, titles and vocabulary across blocks, quotes within a block (copies of
 * a passage print the same quote for the same group).
 *
 * One row per page, keyed by its record's id (new pages append), not per (page, block) kept in block order: rows keyed
 * by block land all over the table, and each batch of pages rewrote most of it (bench/RESULTS.md). */
import { deflateRawSync } from 'node:zlib';
import type { FigureClaim } from '../claims/schema.js';
import type { ComparedFigure } from '../compare/index.js';
import { FASTEST_DEFLATE } from './compressed-json.js';
import { type Db, preparedPerConnection } from './database.js';

/** A figure claim as the comparison snapshot reads it. */
export type FigureRow = ComparedFigure & Pick<FigureClaim, 'title'>;

/** The fields a block shares, in the order of its key. Store migration 7 writes the same key in SQL. */
const BLOCK_FIELDS = ['region', 'metric', 'population', 'ageMin', 'ageMax', 'unit'] as const;
/** What a projected claim keeps besides its block, in this order after its id. Store migration 7 keeps the same. */
const CLAIM_FIELDS = [
    'sex', 'step', 'period', 'value', 'valueMax', 'monthly', 'approx', 'example', 'illustrative', 'site', 'title', 'published', 'cluster',
    'quote', 'statedYear', 'basis',
] as const;

type BlockFields = [FigureClaim['region'], FigureClaim['metric'], FigureClaim['population'], FigureClaim['ageMin'], FigureClaim['ageMax'], FigureClaim['unit']];
/** A projected claim as stored (a field the document lacks is null). */
type ProjectedClaim = [
    id: string,
    ...[FigureClaim['sex'], FigureClaim['step'], FigureClaim['period'], number, number | null, number | null, boolean, boolean, boolean | null],
    ...[string, string, string | null, string | null, string, number | null, FigureClaim['basis']],
];

/**
 * A page's figure projection: per block of its figure claims, [the block's key, that block's claims], as deflated
 * JSON (read through `stored_json`, which also reads the JSON text store migration 7 wrote).
 */
export type FigureProjection = Buffer;

/** The figure projection of a page's claim documents (in page order); null when they hold no figure. */
export function figureProjectionOf(docs: readonly Record<string, unknown>[]): FigureProjection | null {
    const blocks = new Map<string, unknown[][]>();
    for (const doc of docs) {
        if (doc.kind !== 'figure') continue;
        // JSON.stringify writes a missing field as null, as json_extract does in store migration 7.
        const block = JSON.stringify(BLOCK_FIELDS.map((field) => doc[field]));
        const claim = [doc.id, ...CLAIM_FIELDS.map((field) => doc[field])];
        const claims = blocks.get(block);
        if (claims) claims.push(claim);
        else blocks.set(block, [claim]);
    }
    return blocks.size === 0 ? null : deflateRawSync(JSON.stringify([...blocks]), FASTEST_DEFLATE);
}

const statementsOf = preparedPerConnection((db) => ({
    write: db.prepare('INSERT INTO figure_pages (page, blocks) VALUES (?, ?) ON CONFLICT (page) DO UPDATE SET blocks = excluded.blocks'),
    remove: db.prepare('DELETE FROM figure_pages WHERE page = ?'),
    // SQLite sorts the pages' blocks (a few per page, each already a block's key and its claims) by key, then URL.
    walk: db.prepare(
        `SELECT b.value ->> 0 AS block, p.url, b.value -> 1 AS claims, s.claims AS settled
         FROM figure_pages f JOIN page_claims p ON p.id = f.page JOIN json_each(stored_json(f.blocks)) b
         LEFT JOIN page_settled s ON s.url = p.url
         ORDER BY block, p.url`,
    ),
}));

/**
 * Makes `projection` the figure projection of the record `page` (its id in `page_claims`), inside the caller's
 * transaction; `replacing` when the record was there before.
 */
export function writeFigureProjection(db: Db, page: number, projection: FigureProjection | null, replacing: boolean): void {
    const sql = statementsOf(db);
    if (projection !== null) sql.write.run(page, projection);
    else if (replacing) sql.remove.run(page);
}

/** Removes the figure projection of the record `page`, inside the caller's transaction. */
export function removeFigureProjection(db: Db, page: number): void {
    statementsOf(db).remove.run(page);
}

/** What settling says of one claim: [copies, cluster], or 0 when it is not kept (claim-records.ts). */
type SettledClaim = [copies: number, cluster: string | null] | 0;

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
    let blockFields: BlockFields | undefined;
    let quotes = new Map<string, string>();
    const rows = statementsOf(db).walk.iterate() as Iterable<{ block: string; url: string; claims: string; settled: string | null }>;
    for (const row of rows) {
        if (row.block !== blockKey) {
            if (block.length > 0) yield block;
            block = [];
            quotes = new Map();
            blockKey = row.block;
            blockFields = JSON.parse(row.block) as BlockFields;
        }
        const [region, metric, population, ageMin, ageMax, unit] = blockFields!;
        const settled = row.settled === null ? undefined : (JSON.parse(row.settled) as Record<string, SettledClaim>);
        const url = once(row.url);
        for (const claim of JSON.parse(row.claims) as ProjectedClaim[]) {
            const [id, sex, step, period, value, valueMax, monthly, approx, example, illustrative, site, title, published, storedCluster,
                quote, statedYear, basis] = claim;
            const settling = settled?.[id];
            if (settling === 0) continue;
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
                url,
                site: once(site),
                title: once(title),
                published: once(published),
                cluster: once(settling === undefined ? storedCluster : settling[1]),
                quote: quotes.get(quote) ?? (quotes.set(quote, quote), quote),
                statedYear,
                basis: once(basis),
            });
        }
    }
    if (block.length > 0) yield block;
}
