/**
 * Claim-level diff of two crawls of one page. Claims are matched by what they are about, not by position,
 * so a new paragraph above an old figure does not read as "everything changed".
 */
import type { ClaimDraft, FigureDraft, ProcedureDraft } from '../claims/schema.js';
import type { PageRecord } from '../storage/types.js';
import type { ClaimChange, FieldChange } from './types.js';

/** What a claim is about: two claims with the same identity across crawls are the same claim. */
const IDENTITY_FIELDS: { figure: (keyof FigureDraft)[]; procedure: (keyof ProcedureDraft)[] } = {
    figure: ['metric', 'region', 'population', 'ageMin', 'ageMax'],
    procedure: ['task', 'channel', 'region'],
};

/** What a claim says: a difference here is a change a reader would notice (wording alone is not). */
const COMPARED_FIELDS: { figure: (keyof FigureDraft)[]; procedure: (keyof ProcedureDraft)[] } = {
    figure: ['value', 'valueMax', 'unit', 'period', 'monthly', 'approx', 'basis', 'example', 'province'],
    procedure: ['steps', 'province'],
};

function fieldsOf(claim: ClaimDraft, table: typeof IDENTITY_FIELDS): string[] {
    return claim.kind === 'figure' ? table.figure : table.procedure;
}

function get(claim: ClaimDraft, field: string): unknown {
    return (claim as unknown as Record<string, unknown>)[field] ?? null;
}

/** `retiree_account_credit · 深圳 · retiree · 70-`: the identity, readable, empty parts left out. */
export function claimKey(claim: ClaimDraft): string {
    const parts: string[] =
        claim.kind === 'figure'
            ? [claim.metric, claim.region ?? '', claim.population ?? '']
            : [claim.task, claim.channel, claim.region ?? ''];
    if (claim.kind === 'figure' && (claim.ageMin !== null || claim.ageMax !== null)) {
        parts.push(`${claim.ageMin ?? ''}-${claim.ageMax ?? ''}`);
    }
    return [claim.kind, ...parts.filter(Boolean)].join(' · ');
}

function identity(claim: ClaimDraft): string {
    return JSON.stringify([claim.kind, ...fieldsOf(claim, IDENTITY_FIELDS).map((field) => get(claim, field))]);
}

function fieldChanges(before: ClaimDraft, after: ClaimDraft): FieldChange[] {
    const changes: FieldChange[] = [];
    for (const field of fieldsOf(after, COMPARED_FIELDS)) {
        const a = get(before, field);
        const b = get(after, field);
        if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field, before: a, after: b });
    }
    return changes;
}

function groupByIdentity(claims: ClaimDraft[]): Map<string, ClaimDraft[]> {
    const groups = new Map<string, ClaimDraft[]>();
    for (const claim of claims) {
        const key = identity(claim);
        groups.set(key, [...(groups.get(key) ?? []), claim]);
    }
    return groups;
}

/**
 * The claims added, removed or modified between `previous` and `next` (two crawls of one page). Within one
 * identity, claims that say the same thing pair first; the rest pair in page order, leftovers are added or
 * removed.
 */
export function diffPageClaims(previous: PageRecord, next: PageRecord): ClaimChange[] {
    const base = { at: next.fetchedAt, url: next.url, site: next.site, title: next.title };
    const changes: ClaimChange[] = [];
    const before = groupByIdentity(previous.claims);
    const after = groupByIdentity(next.claims);
    for (const key of new Set([...before.keys(), ...after.keys()])) {
        const olds = [...(before.get(key) ?? [])];
        const news: ClaimDraft[] = [];
        for (const claim of after.get(key) ?? []) {
            const same = olds.findIndex((old) => fieldChanges(old, claim).length === 0);
            if (same >= 0) olds.splice(same, 1);
            else news.push(claim);
        }
        const paired = Math.min(olds.length, news.length);
        for (let i = 0; i < Math.max(olds.length, news.length); i++) {
            const old = olds[i] ?? null;
            const neu = news[i] ?? null;
            const claim = (neu ?? old)!;
            changes.push({
                ...base,
                change: i < paired ? 'modified' : neu ? 'added' : 'removed',
                kind: claim.kind,
                key: claimKey(claim),
                region: claim.region,
                fields: i < paired ? fieldChanges(old!, neu!) : [],
                before: old,
                after: neu,
            });
        }
    }
    return changes;
}
