/**
 * A section heading naming one age bracket (`■ 年满80周岁的退休人员`) gives that bracket to the lines under it that
 * state none, up to the next heading; a heading the markup makes one stays a heading whatever glyph decorates it.
 * Pages written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

/** Prose around the lines under test, so the page reads as an article. */
const NOTES = `<p>为做好退休人员医疗保障工作,经研究,现将本年度退休人员基本医疗保险个人账户的有关事项告知如下,请各参保单位和参保人员相互转告,按时关注到账情况。</p>
    <p>如对到账金额有疑问,可携带本人社会保障卡到就近的医保经办窗口咨询,也可拨打医保服务热线,工作人员将在工作日内予以答复。</p>`;

function credits(body: string): Array<[number | null, number | null, number]> {
    const html = `<html><head><title>黄石市退休人员个人账户划入标准</title></head><body><h1>黄石市退休人员个人账户划入标准</h1>${body}${NOTES}</body></html>`;
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
        const got = credits(`<p>黄石市退休人员个人账户月划入标准如下:</p>
            <h4>${a}不满80周岁的退休人员</h4><ul><li>个人账户:每月划入66元</li><li>到账时间:每月15日前</li></ul>
            <h4>${b}80周岁及以上的退休人员</h4><ul><li>个人账户:每月划入77元</li><li>到账时间:每月15日前</li></ul>`);
        expect(got).toEqual([
            [null, 79, 66],
            [80, null, 77],
        ]);
    });

    it('yields to a bracket the line states itself', () => {
        const got = credits(`<h3>80周岁及以上的退休人员</h3><p>个人账户每月划入77元,其中满90周岁的每月划入88元。</p>`);
        expect(got).toEqual([
            [80, 89, 77],
            [90, null, 88],
        ]);
    });

    it('gives nothing when the heading names two brackets or none', () => {
        expect(credits(`<h3>70至79岁和80岁以上人员</h3><p>个人账户每月划入77元。</p>`)).toEqual([[null, null, 77]]);
        expect(credits(`<h3>划入标准</h3><p>个人账户每月划入77元。</p>`)).toEqual([[null, null, 77]]);
    });
});

describe('headings and lines that give no bracket', () => {
    it('a question heading asks about a bracket; it heads no group', () => {
        expect(credits(`<h3>退休人员年满80周岁后划入标准会提高吗?</h3><p>个人账户每月划入77元,到账时间为每月15日前。</p>`)).toEqual([[null, null, 77]]);
    });

    it.each([['个人账户每月划入77元,不分年龄。'], ['个人账户统一按每月77元划入。'], ['个人账户一律每月划入77元。']])(
        'a line said of every age keeps none: %s',
        (line) => {
            expect(credits(`<h3>80周岁及以上的退休人员</h3><p>${line}</p>`)).toEqual([[null, null, 77]]);
        },
    );
});
