/**
 * Clustering cost and planted-copy recall on synthetic passages built from the real corpus.
 *
 * Each synthetic "family" has an original (a patchwork of pieces of real passages, so families do not copy one
 * another) and a few copies made the way content farms make them: characters swapped or inserted, figures
 * edited, punctuation and list markers changed. Recall is the share of copies that land in their original's
 * cluster; `falseMergeRate` is the share of families whose original shares a cluster with another family.
 *
 * Run standalone: `npx tsx bench/clustering.ts [runs]`.
 */
import { pathToFileURL } from 'node:url';
import { clusterPassages, type PageWithPassages } from '../extractors/dedup/index.js';
import type { Passage } from '../extractors/types.js';
import { loadCorpusPages } from './corpus-pages.js';
import { createRandom } from './random.js';
import { median } from './stats.js';

export interface BenchClusteringOptions {
    /** The two passage counts to time, smaller first. @default [10_000, 100_000] */
    sizes?: readonly [number, number];
    /** Timed runs per size; the median is reported. @default 3 */
    runs?: number;
    /** PRNG seed, so every run builds the same passages. @default 1 */
    seed?: number;
}

export interface BenchClusteringResult {
    /** The passage counts timed: [small, large]. */
    sizes: [number, number];
    /** CPU milliseconds to cluster the small size. */
    msSmall: number;
    /** CPU milliseconds to cluster the large size. */
    msLarge: number;
    /** @deprecated Same as `msSmall`, whatever the sizes; kept for callers written when they were always 10k/100k. */
    ms10k: number;
    /** @deprecated Same as `msLarge`. */
    ms100k: number;
    /** msLarge ÷ msSmall: about large ÷ small for linear cost. */
    ratio: number;
    /** Copies clustered with their original, at the largest size. */
    recallOnPlantedCopies: number;
    /** Families whose original shares a cluster with another family's original, at the largest size. */
    falseMergeRate: number;
    /** Heap in use after clustering the largest size, in MB. */
    heapMb: number;
}

/** Copies per family: 1 + COPIES_PER_FAMILY on average. */
const COPIES_PER_FAMILY = 3;
const PASSAGES_PER_PAGE = 15;
const SITES = 40;
const PUNCTUATION_SWAPS: readonly [string, string][] = [[',', ','], ['~', '-'], ['。', '.'], [':', ':']];
const MARKERS = ['', '', '1. ', '• ', '(2)', '三、'];

interface Family {
    original: string;
    copies: string[];
}

function buildFamilies(count: number, corpus: readonly string[], random: () => number): Family[] {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const chars = [...new Set(corpus.join('').replace(/[\s\d]/g, ''))];
    const piece = () => {
        const text = pick(corpus);
        const length = 12 + Math.floor(random() * 20);
        const start = Math.floor(random() * Math.max(1, text.length - length));
        return text.slice(start, start + length);
    };
    const mutate = (text: string): string => {
        const out = [...text];
        const edits = 1 + Math.floor(random() * 2);
        for (let e = 0; e < edits; e++) {
            const at = Math.floor(random() * out.length);
            if (random() < 0.5) out[at] = pick(chars);
            else out.splice(at, 0, pick(chars));
        }
        let copy = out.join('').replace(/\d+/g, () => String(1 + Math.floor(random() * 300)));
        const [from, to] = pick(PUNCTUATION_SWAPS);
        copy = copy.split(from).join(to);
        return pick(MARKERS) + copy;
    };
    return Array.from({ length: count }, () => {
        // Every fourth character redrawn: pieces of one corpus passage reused by two families stay unlike.
        const patchwork = [...`${piece()},${piece()}`].map((c, i) => (i % 4 === 3 ? pick(chars) : c)).join('');
        const original = `${patchwork}${random() < 0.5 ? `,每月${Math.floor(random() * 300)}元` : ''}。`;
        const copyCount = Math.floor(random() * (2 * COPIES_PER_FAMILY + 1));
        const copies = Array.from({ length: copyCount }, () => mutate(original));
        return { original, copies };
    });
}

interface Synthetic {
    pages: PageWithPassages[];
    /** Per family: [url, passage index] of the original, then of each copy. */
    positions: [string, number][][];
}

function buildPages(size: number, corpus: readonly string[], seed: number): Synthetic {
    const random = createRandom(seed);
    const families = buildFamilies(Math.ceil(size / (1 + COPIES_PER_FAMILY)), corpus, random);
    const texts = families.flatMap((f, family) => [f.original, ...f.copies].map((text) => ({ text, family })));
    texts.length = Math.min(texts.length, size);
    // Scatter passages over pages and sites, as copies are scattered over a crawl.
    for (let i = texts.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [texts[i], texts[j]] = [texts[j]!, texts[i]!];
    }
    const pages: PageWithPassages[] = [];
    const positions: [string, number][][] = families.map(() => []);
    for (let start = 0, n = 0; start < texts.length; start += PASSAGES_PER_PAGE, n++) {
        const url = `https://s${n % SITES}.example/p/${n}`;
        const passages: Passage[] = texts.slice(start, start + PASSAGES_PER_PAGE).map(({ text, family }, index) => {
            // The original is the text built first; mutated copies never equal it byte for byte.
            if (text === families[family]!.original) positions[family]!.unshift([url, index]);
            else positions[family]!.push([url, index]);
            return { index, text, kind: 'paragraph', section: null };
        });
        pages.push({ url, site: `s${n % SITES}.example`, passages });
    }
    return { pages, positions };
}

/**
 * Times `clusterPassages` at each size (median of `runs`) and measures recall on planted copies. Times are the
 * process's CPU time (user + system, GC threads included) rather than wall time, so that other work on a shared
 * machine does not distort the ratio.
 */
export function benchClustering(options: BenchClusteringOptions = {}): BenchClusteringResult {
    const { sizes = [10_000, 100_000], runs = 3, seed = 1 } = options;
    const corpus = loadCorpusPages().flatMap((p) => p.passages.map((s) => s.text.trim())).filter((t) => t.length >= 20);
    const timings: number[] = [];
    let last: { synthetic: Synthetic; clustering: ReturnType<typeof clusterPassages> } | undefined;
    for (const size of sizes) {
        const synthetic = buildPages(size, corpus, seed);
        // One untimed run first, so that the smaller size is not charged for JIT compilation.
        if (timings.length === 0) clusterPassages(synthetic.pages);
        const times: number[] = [];
        for (let run = 0; run < runs; run++) {
            const started = process.cpuUsage();
            const clustering = clusterPassages(synthetic.pages);
            const used = process.cpuUsage(started);
            times.push((used.user + used.system) / 1000);
            last = { synthetic, clustering };
        }
        timings.push(median(times));
    }
    const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
    const { synthetic, clustering } = last!;
    let copies = 0;
    let found = 0;
    const familiesOfCluster = new Map<string, number>();
    for (const family of synthetic.positions) {
        const [original, ...rest] = family.map(([url, index]) => clustering.get(url, index)!.cluster);
        if (original === undefined) continue;
        familiesOfCluster.set(original, (familiesOfCluster.get(original) ?? 0) + 1);
        copies += rest.length;
        found += rest.filter((cluster) => cluster === original).length;
    }
    const originals = synthetic.positions.filter((f) => f.length > 0).length;
    const merged = [...familiesOfCluster.values()].filter((n) => n > 1).reduce((sum, n) => sum + n, 0);
    const [msSmall, msLarge] = timings.map(Math.round) as [number, number];
    return {
        sizes: [sizes[0], sizes[1]],
        msSmall,
        msLarge,
        ms10k: msSmall,
        ms100k: msLarge,
        ratio: Math.round((timings[1]! / timings[0]!) * 100) / 100,
        recallOnPlantedCopies: Math.round((found / copies) * 1000) / 1000,
        falseMergeRate: Math.round((merged / originals) * 1000) / 1000,
        heapMb: Math.round(heapMb),
    };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const runs = Number(process.argv[2] ?? 3);
    console.log(benchClustering({ runs }));
}
