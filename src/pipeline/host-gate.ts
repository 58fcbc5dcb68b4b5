/**
 * Politeness per host (`URL.host`) inside one process: at most `perHost` requests in flight to a host, at least
 * the host's delay between two request starts, and a host told to wait (429 Retry-After) gets no request from
 * any slot until then. Crawlee's own delay is per registrable domain and skips IP hosts (which have none), so
 * the gate keeps the delay itself, for every host alike. (Queue workers share the same limits through Redis:
 * src/queue/host-politeness.ts.)
 */
export class HostGate {
    readonly #inFlight = new Map<string, number>();
    readonly #pausedUntil = new Map<string, number>();
    readonly #waiting = new Map<string, (() => void)[]>();
    readonly #delayFor: (host: string) => number;

    /** `delayMs`: the minimum gap between two request starts to one host, the same for all or per host. */
    constructor(
        private readonly perHost: number,
        delayMs: number | ((host: string) => number) = 0,
    ) {
        this.#delayFor = typeof delayMs === 'number' ? () => delayMs : delayMs;
    }

    /** Waits for a slot on `host` (and for any pause or delay on it to end); returns the function that frees the slot. */
    async acquire(host: string): Promise<() => void> {
        for (;;) {
            const pause = (this.#pausedUntil.get(host) ?? 0) - Date.now();
            if (pause > 0) {
                await new Promise((resolve) => setTimeout(resolve, pause));
                continue;
            }
            if ((this.#inFlight.get(host) ?? 0) < this.perHost) break;
            await new Promise<void>((resolve) => this.#waiting.set(host, [...(this.#waiting.get(host) ?? []), resolve]));
        }
        // The next start is booked now, so requests woken together still start one delay apart.
        const delay = this.#delayFor(host);
        if (delay > 0) this.#pausedUntil.set(host, Math.max(this.#pausedUntil.get(host) ?? 0, Date.now() + delay));
        this.#inFlight.set(host, (this.#inFlight.get(host) ?? 0) + 1);
        return () => {
            this.#inFlight.set(host, this.#inFlight.get(host)! - 1);
            this.#waiting.get(host)?.shift()?.();
        };
    }

    /** No request to `host` for `ms` milliseconds (a 429's Retry-After). */
    pause(host: string, ms: number): void {
        this.#pausedUntil.set(host, Math.max(this.#pausedUntil.get(host) ?? 0, Date.now() + ms));
    }
}
