/** What a recrawl changed, claim by claim: the rows of `<dataDir>/changes.jsonl`. */
import type { ClaimDraft } from '../claims/schema.js';

/** One field of a matched claim that differs between the previous and the new crawl. */
export interface FieldChange {
    field: string;
    before: unknown;
    after: unknown;
}

/**
 * A claim that appeared, disappeared or changed when a page was recrawled. Claims are matched across
 * crawls by what they are about (figures: metric, region, population, ages; procedures: task, channel,
 * region), so "深圳 retiree monthly credit 250 → 251" is one `modified` change with a `value` field change.
 */
export interface ClaimChange {
    /** ISO time the change was detected (the new crawl's fetch time). */
    at: string;
    url: string;
    site: string;
    title: string;
    change: 'added' | 'removed' | 'modified';
    kind: ClaimDraft['kind'];
    /** Human-readable match key, e.g. `retiree_account_credit · 深圳 · retiree · 70-`. */
    key: string;
    region: string | null;
    /** For `modified`: the fields that differ; empty for `added` / `removed`. */
    fields: FieldChange[];
    before: ClaimDraft | null;
    after: ClaimDraft | null;
}
