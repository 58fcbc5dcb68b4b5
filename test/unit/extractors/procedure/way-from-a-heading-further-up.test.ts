/**
 * Which channel steps belong to when their own section heading names none (`操作步骤`) and the heading it sits under
 * does. Every page and sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function fromHtml(body: string): ProcedureDraft[] {
    const title = '账户余额怎么看';
    const intro = '<p>这篇小文把几种常见的办法记下来，随手记下，各地做法不尽相同，办前先问清楚。</p>';
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${intro}${body}</body></html>`;
    return extractPage(html, 'https://example.test/notes/8.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const STEPS = '<ol><li>打开首页，搜“医保服务”</li><li>点“余额查询”</li><li>刷脸后看到余额</li></ol>';

describe('the way from a heading above the steps\' own', () => {
    it('takes the one way the heading above `操作步骤` names', () => {
        const found = fromHtml(`<h2>在微信里看</h2><h3>操作步骤</h3>${STEPS}`);
        expect(found.map((p) => [p.task, p.channel])).toEqual([['query_balance', 'wechat']]);
        expect(found[0]!.steps).toEqual(['打开首页,搜“医保服务”', '点“余额查询”', '刷脸后看到余额']);
    });

    it('gives each section the way of the heading it sits under', () => {
        const found = fromHtml(`<h2>在微信里看</h2><h3>操作步骤</h3>${STEPS}<h2>在支付宝里看</h2><h3>操作步骤</h3><ol><li>打开首页，搜“医保码”</li><li>点“账户信息”</li></ol>`);
        expect(found.map((p) => p.channel)).toEqual(['wechat', 'alipay']);
    });

    it('takes none from a heading naming two ways', () => {
        expect(fromHtml(`<h2>微信和支付宝都能看</h2><h3>操作步骤</h3>${STEPS}`)).toEqual([]);
    });

    it('takes none for a list that gives no instructions', () => {
        expect(fromHtml('<h2>在微信里看</h2><h3>注意事项</h3><ol><li>余额每月初更新</li><li>忘记密码可以重置</li></ol>')).toEqual([]);
    });

    it('keeps the way the steps name themselves', () => {
        const found = fromHtml('<h2>在微信里看</h2><h3>看不到怎么办</h3><ol><li>带上身份证到医保服务大厅窗口</li><li>请工作人员查询余额</li></ol>');
        expect(found.map((p) => p.channel)).toEqual(['counter']);
    });
});
