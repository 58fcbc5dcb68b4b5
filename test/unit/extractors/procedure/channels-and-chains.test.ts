/**
 * Procedures as messages, answers and notices print them: a bank's own app, forms sent by post, a hyphen chain of
 * menu steps, and a message whose first clause says what the steps are for. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import { channelsIn } from '../../../../extractors/procedure/cues.js';
import { arrowLinks } from '../../../../extractors/procedure/parse-steps.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(text: string, title: string): ProcedureDraft[] {
    return extractFromText(title, text, 'https://example.test/p.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const brief = (p: ProcedureDraft) => [p.task, p.channel];

describe('channels', () => {
    it("reads a bank's own app as the bank, unless another app is named beside it", () => {
        expect(channelsIn('打开建设银行APP,搜索“医保”')).toEqual(['bank']);
        expect(channelsIn('打开农行App或国家医保服务平台APP')).toEqual(['bank', 'app']);
    });

    it('reads forms sent by post to the office as its counter', () => {
        expect(channelsIn('将申请表邮寄至市医疗保障服务中心')).toEqual(['counter']);
        expect(channelsIn('开通邮寄办理服务')).toEqual(['counter']);
        expect(channelsIn('社保卡制好后邮寄到家')).toEqual([]);
    });
});

describe('a hyphen chain of menu steps', () => {
    it('splits into steps when its first links are instructions', () => {
        expect(arrowLinks('打开微信-搜索“某市医保”-点进个人中心-看明细')).toEqual(['打开微信', '搜索“某市医保”', '点进个人中心', '看明细']);
    });

    it('is no chain inside a phone number or between words that are no instructions', () => {
        expect(arrowLinks('咨询电话:0571-8888-1234')).toBeNull();
        expect(arrowLinks('职工-居民-灵活就业人员')).toBeNull();
    });

    it('gives a procedure in the answer to a follow-up question', () => {
        const text = ['追问:每个月到账没有,在哪里能查到?', '回答:微信就能查。打开微信-搜索“某市医保”-点进个人账户-看余额。'].join('\n');
        const got = procedures(text, '退休后医保卡每月返多少钱');
        expect(got.map(brief)).toEqual([['query_balance', 'wechat']]);
    });
});

describe('a message whose first clause says what its steps are for', () => {
    it('names the task although the page title does not', () => {
        const got = procedures('【某市医保】小贴士:查看个人账户余额,请拨打12393,根据语音提示按3号键,再输入卡号。', '医保短信汇总');
        expect(got.map(brief)).toEqual([['query_balance', 'phone']]);
    });
});

describe('the place of a lead-in over steps', () => {
    it('is the place of the steps under it, though a step names where the insured is going', () => {
        const text = [
            '湖州参保人出发前可在“某某通”APP上申请异地就医备案：',
            '1. 登录“某某通”APP，找到“医保服务”；',
            '2. 选择“异地备案”，填写居住地址；',
            '3. 就医省份选海南，上传居住证明后提交。',
        ].join('\n');
        const got = procedures(text, '老人去南方过冬，医保卡怎么用');
        expect(got.map((p) => [p.task, p.channel, p.region])).toEqual([['offsite_filing', 'app', '湖州']]);
    });
});

describe('a step offering two ways of doing it', () => {
    it('commits the steps to neither: the later steps say which way the how-to is', () => {
        const text = [
            '行动不便的村民，可以请村里的代办员上门帮忙，办法如下：',
            '第一步，拨打代办员电话或到村委会报名；',
            '第二步，代办员核对村民身份信息；',
            '第三步，代办员在镇政务服务中心的缴费窗口统一代缴。',
        ].join('\n');
        const got = procedures(text, '居民医保缴费找代办员');
        expect(got.map(brief)).toEqual([['pay_premium', 'counter']]);
    });
});
