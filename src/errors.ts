/** The base of every error claimscope raises on purpose; subclasses say what the caller should do. */
export class ClaimscopeError extends Error {
    override name = 'ClaimscopeError';
}

/** Bad input from the user (flag, URL, config): print the message, exit non-zero, no stack trace. */
export class UsageError extends ClaimscopeError {
    override name = 'UsageError';
}

/**
 * A page could not be fetched or read. `reason` is short and stable (`http_404`, `timeout`,
 * `forbidden_host`, …) so failures can be counted by reason; `retryable` says whether trying again can help.
 */
export class PageError extends ClaimscopeError {
    override name = 'PageError';
    constructor(
        readonly url: string,
        readonly reason: string,
        message: string,
        readonly retryable: boolean,
        options?: { cause?: unknown; retryAfterMs?: number },
    ) {
        super(`${url}: ${message}`, options);
        this.detail = message;
        this.retryAfterMs = options?.retryAfterMs;
    }
    /** The message without the URL, for lists that already show it. */
    readonly detail: string;
    readonly retryAfterMs: number | undefined;
}
