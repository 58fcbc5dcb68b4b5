/**
 * The crawl's requests, read from the frontier in the data dir's database a batch at a time and handed to
 * Crawlee through its `IRequestList` interface. The frontier is the only list of URLs: this process holds the
 * batch being handed out and the requests in flight, never every URL of the crawl. Crawlee's own request queue
 * kept each request it was given for the whole crawl (about 1 KB each) and scanned past the handled ones to find
 * the next, so its memory and CPU per page grew with the crawl.
 */
import { Request, type IRequestList } from 'crawlee';
import type { PageStore } from '../storage/page-store.js';

/** Frontier entries read per query: few enough to hold, enough that a query serves many fetches. */
const ENTRIES_PER_READ = 200;

export class FrontierRequests implements IRequestList {
    /** Part of Crawlee's `IRequestList`; Crawlee writes to it only for its own request queue, so it stays empty. */
    readonly inProgress = new Set<string>();
    readonly #store: PageStore;
    /** Read from the frontier, not yet handed out. */
    #batch: Request[] = [];
    /** Handed back by Crawlee to be tried again: they go first, keeping their retry count. */
    readonly #reclaimed: Request[] = [];
    /** The frontier position of the last entry read: entries up to it are in the batch, in flight or done. */
    #readUpTo = 0;
    #handed = 0;
    #handled = 0;

    constructor(store: PageStore) {
        this.#store = store;
    }

    length(): number {
        return this.#handed + this.#batch.length;
    }

    handledCount(): number {
        return this.#handled;
    }

    async isEmpty(): Promise<boolean> {
        return !this.#hasNext();
    }

    async isFinished(): Promise<boolean> {
        return this.#handed === this.#handled && !this.#hasNext();
    }

    /** Nothing to persist: each page's result marks its frontier entry done in the transaction that stores it. */
    async persistState(): Promise<void> {}

    async fetchNextRequest(): Promise<Request | null> {
        if (!this.#hasNext()) return null;
        const reclaimed = this.#reclaimed.shift();
        if (reclaimed) return reclaimed;
        this.#handed++;
        return this.#batch.shift()!;
    }

    async reclaimRequest(request: Request): Promise<void> {
        this.#reclaimed.push(request);
    }

    async markRequestHandled(_request: Request): Promise<void> {
        this.#handled++;
    }

    async *[Symbol.asyncIterator](): AsyncGenerator<Request> {
        for (let request = await this.fetchNextRequest(); request; request = await this.fetchNextRequest()) yield request;
    }

    /** True when a request can be handed out, reading the next entries of the frontier when the batch is spent. */
    #hasNext(): boolean {
        if (this.#reclaimed.length > 0 || this.#batch.length > 0) return true;
        const entries = this.#store.pendingAfter(this.#readUpTo, ENTRIES_PER_READ);
        if (entries.length === 0) return false;
        this.#readUpTo = entries.at(-1)!.rowid;
        this.#batch = entries.map((entry) => new Request({ url: entry.url, uniqueKey: entry.key, userData: { depth: entry.depth } }));
        return true;
    }
}
