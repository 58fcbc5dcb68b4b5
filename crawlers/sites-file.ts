/**
 * Sites described in a file (YAML or JSON) rather than in TypeScript: which hosts a site lives on, which URLs a
 * crawl follows (`include`/`exclude` globs over the whole URL, as Crawlee's `globs` are) and which pages may hold
 * an article. Errors name the file, line and column of the offending value, as yaml's node ranges give them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { UsageError } from '../src/errors.js';
import type { SiteDefinition } from './define-site.js';

/** File name looked for in the data dir when no `--sites` is given. */
export const DEFAULT_SITES_FILE = 'sites.yaml';

const glob = z.string().min(1, 'a glob cannot be empty');
/** `URL.host`: a hostname (or [IPv6]) with an optional port. */
const host = z
    .string()
    .toLowerCase()
    .regex(/^[\w.-]+(:\d+)?$|^\[[\da-f:.]+\](:\d+)?$/i, 'a host is a hostname with an optional :port, as URL.host gives it');

const siteEntry = z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case kebab-case (like city-portal)'),
    startUrls: z.array(z.url({ protocol: /^https?$/, error: 'a start URL is an absolute http(s) URL' })).min(1, 'a site needs at least one start URL'),
    /** Default: the start URLs' hosts. */
    hosts: z.array(host).min(1).optional(),
    /** Globs over the whole URL a crawl may follow; none = every URL on the hosts. */
    include: z.array(glob).default([]),
    exclude: z.array(glob).default([]),
    /** Globs of the pages that may hold an article; none = every followed page may. */
    articles: z.array(glob).optional(),
    maxDepth: z.number().int().min(0).optional(),
    /** Minimum gap between two requests to one of the site's hosts. */
    delayMs: z.number().int().min(0).optional(),
    /** Webhook told of every changed claim and new conflict after a crawl of the site. */
    notify: z.url({ protocol: /^https?$/, error: 'notify is an absolute http(s) URL' }).optional(),
    /**
     * The site serves copies of other sites under `/<their host>/…` (as the demo web does): claims name that host
     * as their site rather than the mirror's. @default false
     */
    mirror: z.boolean().default(false),
    /** Sitemaps whose URLs start a crawl: true = those robots.txt names; a list = exactly these. */
    sitemaps: z.union([z.boolean(), z.array(z.url({ protocol: /^https?$/ }))]).default(true),
});

const sitesFile = z.strictObject({ sites: z.array(siteEntry) }).superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.sites.forEach((site, i) => {
        if (seen.has(site.id)) ctx.addIssue({ code: 'custom', path: ['sites', i, 'id'], message: `id ${site.id} is used twice` });
        seen.add(site.id);
    });
});

/** A site's entry, defaults applied: what schedules and queued crawls keep of it. */
export type SiteEntry = z.infer<typeof siteEntry>;

/** One site from a file: what was written, and the definition the crawler calls. */
export interface FileSite {
    entry: SiteEntry & { hosts: string[] };
    definition: SiteDefinition;
    /** Why `url` is or is not followed, and whether it may be an article. */
    explain(url: URL): UrlVerdict;
}

export interface UrlVerdict {
    site: string;
    follow: boolean;
    article: boolean;
    /** The rule that decided, as written in the file (`exclude[0] **\/*.pdf`), or what was missing. */
    reason: string;
}

export interface SitesFile {
    path: string;
    sites: FileSite[];
}

const GLOB_OPTIONS = { dot: true };

function firstMatch(globs: readonly string[], href: string): number {
    return globs.findIndex((g) => picomatch(g, GLOB_OPTIONS)(href));
}

/** `/<host>/…` on a mirror names the host it copies; a path that names none stays the mirror's own. */
function mirroredHost(url: URL): string {
    const first = url.pathname.split('/')[1] ?? '';
    return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(first) ? first.toLowerCase() : url.host;
}

/** A site from its file entry (also as kept in a schedule or a queued crawl's spec). */
export function fileSite(raw: SiteEntry): FileSite {
    const hosts = raw.hosts ?? [...new Set(raw.startUrls.map((u) => new URL(u).host))];
    const entry = { ...raw, hosts };
    const include = entry.include.map((g) => picomatch(g, GLOB_OPTIONS));
    const exclude = entry.exclude.map((g) => picomatch(g, GLOB_OPTIONS));
    const articles = entry.articles?.map((g) => picomatch(g, GLOB_OPTIONS));
    const matches = (url: URL) => (url.protocol === 'http:' || url.protocol === 'https:') && hosts.includes(url.host);
    const follow = (url: URL) =>
        matches(url) && (include.length === 0 || include.some((m) => m(url.href))) && !exclude.some((m) => m(url.href));
    const definition: SiteDefinition = {
        id: entry.id,
        startUrls: entry.startUrls,
        matches,
        follow,
        isArticle: (url) => follow(url) && (articles === undefined || articles.some((m) => m(url.href))),
        siteOf: (url) => (entry.mirror ? mirroredHost(url) : url.host),
    };
    const explain = (url: URL): UrlVerdict => {
        const verdict = (followed: boolean, article: boolean, reason: string) => ({ site: entry.id, follow: followed, article, reason });
        if (!matches(url)) return verdict(false, false, `host ${url.host} is not one of the site's hosts (${hosts.join(', ')})`);
        const excluded = firstMatch(entry.exclude, url.href);
        if (excluded >= 0) return verdict(false, false, `exclude[${excluded}] ${entry.exclude[excluded]}`);
        const included = firstMatch(entry.include, url.href);
        if (entry.include.length > 0 && included < 0) return verdict(false, false, `no include glob matches (${entry.include.join(', ')})`);
        const why = entry.include.length > 0 ? `include[${included}] ${entry.include[included]}` : `host ${url.host}`;
        if (!entry.articles) return verdict(true, true, `${why}; no articles globs, so any page may be an article`);
        const article = firstMatch(entry.articles, url.href);
        return article >= 0
            ? verdict(true, true, `${why}; articles[${article}] ${entry.articles[article]}`)
            : verdict(true, false, `${why}; a list page: no articles glob matches`);
    };
    return { entry, definition, explain };
}

/** The deepest node of `doc` along `path` (a missing key points at the map that lacks it). */
function nodeAlong(doc: Document, path: readonly PropertyKey[]): unknown {
    let node: unknown = doc.contents;
    for (const key of path) {
        if (isMap(node)) {
            const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
            if (!pair) return node;
            node = pair.value ?? pair.key;
        } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
            node = node.items[key];
        } else return node;
    }
    return node;
}

/** `sites[0].startUrls[1]` */
function formatPath(path: readonly PropertyKey[]): string {
    return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
}

/** Parse and validate a sites file's text; `path` names it in errors. */
export function parseSitesFile(text: string, path: string): SitesFile {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    const at = (offset: number | undefined) => {
        if (offset === undefined) return path;
        const { line, col } = lineCounter.linePos(offset);
        return `${path}:${line}:${col}`;
    };
    if (doc.errors.length > 0) {
        const error = doc.errors[0]!;
        throw new UsageError(`${at(error.pos[0])}: ${error.message.split('\n')[0]}`);
    }
    const parsed = sitesFile.safeParse(doc.toJS());
    if (!parsed.success) {
        const lines = parsed.error.issues.slice(0, 5).map((issue) => {
            // An unknown key is shown where it is written, not at its map.
            const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
            const node = nodeAlong(doc, issue.path);
            const offset = issue.code === 'unrecognized_keys' ? unknownKeyOffset(doc, path) : isNode(node) ? node.range?.[0] : undefined;
            return `${at(offset)}: ${formatPath(path) || 'file'}: ${issue.message}`;
        });
        const more = parsed.error.issues.length - lines.length;
        throw new UsageError(`invalid sites file\n${lines.join('\n')}${more > 0 ? `\n(and ${more} more)` : ''}`);
    }
    return { path, sites: parsed.data.sites.map(fileSite) };
}

/** Where an unknown key is written: its key node's start. */
function unknownKeyOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
    const parent = nodeAlong(doc, path.slice(0, -1));
    if (!isMap(parent)) return isNode(parent) ? parent.range?.[0] : undefined;
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1));
    return isScalar(pair?.key) ? pair.key.range?.[0] : parent.range?.[0];
}

/**
 * The sites file a command uses: `--sites FILE` when given (it must exist), else `<dataDir>/sites.yaml` when
 * present, else none.
 */
export function loadSitesFile(flag: string | undefined, dataDir: string): SitesFile | undefined {
    const path = flag ?? join(dataDir, DEFAULT_SITES_FILE);
    if (flag === undefined && !existsSync(path)) return undefined;
    let text: string;
    try {
        text = readFileSync(path, 'utf8');
    } catch (err) {
        throw new UsageError(`cannot read sites file ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    return parseSitesFile(text, path);
}

/** The site a URL falls under: the first that follows it, else the first whose hosts hold it. */
export function siteOfUrl(file: SitesFile, url: URL): FileSite | undefined {
    return file.sites.find((site) => site.definition.follow(url)) ?? file.sites.find((site) => site.definition.matches(url));
}

/** The gap between two requests to `host`: the largest of the default and the delays of the sites on it. */
export function hostDelay(sites: readonly FileSite[], defaultMs: number): (host: string) => number {
    return (host) => Math.max(defaultMs, ...sites.filter((s) => s.entry.hosts.includes(host)).map((s) => s.entry.delayMs ?? 0));
}
