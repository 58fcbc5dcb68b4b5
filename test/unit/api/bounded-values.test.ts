import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../src/api/api-data.js';
import { MAX_PAGES, MAX_QUOTES, MAX_VALUES } from '../../../src/api/bounded-values.js';
import { buildClaimDocuments } from '../../../src/pipeline/build-claims.js';
import { pageRecordFromText } from '../../helpers/page-record.js';

/** Many invented pages printing many different figures for one city: the shape of a big content-farm crawl. */
function bigCrawl() {
    const pages = [];
    for (let i = 0; i < 600; i++) {
        const value = 100 + (i % 40) * 3;
        const title = `杭州退休人员医保个人账户第${i}期`;
        const text = `${title}\n\n杭州:退休人员个人账户每月划入${value}元,本文第${i}次整理,编号${i * 7919}。`;
        pages.push(pageRecordFromText(`https://site-${i}.example/p/${i}.html`, text, title));
    }
    return buildSnapshot(buildClaimDocuments(pages), pages.map((page) => page.site));
}

describe('API answers of bounded size', () => {
    const snapshot = bigCrawl();
    const [conflict] = snapshot.conflicts();

    it('lists the best-supported values of a conflict and each value\'s first pages and quotes, with the full counts', () => {
        expect(conflict!.values.length).toBe(40);
        const shown = snapshot.present(conflict!);
        expect(shown.valueCount).toBe(40);
        expect(shown.values.length).toBeLessThanOrEqual(MAX_VALUES + 1);
        expect(shown.values.map((v) => v.value)).toEqual(conflict!.values.slice(0, shown.values.length).map((v) => v.value));
        for (const value of shown.values) {
            const full = conflict!.values.find((v) => v.value === value.value)!;
            expect(value.urls).toEqual(full.urls.slice(0, MAX_PAGES));
            expect(value.pages).toBe(full.pages);
            expect(value.quoteCount).toBe(full.quotes.length);
            expect(value.evidence.length).toBeLessThanOrEqual(MAX_QUOTES);
            for (const e of value.evidence) expect(value.quotes).toContain(e.quote);
        }
    });

    it('keeps a shown conflict a small fraction of the full one', () => {
        const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));
        expect(bytes(snapshot.present(conflict!))).toBeLessThan(bytes(conflict) / 10);
    });
});
