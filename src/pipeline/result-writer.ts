/**
 * Applies page results to the store in batches: every result handed in while a transaction is being prepared
 * joins it, so one commit carries many pages (one fsync-free WAL append each) and each caller learns when its
 * page is committed — only then are the page's new links handed to the frontier.
 */
import type { AppliedResult, PageStore, StoreResult } from '../storage/page-store.js';

/**
 * Results per transaction at most. Each transaction runs on the event loop, so this also bounds how long other
 * work (a queue worker renewing its job locks) waits.
 */
const MAX_BATCH = 8;

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
        const batch = this.#waiting.splice(0, MAX_BATCH);
        // More waiting: their transaction follows, after other callbacks had their turn.
        if (this.#waiting.length > 0) setImmediate(() => this.#commit());
        else this.#scheduled = false;
        let applied: AppliedResult[];
        try {
            applied = this.#store.apply(batch.map((waiting) => waiting.result));
        } catch (err) {
            for (const waiting of batch) waiting.reject(err);
            return;
        }
        batch.forEach((waiting, i) => waiting.resolve(applied[i]!));
    }
}
