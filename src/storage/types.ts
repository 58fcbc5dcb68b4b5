import type { ClaimDraft } from '../claims/schema.js';
import type { Passage } from '../../extractors/types.js';

/** Everything the embedded default keeps about one crawled page. */
export interface PageRecord {
    /** Normalised URL after redirects: the primary key. */
    url: string;
    site: string;
    title: string;
    published: string | null;
    passages: Passage[];
    claims: ClaimDraft[];
    /** sha256 of the title and passage texts, to tell a changed page from an unchanged one. */
    contentHash: string;
    etag: string | null;
    lastModified: string | null;
    /** ISO timestamp of the last fetch. */
    fetchedAt: string;
}

/** A page that could not be crawled, with the reason a user can act on. */
export interface FailureRecord {
    url: string;
    /** Short machine-readable reason: `http_404`, `timeout`, `forbidden_host`, `not_html`, … */
    reason: string;
    message: string;
    at: string;
}
