/**
 * What a crawl tells webhooks: every claim the crawl changed (the change log's rows since it started) and every
 * conflict that was not one before it.
 */
import { readChanges } from '../changes/log.js';
import type { ClaimChange } from '../changes/types.js';
import { compareClaims, findConflicts, type Conflict } from '../compare/index.js';
import { readClaims } from '../pipeline/open.js';
import type { PageStore } from '../storage/page-store.js';

export type CrawlEvent =
    | { event: 'claim_changed'; crawl: string; change: ClaimChange }
    | { event: 'conflict_new'; crawl: string; conflict: Conflict };

/** A conflict's identity: what it is about, not which values disagree. */
function conflictKey(c: Conflict): string {
    return JSON.stringify([c.region, c.metric, c.population, c.ageMin, c.ageMax, c.unit, c.period]);
}

export async function currentConflicts(store: PageStore): Promise<Conflict[]> {
    return findConflicts(compareClaims(await readClaims(store)));
}

/** A snapshot taken before a crawl; `eventsSince` compares the data dir after it with it. */
export async function snapshotBeforeCrawl(store: PageStore): Promise<{ startedAt: string; conflictKeys: Set<string> }> {
    return { startedAt: new Date().toISOString(), conflictKeys: new Set((await currentConflicts(store)).map(conflictKey)) };
}

export async function eventsSince(
    store: PageStore,
    crawl: string,
    before: { startedAt: string; conflictKeys: Set<string> },
): Promise<CrawlEvent[]> {
    const changes = await readChanges(store.dataDir, before.startedAt);
    const conflicts = (await currentConflicts(store)).filter((c) => !before.conflictKeys.has(conflictKey(c)));
    return [
        ...changes.map((change) => ({ event: 'claim_changed' as const, crawl, change })),
        ...conflicts.map((conflict) => ({ event: 'conflict_new' as const, crawl, conflict })),
    ];
}
