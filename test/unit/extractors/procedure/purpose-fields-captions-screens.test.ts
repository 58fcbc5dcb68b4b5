/**
 * Decisions from blind23's procedure misses, on invented pages: the sentence opening a chain says what it is for even
 * when its last button prints; a bare town's name filling a place field (`参保地某县`) names the steps' place; numbered
 * screenshot captions carry a walkthrough's steps; a local insurance service's own screen, titled by its name, is its
 * app. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText, extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function fromText(title: string, lines: string[]): ProcedureDraft[] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/page/1.html').claims.filter(
        (c): c is ProcedureDraft => c.kind === 'procedure',
    );
}

function fromHtml(title: string, body: string): ProcedureDraft[] {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
    return extractPage(html, 'https://example.test/page.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const keys = (found: ProcedureDraft[]) => found.map((p) => [p.task, p.channel, p.region]);

describe("the steps' own lead says what they are for", () => {
    it('keeps a query whose chain ends on a print button', () => {
        const line = '社区服务站的自助终端能查询个账余额：刷社保卡→点“收支记录”→按“打印”领取小票';
        expect(keys(fromText('医保账户小知识', [line]))).toEqual([['query_balance', 'kiosk', null]]);
    });

    it('still reads a print menu picked last as printing when only the title asks to look', () => {
        const line = '社区服务站的自助终端：刷社保卡→点“个账查询”→再点“打印流水”';
        expect(keys(fromText('想看看医保流水，有什么办法？', [line]))).toEqual([['print_record', 'kiosk', null]]);
    });
});

describe("a place field's value", () => {
    const steps = ['1. 打开支付宝后搜一下“医保服务”', '2. 点“账户信息”进入', '3. 在参保地孝义那一栏确认后查看余额'];

    it('names the place of the steps, even a bare town name', () => {
        expect(keys(fromText('医保卡到账怎么看', steps))).toEqual([['query_balance', 'alipay', '孝义']]);
    });

    it('is no place when no field asks for one', () => {
        const plain = [...steps.slice(0, 2), '3. 孝义那一栏确认后查看余额'];
        expect(keys(fromText('医保卡到账怎么看', plain))).toEqual([['query_balance', 'alipay', null]]);
    });
});

describe('numbered screenshot captions', () => {
    const picture = (caption: string) => `<figure><img src="/a.png" alt="截图"><figcaption>${caption}</figcaption></figure>`;
    const lead = '<p>下面用“某某医保”APP演示一遍，照着截图操作。</p>';

    it("are a walkthrough's steps", () => {
        const body = `<article><h1>手机上怎么交居民医保费</h1>${lead}${picture('第1步：打开APP，点首页的“居民缴费”')}` +
            `${picture('第2步：核对缴费年度和金额')}${picture('第3步：点“立即支付”完成缴费')}<p>缴费成功后可在APP里查到记录，不用再去窗口了。</p></article>`;
        expect(keys(fromHtml('手机上怎么交居民医保费', body))).toEqual([['pay_premium', 'app', null]]);
    });

    it('stay furniture when unnumbered', () => {
        const body = `<article><h1>手机上怎么交居民医保费</h1>${lead}${picture('打开APP，点首页的“居民缴费”')}` +
            `${picture('图片来源：网络')}<p>缴费成功后可在APP里查到记录，不用再去窗口了。</p></article>`;
        expect(keys(fromHtml('手机上怎么交居民医保费', body))).toEqual([]);
    });
});

describe("a local insurance service's own screen", () => {
    const items = '<ul><li><b>【使用帮助】</b>居民医保续费：首页→缴费服务→居民医保→确认支付<span>10-06</span></li>' +
        '<li><b>【维护通知】</b>本周日上午系统升级，届时暂停服务。<span>10-02</span></li></ul>';

    it('titled by its name is its app', () => {
        expect(keys(fromHtml('榆次医保 · 消息中心', items))).toEqual([['pay_premium', 'app', null]]);
    });

    it('ends the steps with the row of the chain: each dated row is a notice of its own', () => {
        const rows = '<ul><li><b>【使用帮助】</b>居民医保续费：首页→缴费服务→居民医保→确认支付<span>10-06</span></li>' +
            '<li><b>【审核提醒】</b>您提交的申请已审核通过，请留意短信。<span>10-04</span></li>' +
            '<li><b>【维护通知】</b>本周日上午系统升级，届时暂停服务。<span>10-02</span></li></ul>';
        expect(fromHtml('榆次医保 · 消息中心', rows).map((p) => p.steps)).toEqual([['首页', '缴费服务', '居民医保', '确认支付']]);
    });

    it.each(['榆次晚报 · 消息中心', '榆次医保政策问答'])('is no app under another title (%s)', (title) => {
        expect(keys(fromHtml(title, items))).toEqual([]);
    });
});
