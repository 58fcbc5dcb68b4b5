/**
 * Where a procedure's way is named when it is not named by the steps themselves: a heading naming one way only in a
 * bracket, a terminal standing in a bank's branch, an app a phone has installed under its name, a letter's salutation
 * and the lead quoting it. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText, extractPage } from '../../../../extractors/index.js';
import { channelsIn } from '../../../../extractors/procedure/cues.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

const brief = (p: ProcedureDraft) => [p.task, p.channel];

function proceduresOf(claims: readonly { kind: string }[]): ProcedureDraft[] {
    return claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

function fromText(text: string, title: string): ProcedureDraft[] {
    return proceduresOf(extractFromText(title, text, 'https://example.test/p.html').claims);
}

function fromHtml(body: string, title: string): ProcedureDraft[] {
    const html = `<html><head><title>${title}</title></head><body><div class="art">${body}</div></body></html>`;
    return proceduresOf(extractPage(html, 'https://example.test/p.html').claims);
}

describe('a way named only in a bracket', () => {
    it('reads a bracket holding nothing but a channel name as the way of a line naming none outside it', () => {
        expect(channelsIn('在手机上帮子女办（“某某通”APP）')).toEqual(['app']);
        expect(channelsIn('给亲属开通（某某医保公众号）')).toEqual(['wechat']);
    });

    it('keeps a bracket saying more than a name an aside, and lets the line outside speak when it names a way', () => {
        expect(channelsIn('查看个人明细（也可以用某某APP）')).toEqual([]);
        expect(channelsIn('查看个人明细（如某某市）')).toEqual([]);
        expect(channelsIn('到经办窗口登记（某某APP暂未开通）')).toEqual(['counter']);
    });

    it('opens a numbered list under a heading naming its way in a bracket as that way\'s steps, its first row too', () => {
        const body = [
            '<p>账上这笔钱，家里人也能用。</p><h3>家里人一起用（“某某通”APP）</h3>',
            '<p>❶ 进首页选“亲情账户”</p><p>❷ 点“新增成员”，填好对方证件号码</p><p>❸ 对方收到提醒后点“确认”</p>',
        ].join('');
        const got = fromHtml(body, '小册子');
        expect(got.map(brief)).toEqual([['family_sharing', 'app']]);
        expect(got[0]!.steps[0]).toBe('进首页选“亲情账户”');
    });

    it('leaves a numbered list under a heading naming no way to its rows', () => {
        const body = '<p>账上这笔钱，家里人也能用。</p><h3>家里人一起用</h3><p>❶ 进首页选“亲情账户”</p><p>❷ 点“新增成员”，填好对方证件号码</p>';
        expect(fromHtml(body, '小册子')).toEqual([]);
    });
});

describe('a terminal standing in a bank branch', () => {
    it('reads a self-service terminal in a branch as the kiosk, the branch only where it stands', () => {
        const got = fromText('可以去附近银行营业厅的自助服务终端，插卡后输入密码，选“医保余额”即可看到。', '个账余额去哪看');
        expect(got.map(brief)).toEqual([['query_balance', 'kiosk']]);
    });

    it("keeps the bank's own teller machine the bank", () => {
        const got = fromText('可以去附近银行营业厅的智能柜员机，插卡后输入密码，选“医保余额”即可看到。', '个账余额去哪看');
        expect(got.map(brief)).toEqual([['query_balance', 'bank']]);
    });
});

describe('an app installed under its name', () => {
    it('reads what a phone has installed under a quoted name as an app', () => {
        expect(channelsIn('女儿给我手机安装了“某某通”')).toEqual(['app']);
    });

    it('reads no app in a form or file being downloaded', () => {
        expect(channelsIn('登录后下载“参保情况说明”')).toEqual([]);
    });
});

describe('a letter telling of a visit and the lead quoting it', () => {
    const letter = [
        '本月初，区医保服务中心收到居民钱阿姨寄来的一封信。信里写道：',
        '“尊敬的区医保局各位同志：前些日子去服务大厅问余额的事，大厅的小周帮我在手机上装了“某某通”，教我先点“我的”，再点“账户余额”，然后点“按月明细”。”',
    ].join('\n');

    it('reads the steps taught after a visit in the way used there, not the office written to or visited', () => {
        expect(fromText(letter, '一封居民来信').map(brief)).toEqual([['query_balance', 'app']]);
    });

    it('keeps ways named as alternatives before the steps committing them to none', () => {
        const text = '平时在大厅窗口和手机上装的“某某通”里都能查，先点“我的”，再点“账户余额”，然后点“按月明细”。';
        expect(fromText(text, '余额怎么查').map(brief)).not.toContainEqual(['query_balance', 'app']);
    });

    it('keeps a label naming a counter the way of the steps under it', () => {
        const text = ['窗口办理：', '1. 带好证件去区医保局大厅取号', '2. 填写余额查询申请', '3. 工作人员打印明细'].join('\n');
        expect(fromText(text, '余额怎么查').map(brief)).toEqual([['query_balance', 'counter']]);
    });
});
