/**
 * Where steps are when a page marks them with glyphs it was not written with in mind: arrows typed as dashes and a
 * `>` (`-->`, `==>`), numbers drawn as dingbats or written `Step N`, and numbered ways run into one paragraph
 * (`方式一：…；方式二：…`). Every page and sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function fromHtml(title: string, body: string): ProcedureDraft[] {
    // a paragraph of the page's own, so that the page reads as an article and not as a list of links
    const intro = '<p>这篇小文把几种常见的办法记下来，随手记下，各地做法不尽相同，办前先问清楚。</p>';
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${intro}${body}</body></html>`;
    return extractPage(html, 'https://example.test/notes/5.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const keys = (found: ProcedureDraft[]) => found.map((p) => [p.task, p.channel]);

describe('a chain typed with dashes or equals signs and a `>`', () => {
    it.each(['-->', '->', '==>', '—>'])('reads `%s` as an arrow, no dash left on any link', (arrow) => {
        const found = fromHtml('账户余额查法', `<p>支付宝里查：打开支付宝 ${arrow} 搜“医保” ${arrow} 进“医保码” ${arrow} 看账户信息余额</p>`);
        expect(keys(found)).toEqual([['query_balance', 'alipay']]);
        expect(found[0]!.steps).toEqual(['打开支付宝', '搜“医保”', '进“医保码”', '看账户信息余额']);
    });

    it('does not read a range written with a dash as a chain', () => {
        expect(fromHtml('账户余额查法', '<p>支付宝每天8-22点可以查，别的时间系统维护。</p>')).toEqual([]);
    });
});

describe('numbers drawn as glyphs', () => {
    it.each([
        ['Step 1 ', 'Step 2 ', 'Step 3 '],
        ['❶', '❷', '❸'],
        ['⑴', '⑵', '⑶'],
        ['➀', '➁', '➂'],
        ['⒈', '⒉', '⒊'],
    ])('keeps each step whole when numbered %s…', (first, second, third) => {
        const found = fromHtml('在微信里看余额', `<p>${first}打开微信，点“我”</p><p>${second}进入“服务”，再选“医疗健康”</p><p>${third}点“医保余额”即可</p>`);
        expect(keys(found)).toEqual([['query_balance', 'wechat']]);
        expect(found[0]!.steps).toEqual(['打开微信,点“我”', '进入“服务”,再选“医疗健康”', '点“医保余额”即可']);
    });
});

describe('numbered ways in one paragraph', () => {
    it.each([
        ['方式一：', '；方式二：'],
        ['方法1：', '。方法2：'],
        ['途径一、', '；途径二、'],
    ])('reads each of %s … %s as the steps of its own way', (first, second) => {
        const found = fromHtml(
            '账户余额的两种查法',
            `<h2>查询办法</h2><p>${first}打开微信，搜“医保服务”小程序，登录后点“余额查询”${second}打开支付宝，搜“医保码”，进入后点“账户信息”。</p>`,
        );
        expect(keys(found)).toEqual([
            ['query_balance', 'wechat'],
            ['query_balance', 'alipay'],
        ]);
        expect(found[1]!.steps).toEqual(['打开支付宝', '搜“医保码”', '进入后点“账户信息”']);
    });

    it('reads the ways after a lead ending on a colon', () => {
        const found = fromHtml(
            '账户余额的两种查法',
            '<p>查余额有两个办法：方式一：打开微信，搜“医保服务”小程序，登录后点“余额查询”。方式二：打开支付宝，搜“医保码”，进入后点“账户信息”。</p>',
        );
        expect(keys(found)).toEqual([
            ['query_balance', 'wechat'],
            ['query_balance', 'alipay'],
        ]);
    });

    it('gives no how-to for a second way only named', () => {
        const found = fromHtml('账户余额的查法', '<p>方式一：打开微信，搜“医保服务”小程序，登录后点“余额查询”。方式二：用支付宝也行。</p>');
        expect(keys(found)).toEqual([['query_balance', 'wechat']]);
    });

    it('does not split a paragraph naming one numbered way', () => {
        const found = fromHtml('账户余额的查法', '<p>前面说的方式一比较慢；打开微信，搜“医保服务”小程序，登录后点“余额查询”即可。</p>');
        expect(keys(found)).toEqual([['query_balance', 'wechat']]);
    });
});
