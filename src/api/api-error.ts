/** An error the API answers with a 4xx status and a message the caller can act on. */
export class ApiError extends Error {
    override name = 'ApiError';

    constructor(
        readonly status: 400 | 403 | 404 | 405 | 409,
        message: string,
        /** Extra response headers (`Allow` on a 405). */
        readonly headers: Record<string, string> = {},
    ) {
        super(message);
    }
}
