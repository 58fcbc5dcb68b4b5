/** The change log: what `claimscope changes [--since]` reads back after recrawls were stored. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FigureDraft } from '../../../src/claims/schema.js';
import { readChanges } from '../../../src/changes/log.js';
import { PageStore } from '../../../src/storage/page-store.js';
import type { PageRecord } from '../../../src/storage/types.js';

const credit: FigureDraft = {
    kind: 'figure',
    metric: 'retiree_account_credit',
    region: '深圳',
    province: '广东',
    section: null,
    population: 'retiree',
    ageMin: null,
    ageMax: null,
    value: 250,
    valueMax: null,
    unit: 'CNY',
    period: 'month',
    monthly: 250,
    approx: true,
    basis: null,
    example: false,
    confidence: 1,
    quote: '深圳市:退休职工每月大约能返250元',
    passage: 2,
};

function crawl(value: number, fetchedAt: string): PageRecord {
    return {
        url: 'https://www.shebaotong.example/p/867434',
        site: 'www.shebaotong.example',
        title: '深圳退休人员医保每月返多少?网友回答不一',
        published: '2025-01-09',
        passages: [],
        claims: [{ ...credit, value, monthly: value }],
        contentHash: String(value),
        etag: null,
        lastModified: null,
        fetchedAt,
    };
}

describe('change log', () => {
    let dataDir: string;

    beforeEach(async () => {
        dataDir = await mkdtemp(join(tmpdir(), 'claimscope-changes-'));
    });

    afterEach(async () => {
        await rm(dataDir, { recursive: true, force: true });
    });

    /** Stores each crawl of the page in turn, as a crawl's writer does; returns the changes each recorded. */
    async function store(...crawls: PageRecord[]) {
        const pages = await PageStore.open(dataDir);
        try {
            return crawls.map((page) => pages.apply([{ kind: 'changed', page }])[0]!.changes);
        } finally {
            pages.close();
        }
    }

    it('records nothing for a first crawl or an unchanged recrawl', async () => {
        expect(await store(crawl(250, '2025-06-01T00:00:00Z'), crawl(250, '2025-06-02T00:00:00Z'))).toEqual([[], []]);
        expect(await readChanges(dataDir)).toEqual([]);
    });

    it('records each recrawl’s changes with the page and reads them back since a date', async () => {
        await store(crawl(250, '2025-06-01T00:00:00Z'), crawl(251, '2025-06-02T00:00:00Z'), crawl(260, '2025-06-09T00:00:00Z'));

        const all = await readChanges(dataDir);
        expect(all.map((c) => c.fields.find((f) => f.field === 'value'))).toEqual([
            { field: 'value', before: 250, after: 251 },
            { field: 'value', before: 251, after: 260 },
        ]);
        expect((await readChanges(dataDir, '2025-06-05')).map((c) => c.at)).toEqual(['2025-06-09T00:00:00Z']);
        await expect(readChanges(dataDir, 'last week')).rejects.toThrow(/--since/);
    });
});
