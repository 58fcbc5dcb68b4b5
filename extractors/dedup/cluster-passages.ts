import { createHash } from 'node:crypto';
import { z } from 'zod';
import { findRegions } from '../region/index.js';
import type { Passage } from '../types.js';
import { combineHash, hashString, jaccard, MinHasher, shingleHashes } from './minhash.js';
import { normalizePassage, type PlaceFinder } from './normalize-passage.js';
import { UnionFind } from './union-find.js';

const clusterOptionsSchema = z.strictObject({
    /** Characters per shingle. @default 3 */
    shingleChars: z.number().int().min(1).default(3),
    /**
     * Jaccard similarity of two passages' shingle sets at or above which they are copies. 0.5 keeps copies that
     * re-punctuate, drop a suffix or add a clause (`安徽省:…` / `安徽:…` ≈ 0.6) while passages that share only
     * stock phrases (`…医保个人账户…`) stay apart (< 0.35 on the dev corpus). @default 0.5
     */
    minSimilarity: z.number().gt(0).max(1).default(0.5),
    /**
     * Passages with less wording than this (normalised characters, a figure counting as one) cluster only with
     * identical normalised text: in so few characters one changed word already keeps Jaccard above 0.5
     * (`打开…APP` / `下载…APP` ≈ 0.69), so shingles cannot tell an edit from another statement. @default 16
     */
    minFuzzyChars: z.number().int().min(1).default(16),
    /**
     * LSH bands; with `rowsPerBand` 3, 20 bands make a pair at similarity 0.5 a candidate with probability 0.93
     * and at 0.6 with 0.99, while pairs below 0.2 rarely are. @default 20
     */
    bands: z.number().int().min(1).default(20),
    /** MinHash values per band. @default 3 */
    rowsPerBand: z.number().int().min(1).default(3),
    /**
     * A passage is boilerplate on a site when it is on at least this many of the site's pages… Content farms
     * paste one template into several articles of a site; those copies are content, so a small site's shared
     * passage is not taken for furniture. @default 5
     */
    boilerplateMinPages: z.number().int().min(2).default(5),
    /** …and on at least this share of them (a disclaimer, footer or sidebar, not a copied article). @default 0.8 */
    boilerplateMinShare: z.number().gt(0).max(1).default(0.8),
    /** Finds place names; passages naming different places are never copies. @default findRegions */
    findPlaces: z.custom<PlaceFinder>((value) => typeof value === 'function').optional(),
});
export type ClusterOptions = z.input<typeof clusterOptionsSchema>;

/** One crawled page as clustering needs it. `url` must be unique across the input. */
export interface PageWithPassages {
    url: string;
    site: string;
    passages: readonly Passage[];
}

/** What clustering says about one passage of one page. */
export interface PassageCopyInfo {
    /** Stable id shared by every copy of this passage (a hash of the cluster's smallest normalised text). */
    cluster: string;
    /** Distinct pages holding a passage of this cluster (1 = only this page). */
    copies: number;
    /** Distinct sites among those pages. */
    sites: number;
    /** The passage is repeated chrome of this page's site (disclaimer, footer, promo line). */
    boilerplate: boolean;
    /**
     * The page that keeps claims read from this passage: for boilerplate, the smallest URL of this site holding
     * it (so its claims are yielded once); otherwise the page itself.
     */
    ownerUrl: string;
}

/**
 * Candidates in one LSH bucket are compared with at most this many earlier members, one per distinct cluster,
 * so that a bucket of n copies costs O(n) comparisons, not O(n²).
 */
const MAX_BUCKET_REPRESENTATIVES = 8;

/**
 * Raw passage texts remembered with their normalised form. Crawls repeat passages verbatim (boilerplate, exact
 * copies) within a few pages, so a bounded memo saves most normalising while a long crawl's distinct texts are
 * not all kept alive.
 */
const MAX_MEMO_TEXTS = 20_000;

/** An Int32Array that grows by doubling, for per-passage numbers appended one at a time. */
class Int32List {
    #data = new Int32Array(1024);
    length = 0;

    push(value: number): void {
        if (this.length === this.#data.length) {
            const grown = new Int32Array(this.#data.length * 2);
            grown.set(this.#data);
            this.#data = grown;
        }
        this.#data[this.length++] = value;
    }

    /** Hands over the filled part as an array of its own length (spare capacity released) and empties the list. */
    take(): Int32Array {
        const filled = this.#data.slice(0, this.length);
        this.#data = new Int32Array(0);
        this.length = 0;
        return filled;
    }
}

/**
 * Every passage of the input in page order (no object per passage or per page): page `p` owns positions
 * `pageStarts[p] .. pageStarts[p + 1]`, and a passage's position in its page is its index, except on pages
 * whose passages are numbered otherwise (`sparseIndexes`).
 */
interface Occurrences {
    pageStarts: Int32Array;
    /** Passage indexes by position, for the pages whose passages are not numbered 0, 1, 2, … */
    sparseIndexes: ReadonlyMap<number, Int32Array>;
}

/** The pages clustering saw, by number: URL, site number, and the URL → number lookup. */
interface PageTable {
    urls: readonly string[];
    siteOfPage: Int32Array;
    siteNames: readonly string[];
    numberOfUrl: ReadonlyMap<string, number>;
}

/** Per cluster number: its id and spread; per (cluster, site) the boilerplate owner, when boilerplate. */
interface ClusterTable {
    ids: readonly string[];
    copies: Int32Array;
    sites: Int32Array;
    /** `cluster × siteCount + site` → URL that owns a boilerplate cluster's claims on that site. */
    boilerplateOwners: ReadonlyMap<number, string>;
}

/**
 * The clusters of every passage of a set of pages; look passages up by page URL and passage index. Answers are
 * built on demand from compact tables, so a 100k-passage crawl holds no object per passage or per page.
 */
export class PassageClustering {
    readonly #pages: PageTable;
    readonly #occurrences: Occurrences;
    /** Cluster number per passage, in occurrence order. */
    readonly #clusters: Int32Array;
    readonly #table: ClusterTable;

    constructor(pages: PageTable, occurrences: Occurrences, clusters: Int32Array, table: ClusterTable) {
        this.#pages = pages;
        this.#occurrences = occurrences;
        this.#clusters = clusters;
        this.#table = table;
    }

    /** Number of distinct clusters. */
    get clusterCount(): number {
        return this.#table.ids.length;
    }

    /** The passage's cluster and copy counts, or undefined when that page or passage index was not clustered. */
    get(url: string, passageIndex: number): PassageCopyInfo | undefined {
        const page = this.#pages.numberOfUrl.get(url);
        if (page === undefined) return undefined;
        const { pageStarts, sparseIndexes } = this.#occurrences;
        const start = pageStarts[page]!;
        const count = pageStarts[page + 1]! - start;
        const sparse = sparseIndexes.get(page);
        const position = sparse
            ? sparse.indexOf(passageIndex)
            : Number.isInteger(passageIndex) && passageIndex >= 0 && passageIndex < count
              ? passageIndex
              : -1;
        if (position < 0) return undefined;
        const cluster = this.#clusters[start + position]!;
        const owner = this.#table.boilerplateOwners.get(cluster * this.#pages.siteNames.length + this.#pages.siteOfPage[page]!);
        return {
            cluster: this.#table.ids[cluster]!,
            copies: this.#table.copies[cluster]!,
            sites: this.#table.sites[cluster]!,
            boilerplate: owner !== undefined,
            ownerUrl: owner ?? url,
        };
    }

    /** True when the passage is boilerplate of its site (see {@link PassageCopyInfo.boilerplate}). */
    isBoilerplate(url: string, passageIndex: number): boolean {
        return this.get(url, passageIndex)?.boilerplate ?? false;
    }
}

interface UniqueText {
    /** Places + kind + normalised text: equal keys are the same passage. */
    key: string;
    text: string;
    places: string;
    fuzzy: boolean;
}

/**
 * Clusters pages given one at a time, keeping of each only its URL, site and a cluster-to-be number per passage
 * (4 bytes), never its text: a crawl can stream its pages from disk through `add` and hold just the distinct
 * normalised texts. `finish` then groups near-duplicates (MinHash over character shingles, LSH banding,
 * union-find), so that claims copied from one template count once.
 *
 * Cost grows about linearly with the number of passages: identical normalised texts are fingerprinted once, and
 * only passages that share an LSH bucket (and name the same places) are compared, each with a bounded number of
 * bucket members. The result does not depend on the order the pages are added in.
 */
export class PassageClusterer {
    readonly #opts: z.output<typeof clusterOptionsSchema>;
    readonly #findPlaces: PlaceFinder;
    readonly #urls: string[] = [];
    readonly #numberOfUrl = new Map<string, number>();
    readonly #siteOfPage = new Int32List();
    readonly #siteNumbers = new Map<string, number>();
    readonly #pageStarts = new Int32List();
    readonly #sparseIndexes = new Map<number, Int32Array>();
    readonly #unique = new Int32List();
    #byKey = new Map<string, number>();
    #found: UniqueText[] = [];
    #memo = new Map<string, number>();
    #finished = false;

    constructor(options: ClusterOptions = {}) {
        this.#opts = clusterOptionsSchema.parse(options);
        this.#findPlaces = this.#opts.findPlaces ?? findRegions;
    }

    /**
     * Adds one page's passages. The page object is not kept.
     *
     * @throws Error when a page with this URL was already added, or after `finish`.
     */
    add(page: PageWithPassages): void {
        if (this.#finished) throw new Error('PassageClusterer: add after finish');
        if (this.#numberOfUrl.has(page.url)) throw new Error(`clusterPassages: page ${page.url} is given twice`);
        this.#numberOfUrl.set(page.url, this.#urls.length);
        this.#urls.push(page.url);
        let site = this.#siteNumbers.get(page.site);
        if (site === undefined) this.#siteNumbers.set(page.site, (site = this.#siteNumbers.size));
        this.#siteOfPage.push(site);
        this.#pageStarts.push(this.#unique.length);
        const { passages } = page;
        if (passages.some((passage, position) => passage.index !== position)) {
            this.#sparseIndexes.set(this.#urls.length - 1, Int32Array.from(passages, (passage) => passage.index));
        }
        for (const passage of passages) this.#unique.push(this.#uniqueOf(passage.text));
    }

    /** Groups everything added so far; the clusterer cannot be added to afterwards. */
    finish(): PassageClustering {
        this.#finished = true;
        this.#pageStarts.push(this.#unique.length);
        const occurrences: Occurrences = { pageStarts: this.#pageStarts.take(), sparseIndexes: this.#sparseIndexes };
        const pages: PageTable = {
            urls: this.#urls,
            siteOfPage: this.#siteOfPage.take(),
            siteNames: [...this.#siteNumbers.keys()],
            numberOfUrl: this.#numberOfUrl,
        };
        const unique = this.#unique.take();
        const uniques = sortUniqueTexts(this.#byKey, this.#found, unique);
        // The texts are needed only until their clusters are named: let them go with the local `uniques`.
        this.#memo = new Map();
        this.#byKey = new Map();
        this.#found = [];
        const sets = new UnionFind(uniques.length);
        linkNearDuplicates(uniques, sets, this.#opts);
        const { clusterOfUnique, ids } = nameClusters(uniques, sets);
        // Unique numbers are not needed past this point: their array becomes the clusters'.
        const clusters = unique;
        for (let i = 0; i < clusters.length; i++) clusters[i] = clusterOfUnique[clusters[i]!]!;
        return new PassageClustering(pages, occurrences, clusters, summarise(pages, occurrences, clusters, ids, this.#opts));
    }

    /** Normalises a passage; identical keys share one entry. */
    #uniqueOf(raw: string): number {
        let unique = this.#memo.get(raw);
        if (unique !== undefined) return unique;
        const { text, places, fuzzy } = normalizePassage(raw, this.#findPlaces, this.#opts.minFuzzyChars);
        const key = `${places}\u0000${fuzzy ? '~' : '='}${text}`;
        unique = this.#byKey.get(key);
        if (unique === undefined) {
            unique = this.#found.length;
            this.#byKey.set(key, unique);
            this.#found.push({ key, text, places, fuzzy });
        }
        if (this.#memo.size >= MAX_MEMO_TEXTS) this.#memo = new Map();
        this.#memo.set(raw, unique);
        return unique;
    }
}

/**
 * Groups near-duplicate passages across all pages and sites: {@link PassageClusterer} over `pages`.
 *
 * @throws Error when two pages have the same URL.
 */
export function clusterPassages(pages: Iterable<PageWithPassages>, options: ClusterOptions = {}): PassageClustering {
    const clusterer = new PassageClusterer(options);
    for (const page of pages) clusterer.add(page);
    return clusterer.finish();
}

/**
 * Sorts the unique texts by key, so later steps do not depend on the order pages came in, and renumbers the
 * occurrences (in place) to match.
 */
function sortUniqueTexts(byKey: ReadonlyMap<string, number>, found: readonly UniqueText[], unique: Int32Array): UniqueText[] {
    // The built-in sort compares strings by UTF-16 code units natively, far faster than a comparator callback.
    const sortedKeys = [...byKey.keys()].sort();
    const orderOfFound = new Int32Array(found.length);
    sortedKeys.forEach((key, order) => {
        orderOfFound[byKey.get(key)!] = order;
    });
    for (let i = 0; i < unique.length; i++) unique[i] = orderOfFound[unique[i]!]!;
    return sortedKeys.map((key) => found[byKey.get(key)!]!);
}

/** Unions every pair of fuzzy texts that LSH proposes and whose shingle sets are similar enough. */
function linkNearDuplicates(
    uniques: readonly UniqueText[],
    sets: UnionFind,
    opts: z.output<typeof clusterOptionsSchema>,
): void {
    const fuzzy = uniques.map((u, i) => (u.fuzzy ? i : -1)).filter((i) => i >= 0);
    const shingles = fuzzy.map((i) => shingleHashes(uniques[i]!.text, opts.shingleChars));
    const placeHashes = fuzzy.map((i) => hashString(uniques[i]!.places));
    const hasher = new MinHasher(opts.bands * opts.rowsPerBand);
    const signatures = new Uint32Array(fuzzy.length * hasher.numHashes);
    shingles.forEach((s, n) => hasher.sign(s, signatures, n * hasher.numHashes));

    // One band at a time keeps memory to one key per passage. Buckets live in an open-addressing table of
    // linked lists (typed arrays, no per-bucket objects), so a band costs O(n) rather than a sort.
    const capacity = 2 ** Math.ceil(Math.log2(2 * fuzzy.length + 2));
    const slotKeys = new Uint32Array(capacity);
    const slotHeads = new Int32Array(capacity);
    const next = new Int32Array(fuzzy.length);
    const members: number[] = [];
    for (let band = 0; band < opts.bands; band++) {
        slotHeads.fill(-1);
        for (let n = fuzzy.length - 1; n >= 0; n--) {
            let key = combineHash(placeHashes[n]!, band);
            const start = n * hasher.numHashes + band * opts.rowsPerBand;
            for (let r = 0; r < opts.rowsPerBand; r++) key = combineHash(key, signatures[start + r]!);
            let slot = key & (capacity - 1);
            while (slotHeads[slot] !== -1 && slotKeys[slot] !== key) slot = (slot + 1) & (capacity - 1);
            slotKeys[slot] = key;
            next[n] = slotHeads[slot]!;
            slotHeads[slot] = n; // filled from the end, so each list runs in ascending order
        }
        for (let slot = 0; slot < capacity; slot++) {
            const head = slotHeads[slot]!;
            if (head === -1 || next[head] === -1) continue;
            members.length = 0;
            for (let m = head; m !== -1; m = next[m]!) members.push(m);
            linkBucket(members, shingles, fuzzy, sets, opts.minSimilarity);
        }
    }
}

/**
 * Compares each bucket member with one earlier member of each distinct cluster met in the bucket, up to
 * {@link MAX_BUCKET_REPRESENTATIVES}; members already joined to a representative's cluster are skipped.
 */
function linkBucket(
    members: readonly number[],
    shingles: readonly Uint32Array[],
    fuzzy: readonly number[],
    sets: UnionFind,
    minSimilarity: number,
): void {
    const representatives: number[] = [];
    for (const member of members) {
        const root = sets.find(fuzzy[member]!);
        if (representatives.some((r) => sets.find(fuzzy[r]!) === root)) continue;
        let linked = false;
        for (const rep of representatives) {
            if (jaccard(shingles[member]!, shingles[rep]!) >= minSimilarity) {
                sets.union(fuzzy[member]!, fuzzy[rep]!);
                linked = true;
            }
        }
        if (!linked && representatives.length < MAX_BUCKET_REPRESENTATIVES) representatives.push(member);
    }
}

/**
 * Numbers the clusters and names each with a hash of its smallest key (uniques are sorted, so the first member
 * met): the id depends only on the cluster's texts, not on input order.
 */
function nameClusters(uniques: readonly UniqueText[], sets: UnionFind): { clusterOfUnique: Int32Array; ids: string[] } {
    const numberOfRoot = new Map<number, number>();
    const ids: string[] = [];
    const clusterOfUnique = new Int32Array(uniques.length);
    uniques.forEach((u, i) => {
        const root = sets.find(i);
        let cluster = numberOfRoot.get(root);
        if (cluster === undefined) {
            cluster = ids.length;
            numberOfRoot.set(root, cluster);
            ids.push(`c${createHash('sha1').update(u.key).digest('hex').slice(0, 12)}`);
        }
        clusterOfUnique[i] = cluster;
    });
    return { clusterOfUnique, ids };
}

/**
 * Counts pages and sites per cluster and finds boilerplate, in one pass over the occurrences (grouped by page):
 * a cluster is counted once per page by remembering the last page that counted it.
 */
function summarise(
    pages: PageTable,
    occurrences: Occurrences,
    clusters: Int32Array,
    ids: readonly string[],
    opts: z.output<typeof clusterOptionsSchema>,
): ClusterTable {
    const copies = new Int32Array(ids.length);
    const sites = new Int32Array(ids.length);
    const lastPage = new Int32Array(ids.length).fill(-1);
    const siteCount = pages.siteNames.length;
    const pagesOfSite = new Int32Array(siteCount);
    for (const site of pages.siteOfPage) pagesOfSite[site]!++;
    // Per (cluster, site), keyed cluster × sites + site: distinct pages there and the smallest URL among them.
    const onSite = new Map<number, { pages: number; smallestUrl: string }>();
    const { pageStarts } = occurrences;
    for (let pageNumber = 0; pageNumber < pages.urls.length; pageNumber++) {
        const url = pages.urls[pageNumber]!;
        for (let i = pageStarts[pageNumber]!; i < pageStarts[pageNumber + 1]!; i++) {
            const cluster = clusters[i]!;
            if (lastPage[cluster] === pageNumber) continue;
            lastPage[cluster] = pageNumber;
            copies[cluster]!++;
            const key = cluster * siteCount + pages.siteOfPage[pageNumber]!;
            const site = onSite.get(key);
            if (!site) {
                sites[cluster]!++;
                onSite.set(key, { pages: 1, smallestUrl: url });
            } else {
                site.pages++;
                if (url < site.smallestUrl) site.smallestUrl = url;
            }
        }
    }
    // Boilerplate is a property of a cluster on one site: a disclaimer of site A copied once into an article on
    // site B is content there.
    const boilerplateOwners = new Map<number, string>();
    for (const [key, site] of onSite) {
        const share = site.pages / pagesOfSite[key % siteCount]!;
        if (site.pages >= opts.boilerplateMinPages && share >= opts.boilerplateMinShare) {
            boilerplateOwners.set(key, site.smallestUrl);
        }
    }
    return { ids, copies, sites, boilerplateOwners };
}
