import { z } from 'zod';

/** What the crawler asks of a site: does a URL belong to it, should a link be enqueued, is a page an article. */
export interface SiteDefinition {
    id: string;
    /** Where a crawl of this site starts (`claimscope schedule add <site-id>`); empty when only URLs can start it. */
    startUrls: readonly string[];
    /** True when this definition is responsible for `url`. */
    matches(url: URL): boolean;
    /** True when a link found on one of this site's pages should be enqueued. */
    follow(url: URL): boolean;
    /** True when the page may hold an article (false for list and index pages); the extractor has the last word. */
    isArticle(url: URL): boolean;
    /** The site a page belongs to: its host, or for a mirror the host whose pages it serves under `/<host>/`. */
    siteOf(url: URL): string;
}

const route = z.strictObject({
    /** Tested against the path after the scope's path prefix (always starting with `/`). */
    match: z.instanceof(RegExp),
    /** Pages of this route may hold an article. @default false */
    article: z.boolean().default(false),
    /** Enqueue links to pages of this route. @default true */
    follow: z.boolean().default(true),
});

/** Route labels read like constants (`LIST`, `ARTICLE`), as in crawlee routers. */
const ROUTE_LABEL = /^[A-Z][A-Z_]*$/;

const siteSpec = z.strictObject({
    /** Lower-case kebab-case name, unique in the registry. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case kebab-case'),
    /** Absolute http(s) URLs a crawl of the site starts from. @default [] */
    startUrls: z.array(z.url({ protocol: /^https?$/ })).default([]),
    /** Where the site lives; both lists narrow it, an absent list does not. */
    scope: z
        .strictObject({
            /** `URL.host` values (with the port when not the default). */
            hosts: z.array(z.string().min(1).toLowerCase()).min(1).optional(),
            /** `URL.hostname` values, any port (a site served on a port chosen at run time). */
            hostnames: z.array(z.string().min(1).toLowerCase()).min(1).optional(),
            /** Path prefixes ending in `/`: the demo web mounts each site under `/<original host>/`. */
            pathPrefixes: z
                .array(z.string().regex(/^\/.*\/$/, 'a path prefix starts and ends with "/"'))
                .min(1)
                .optional(),
            /** Each path prefix is `/<host>/` of a site mirrored there: claims name that host as their site. */
            mirrors: z.boolean().default(false),
        })
        .default({ mirrors: false }),
    /** Labelled URL shapes; the first route whose `match` fits a path decides. */
    routes: z
        .record(z.string(), route)
        .refine((routes) => Object.keys(routes).length > 0, 'a site needs at least one route')
        .refine((routes) => Object.keys(routes).every((l) => ROUTE_LABEL.test(l)), 'route labels are UPPER_CASE'),
    /** Paths never followed nor treated as pages (assets, downloads). */
    ignore: z.array(z.instanceof(RegExp)).default([]),
});

/** A site as written in `crawlers/<site>.ts`: data only, validated by {@link defineSite}. */
export type SiteSpec = z.input<typeof siteSpec>;

/** The demo sites are served on loopback only (test/demo/server.ts), on a port chosen at run time. */
export const DEMO_HOSTNAMES = ['127.0.0.1', 'localhost'];

/** Only web pages can be crawled: `mailto:`, `javascript:`, `ftp:` links cannot. */
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Validates a declarative site spec and turns it into the {@link SiteDefinition} the crawler calls.
 * Throws with the offending field paths when the spec is malformed.
 */
export function defineSite(input: SiteSpec): SiteDefinition {
    const parsed = siteSpec.safeParse(input);
    if (!parsed.success) {
        const id = typeof input?.id === 'string' ? input.id : '(no id)';
        throw new Error(`defineSite(${id}): invalid site definition\n${z.prettifyError(parsed.error)}`);
    }
    const { id, startUrls, scope, routes, ignore } = parsed.data;
    const routeList = Object.values(routes);

    /** The path relative to the scope's prefix, or null when the URL is outside the site. */
    const localPath = (url: URL): string | null => {
        if (!WEB_PROTOCOLS.has(url.protocol)) return null;
        if (scope.hosts && !scope.hosts.includes(url.host)) return null;
        if (scope.hostnames && !scope.hostnames.includes(url.hostname)) return null;
        const path = url.pathname;
        if (ignore.some((pattern) => pattern.test(path))) return null;
        if (!scope.pathPrefixes) return path;
        const prefix = scope.pathPrefixes.find((p) => path.startsWith(p));
        return prefix ? path.slice(prefix.length - 1) : null;
    };
    const routeOf = (url: URL) => {
        const path = localPath(url);
        return path === null ? undefined : routeList.find((r) => r.match.test(path));
    };

    return {
        id,
        startUrls,
        matches: (url) => localPath(url) !== null,
        follow: (url) => routeOf(url)?.follow ?? false,
        isArticle: (url) => routeOf(url)?.article ?? false,
        siteOf(url) {
            const prefix = scope.mirrors ? scope.pathPrefixes?.find((p) => url.pathname.startsWith(p)) : undefined;
            return prefix ? prefix.slice(1, -1) : url.host;
        },
    };
}
