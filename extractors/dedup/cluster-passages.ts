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

/** What clustering knows about one page: its passages' indexes and clusters, in input order. */
interface ClusteredPage {
    url: string;
    site: string;
    passageIndexes: number[];
    /** Cluster number per passage (same order as `passageIndexes`). */
    clusters: number[];
}

/** Per cluster number: its id and spread; per (cluster, site) the boilerplate owner, when boilerplate. */
interface ClusterTable {
    ids: readonly string[];
    copies: Int32Array;
    sites: Int32Array;
    /** `cluster site` → URL that owns a boilerplate cluster's claims on that site. */
    boilerplateOwners: ReadonlyMap<string, string>;
}

/**
 * The clusters of every passage of a set of pages; look passages up by page URL and passage index. Answers are
 * built on demand from compact tables, so a 100k-passage crawl holds no object per passage.
 */
export class PassageClustering {
    readonly #pages: ReadonlyMap<string, ClusteredPage>;
    readonly #table: ClusterTable;

    constructor(pages: ReadonlyMap<string, ClusteredPage>, table: ClusterTable) {
        this.#pages = pages;
        this.#table = table;
    }

    /** Number of distinct clusters. */
    get clusterCount(): number {
        return this.#table.ids.length;
    }

    /** The passage's cluster and copy counts, or undefined when that page or passage index was not clustered. */
    get(url: string, passageIndex: number): PassageCopyInfo | undefined {
        const page = this.#pages.get(url);
        const position = page?.passageIndexes.indexOf(passageIndex) ?? -1;
        if (!page || position < 0) return undefined;
        const cluster = page.clusters[position]!;
        const owner = this.#table.boilerplateOwners.get(`${cluster} ${page.site}`);
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

/** Every passage of the input, in page order, as parallel arrays (no object per passage). */
interface Occurrences {
    page: Int32Array;
    passageIndex: Int32Array;
    /** The passage's unique text, by position in key order. */
    unique: Int32Array;
}

/**
 * Groups near-duplicate passages across all pages and sites (MinHash over character shingles, LSH banding,
 * union-find), so that claims copied from one template count once.
 *
 * Cost grows about linearly with the number of passages: identical normalised texts are fingerprinted once, and
 * only passages that share an LSH bucket (and name the same places) are compared, each with a bounded number of
 * bucket members. The result does not depend on the order of `pages`.
 *
 * @throws Error when two pages have the same URL.
 */
export function clusterPassages(pages: readonly PageWithPassages[], options: ClusterOptions = {}): PassageClustering {
    const opts = clusterOptionsSchema.parse(options);
    const findPlaces = opts.findPlaces ?? findRegions;

    const { uniques, occurrences } = collectUniqueTexts(pages, (text) =>
        normalizePassage(text, findPlaces, opts.minFuzzyChars),
    );
    const sets = new UnionFind(uniques.length);
    linkNearDuplicates(uniques, sets, opts);

    const { clusterOfUnique, ids } = nameClusters(uniques, sets);
    return summarise(pages, occurrences, clusterOfUnique, ids, opts);
}

interface UniqueText {
    /** Places + kind + normalised text: equal keys are the same passage. */
    key: string;
    text: string;
    places: string;
    fuzzy: boolean;
}

/** Normalises every passage; identical keys share one entry, sorted by key so later steps are order-free. */
function collectUniqueTexts(
    pages: readonly PageWithPassages[],
    normalize: (text: string) => ReturnType<typeof normalizePassage>,
): { uniques: UniqueText[]; occurrences: Occurrences } {
    const total = pages.reduce((n, page) => n + page.passages.length, 0);
    const occurrences: Occurrences = {
        page: new Int32Array(total),
        passageIndex: new Int32Array(total),
        unique: new Int32Array(total),
    };
    const byKey = new Map<string, number>();
    const found: UniqueText[] = [];
    // Crawls repeat passages verbatim (boilerplate, exact copies): normalise each distinct raw text once.
    const byRawText = new Map<string, number>();
    const seenUrls = new Set<string>();
    let at = 0;
    pages.forEach((page, pageNumber) => {
        if (seenUrls.has(page.url)) throw new Error(`clusterPassages: page ${page.url} is given twice`);
        seenUrls.add(page.url);
        for (const passage of page.passages) {
            let unique = byRawText.get(passage.text);
            if (unique === undefined) {
                const { text, places, fuzzy } = normalize(passage.text);
                const key = `${places}\u0000${fuzzy ? '~' : '='}${text}`;
                unique = byKey.get(key);
                if (unique === undefined) {
                    unique = found.length;
                    byKey.set(key, unique);
                    found.push({ key, text, places, fuzzy });
                }
                byRawText.set(passage.text, unique);
            }
            occurrences.page[at] = pageNumber;
            occurrences.passageIndex[at] = passage.index;
            occurrences.unique[at++] = unique;
        }
    });
    // The built-in sort compares strings by UTF-16 code units natively, far faster than a comparator callback.
    const sortedKeys = [...byKey.keys()].sort();
    const orderOfFound = new Int32Array(found.length);
    sortedKeys.forEach((key, order) => {
        orderOfFound[byKey.get(key)!] = order;
    });
    for (let i = 0; i < total; i++) occurrences.unique[i] = orderOfFound[occurrences.unique[i]!]!;
    return { uniques: sortedKeys.map((key) => found[byKey.get(key)!]!), occurrences };
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
 * Counts pages and sites per cluster and finds boilerplate, in one pass over the occurrences (which come grouped
 * by page): a cluster is counted once per page by remembering the last page that counted it.
 */
function summarise(
    pages: readonly PageWithPassages[],
    occurrences: Occurrences,
    clusterOfUnique: Int32Array,
    ids: readonly string[],
    opts: z.output<typeof clusterOptionsSchema>,
): PassageClustering {
    const copies = new Int32Array(ids.length);
    const sites = new Int32Array(ids.length);
    const lastPage = new Int32Array(ids.length).fill(-1);
    const siteNumbers = new Map<string, number>();
    for (const page of pages) if (!siteNumbers.has(page.site)) siteNumbers.set(page.site, siteNumbers.size);
    const pagesOfSite = new Int32Array(siteNumbers.size);
    for (const page of pages) pagesOfSite[siteNumbers.get(page.site)!]!++;
    // Per (cluster, site), keyed cluster × sites + site: distinct pages there and the smallest URL among them.
    const onSite = new Map<number, { pages: number; smallestUrl: string }>();
    const clustered = new Map<string, ClusteredPage>();
    for (let i = 0; i < occurrences.page.length; i++) {
        const pageNumber = occurrences.page[i]!;
        const page = pages[pageNumber]!;
        const cluster = clusterOfUnique[occurrences.unique[i]!]!;
        let entry = clustered.get(page.url);
        if (!entry) {
            entry = { url: page.url, site: page.site, passageIndexes: [], clusters: [] };
            clustered.set(page.url, entry);
        }
        entry.passageIndexes.push(occurrences.passageIndex[i]!);
        entry.clusters.push(cluster);
        if (lastPage[cluster] === pageNumber) continue;
        lastPage[cluster] = pageNumber;
        copies[cluster]!++;
        const key = cluster * siteNumbers.size + siteNumbers.get(page.site)!;
        const site = onSite.get(key);
        if (!site) {
            sites[cluster]!++;
            onSite.set(key, { pages: 1, smallestUrl: page.url });
        } else {
            site.pages++;
            if (page.url < site.smallestUrl) site.smallestUrl = page.url;
        }
    }
    // Boilerplate is a property of a cluster on one site: a disclaimer of site A copied once into an article on
    // site B is content there.
    const siteNames = [...siteNumbers.keys()];
    const boilerplateOwners = new Map<string, string>();
    for (const [key, site] of onSite) {
        const siteNumber = key % siteNumbers.size;
        const share = site.pages / pagesOfSite[siteNumber]!;
        if (site.pages >= opts.boilerplateMinPages && share >= opts.boilerplateMinShare) {
            boilerplateOwners.set(`${Math.floor(key / siteNumbers.size)} ${siteNames[siteNumber]}`, site.smallestUrl);
        }
    }
    return new PassageClustering(clustered, { ids, copies, sites, boilerplateOwners });
}
