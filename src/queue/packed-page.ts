/**
 * A changed page as a worker sends it to the writer: its rows already as the store writes them (compressed JSON,
 * the claim record, the search index's pack, the compressed HTML), bytes as base64 inside the job's JSON. The
 * worker that read the page pays the compression, spread over all workers, and the one writer only decodes and
 * inserts; the payload is about a third of the page, its claim rows and its HTML sent as JSON text (passages,
 * drafts and claim documents repeat one another and compress well).
 */
import { type ClaimRow, type PageRows, pageRowsOf } from '../pipeline/build-claims.js';
import { parseStoredJson } from '../storage/compressed-json.js';
import { compressHtml } from '../storage/page-store.js';
import type { PageRecord } from '../storage/types.js';

/** A page's metadata: the record without its passages and claim drafts (those travel compressed). */
export type PageMeta = Omit<PageRecord, 'passages' | 'claims'>;

export interface PackedPage {
    passages: string;
    drafts: string;
    record: { ids: string[]; docs: string; words: string; figures: string | null };
    index: { ids: string; terms: string[]; refs: string; numbers: string };
    html: string;
}

const base64 = (bytes: Buffer) => bytes.toString('base64');
const bytesOf = (text: string) => Buffer.from(text, 'base64');

/** The page, its claim rows and HTML as a worker sends them. */
export function packPage(page: PageRecord, claims: ClaimRow[], html: string): { page: PageMeta; packed: PackedPage } {
    const { passages: _passages, claims: _drafts, ...meta } = page;
    const rows = pageRowsOf(page, claims);
    const { record, index } = rows;
    return {
        page: meta,
        packed: {
            passages: base64(rows.passages),
            drafts: base64(rows.drafts),
            record: { ids: record.ids, docs: base64(record.docs), words: base64(record.words), figures: record.figures === null ? null : base64(record.figures) },
            index: { ids: index.ids, terms: index.terms, refs: base64(index.refs), numbers: base64(index.numbers) },
            html: base64(compressHtml(html)),
        },
    };
}

/**
 * What the writer stores of a packed page. The passages and drafts are decoded back into the record: the change log
 * compares the drafts with the stored page's, and clustering reads the passages. The rows' claim list is left
 * empty: the record and the index pack made from it come with them.
 */
export function unpackPage(meta: PageMeta, packed: PackedPage): { page: PageRecord; rows: Required<PageRows>; html: Buffer } {
    const passages = bytesOf(packed.passages);
    const drafts = bytesOf(packed.drafts);
    const { record, index } = packed;
    return {
        page: { ...meta, passages: parseStoredJson(passages), claims: parseStoredJson(drafts) },
        rows: {
            passages,
            drafts,
            claims: [],
            record: { ids: record.ids, docs: bytesOf(record.docs), words: bytesOf(record.words), figures: record.figures === null ? null : bytesOf(record.figures) },
            index: { ids: index.ids, terms: index.terms, refs: bytesOf(index.refs), numbers: bytesOf(index.numbers) },
        },
        html: bytesOf(packed.html),
    };
}
