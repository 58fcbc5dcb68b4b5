/**
 * Makes Orama's word lookup linear. `RadixNode.findAllWords` (@orama/orama 3.1.18, trees/radix.js)
 * deduplicates each word's document ids with `Array.includes` inside a loop over the same ids, so a
 * word held by n documents costs n²/2 comparisons: 2.7 s for one common word over 100k claims. Every
 * radix node carries one distinct word and its ids are already a Set, so the dedupe can never drop
 * anything; this replacement keeps the same output without it. Imported for its effect by
 * embedded-index.ts; remove once Orama's own method is linear.
 */
import { radix } from '@orama/orama/trees';

type Output = Record<string, number[]>;

interface Node {
    e: boolean;
    w: string;
    d: Set<number>;
    c: Map<string, Node>;
}

type FindAllWords = (this: Node, output: Output, term: string, exact: boolean, tolerance: number) => Output;

const prototype = radix.RadixNode.prototype as unknown as { findAllWords: FindAllWords };
const original = prototype.findAllWords;

function findAllWordsLinear(this: Node, output: Output, term: string, exact: boolean, tolerance: number): Output {
    // Typo-tolerant lookups compare word lengths first; the claim index never asks for them.
    if (tolerance) return original.call(this, output, term, exact, tolerance);
    const stack: Node[] = [this];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (node.e && !(exact && node.w !== term) && !Object.hasOwn(output, node.w)) {
            output[node.w] = Array.from(node.d);
        }
        for (const child of node.c.values()) stack.push(child);
    }
    return output;
}

prototype.findAllWords = findAllWordsLinear;
