/**
 * A page's job id follows from its crawl and its normalised URL: BullMQ ignores a second add with the same id,
 * which is how N workers that find one link at once still enqueue it once.
 */
import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../src/fetch/normalize-url.js';
import { pageJobId } from '../../../src/queue/frontier.js';
import { newCrawlId, urlHash } from '../../../src/queue/names.js';

const ARTICLE = 'https://www.shebao.example/yibao/000_cbe485491ceb8662.html';

describe('pageJobId', () => {
    it('is the same for every spelling of one page within a crawl', () => {
        const crawlId = newCrawlId();
        const spellings = [
            ARTICLE,
            `${ARTICLE}#comments`,
            `${ARTICLE}?utm_source=wechat&spm=a1.b2`,
            'https://WWW.shebao.example:443/yibao/000_cbe485491ceb8662.html',
            `${ARTICLE}/`,
        ];
        const ids = new Set(spellings.map((url) => pageJobId(crawlId, normalizeUrl(url)!)));
        expect(ids.size).toBe(1);
    });

    it('differs between pages, and between crawls of one page', () => {
        const crawlId = newCrawlId();
        const other = 'https://www.shebao.example/yibao/001_0294764c10c0b2d2.html';
        expect(pageJobId(crawlId, ARTICLE)).not.toBe(pageJobId(crawlId, other));
        expect(pageJobId(crawlId, `${ARTICLE}?page=2`)).not.toBe(pageJobId(crawlId, ARTICLE));
        expect(pageJobId(newCrawlId(), ARTICLE)).not.toBe(pageJobId(crawlId, ARTICLE));
    });

    it('is stable across processes: derived from the URL, not from state', () => {
        expect(pageJobId('crawl-abc-123456', ARTICLE)).toBe(`crawl-abc-123456--${urlHash(ARTICLE)}`);
        expect(urlHash(ARTICLE)).toMatch(/^[0-9a-f]{20}$/);
        expect(urlHash(ARTICLE)).toBe(urlHash(ARTICLE));
    });

    it('is an id BullMQ accepts for crawls and scheduled recrawls alike (no colon, not an integer)', () => {
        for (const crawlId of [newCrawlId(), newCrawlId('sched-0123456789')]) {
            const id = pageJobId(crawlId, ARTICLE);
            expect(id).not.toContain(':');
            expect(Number.isInteger(Number(id))).toBe(false);
        }
    });
});
