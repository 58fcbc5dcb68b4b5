/**
 * The JSON API: one entry per path, each with the schema its query string must satisfy. Other tools rely on
 * these paths and parameters. Every list answers `{ items, total, page, pageSize }` (search adds `facets`),
 * takes the same `page`/`pageSize` limits, and with `format=csv` or `format=json` downloads the same page as a file.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { formatAges, formatRegion, formatTime, metricLabel, populationLabel, vocabulary } from '../claims/labels.js';
import { METRICS, POPULATIONS } from '../claims/schema.js';
import type { Config } from '../config/index.js';
import { EXPLANATION_CODES, EXPLANATION_WORDS, filterConflicts } from '../compare/index.js';
import { CLAIM_CSV_COLUMNS, toCsv } from '../csv.js';
import { getChanges, getStatus, listSchedules } from '../ops/index.js';
import type { ApiData } from './api-data.js';
import { ApiError } from './api-error.js';
import { renderChartSvg } from './chart-svg.js';
import { chartValues } from './chart-data.js';
import { withChangeDisplay, withClaimDisplay, withGroupDisplay } from './display.js';
import { groupKey } from './evidence.js';
import { intParam, pagingParams, paginate, parseQuery, regionParam, shareParam, textParam, type Paged } from './query-params.js';

export interface RouteContext {
    data: ApiData;
    config: Pick<Config, 'dataDir' | 'redisUrl'>;
}

/** A body other than the JSON answer: a download or a picture. */
export interface FileAnswer {
    file: { body: string; contentType: string; headers?: Record<string, string> };
}

export interface Route {
    /** Validates the query string (throws ApiError 400) and answers with a JSON-serialisable value or a file. */
    handle(params: URLSearchParams, context: RouteContext): Promise<unknown>;
}

/** Ties a query schema to its handler so the handler receives the parsed, typed input. */
function route<Schema extends z.ZodType>(
    schema: Schema,
    handle: (input: z.output<Schema>, context: RouteContext) => Promise<unknown>,
): Route {
    return { handle: (params, context) => handle(parseQuery(schema, params), context) };
}

const format = z.enum(['json', 'csv'], { error: 'expected json or csv' }).optional();

/**
 * A paged list route: `produce` answers one page; `format=json|csv` turns that page into a download named
 * `name` with one CSV row per `rows(item)` entry.
 */
function listRoute<Schema extends z.ZodObject, Item, Extra extends object = object>(
    name: string,
    shape: Schema,
    produce: (input: z.output<Schema> & { page: number; pageSize: number }, context: RouteContext) => Promise<Paged<Item> & Extra>,
    csv: { columns: readonly string[]; rows: (item: Item) => Record<string, unknown>[] },
): Route {
    const schema = shape.extend({ ...pagingParams(), format });
    return route(schema, async (input, context) => {
        const { format: asFile, ...rest } = input as z.output<Schema> & { page: number; pageSize: number; format?: 'json' | 'csv' };
        const answer = await produce(rest as z.output<Schema> & { page: number; pageSize: number }, context);
        if (!asFile) return answer;
        const filename = `claimscope-${name}-p${answer.page}.${asFile}`;
        const headers = { 'Content-Disposition': `attachment; filename="${filename}"` };
        if (asFile === 'json') {
            return { file: { body: JSON.stringify(answer, null, 2), contentType: 'application/json; charset=utf-8', headers } } satisfies FileAnswer;
        }
        // A byte-order mark so spreadsheet programs read the Chinese text as UTF-8.
        const body = `\uFEFF${toCsv(csv.columns, answer.items.flatMap(csv.rows))}`;
        return { file: { body, contentType: 'text/csv; charset=utf-8', headers } } satisfies FileAnswer;
    });
}

const metric = z.enum(METRICS, { error: `expected one of ${METRICS.join(', ')}` }).optional();
const population = z.enum(POPULATIONS, { error: `expected one of ${POPULATIONS.join(', ')}` }).optional();

/** An ISO date or date-time (`2025-09-01`, `2025-09-01T08:00:00Z`). */
const isoTime = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, { error: 'expected an ISO date or time, e.g. 2025-09-01' })
    .refine((text) => !Number.isNaN(Date.parse(text)), { error: 'not a real date' })
    .optional();

/** A group's or conflict's permalink id: a short hash of what identifies it. */
export function groupId(group: Parameters<typeof groupKey>[0]): string {
    return createHash('sha1').update(groupKey(group)).digest('hex').slice(0, 12);
}

function matchesRegion(region: string | null | undefined, value: string | null): boolean {
    return region === undefined || region === value;
}

const GROUP_CSV_COLUMNS = [
    'id', 'region', 'metric', 'population', 'ageMin', 'ageMax', 'unit', 'period', 'value', 'valueMax', 'display', 'sources',
    'pages', 'sites', 'consensus', 'spread', 'explanations',
] as const;

/** A group or conflict as every route answers it: bounded, with evidence, its permalink id and its words. */
function showGroup<G extends Parameters<typeof withGroupDisplay>[0] & Parameters<typeof groupId>[0]>(group: G) {
    return { id: groupId(group), ...withGroupDisplay(group) };
}

function groupRows(group: ReturnType<typeof showGroup>): Record<string, unknown>[] {
    return group.values.map((v: ReturnType<typeof showGroup>['values'][number]) => ({
        ...group,
        value: v.value,
        valueMax: v.valueMax,
        display: v.display,
        sources: v.sources,
        pages: v.pages,
        sites: v.sites,
        consensus: v === group.consensus,
    }));
}

const searchQuery = z.strictObject({
    q: textParam(),
    region: regionParam(),
    metric,
    population,
    site: textParam(),
    kind: z.enum(['figure', 'procedure'], { error: 'expected figure or procedure' }).optional(),
    age: intParam(0, 130).optional(),
    /** Only claims whose extraction confidence is at least this. */
    minConfidence: shareParam().optional(),
    /** Only the claims of this page. */
    url: z.url({ protocol: /^https?$/ }).optional(),
});
const compareQuery = z.strictObject({ region: regionParam(), metric, population, id: textParam() });
const explanation = z
    .enum([...EXPLANATION_CODES, 'none'], { error: `expected one of ${[...EXPLANATION_CODES, 'none'].join(', ')}` })
    .optional();
const conflictsQuery = z.strictObject({ region: regionParam(), metric, population, explanation, id: textParam() });
const sourcesQuery = z.strictObject({ site: textParam() });
const missingQuery = z.strictObject({ site: textParam() });
const changesQuery = z.strictObject({ since: isoTime, url: z.url({ protocol: /^https?$/ }).optional() });
const noQuery = z.strictObject({});
const idQuery = z.strictObject({ id: z.string().min(1).max(200) });

/** Path → route. Every route answers GET (and HEAD) only. */
export const ROUTES: ReadonlyMap<string, Route> = new Map([
    [
        '/api/search',
        listRoute(
            'search',
            searchQuery,
            async ({ page, pageSize, ...filters }, { data }) => {
                const result = await data.search({ ...filters, page, hitsPerPage: pageSize });
                return { items: result.hits.map(withClaimDisplay), total: result.total, page, pageSize, facets: result.facets };
            },
            { columns: ['id', ...CLAIM_CSV_COLUMNS], rows: (claim) => [claim] },
        ),
    ],
    [
        '/api/claim',
        route(idQuery, async ({ id }, { data }) => {
            const claim = await data.claim(id);
            if (!claim) throw new ApiError(404, `no claim ${JSON.stringify(id)}`);
            return withClaimDisplay(claim);
        }),
    ],
    [
        '/api/compare',
        listRoute(
            'compare',
            compareQuery,
            async ({ region, metric, population, id, ...paging }, { data }) => {
                const snapshot = await data.snapshot();
                const groups = snapshot
                    .groups()
                    .filter(
                        (g) =>
                            matchesRegion(region, g.region) &&
                            (metric === undefined || g.metric === metric) &&
                            (population === undefined || g.population === population) &&
                            (id === undefined || groupId(g) === id),
                    );
                const page = paginate(groups, paging);
                return { ...page, items: page.items.map((g) => showGroup(snapshot.present(g))) };
            },
            { columns: GROUP_CSV_COLUMNS, rows: groupRows },
        ),
    ],
    [
        '/api/conflicts',
        listRoute(
            'conflicts',
            conflictsQuery,
            async ({ region, id, page: pageNumber, pageSize, ...filter }, { data }) => {
                const snapshot = await data.snapshot();
                const conflicts = filterConflicts(snapshot.conflicts(), { ...filter, region: region ?? undefined }).filter(
                    (c) => matchesRegion(region, c.region) && (id === undefined || groupId(c) === id),
                );
                const page = paginate(conflicts, { page: pageNumber, pageSize });
                // the web page shows each explanation in words
                const items = page.items.map((c) => ({
                    ...showGroup(snapshot.present(c)),
                    explanationWords: c.explanations.map((code) => EXPLANATION_WORDS[code].zh),
                }));
                return { ...page, items };
            },
            { columns: GROUP_CSV_COLUMNS, rows: groupRows },
        ),
    ],
    [
        '/api/chart',
        route(idQuery, async ({ id }, { data }) => {
            const snapshot = await data.snapshot();
            const conflict = snapshot.conflicts().find((c) => groupId(c) === id);
            const group = conflict ?? snapshot.groups().find((g) => groupId(g) === id);
            if (!group) throw new ApiError(404, `no comparison group or conflict ${JSON.stringify(id)}`);
            const title = [formatRegion(group.region), metricLabel(group.metric), populationLabel(group.population), formatAges(group.ageMin, group.ageMax)].join(' · ');
            const explanation = conflict?.explanations.map((code) => EXPLANATION_WORDS[code].zh).join('；') || null;
            const body = renderChartSvg({ period: group.period, values: chartValues(group, snapshot.evidenceOf(group)), consensus: group.consensus, title, explanation });
            return { file: { body, contentType: 'image/svg+xml; charset=utf-8' } } satisfies FileAnswer;
        }),
    ],
    [
        '/api/sources',
        listRoute(
            'sources',
            sourcesQuery,
            async ({ site, ...paging }, { data }) => {
                const sources = (await data.snapshot()).sources();
                return paginate(site === undefined ? sources : sources.filter((s) => s.site === site), paging);
            },
            { columns: ['site', 'trust', 'agree', 'disagree'], rows: (s) => [{ ...s }] },
        ),
    ],
    [
        '/api/missing',
        listRoute(
            'missing',
            missingQuery,
            async ({ site, ...paging }, { data }) => {
                const report = await data.missing();
                return paginate(site === undefined ? report : report.filter((entry) => entry.site === site), paging);
            },
            { columns: ['site', 'url', 'title', 'region', 'figuresOnPage'], rows: (entry) => [{ ...entry }] },
        ),
    ],
    [
        '/api/changes',
        listRoute(
            'changes',
            changesQuery,
            async ({ since, url, ...paging }, { config }) => {
                const changes = await getChanges({ dataDir: config.dataDir, since });
                // Newest first: the first page of a change log is what happened last.
                const selected = changes.filter((change) => url === undefined || change.url === url).reverse();
                const paged = paginate(selected, paging);
                return { ...paged, items: paged.items.map(withChangeDisplay) };
            },
            {
                columns: ['at', 'change', 'url', 'site', 'title', 'key', 'region', 'fields', 'before', 'after'],
                rows: (c) => [
                    {
                        ...c,
                        fields: c.fields.map((f) => `${f.field}: ${JSON.stringify(f.before)} → ${JSON.stringify(f.after)}`),
                        before: c.display.before?.value,
                        after: c.display.after?.value,
                    },
                ],
            },
        ),
    ],
    [
        '/api/schedules',
        listRoute(
            'schedules',
            z.strictObject({}),
            async (paging, { config }) => {
                const schedules = await listSchedules({ redisUrl: config.redisUrl, dataDir: config.dataDir });
                const shown = schedules.map((s) => ({ ...s, display: { nextRunAt: s.nextRunAt === null ? null : formatTime(s.nextRunAt) } }));
                return paginate(shown, paging);
            },
            { columns: ['id', 'target', 'every', 'minIntervalMs', 'maxIntervalMs', 'paused', 'nextRunAt'], rows: (s) => [{ ...s }] },
        ),
    ],
    ['/api/status', route(noQuery, async (_input, { config }) => getStatus({ dataDir: config.dataDir, redisUrl: config.redisUrl }))],
    ['/api/labels', route(noQuery, async () => vocabulary())],
]);
