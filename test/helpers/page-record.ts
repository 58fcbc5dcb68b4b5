import { extractFromText } from '../../extractors/index.js';
import type { PageRecord } from '../../src/storage/types.js';

/** A stored page as a crawl would keep it, read from plain text (first line = title unless given). */
export function pageRecordFromText(url: string, text: string, title = text.split('\n')[0]!): PageRecord {
    const extracted = extractFromText(title, text, url);
    return {
        url,
        site: new URL(url).host,
        title: extracted.title,
        published: extracted.published,
        passages: extracted.passages,
        claims: extracted.claims,
        contentHash: url,
        etag: null,
        lastModified: null,
        fetchedAt: '2025-01-01T00:00:00.000Z',
    };
}
