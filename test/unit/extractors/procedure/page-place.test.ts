/**
 * The place a procedure inherits from its page (CLAIMS.md § Regions, § Procedures), read through the whole text
 * path with invented pages: a body sentence that names the place and calls it `我市` states the page's own place,
 * which covers the how-to after it, as does a place the body states as its subject (`柳州市的退休人员…`).
 */
import { describe, expect, it } from 'vitest';
import { extractFromText, extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(title: string, lines: string[]): ProcedureDraft[] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/news/1.html').claims.filter(
        (c): c is ProcedureDraft => c.kind === 'procedure',
    );
}

const STEPS = '参保人可登录“掌上医保”APP,点击“转移接续”,填写转出地信息并上传身份证照片后提交,办理进度可在线查看。';

describe('a procedure on a page that states its own place', () => {
    it('takes the place an issuer names and calls 我市', () => {
        const found = procedures('医保关系转移要等多久?医保局回应', [
            '柳州市医疗保障局表示,我市医保关系转移接续业务自受理之日起15日内办结。',
            STEPS,
        ]);
        expect(found.map((p) => [p.task, p.channel, p.region, p.province])).toEqual([['transfer', 'app', '柳州', '广西']]);
    });

    it('takes the place the body states as its subject by naming it', () => {
        const found = procedures('医保关系转移要等多久?', ['柳州市的退休人员个人账户按月划入,每人每月八十元。', STEPS]);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['transfer', 'app', '柳州']]);
    });

    it('reads a subject stated after a clause of purpose and before the year a rule starts', () => {
        const found = procedures('关于做好参保缴费工作的提示', [
            '为方便群众办事,柳州市2027年度城乡居民医保集中缴费即将开始,个人缴费标准另行公布。',
            '微信缴费:打开微信→搜索“医保缴费”小程序→点击“居民缴费”→确认金额并支付。',
        ]);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['pay_premium', 'wechat', '柳州']]);
    });

    it('reads a subject stated before a relative year (`明年`, `今年`) as before a numbered one', () => {
        const found = procedures('职工医保小提示', ['梧州市明年退休职工个账按季度定额拨入,具体金额待公布。', STEPS]);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['transfer', 'app', '梧州']]);
    });

    it('stays without a place when a relative year follows a place that states no insured or rule', () => {
        const found = procedures('职工医保小提示', ['梧州市明年将再建两座体育馆。', STEPS]);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['transfer', 'app', null]]);
    });

    it('stays without a place when the subject sentence is one numbered point among others', () => {
        const found = procedures('医保关系转移要等多久?', ['一、柳州市的退休人员个人账户按月划入,每人每月八十元。', '二、转移办理方式如下。', STEPS]);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['transfer', 'app', null]]);
    });

    it('gives the page place its 全省 refers to to the rows of a table of channels', () => {
        const found = procedures('关于优化异地就医备案服务的通知', [
            '各市医疗保障局:',
            '自下月起,全省异地就医备案实行承诺制,参保人员可通过以下渠道办理:',
            '渠道 | 办理方式',
            '线下 | 携带医保卡到参保地医保经办机构窗口 → 填写备案表 → 当场办结',
            '浙江省医疗保障局',
        ]);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['offsite_filing', 'counter', '浙江']]);
    });

    it('takes the place of an `X篇` section heading on a page comparing places', () => {
        const html = `<html><head><title>三地医保个人账户新规一览</title></head><body><article>
            <h1>三地医保个人账户新规一览</h1>
            <h2>柳州篇</h2><p>柳州市退休人员个人账户每月划入八十元。</p>
            <h2>桂林篇</h2><p>查询到账记录可以到医保服务大厅的自助查询机上操作:插入社保卡,输入密码,选择“个人账户明细”即可查看。</p>
            </article></body></html>`;
        const found = extractPage(html, 'https://example.test/news/2.html').claims.filter(
            (c): c is ProcedureDraft => c.kind === 'procedure',
        );
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['query_balance', 'kiosk', '桂林']]);
    });

    it('takes the task from the lead sentence of an answer and the place its 问 | 答 table calls 我市', () => {
        const html = `<html><head><title>参保问答 柳州市医疗保障局</title></head><body><div class="c"><h1>参保问答</h1><table>
            <tr><td>问</td><td>个人账户每月划入多少?</td></tr>
            <tr><td>答</td><td>我市退休人员个人账户每人每月划入88元。</td></tr>
            <tr><td>问</td><td>个人账户能给爱人用吗?</td></tr>
            <tr><td>答</td><td>可以开通家庭共济。打开“某某医保”APP,搜索“共济”,填写配偶姓名和身份证号后提交。</td></tr>
            </table></div></body></html>`;
        const found = extractPage(html, 'https://example.test/qa/3.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['family_sharing', 'app', '柳州']]);
    });

    it('takes the place a post states as `X这边` for the steps a reply gives', () => {
        const found = procedures('退休了医保卡每月进多少?', [
            '柳州这边退休人员个人账户每月划入八十元,每月中旬到账。',
            '那怎么查到没到账呢?',
            '回复 楼主:打电话12345,按语音提示选医保业务,再输入卡号和密码,就能听到账户余额。',
        ]);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['query_balance', 'phone', '柳州']]);
    });
});

describe('a procedure on a page about one place (the title names it and the page shows it is that place\'s own)', () => {
    const COUNTER_STEPS = ['参保人员到窗口办理转入的,按以下顺序办理:', '(一)向转入地经办窗口提交参保凭证;', '(二)填写转移申请表;', '(三)领取受理回执。'];

    it('takes the place of a rule whose name opens with it, named nowhere near the steps', () => {
        const found = procedures('柳州市医疗保险关系转移接续经办细则', ['第一条 为规范柳州市医保关系转移,制定本细则。', ...COUNTER_STEPS]);
        expect(found.map((p) => [p.task, p.channel, p.region, p.province])).toEqual([['transfer', 'counter', '柳州', '广西']]);
    });

    it('takes the place of a county-level city whose people use the prefecture\'s mini-program', () => {
        const found = procedures('义乌医保家庭共济怎么开通?一文看懂', [
            '家庭共济开通后,子女看病也能用父母账户里的钱。',
            '开通步骤:',
            '1. 微信搜索“金华医保”小程序并登录;',
            '2. 进入“家庭共济”,点击“添加成员”;',
            '3. 填写家人姓名和身份证号后提交。',
        ]);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['family_sharing', 'wechat', '义乌']]);
    });

    it('takes the place of the office issuing the page when its answers say 我市', () => {
        const found = procedures('柳州市医疗保障局常见问题解答', [
            '问:怎么查个人账户余额?',
            '答:可拨打我市医保服务热线,按语音提示选择“账户查询”,再输入卡号和密码即可听取余额。',
        ]);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['query_balance', 'phone', '柳州']]);
    });

    it('stays without a place when the title\'s place is only echoed in headings over text the same for every place', () => {
        const found = procedures('柳州退休人员医保卡每月返多少钱?', [
            '一、柳州如何查询医保卡余额?',
            '电话查询医保余额:',
            '拨打医保服务热线→按语音提示输入社会保障号码→收听余额播报。',
        ]);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['query_balance', 'phone', null]]);
    });

    it('stays without a place when the body names another place besides the title\'s', () => {
        const found = procedures('柳州市医疗保险关系转移接续经办细则', ['第一条 柳州市与桂林市之间转移的,按本细则办理。', ...COUNTER_STEPS]);
        expect(found.map((p) => [p.task, p.channel, p.region])).toEqual([['transfer', 'counter', null]]);
    });
});
