/**
 * The JSON API: one entry per path, each with the schema its query string must satisfy. Other tools rely on
 * these paths and parameters; lists are paged as `{ items, total, page, pageSize }`.
 */
import { z } from 'zod';
import { METRICS, POPULATIONS } from '../claims/schema.js';
import type { Config } from '../config/index.js';
import { EXPLANATION_CODES, EXPLANATION_WORDS, filterConflicts, findMissing, pagesWithClaims } from '../compare/index.js';
import { getChanges, getStatus, listSchedules } from '../ops/index.js';
import type { ApiData } from './api-data.js';
import { intParam, pagingParams, paginate, parseQuery, shareParam, textParam } from './query-params.js';

export interface RouteContext {
    data: ApiData;
    config: Pick<Config, 'dataDir' | 'redisUrl'>;
}

export interface Route {
    /** Validates the query string (throws ApiError 400) and answers with a JSON-serialisable value. */
    handle(params: URLSearchParams, context: RouteContext): Promise<unknown>;
}

/** Ties a query schema to its handler so the handler receives the parsed, typed input. */
function route<Schema extends z.ZodType>(
    schema: Schema,
    handle: (input: z.output<Schema>, context: RouteContext) => Promise<unknown>,
): Route {
    return { handle: (params, context) => handle(parseQuery(schema, params), context) };
}

const metric = z.enum(METRICS, { error: `expected one of ${METRICS.join(', ')}` }).optional();
const population = z.enum(POPULATIONS, { error: `expected one of ${POPULATIONS.join(', ')}` }).optional();

/** An ISO date or date-time (`2025-09-01`, `2025-09-01T08:00:00Z`). */
const isoTime = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, { error: 'expected an ISO date or time, e.g. 2025-09-01' })
    .refine((text) => !Number.isNaN(Date.parse(text)), { error: 'not a real date' })
    .optional();

const searchQuery = z.strictObject({
    q: textParam(),
    region: textParam(),
    metric,
    population,
    site: textParam(),
    kind: z.enum(['figure', 'procedure'], { error: 'expected figure or procedure' }).optional(),
    age: intParam(0, 130).optional(),
    /** Only claims whose extraction confidence is at least this. */
    minConfidence: shareParam().optional(),
    // pageSize=0 asks for the facets alone.
    ...pagingParams(20, 100, 0),
});

const explanation = z
    .enum([...EXPLANATION_CODES, 'none'], { error: `expected one of ${[...EXPLANATION_CODES, 'none'].join(', ')}` })
    .optional();

const compareQuery = z.strictObject({ region: textParam(), metric, population, ...pagingParams(20, 1000) });
const conflictsQuery = z.strictObject({ region: textParam(), metric, population, explanation, ...pagingParams(20, 200) });
const sourcesQuery = z.strictObject({ site: textParam(), ...pagingParams(100, 1000) });
const missingQuery = z.strictObject({ site: textParam(), ...pagingParams(50, 500) });
const changesQuery = z.strictObject({ since: isoTime, url: z.url({ protocol: /^https?$/ }).optional(), ...pagingParams(50, 500) });
const noQuery = z.strictObject({});

/** Path → route. Every route answers GET (and HEAD) only. */
export const ROUTES: ReadonlyMap<string, Route> = new Map([
    [
        '/api/search',
        route(searchQuery, async ({ page, pageSize, ...filters }, { data }) =>
            data.search({ ...filters, page, hitsPerPage: pageSize }),
        ),
    ],
    [
        '/api/compare',
        route(compareQuery, async ({ region, metric, population, ...paging }, { data }) => {
            const snapshot = await data.snapshot();
            const groups = snapshot.groups().filter(
                (g) =>
                    (region === undefined || g.region === region) &&
                    (metric === undefined || g.metric === metric) &&
                    (population === undefined || g.population === population),
            );
            const page = paginate(groups, paging);
            return { ...page, items: page.items.map((g) => snapshot.present(g)) };
        }),
    ],
    [
        '/api/conflicts',
        route(conflictsQuery, async ({ page: pageNumber, pageSize, ...filter }, { data }) => {
            const snapshot = await data.snapshot();
            const page = paginate(filterConflicts(snapshot.conflicts(), filter), { page: pageNumber, pageSize });
            // the web page shows each explanation in words
            const items = page.items.map((c) => ({
                ...snapshot.present(c),
                explanationWords: c.explanations.map((code) => EXPLANATION_WORDS[code].zh),
            }));
            return { ...page, items };
        }),
    ],
    [
        '/api/sources',
        route(sourcesQuery, async ({ site, ...paging }, { data }) => {
            const sources = (await data.snapshot()).sources();
            return paginate(site === undefined ? sources : sources.filter((s) => s.site === site), paging);
        }),
    ],
    [
        '/api/missing',
        route(missingQuery, async ({ site, ...paging }, { data }) => {
            const { pages, claims } = await data.snapshot();
            const report = findMissing(pagesWithClaims(pages, claims));
            return paginate(site === undefined ? report : report.filter((entry) => entry.site === site), paging);
        }),
    ],
    [
        '/api/changes',
        route(changesQuery, async ({ since, url, ...paging }, { config }) => {
            const changes = await getChanges({ dataDir: config.dataDir, since });
            // Newest first: the first page of a change log is what happened last.
            const selected = changes.filter((change) => url === undefined || change.url === url).reverse();
            return paginate(selected, paging);
        }),
    ],
    ['/api/schedules', route(noQuery, async (_input, { config }) => ({ items: await listSchedules({ redisUrl: config.redisUrl, dataDir: config.dataDir }) }))],
    ['/api/status', route(noQuery, async (_input, { config }) => getStatus({ dataDir: config.dataDir, redisUrl: config.redisUrl }))],
]);
