/**
 * Applies page results to the store in batches: every result handed in while a transaction is being prepared
 * joins it, so one commit carries many pages (one fsync-free WAL append each) and each caller learns when its
 * page is committed — only then are the page's new links handed to the frontier.
 */
import type { AppliedResult, PageStore, StoreResult } from '../storage/page-store.js';

/** Results per transaction at most. */
const MAX_BATCH = 256;

interface Waiting {
    result: StoreResult;
    resolve: (applied: AppliedResult) => void;
    reject: (err: unknown) => void;
}

export class ResultWriter {
    readonly #store: PageStore;
    #waiting: Waiting[] = [];
    #scheduled = false;

    constructor(store: PageStore) {
        this.#store = store;
    }

    /** Resolves once `result` is committed, with what it changed. */
    write(result: StoreResult): Promise<AppliedResult> {
        return new Promise((resolve, reject) => {
            this.#waiting.push({ result, resolve, reject });
            if (!this.#scheduled) {
                this.#scheduled = true;
                // After the current round of I/O callbacks: results arriving together share a transaction.
                setImmediate(() => this.#commit());
            }
        });
    }

    #commit(): void {
        this.#scheduled = false;
        while (this.#waiting.length > 0) {
            const batch = this.#waiting.splice(0, MAX_BATCH);
            let applied: AppliedResult[];
            try {
                applied = this.#store.apply(batch.map((waiting) => waiting.result));
            } catch (err) {
                for (const waiting of batch) waiting.reject(err);
                continue;
            }
            batch.forEach((waiting, i) => waiting.resolve(applied[i]!));
        }
    }
}
