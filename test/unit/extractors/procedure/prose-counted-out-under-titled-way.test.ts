/**
 * Prose counting out its steps (`先…;然后…;最后…`) whose sentences name no way, on a page whose title names one way,
 * is that way's how-to, as a list of instructions there is. Two steps, a title naming two ways or none, and a
 * paragraph that counts nothing out give none.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';

function procedures(title: string, lines: string[]) {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/life/7.html')
        .claims.filter((c) => c.kind === 'procedure')
        .map((p) => [p.task, p.channel, p.region]);
}

const LEAD = '很多长辈想知道自己的个账还剩多少,动动手指就能查到。';

describe('prose steps under a title naming one way', () => {
    it('reads 先…;然后…;最后… as the title app’s balance query', () => {
        const found = procedures('在“某某医保”App里查个账余额,简单几步', [
            LEAD,
            '先下载安装并登录,做一下人脸认证;然后在首页找到“我的账户”;最后点开年度明细,就能看到每一笔进账。',
        ]);
        expect(found).toEqual([['query_balance', 'app', null]]);
    });

    it('reads 首先…接着…最后… with commas as the title’s WeChat steps', () => {
        const found = procedures('教你在微信里开通家庭共济', [
            '首先把本人身份核验一遍,接着把亲属姓名和证件号码填进去,最后等对方确认就行。',
        ]);
        expect(found.map((p) => p.slice(0, 2))).toEqual([['family_sharing', 'wechat']]);
    });

    it('reads 先…再…随后… as the title’s Alipay steps', () => {
        const found = procedures('支付宝上怎么办异地就医备案', ['先完成实名登录,再填好参保地和就医地,随后提交等待审核。']);
        expect(found.map((p) => p.slice(0, 2))).toEqual([['offsite_filing', 'alipay']]);
    });

    it('gives none for only two counted steps', () => {
        expect(procedures('在“某某医保”App里查个账余额', [LEAD, '先下载安装并登录;然后看首页余额一栏。'])).toEqual([]);
    });

    it('gives none when the title names two ways', () => {
        expect(
            procedures('在App或者支付宝里查个账余额', [LEAD, '先下载安装并登录;然后在首页找到“我的账户”;最后点开年度明细就能看到。']),
        ).toEqual([]);
    });

    it('gives none when the title names no way', () => {
        expect(procedures('个账余额怎么查', [LEAD, '先下载安装并登录;然后在首页找到“我的账户”;最后点开年度明细就能看到。'])).toEqual([]);
    });

    it('gives none for sequence words over clauses that instruct nothing', () => {
        expect(procedures('在“某某医保”App里查个账余额', [LEAD, '先别着急,然后看看情况,最后再说。'])).toEqual([]);
    });

    it('gives none for a paragraph that counts nothing out', () => {
        expect(procedures('在“某某医保”App里查个账余额', [LEAD, '下载安装后登录,首页就有余额,明细也能看到。'])).toEqual([]);
    });
});
