/**
 * Steps that name no way of their own but pick menus leading to a task (`点“余额查询”`), on a page whose title names
 * one way (a newspaper's how-to for an app, a service account's list of automatic replies): they are that way's
 * steps. A sender's tag opening an automatic reply (`【某局】`) is no part of the first step. Every page and sentence
 * is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function fromHtml(title: string, body: string): ProcedureDraft[] {
    const intro = '<p>本页汇总读者来信里问得最多的几件事，具体办理请以本地经办机构的答复为准。</p>';
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${intro}${body}</body></html>`;
    return extractPage(html, 'https://example.test/page.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const keys = (found: ProcedureDraft[]) => found.map((p) => [p.task, p.channel]);

describe('menus picked under a title naming one way', () => {
    it.each([
        ['三招学会在支付宝上查医保余额', '<p>第一步，首页输入“社保服务”搜索；第二步，进去以后点“账户余额”；第三步，核验身份后就能看到。</p>', 'alipay'],
        ['微信里如何查医保个账', '<ol><li>打开后选择「余额明细」</li><li>照着页面提示刷脸</li><li>查看每月到账情况</li></ol>', 'wechat'],
        ['某县医保小程序上线，个账随时查', '<p>进入首页后点击“账户余额查询”，再填身份证号，就能看到近期入账。</p>', 'wechat'],
        ['用国家医保APP查账户，两步就够', '<p>1. 登录后点击“我的账户”</p><p>2. 选择“余额查询”，查看可用金额</p>', 'app'],
    ])('reads the steps of %s as that way’s', (title, body, channel) => {
        expect(keys(fromHtml(title, body))).toEqual([['query_balance', channel]]);
    });

    it('reads an abbreviated account menu (`个账`) as the balance query', () => {
        const found = fromHtml('“某县医保”订阅号自动回复', '<p>回复【账户】</p><p>请点击菜单“便民办”，选择“个账查询”，刷一下脸即可看到。</p>');
        expect(keys(found)).toEqual([['query_balance', 'wechat']]);
    });

    it('gives no procedure when the menus picked lead to no task', () => {
        expect(fromHtml('支付宝上的医保服务介绍', '<p>第一步，点开“使用说明”；第二步，阅读“常见问题”；第三步，收藏本页。</p>')).toEqual([]);
    });

    it('gives no procedure when the title names two ways', () => {
        expect(fromHtml('微信和支付宝都能查医保', '<p>第一步，首页输入“社保服务”搜索；第二步，进去以后点“账户余额”。</p>')).toEqual([]);
    });

    it('gives no procedure for a menu only mentioned, not picked', () => {
        expect(fromHtml('支付宝医保页面改版说明', '<p>新版首页的“账户余额”一栏显示可用金额，“到账记录”一栏列出每笔入账。</p>')).toEqual([]);
    });
});

describe('a sender’s tag opening an automatic reply', () => {
    it('is left out of the first step', () => {
        const found = fromHtml('“宜都医保”公众号关键词回复', '<p>回复【余额】</p><p>【宜都医保】请点击菜单“我的服务”，选择“余额查询”，刷脸后显示余额。</p>');
        expect(found.map((p) => [p.channel, p.region, p.steps[0]])).toEqual([['wechat', '宜都', '点击菜单“我的服务”']]);
    });

    it.each(['【宜都医保】咨询电话：工作日上午八点半至下午五点。', '【宜都医保】感谢您的关注，祝您生活愉快。'])(
        'makes no step of a reply that instructs nothing (%s)',
        (reply) => {
            expect(fromHtml('“宜都医保”公众号关键词回复', `<p>回复【人工】</p><p>${reply}</p>`)).toEqual([]);
        },
    );
});

describe('steps counted out', () => {
    it.each([
        '第一步，首页输入“医保服务”；第二步，进去以后点“余额查询”。',
        '第1步 首页找到“医保服务”；第2步 进去以后点“余额查询”。',
        '步骤一，首页找到“医保服务”；步骤二，进去以后点“余额查询”。',
    ])('are steps whatever word opens the first (%s)', (text) => {
        const found = fromHtml('支付宝里查医保余额', `<p>${text}</p>`);
        expect(found.map((p) => [p.channel, p.steps.length])).toEqual([['alipay', 2]]);
    });

    it('gives no procedure for a first step with no second', () => {
        expect(fromHtml('支付宝里查医保余额', '<p>第一步当然是弄清楚自己的账户里有没有钱。</p>')).toEqual([]);
    });
});
