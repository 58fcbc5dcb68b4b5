/**
 * Conflicts at scale and consensus under copying:
 * - the bytes of the first page of `/api/conflicts` and `/api/compare` (as the routes answer them) over the
 *   bench web's articles, against the same first page with every value, page and quote listed (the answer before
 *   values were capped);
 * - on the generated web with planted misprints (misprint-site.ts), how many cities trust-weighted consensus and
 *   plain copy-aware counting get right.
 */
import { extractPage } from '../extractors/index.js';
import type { ApiData } from '../src/api/api-data.js';
import { buildSnapshot } from '../src/api/api-data.js';
import { ROUTES } from '../src/api/routes.js';
import { analyseClaims } from '../src/compare/index.js';
import { buildClaimDocuments, toClaim } from '../src/pipeline/build-claims.js';
import type { PageRecord } from '../src/storage/types.js';
import { misprintSite } from './misprint-site.js';
import { renderBenchArticles } from './site.js';

export interface BenchConflictsResult {
    articles: number;
    conflicts: number;
    /** Values of the conflict with the most values. */
    mostValues: number;
    firstPageKb: { conflicts: number; compare: number };
    uncappedFirstPageKb: { conflicts: number; compare: number };
    misprints: { planted: number; trustRight: number; countRight: number; cities: number; trustRightAll: number; countRightAll: number };
}

/** A bench page as the crawl stores it: the site is the host the bench server mounts it under. */
function pageRecord(path: string, html: string): PageRecord {
    const url = `http://127.0.0.1${path}`;
    const extracted = extractPage(html, url);
    return {
        url,
        site: path.split('/')[1]!,
        title: extracted.title,
        published: extracted.published,
        passages: extracted.passages,
        claims: extracted.claims,
        contentHash: url,
        etag: null,
        lastModified: null,
        fetchedAt: '2025-01-01T00:00:00.000Z',
    };
}

const kb = (value: unknown) => Buffer.byteLength(JSON.stringify(value)) / 1024;

async function firstPageKb(data: ApiData, path: '/api/conflicts' | '/api/compare'): Promise<number> {
    const answer = await ROUTES.get(path)!.handle(new URLSearchParams(), { data, config: { dataDir: '', redisUrl: undefined } });
    return kb(answer);
}

function misprintAccuracy(): BenchConflictsResult['misprints'] {
    const site = misprintSite();
    const claims = buildClaimDocuments(site.pages).map(toClaim);
    const right = (weighting: 'trust' | 'count', cities: readonly string[]) =>
        analyseClaims(claims, { weighting }).groups.filter((g) => cities.includes(g.region!) && g.consensus?.value === site.truth.get(g.region!)).length;
    const all = [...site.truth.keys()];
    return {
        planted: site.planted.length,
        trustRight: right('trust', site.planted),
        countRight: right('count', site.planted),
        cities: all.length,
        trustRightAll: right('trust', all),
        countRightAll: right('count', all),
    };
}

export async function benchConflicts(options: { articles: number }): Promise<BenchConflictsResult> {
    const pages = renderBenchArticles(options.articles).map((p) => pageRecord(p.path, p.html));
    const snapshot = buildSnapshot(buildClaimDocuments(pages), pages.map((page) => page.site));
    const notUsed = () => Promise.reject(new Error('not used'));
    const data: ApiData = { snapshot: async () => snapshot, search: notUsed, claim: notUsed, missing: notUsed, storedPage: async () => undefined, close: async () => {} };
    const conflicts = snapshot.conflicts();
    return {
        articles: pages.length,
        conflicts: conflicts.length,
        mostValues: Math.max(0, ...conflicts.map((c) => c.values.length)),
        firstPageKb: { conflicts: await firstPageKb(data, '/api/conflicts'), compare: await firstPageKb(data, '/api/compare') },
        uncappedFirstPageKb: { conflicts: kb(conflicts.slice(0, 20)), compare: kb(snapshot.groups().slice(0, 20)) },
        misprints: misprintAccuracy(),
    };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const articles = Number(process.argv[2] ?? 10_000);
    process.stdout.write(`${JSON.stringify(await benchConflicts({ articles }), null, 1)}\n`);
}
