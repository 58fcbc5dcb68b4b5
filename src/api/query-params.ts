/** Query strings → typed, validated input, or a 400 that names the parameter and what was expected. */
import { z } from 'zod';
import { NATIONAL_REGION } from '../claims/labels.js';
import { ApiError } from './api-error.js';

/** Longest free-text value accepted (a search phrase, a region or site name). */
const MAX_TEXT_LENGTH = 200;

/** A free-text parameter, bounded so a request cannot make the server tokenize megabytes. */
export function textParam(): z.ZodOptional<z.ZodString> {
    return z.string().max(MAX_TEXT_LENGTH, { error: `expected at most ${MAX_TEXT_LENGTH} characters` }).optional();
}

/** A whole number in [min, max], written in plain digits (no `1e3`, no `0x10`, no sign). */
export function intParam(min: number, max: number) {
    return z
        .string()
        .regex(/^\d{1,9}$/, { error: (issue) => `expected a whole number, got ${JSON.stringify(issue.input)}` })
        .transform(Number)
        .pipe(
            z.number().check(
                z.refine((n) => n >= min && n <= max, { error: (issue) => `expected ${min}…${max}, got ${String(issue.input)}` }),
            ),
        );
}

/** A share from 0 to 1 in plain decimal digits (`0.9`, `1`, `.75` is refused): an extraction confidence bound. */
export function shareParam() {
    return z
        .string()
        .regex(/^(?:0(?:\.\d{1,6})?|1(?:\.0{1,6})?)$/, {
            error: (issue) => `expected a number from 0 to 1 such as 0.9, got ${JSON.stringify(issue.input)}`,
        })
        .transform(Number);
}

/** Paging limits of every list: one request asks for at most this many items. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

/** `page` and `pageSize` of a paged list, the same for every list; pageSize=0 answers the total (and facets) alone. */
export function pagingParams() {
    return {
        page: intParam(1, 100_000).default(1),
        pageSize: intParam(0, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
    };
}

/** Parameters whose empty value means something: `region=` asks for claims that name no region. */
const EMPTY_MEANS_SOMETHING = new Set(['region']);

/**
 * A region: a name, or `region=` / `region=全国` for claims that name none (national or unspecified), answered
 * as null; absent = any region.
 */
export function regionParam() {
    return textParam().transform((value) => (value === '' || value === NATIONAL_REGION ? null : value));
}

/**
 * Parses a query string with a strict object schema. An empty value means "not set" (what an empty form
 * field sends); a name given twice or not known to the schema is refused rather than silently ignored.
 *
 * @throws ApiError 400 naming each bad parameter.
 */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, params: URLSearchParams): z.output<Schema> {
    const raw: Record<string, string> = Object.create(null) as Record<string, string>;
    const seen = new Set<string>();
    for (const [name, value] of params) {
        if (seen.has(name)) throw new ApiError(400, `query parameter "${name}" is given more than once`);
        seen.add(name);
        if (value.trim() !== '' || EMPTY_MEANS_SOMETHING.has(name)) raw[name] = value.trim();
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    throw new ApiError(400, parsed.error.issues.map(describeIssue).join('; '));
}

function describeIssue(issue: z.core.$ZodIssue): string {
    if (issue.code === 'unrecognized_keys') return `unknown query parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/** One page of a list, with what a client needs to show "page 2 of 7". */
export interface Paged<T> {
    items: T[];
    total: number;
    page: number;
    pageSize: number;
}

export function paginate<T>(all: readonly T[], paging: { page: number; pageSize: number }): Paged<T> {
    const start = (paging.page - 1) * paging.pageSize;
    return { items: all.slice(start, start + paging.pageSize), total: all.length, ...paging };
}
