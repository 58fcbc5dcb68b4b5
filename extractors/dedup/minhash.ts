/**
 * MinHash signatures over character shingles, and exact Jaccard on the shingle sets.
 *
 * Written here rather than taken from npm: the registry's MinHash/SimHash packages (`minhash` 0.0.9,
 * `simhash-js` 1.0.0) are unmaintained, untyped, and hash by words, which Chinese text does not separate.
 * Character shingles need no segmenter and catch the edits copiers make (a word swapped, a clause added).
 */

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function mix32(value: number): number {
    let h = value >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}

/** FNV-1a over UTF-16 code units, then mixed: a fast, well-spread 32-bit string hash. */
export function hashString(text: string, from = 0, to = text.length): number {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return mix32(h);
}

/** Combines a running 32-bit hash with one more 32-bit value (order matters). */
export function combineHash(seed: number, value: number): number {
    return mix32(Math.imul(seed, 0x9e3779b1) ^ value);
}

/** Sorted, distinct hashes of the text's `size`-character shingles (the whole text when it is shorter). */
export function shingleHashes(text: string, size: number): Uint32Array {
    const count = Math.max(1, text.length - size + 1);
    const hashes = new Uint32Array(count);
    for (let i = 0; i < count; i++) hashes[i] = hashString(text, i, Math.min(text.length, i + size));
    hashes.sort();
    let distinct = 0;
    for (let i = 0; i < count; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i]!;
    return hashes.subarray(0, distinct);
}

/**
 * Per-function multipliers (odd) and offsets, fixed so that signatures (and so clusters) are the same on every
 * run. Shingle hashes are already well mixed, so `a·x + b mod 2³²` is permutation enough and costs two operations
 * instead of a full mix per shingle and function (signing is the bulk of clustering time).
 */
function hashParameters(count: number): { multipliers: Uint32Array; offsets: Uint32Array } {
    const multipliers = new Uint32Array(count);
    const offsets = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
        multipliers[i] = mix32(0x5bd1e995 + i * 0x9e3779b9) | 1;
        offsets[i] = mix32(0x27d4eb2f + i * 0x85ebca77);
    }
    return { multipliers, offsets };
}

/** Computes MinHash signatures of `numHashes` values for shingle sets, into one flat array. */
export class MinHasher {
    readonly #multipliers: Uint32Array;
    readonly #offsets: Uint32Array;

    constructor(readonly numHashes: number) {
        ({ multipliers: this.#multipliers, offsets: this.#offsets } = hashParameters(numHashes));
    }

    /** Writes the signature of `shingles` to `out[offset .. offset + numHashes)`. */
    sign(shingles: Uint32Array, out: Uint32Array, offset: number): void {
        for (let f = 0; f < this.numHashes; f++) {
            const multiplier = this.#multipliers[f]!;
            const add = this.#offsets[f]!;
            let min = 0xffffffff;
            for (let s = 0; s < shingles.length; s++) {
                const h = (Math.imul(shingles[s]!, multiplier) + add) >>> 0;
                if (h < min) min = h;
            }
            out[offset + f] = min;
        }
    }
}

/** Exact Jaccard similarity of two sorted, distinct hash arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
    let i = 0;
    let j = 0;
    let shared = 0;
    while (i < a.length && j < b.length) {
        if (a[i] === b[j]) {
            shared++;
            i++;
            j++;
        } else if (a[i]! < b[j]!) i++;
        else j++;
    }
    const union = a.length + b.length - shared;
    return union === 0 ? 1 : shared / union;
}
