/**
 * A changed page crosses Redis as JSON with its rows already compressed: what the writer unpacks must be exactly
 * what it would have worked out itself from the whole page, and the payload must be smaller than the page as text.
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { claimRowsOfPage, pageRowsOf } from '../../../src/pipeline/build-claims.js';
import { packPage, unpackPage } from '../../../src/queue/packed-page.js';
import { pageRecordFromText } from '../../helpers/page-record.js';

const TEXT = [
    '某市退休人员医保卡每月返多少钱?',
    '北京:70岁以下退休人员每月划入100元,70岁及以上每月划入110元。',
    '某市城乡居民医保一级医院住院报销比例为85%,二级医院为75%,三级医院为60%。',
    '年满60周岁的参保人员,门诊慢特病年度支付限额为3000元。',
    '参保人员可以在医保经办窗口查询个人账户余额,也可以通过医保公众号在线查询。',
].join('\n\n');
const HTML = `<html><head><title>某市调整城乡居民医保待遇的通知</title></head><body><p>${TEXT.replace(/\n\n/g, '</p><p>')}</p></body></html>`;

describe('packPage / unpackPage', () => {
    const page = pageRecordFromText('https://ybj.example.gov.cn/art/2026/1/1/art_1.html', TEXT);
    const claims = claimRowsOfPage(page);

    it('gives the writer the page, its rows and its HTML as it would have made them from the whole page', () => {
        expect(page.claims.length).toBeGreaterThan(0);
        const sent = JSON.parse(JSON.stringify(packPage(page, claims, HTML))) as ReturnType<typeof packPage>;
        const { page: received, rows, html } = unpackPage(sent.page, sent.packed);
        const expected = pageRowsOf(page, claims);
        expect(received).toEqual(page);
        expect(rows.passages.equals(expected.passages)).toBe(true);
        expect(rows.drafts.equals(expected.drafts)).toBe(true);
        expect(rows.record.ids).toEqual(expected.record.ids);
        expect(rows.record.docs.equals(expected.record.docs)).toBe(true);
        expect(rows.record.words.equals(expected.record.words)).toBe(true);
        expect(rows.index).toEqual(expected.index);
        expect(inflateRawSync(html).toString('utf8')).toBe(HTML);
    });

    it('sends no passage or draft as text, and fewer bytes than the page, its claim rows and HTML as JSON', () => {
        const packed = JSON.stringify(packPage(page, claims, HTML));
        const asText = JSON.stringify({ page, claims, html: HTML });
        expect(packed).not.toContain(page.passages[1]!.text);
        expect(Buffer.byteLength(packed)).toBeLessThan(Buffer.byteLength(asText));
    });
});
