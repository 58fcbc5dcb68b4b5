/**
 * A section heading naming one age bracket (`◆ 年满八十的老人`) gives that bracket to the lines under it that state
 * none, up to the next heading; a heading the markup makes one stays a heading whatever glyph decorates it.
 * Pages written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

/** Prose around the lines under test, so the page reads as an article. */
const NOTES = `<p>新的一年到了,区里把退休职工医疗保险个账的事项再跟大家讲一遍,各单位收到后请转告本单位的退休老同志,留意每月到账情况。</p>
    <p>对到账有疑问的,带上社保卡去就近的服务大厅问一问,或者打咨询电话,我们在工作日都有人接听,一般当天就能答复清楚。</p>`;

function credits(body: string): Array<[number | null, number | null, number]> {
    const html = `<html><head><title>鄂州退休职工个账新一年怎么记</title></head><body><h1>鄂州退休职工个账新一年怎么记</h1>${body}${NOTES}</body></html>`;
    return extractPage(html, 'https://example.test/notice.html').claims
        .filter((c): c is FigureDraft => c.kind === 'figure' && c.metric === 'retiree_account_credit')
        .map((c) => [c.ageMin, c.ageMax, c.value]);
}

describe('the bracket a section heading names', () => {
    it.each([
        ['■ ', '■ '],
        ['◆', '◆'],
        ['', ''],
    ])('holds for the label lines under it (heading glyph %j)', (a, b) => {
        const got = credits(`<p>按年龄分两档,具体如下:</p>
            <h4>${a}还没满八十岁的</h4><ul><li>个账:月记入66元</li><li>几号到:每月20号左右</li></ul>
            <h4>${b}八十岁(含)往上的</h4><ul><li>个账:月记入77元</li><li>几号到:每月20号左右</li></ul>`);
        expect(got).toEqual([
            [null, 79, 66],
            [80, null, 77],
        ]);
    });

    it('yields to a bracket the line states itself', () => {
        const got = credits(`<h3>八十岁(含)往上的</h3><p>个账月记入77元,到了九十岁再多记,每月记入88元。</p>`);
        expect(got).toEqual([
            [80, 89, 77],
            [90, null, 88],
        ]);
    });

    it('gives nothing when the heading names two brackets or none', () => {
        expect(credits(`<h3>七十到七十九岁和八十岁往上</h3><p>个账月记入77元。</p>`)).toEqual([[null, null, 77]]);
        expect(credits(`<h3>记多少</h3><p>个账月记入77元。</p>`)).toEqual([[null, null, 77]]);
    });
});

describe('headings and lines that give no bracket', () => {
    it('a question heading asks about a bracket; it heads no group', () => {
        expect(credits(`<h3>过了八十岁会多记一些吗?</h3><p>个账月记入77元,大约20号到账。</p>`)).toEqual([[null, null, 77]]);
    });

    it.each([['个账月记入77元,不分年龄。'], ['个账统一按月记入77元。'], ['个账一律月记入77元。']])(
        'a line said of every age keeps none: %s',
        (line) => {
            expect(credits(`<h3>八十岁(含)往上的</h3><p>${line}</p>`)).toEqual([[null, null, 77]]);
        },
    );
});
