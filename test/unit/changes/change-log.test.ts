/** The change log file: what `claimscope changes [--since]` reads back after recrawls appended to it. */
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FigureDraft } from '../../../src/claims/schema.js';
import { changeLogPath, readChanges, recordPageChanges } from '../../../src/changes/log.js';
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

    it('records nothing for a first crawl or an unchanged recrawl', async () => {
        expect(await recordPageChanges(dataDir, undefined, crawl(250, '2025-06-01T00:00:00Z'))).toEqual([]);
        const unchanged = await recordPageChanges(dataDir, crawl(250, '2025-06-01T00:00:00Z'), crawl(250, '2025-06-02T00:00:00Z'));
        expect(unchanged).toEqual([]);
        expect(await readChanges(dataDir)).toEqual([]);
    });

    it('appends each recrawl’s changes and reads them back since a date, skipping a line cut short by a crash', async () => {
        await recordPageChanges(dataDir, crawl(250, '2025-06-01T00:00:00Z'), crawl(251, '2025-06-02T00:00:00Z'));
        await appendFile(changeLogPath(dataDir), '{"at":"2025-06-0');
        await appendFile(changeLogPath(dataDir), '\n');
        await recordPageChanges(dataDir, crawl(251, '2025-06-02T00:00:00Z'), crawl(260, '2025-06-09T00:00:00Z'));

        const all = await readChanges(dataDir);
        expect(all.map((c) => c.fields.find((f) => f.field === 'value'))).toEqual([
            { field: 'value', before: 250, after: 251 },
            { field: 'value', before: 251, after: 260 },
        ]);
        expect((await readChanges(dataDir, '2025-06-05')).map((c) => c.at)).toEqual(['2025-06-09T00:00:00Z']);
        await expect(readChanges(dataDir, 'last week')).rejects.toThrow(/--since/);
    });
});
