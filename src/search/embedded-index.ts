/**
 * The embedded search index (the default backend, no server): Orama with a jieba tokenizer.
 *
 * Why Orama: it is an in-process full-text engine (BM25) that takes a custom tokenizer, so Chinese
 * text is searched by real words (jieba) instead of whole sentences; it has exact-match filters on
 * enum fields, numeric range filters, facet counts over all hits, custom sort and offset/limit
 * paging, and it serializes its whole state (`save`/`load`), so a second process opens the index
 * without re-segmenting every claim. One dependency, pure JS plus jieba's native binding.
 *
 * Persistence: `dataDir/index/claims.json`, written on `close()` (and only when something changed)
 * to a temp file renamed over the old one, so a reader never sees half a file.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { create, getByID, insertMultiple, load, removeMultiple, save, search } from '@orama/orama';
import type { Orama, RawData, Results, SearchParams, SortByParams, WhereCondition } from '@orama/orama';
import { createChineseTokenizer, tokenizeQuery } from './chinese-tokenizer.js';
import './orama-radix-patch.js';
import { SearchError } from './errors.js';
import { compareCodePoints, emptyFacets, FACET_FIELDS, normalizeQuery } from './query.js';
import type { NormalizedQuery } from './query.js';
import type { ClaimDocument, ClaimQuery, ClaimSearchResult, FacetCounts, SearchIndex } from './types.js';

/** Bump when the schema or the tokenizer changes: a file in another layout is refused, not misread. */
const FORMAT_VERSION = 1;

/**
 * Orama does not index null numbers, so `ageMin <= N` would drop every claim with an open lower
 * bound. Open bounds are stored as these sentinels, which lets one range filter do the whole test.
 */
const OPEN_AGE_MIN = -Number.MAX_SAFE_INTEGER;
const OPEN_AGE_MAX = Number.MAX_SAFE_INTEGER;

const schema = {
    /** quote, title, section and region in one field: Orama's all-words check works per field. */
    text: 'string',
    region: 'enum',
    metric: 'enum',
    population: 'enum',
    site: 'enum',
    kind: 'enum',
    url: 'enum',
    ageLo: 'number',
    ageHi: 'number',
} as const;

type ClaimsDb = Orama<typeof schema>;

/** What Orama stores per claim: indexed fields, plus the claim itself (stored, not indexed). */
interface IndexedClaim {
    id: string;
    text: string;
    region?: string;
    metric?: string;
    population?: string;
    site: string;
    kind: string;
    url: string;
    ageLo: number;
    ageHi: number;
    claim: ClaimDocument;
    /** Position in url-then-id order, refreshed before a search that follows a write. */
    rank?: number;
}

interface IndexFile {
    format: 'claimscope-orama';
    version: number;
    orama: RawData;
}

/** Facets with no limit: Orama otherwise keeps 10 values of a string facet (ours are enums). */
const facetsParam = Object.fromEntries(FACET_FIELDS.map((field) => [field, {}]));

/** Where the embedded index keeps its file inside a data directory. */
export function embeddedIndexPath(dataDir: string): string {
    return join(dataDir, 'index', 'claims.json');
}

/**
 * Opens (or creates) the embedded claim index stored under `dataDir`.
 *
 * @throws SearchError when the index file exists but cannot be read as an index.
 */
export async function openEmbeddedIndex(dataDir: string): Promise<SearchIndex> {
    const path = embeddedIndexPath(dataDir);
    const db = createDb();
    await loadInto(db, path);
    return new EmbeddedIndex(db, path);
}

function createDb(): ClaimsDb {
    return create({
        schema,
        components: { tokenizer: createChineseTokenizer() },
        // Results are ordered by our own comparators (see byRank): Orama's per-field sort indexes
        // would only cost memory and insert time.
        sort: { enabled: false },
    });
}

async function loadInto(db: ClaimsDb, path: string): Promise<void> {
    let text: string;
    try {
        text = await readFile(path, 'utf8');
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw err;
    }
    let file: IndexFile;
    try {
        file = JSON.parse(text) as IndexFile;
    } catch (err) {
        throw new SearchError(`embedded index ${path}: not valid JSON`, { cause: err });
    }
    if (file.format !== 'claimscope-orama') {
        throw new SearchError(`embedded index ${path}: expected format "claimscope-orama", got ${String(file.format)}`);
    }
    if (file.version !== FORMAT_VERSION) {
        throw new SearchError(
            `embedded index ${path}: written in layout v${String(file.version)}, this build reads v${FORMAT_VERSION}; ` +
                'delete the file and re-index',
        );
    }
    load(db, file.orama);
}

function toIndexed(claim: ClaimDocument): IndexedClaim {
    const figure = claim.kind === 'figure' ? claim : undefined;
    return {
        id: claim.id,
        text: [claim.quote, claim.title, claim.section, claim.region].filter(Boolean).join('\n'),
        region: claim.region ?? undefined,
        metric: figure?.metric,
        population: figure?.population ?? undefined,
        site: claim.site,
        kind: claim.kind,
        url: claim.url,
        ageLo: figure?.ageMin ?? OPEN_AGE_MIN,
        ageHi: figure?.ageMax ?? OPEN_AGE_MAX,
        claim,
    };
}

/** Stable order of the contract: url, then id. */
function byUrlThenId(a: ClaimDocument, b: ClaimDocument): number {
    return compareCodePoints(a.url, b.url) || compareCodePoints(a.id, b.id);
}

/*
 * Result order. Orama's own string sort uses localeCompare (locale-dependent, ignores punctuation),
 * so the order is ours: every stored claim gets its rank in url-then-id order once after writes,
 * and a search compares ranks (numbers) instead of strings.
 */
function byRank(a: SortItem, b: SortItem): number {
    return a[2].rank! - b[2].rank!;
}

function byRelevanceThenRank(a: SortItem, b: SortItem): number {
    return b[1] - a[1] || byRank(a, b);
}

type SortItem = [number, number, IndexedClaim];

class EmbeddedIndex implements SearchIndex {
    /** Ids of each page URL, so deleteByUrls needs no search. */
    readonly #idsByUrl = new Map<string, Set<string>>();
    #dirty = false;
    #ranksStale = true;

    constructor(
        readonly db: ClaimsDb,
        readonly path: string,
    ) {
        for (const claim of this.#claims()) this.#remember(claim);
    }

    async upsert(docs: ClaimDocument[]): Promise<void> {
        // Last one wins within a batch, as it would over separate calls.
        const latest = new Map(docs.map((doc) => [doc.id, doc]));
        const existing = [...latest.keys()].filter((id) => getByID(this.db, id) !== undefined);
        if (existing.length > 0) {
            for (const id of existing) this.#forget((getByID(this.db, id) as IndexedClaim).claim);
            await removeMultiple(this.db, existing);
        }
        await insertMultiple(this.db, [...latest.values()].map(toIndexed));
        for (const doc of latest.values()) this.#remember(doc);
        this.#dirty ||= latest.size > 0;
        this.#ranksStale ||= latest.size > 0;
    }

    async deleteByUrls(urls: string[]): Promise<void> {
        for (const url of new Set(urls)) {
            const ids = this.#idsByUrl.get(url);
            if (!ids) continue;
            await removeMultiple(this.db, [...ids]);
            this.#idsByUrl.delete(url);
            this.#dirty = true;
        }
    }

    async search(query: ClaimQuery): Promise<ClaimSearchResult> {
        const normalized = normalizeQuery(query);
        if (this.#ranksStale) this.#rank();
        // A query of only punctuation has no words: list everything, as Meilisearch does.
        const term = tokenizeQuery(normalized.q).length > 0 ? normalized.q : '';
        const params: SearchParams<ClaimsDb, IndexedClaim> = {
            where: whereOf(normalized),
            facets: facetsParam,
            offset: (normalized.page - 1) * normalized.hitsPerPage,
            limit: normalized.hitsPerPage,
            sortBy: (term ? byRelevanceThenRank : byRank) as SortByParams<ClaimsDb, IndexedClaim>,
        };
        // `term` only when there is one: with properties set and no term Orama lists documents
        // that merely have the field, not all matches of the filters.
        if (term) Object.assign(params, { term, properties: ['text'], threshold: 0 });
        const results = (await search<ClaimsDb, IndexedClaim>(this.db, params)) as Results<IndexedClaim>;
        return {
            hits: results.hits.map((hit) => hit.document.claim),
            total: results.count,
            page: normalized.page,
            hitsPerPage: normalized.hitsPerPage,
            facets: facetsOf(results),
        };
    }

    async all(): Promise<ClaimDocument[]> {
        return this.#claims().sort(byUrlThenId);
    }

    async clear(): Promise<void> {
        const ids = [...this.#idsByUrl.values()].flatMap((set) => [...set]);
        if (ids.length > 0) await removeMultiple(this.db, ids);
        this.#idsByUrl.clear();
        this.#dirty = true;
    }

    async close(): Promise<void> {
        if (!this.#dirty) return;
        const file: IndexFile = { format: 'claimscope-orama', version: FORMAT_VERSION, orama: save(this.db) };
        await mkdir(join(this.path, '..'), { recursive: true });
        const temp = `${this.path}.${process.pid}.${Date.now()}.tmp`;
        try {
            await writeFile(temp, JSON.stringify(file));
            await rename(temp, this.path);
        } catch (err) {
            await rm(temp, { force: true });
            throw err;
        }
        this.#dirty = false;
    }

    #claims(): ClaimDocument[] {
        return this.#stored().map((doc) => doc.claim);
    }

    #stored(): IndexedClaim[] {
        return Object.values(this.db.documentsStore.getAll(this.db.data.docs) as Record<string, IndexedClaim>);
    }

    #rank(): void {
        const stored = this.#stored().sort((a, b) => byUrlThenId(a.claim, b.claim));
        stored.forEach((doc, rank) => (doc.rank = rank));
        this.#ranksStale = false;
    }

    #remember(claim: ClaimDocument): void {
        let ids = this.#idsByUrl.get(claim.url);
        if (!ids) this.#idsByUrl.set(claim.url, (ids = new Set()));
        ids.add(claim.id);
    }

    #forget(claim: ClaimDocument): void {
        const ids = this.#idsByUrl.get(claim.url);
        ids?.delete(claim.id);
        if (ids?.size === 0) this.#idsByUrl.delete(claim.url);
    }
}

function whereOf(query: NormalizedQuery): WhereCondition<ClaimsDb['schema']> {
    const where: Record<string, unknown> = {};
    for (const [field, value] of query.exact) where[field] = { eq: value };
    if (query.age !== undefined) {
        where.ageLo = { lte: query.age };
        where.ageHi = { gte: query.age };
    }
    return where as WhereCondition<ClaimsDb['schema']>;
}

/** Orama counts a missing enum value under '' (components/facets.js); a missing value is no facet value. */
function facetsOf(results: Results<IndexedClaim>): FacetCounts {
    const facets = emptyFacets();
    for (const field of FACET_FIELDS) {
        const values = results.facets?.[field]?.values ?? {};
        for (const [value, n] of Object.entries(values)) if (value !== '') facets[field][value] = n;
    }
    return facets;
}
