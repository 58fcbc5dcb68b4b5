/**
 * Applies page results to the store in batches: every result handed in while a transaction is being prepared
 * joins it, so one commit carries many pages (one fsync-free WAL append each) and each caller learns when its
 * page is committed — only then are the page's new links handed to the frontier.
 */
import type { AppliedResult, PageStore, StoreResult } from '../storage/page-store.js';

/**
 * How long one transaction may take results for. Each transaction runs on the event loop, so this bounds how long
 * other work (fetches, a queue worker renewing its job locks) waits; within it, every result waiting joins — a
 * bound by time rather than count, so a busy writer commits large batches and an idle one single pages at once.
 */
const BATCH_MILLIS = 25;

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
        const waiting = this.#waiting;
        let applied: AppliedResult[];
        try {
            applied = this.#store.apply(
                waiting.map((entry) => entry.result),
                performance.now() + BATCH_MILLIS,
            );
        } catch (err) {
            this.#waiting = [];
            this.#scheduled = false;
            for (const entry of waiting) entry.reject(err);
            return;
        }
        // Results the transaction had no time for go first in the next one, after other callbacks had their turn.
        this.#waiting = waiting.slice(applied.length);
        if (this.#waiting.length > 0) setImmediate(() => this.#commit());
        else this.#scheduled = false;
        applied.forEach((result, i) => waiting[i]!.resolve(result));
    }
}
