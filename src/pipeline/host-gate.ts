/**
 * Politeness per host inside one process: at most `perHost` requests in flight to a host, and a host told to
 * wait (429 Retry-After) gets no request from any slot until then. Crawlee has a per-domain delay but no
 * per-host cap or shared pause, so this small gate sits in front of the page stage. (Queue workers share the
 * same limits through Redis: src/queue/host-politeness.ts.)
 */
export class HostGate {
    readonly #inFlight = new Map<string, number>();
    readonly #pausedUntil = new Map<string, number>();
    readonly #waiting = new Map<string, (() => void)[]>();

    constructor(private readonly perHost: number) {}

    /** Waits for a slot on `host` (and for any pause on it to end); returns the function that frees the slot. */
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
