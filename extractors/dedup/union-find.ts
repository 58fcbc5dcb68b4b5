/** Disjoint sets over 0..n-1 with path halving and union by size: near-constant time per operation. */
export class UnionFind {
    readonly #parent: Int32Array;
    readonly #size: Int32Array;

    constructor(n: number) {
        this.#parent = new Int32Array(n);
        this.#size = new Int32Array(n).fill(1);
        for (let i = 0; i < n; i++) this.#parent[i] = i;
    }

    find(x: number): number {
        const parent = this.#parent;
        let node = x;
        while (parent[node] !== node) {
            parent[node] = parent[parent[node]!]!;
            node = parent[node]!;
        }
        return node;
    }

    union(a: number, b: number): void {
        let ra = this.find(a);
        let rb = this.find(b);
        if (ra === rb) return;
        if (this.#size[ra]! < this.#size[rb]!) [ra, rb] = [rb, ra];
        this.#parent[rb] = ra;
        this.#size[ra]! += this.#size[rb]!;
    }
}
