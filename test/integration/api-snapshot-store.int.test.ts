/**
 * The API's comparison snapshot reads the claims table in blocks sorted by SQLite (src/storage/figure-rows.ts) instead
 * of holding every claim. Its answers must be exactly those of the whole list analysed at once: groups, conflicts,
 * trust and each group's evidence, on the demo corpus stored in a real data dir with copies on other sites.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiData, type ApiData, type Snapshot } from '../../src/api/api-data.js';
import { boundGroup } from '../../src/api/bounded-values.js';
import { evidenceJoiner, groupKey, type Evidence } from '../../src/api/evidence.js';
import type { Claim, FigureClaim } from '../../src/claims/schema.js';
import { analyseClaims, findConflicts, type ClaimAnalysis } from '../../src/compare/index.js';
import { streamClaims } from '../../src/pipeline/open.js';
import { PageStore, type StoreResult } from '../../src/storage/page-store.js';
import { loadCorpus } from '../demo/corpus.js';
import { pageRecordFromText } from '../helpers/page-record.js';

describe('comparison snapshot read from the claims table', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'claimscope-snapshot-'));
    let data: ApiData;
    let snapshot: Snapshot;
    let claims: Claim[];
    let reference: ClaimAnalysis;

    beforeAll(async () => {
        const store = await PageStore.open(dataDir);
        const results: StoreResult[] = [];
        loadCorpus().forEach((article, i) => {
            results.push({ kind: 'changed', logChanges: false, page: pageRecordFromText(article.url, article.text, article.title) });
            // Every third article copied onto another site (copy clusters, origins, several quotes per value), and every
            // other copy with its amounts raised by one yuan (conflicts between copies and originals).
            if (i % 3 === 0) {
                const copy = `https://copies-${i % 4}.example/a/${i}.html`;
                const text = i % 2 === 0 ? article.text.replace(/(\d+)(?=元)/g, (n) => String(Number(n) + 1)) : article.text;
                results.push({ kind: 'changed', logChanges: false, page: pageRecordFromText(copy, text, article.title) });
            }
        });
        store.apply(results);
        await store.settleClusters();
        claims = [...streamClaims(store)];
        reference = analyseClaims(claims, {}, store.siteNames());
        store.close();
        data = await openApiData({ dataDir });
        snapshot = await data.snapshot();
    }, 120_000);

    afterAll(async () => {
        await data?.close();
        rmSync(dataDir, { recursive: true, force: true });
    });

    it('has what the comparison needs to be worth checking: many groups, conflicts and copies', () => {
        expect(reference.groups.length).toBeGreaterThan(30);
        expect(findConflicts(reference.groups).length).toBeGreaterThan(5);
        expect(reference.groups.some((g) => g.values.some((v) => v.quotes.length > 1 && v.copiedBy > 0))).toBe(true);
    });

    it('answers the same groups, conflicts and site trust as the whole list analysed at once', () => {
        expect(JSON.stringify(snapshot.groups())).toBe(JSON.stringify(reference.groups));
        expect(JSON.stringify(snapshot.conflicts())).toBe(JSON.stringify(findConflicts(reference.groups)));
        expect(JSON.stringify(snapshot.sources())).toBe(JSON.stringify(reference.sources));
    });

    it('keeps each group’s compared claims, in export order, as evidence', () => {
        const expected = (group: Parameters<typeof groupKey>[0]): Evidence[] =>
            claims
                .filter((c): c is FigureClaim => c.kind === 'figure' && !c.example && !c.illustrative && groupKey(c) === groupKey(group))
                .map((c) => ({ url: c.url, site: c.site, title: c.title, published: c.published, quote: c.quote, cluster: c.cluster }));
        const join = evidenceJoiner(expected);
        for (const group of reference.groups) {
            expect(snapshot.evidenceOf(group)).toEqual(expected(group));
            expect(JSON.stringify(snapshot.present(group))).toBe(JSON.stringify(join(boundGroup(group))));
        }
    });
});
