/**
 * Decisions of the blind24 procedures round: where counted prose steps start (`第一步，…；第②步 …`), a spoken tap before
 * a quoted menu (`戳“…”`), a page's subject stated with its start date between the place and the insured (so a bank's
 * how-to under a later heading is that place's), and a checkbox checklist read whole. Every page and sentence is
 * invented.
 */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../../extractors/body/index.js';
import { extractPage } from '../../../../extractors/index.js';
import { isActionStart } from '../../../../extractors/procedure/parse-steps.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function page(title: string, body: string): string {
    return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

function procedures(html: string): ProcedureDraft[] {
    return extractPage(html, 'https://example.test/p/24.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

describe('prose that counts its steps', () => {
    it.each([
        ['第①步 ', '；第②步 ', '；第③步 '],
        ['第一步，', '；第二步，', '；第三步，'],
    ])('starts a step only at each count (%s…), instructions between counts stay in their step', (first, second, third) => {
        const found = procedures(page('网银导出医保流水', `<h1>网银导出医保流水</h1><p>闲话少说，几步就能导出来，亲测好用，大家不妨收藏备用。</p><h3>怎么导出</h3><p>${first}登录本行网上银行，找到“社保卡业务”专栏${second}点击“医保流水导出”${third}挑选起止日期，按“生成文件”后打印出来。</p>`));
        expect(found.map((p) => [p.task, p.channel])).toEqual([['print_record', 'bank']]);
        expect(found[0]!.steps).toEqual(['登录本行网上银行,找到“社保卡业务”专栏', '点击“医保流水导出”', '挑选起止日期,按“生成文件”后打印出来']);
    });

    it('still starts a step at each instruction when the prose counts none', () => {
        const found = procedures(page('网银导出医保流水', '<h1>网银导出医保流水</h1><p>闲话少说，几步就能导出来，亲测好用，大家不妨收藏备用。</p><h3>怎么导出</h3><p>登录本行网上银行，找到“社保卡业务”专栏，点击“医保流水导出”后打印出来。</p>'));
        expect(found[0]!.steps).toEqual(['登录本行网上银行', '找到“社保卡业务”专栏', '点击“医保流水导出”后打印出来']);
    });
});

describe('a spoken tap before a quoted menu', () => {
    it('reads `戳“…”` as an instruction, as `点“…”` is', () => {
        expect(isActionStart('戳“我的钱包”')).toBe(true);
        expect(isActionStart('先戳“账户收支”')).toBe(true);
    });

    it('does not read `戳` before anything else as one', () => {
        expect(isActionStart('戳穿了那个传言')).toBe(false);
    });

    it('gives a thread reply of such taps its how-to', () => {
        const found = procedures(page('石林这边个账怎么查 - 论坛', '<div class="post"><p>问下石林的个账在哪看得到？</p></div><div class="post"><p>莫慌：打开微信，进“滇医通办”小程序</p><p>先戳“我的钱包”，接到戳“账户收支”</p><p>挑个月份，哪天进的钱一目了然</p></div>'));
        expect(found.map((p) => [p.task, p.channel])).toEqual([['query_balance', 'wechat']]);
    });
});

describe('a subject stated with its start date before the insured', () => {
    const statement = '<h1>对账单样张</h1><p>附注：富民县从2027年3月起，退休职工的账户按月改记九十六元，届时样张的数字随之调整。</p>';
    const steps = '<h3>如何用手机银行导出</h3><p>第①步 登录本行网上银行，找到“社保卡业务”专栏；第②步 点击“医保流水导出”；第③步 挑选起止日期，按“生成文件”后打印出来。</p>';

    it('makes the how-to under a later heading that place’s', () => {
        const found = procedures(page('对账单样张', statement + steps));
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['print_record', 'bank', '富民']]);
    });

    it('gives no place when the page states none', () => {
        const found = procedures(page('对账单样张', '<h1>对账单样张</h1><p>附注：样张只作演示，数字并非真实入账，请以实际对账单为准。</p>' + steps));
        expect(found.map((p) => p.region)).toEqual([null]);
    });
});

describe('a checklist of checkboxes', () => {
    const checklist = (controls: string) => page(
        '禄劝县外出就医清单',
        `<div class="top">禄劝县便民窗口</div><div class="main"><h1>禄劝县外出就医清单</h1><form>` +
            '<fieldset><legend>一、要带的证件</legend><label><input type="checkbox"> 户口簿</label></fieldset>\n' +
            '<fieldset><legend>二、网上备案（微信里办）</legend><label><input type="checkbox"> 打开微信“医保服务”小程序，点“外出备案”</label>' +
            '<label><input type="checkbox"> 填好就诊城市，拍照上传证明</label><label><input type="checkbox"> 等待审核结果，通过后把凭证截屏</label></fieldset>\n' +
            `<fieldset><legend>三、账户情况</legend><label><input type="checkbox"> 本县退休职工账户每月记入九十九元，走前记得查查余额</label></fieldset>${controls}</form></div>`,
    );

    it('is read whole: each group, the short ones too, and its how-to is the county’s', () => {
        const lines = extractBody(cheerio.load(checklist('')), { title: '禄劝县外出就医清单' }).lines.map((l) => l.text).join('\n');
        expect(lines).toContain('本县退休职工账户每月记入九十九元');
        const found = procedures(checklist(''));
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['offsite_filing', 'wechat', '禄劝']]);
        expect(found[0]!.steps).toEqual(['打开微信“医保服务”小程序,点“外出备案”', '填好就诊城市,拍照上传证明', '等待审核结果,通过后把凭证截屏']);
    });

    it('is no checklist once the form sends something: it stays out of the body as any form does', () => {
        const html = page(
            '禄劝县外出就医须知',
            '<div class="main"><h1>禄劝县外出就医须知</h1><p>出远门看病先把手续办妥，办好后到了外地看病可直接刷卡，省得垫钱。</p><p>备案有效期内可多次就医，期满后如仍需外出，重新办理即可。</p>' +
                '<form><label><input type="checkbox"> 本县退休职工账户每月记入九十九元</label><input type="text"><button>提交</button></form></div>',
        );
        const lines = extractBody(cheerio.load(html), { title: '禄劝县外出就医须知' }).lines.map((l) => l.text).join('\n');
        expect(lines).not.toContain('九十九元');
    });
});
