/**
 * Webhook deliveries: one JSON POST per event to each URL, retried with exponential backoff on network errors,
 * 429 and 5xx, given up on other 4xx. `send` never waits: deliveries run beside whatever produced the event.
 */
import { UsageError } from '../errors.js';

export interface WebhookOptions {
    userAgent: string;
    /** Attempts after the first. @default 5 */
    retries?: number;
    /** Wait before the first retry; each retry doubles it. @default 500 */
    firstRetryMs?: number;
    /** Per attempt. @default 10000 */
    timeoutMs?: number;
    /** Told once per event that could not be delivered. */
    onGiveUp?: (url: string, reason: string) => void;
}

export interface DeliveryCounts {
    delivered: number;
    failed: number;
    /** Still being tried when `settle` stopped waiting. */
    pending: number;
}

/** Waits `ms`, or less when `signal` aborts. */
const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            resolve();
        });
    });

function worthRetrying(status: number): boolean {
    return status === 408 || status === 429 || status >= 500;
}

export class Webhooks {
    readonly #pending = new Set<Promise<void>>();
    readonly #counts = { delivered: 0, failed: 0 };
    /** Aborted when `settle` stops waiting: what is still under way is given up, so the process can end. */
    readonly #abandon = new AbortController();

    constructor(
        readonly urls: readonly string[],
        private readonly options: WebhookOptions,
    ) {}

    /** Queue `event` for every URL; returns at once. */
    send(event: object): void {
        const body = JSON.stringify(event);
        for (const url of this.urls) {
            const delivery = this.#deliver(url, body).finally(() => this.#pending.delete(delivery));
            this.#pending.add(delivery);
        }
    }

    /**
     * Waits for the deliveries under way (retries included), at most `timeoutMs`, then gives up on the rest; returns
     * what happened.
     */
    async settle(timeoutMs = 60_000): Promise<DeliveryCounts> {
        const stopWaiting = new AbortController();
        const deadline = sleep(timeoutMs, stopWaiting.signal).then(() => 'timeout' as const);
        while (this.#pending.size > 0) {
            const all = Promise.all([...this.#pending]).then(() => 'done' as const);
            if ((await Promise.race([all, deadline])) === 'timeout') break;
        }
        stopWaiting.abort();
        const pending = this.#pending.size;
        this.#abandon.abort();
        return { ...this.#counts, pending };
    }

    async #deliver(url: string, body: string): Promise<void> {
        const { retries = 5, firstRetryMs = 500, timeoutMs = 10_000 } = this.options;
        let reason = '';
        for (let attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0) await sleep(firstRetryMs * 2 ** (attempt - 1), this.#abandon.signal);
            if (this.#abandon.signal.aborted) return;
            try {
                const response = await fetch(url, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', 'user-agent': this.options.userAgent },
                    body,
                    signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), this.#abandon.signal]),
                });
                await response.body?.cancel();
                if (response.ok) {
                    this.#counts.delivered++;
                    return;
                }
                reason = `HTTP ${response.status}`;
                if (!worthRetrying(response.status)) break;
            } catch (err) {
                if (this.#abandon.signal.aborted) return;
                reason = (err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message;
            }
        }
        this.#counts.failed++;
        this.options.onGiveUp?.(url, reason);
    }
}

/** A `--notify` value: an absolute http(s) URL. @throws UsageError otherwise. */
export function checkWebhookUrl(url: string): string {
    if (!/^https?:\/\/[^/]/i.test(url) || !URL.canParse(url)) throw new UsageError(`--notify expects an http(s) URL, got ${JSON.stringify(url)}`);
    return url;
}
