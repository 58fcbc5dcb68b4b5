/**
 * `全区`/`我区`/`本区` on a page whose title names one district (`某某区`) mean that district, as `全市` means the city
 * on a city's page; on any other page `区` is as often one district of the page's city, and names nothing. Pages
 * written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';

function faqPage(title: string, answer: string): string {
    return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="article"><h1>${title}</h1>
<p>问1:退休人员个人账户每月划多少?</p>
<p>答1:${answer}</p>
<p>问2:医保关系转到外地要多久?</p>
<p>答2:转出地和转入地均在15个工作日内办结。</p>
</div></body></html>`;
}

function figures(title: string, answer: string): Array<[string, string | null, number]> {
    return extractPage(faqPage(title, answer), 'https://faq.example/q/1.html').claims
        .filter((claim) => claim.kind === 'figure')
        .map((c) => [c.metric, c.region, c.value]);
}

describe('`全区` on a district page', () => {
    it.each([
        ['武侯区医保个人账户常见问题', '全区退休人员个人账户每月划入96元。', '武侯'],
        ['海淀区医保政策问答', '我区退休人员个人账户每月划入96元。', '海淀'],
        ['浦东新区医保个人账户答疑', '本区退休人员个人账户每月划入96元。', '浦东'],
    ])('is the district the title names, and the answers after it are too: %s', (title, answer, place) => {
        expect(figures(title, answer)).toEqual([
            ['retiree_account_credit', place, 96],
            ['transfer_days', place, 15],
        ]);
    });

    it('is no place on a city page, where it may be any district of the city', () => {
        expect(figures('苏州市医保个人账户常见问题', '全区退休人员个人账户每月划入96元。').map((c) => c[1])).toEqual([null, null]);
    });
});
