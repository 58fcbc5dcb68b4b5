import { ClaimscopeError } from '../errors.js';

/** Base of every error the search layer throws on purpose (the CLI prints its message without a stack). */
export class SearchError extends ClaimscopeError {
    override name = 'SearchError';
}

/** A query carries a value no backend can use (a non-finite age, page 0): the caller must fix its input. */
export class InvalidSearchQueryError extends SearchError {
    override name = 'InvalidSearchQueryError';
}

/** A Meilisearch task ended `failed` or `canceled`; `cause` keeps the server's error object. */
export class MeiliTaskError extends SearchError {
    override name = 'MeiliTaskError';

    constructor(
        readonly taskUid: number,
        readonly status: string,
        message: string,
        options?: { cause?: unknown },
    ) {
        super(message, options);
    }
}
