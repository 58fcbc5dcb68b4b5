/**
 * How the procedure reader decides (docs/claims.md § Procedures), read through the whole text path with invented
 * pages of ordinary kinds: a procedure's task comes from its own question, nearest first; its channel from the
 * step that opens it; prose answers of one or two sentences with two actions are procedures.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(title: string, lines: string[]): ProcedureDraft[] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/qa/1.html').claims.filter(
        (c): c is ProcedureDraft => c.kind === 'procedure',
    );
}

const summary = (found: ProcedureDraft[]) => found.map((p) => [p.task, p.channel]);

describe('the task of an answer comes from its own question', () => {
    it('reads each answer of a page of five questions, two of them how-tos, under its own question', () => {
        const found = procedures('医保个人账户常见问答', [
            '问:个人账户每月划入多少?',
            '答:按规定每月定额划入,具体标准以通知为准。',
            '问:个人账户的钱能取现吗?',
            '答:只有出国定居或身故的,余额才可以一次性支取。',
            '问:不方便出门,怎么查余额?',
            '答:可拨打医保服务热线,按语音提示选择“账户查询”,再输入卡号和密码即可听到余额。',
            '问:个人账户可以给家人用吗?',
            '答:可以,需先开通家庭共济。',
            '问:怎么打印参保证明?',
            '答:登录医保服务网站,进入“参保证明”,点击“打印”即可。',
        ]);
        expect(summary(found)).toEqual([
            ['query_balance', 'phone'],
            ['print_record', 'website'],
        ]);
    });

    it('reads a question printed with its 问 as a label the same way', () => {
        const found = procedures('参保答疑', [
            '问:医保关系转出去要多久?',
            '答:一般在十五个工作日内办结。',
            '问:不会用手机,怎么查余额?',
            '答:可拨打医保服务热线,按提示输入社保卡号和密码,即可听取余额。',
        ]);
        expect(summary(found)).toEqual([['query_balance', 'phone']]);
    });

    it('keeps the task of a question whose answer is steps in a list', () => {
        const found = procedures('常见问题', [
            '1. 医保卡的钱能不能取出来?',
            '不能,只能用于看病买药。',
            '2. 异地就医怎么备案?',
            '① 打开“国家医保服务平台”APP;',
            '② 点击“异地备案”;',
            '③ 填写就医地和备案类型后提交。',
        ]);
        expect(summary(found)).toEqual([['offsite_filing', 'app']]);
    });
});

describe('the channel of steps comes from the step that opens them', () => {
    it('reads a public-account post whose later steps pick a menu named like an app', () => {
        const found = procedures('怎么查医保个人账户?', [
            '查询步骤:',
            '第一步:关注“某某医保”公众号;',
            '第二步:点击底部菜单“掌上办”-“个账查询”;',
            '第三步:输入身份证号和验证码即可查看余额。',
        ]);
        expect(summary(found)).toEqual([['query_balance', 'wechat']]);
    });

    it('keeps a mini-program as the channel when a step selects a menu called an 通 or 办', () => {
        const found = procedures('家庭共济怎么绑定', [
            '绑定方法:',
            '1. 微信搜索“某某医保”小程序并登录;',
            '2. 选择“一网通办”,进入“家庭共济”;',
            '3. 填写家人姓名和身份证号后提交。',
        ]);
        expect(summary(found)).toEqual([['family_sharing', 'wechat']]);
    });

    it('still splits two how-tos when the next step opens another way of its own', () => {
        const found = procedures('医保余额怎么查', [
            '查询方法:',
            '1. 关注“某某医保”公众号,点击“个账查询”即可查看余额;',
            '2. 拨打医保服务热线,按语音提示输入卡号和密码收听余额。',
        ]);
        expect(summary(found)).toEqual([
            ['query_balance', 'wechat'],
            ['query_balance', 'phone'],
        ]);
    });
});

describe('a prose answer of one or two sentences with two actions is a procedure of the way its opening sentence names', () => {
    it('reads a forum reply naming the bank app it used before a colon, past a way the writer cannot use', () => {
        const found = procedures('退休了怎么查医保卡到账?', [
            '我不会用微信,我是在某某银行APP上查的:登录后点“社保”,选“医保账户”,输入身份证号就能看到每月进账明细。',
        ]);
        expect(summary(found)).toEqual([['query_balance', 'bank']]);
    });

    it('reads an answer whose terminal stands in a hall named before the instructions', () => {
        const found = procedures('医保问答', [
            '问:想查个人账户余额,怎么弄最方便?',
            '答:各医保服务大厅都有自助终端,插入社保卡,点“个人账户查询”,再输入密码即可查看余额。',
        ]);
        expect(summary(found)).toEqual([['query_balance', 'kiosk']]);
    });

    it('reads a bank FAQ answer whose first instruction names the branch', () => {
        const found = procedures('社保卡常见问题', [
            '问:社保卡里的医保余额怎么查?',
            '答:持社保卡到本行任一网点,在柜台告知查询医保余额,柜员打印明细后交给您。',
        ]);
        expect(summary(found)).toEqual([['query_balance', 'bank']]);
    });

    it('reads steps whose first names who does it after 由 (`先由本人或其家属…`)', () => {
        const found = procedures('个人账户余额能取吗', [
            '问:个人账户余额能取出来吗?',
            '答:出国定居的可以一次性支取。办理时,先由本人或其家属携带护照到医保经办窗口申请,再填写支取申请表,审核后余额转入本人银行卡。',
        ]);
        expect(found.map((p) => [p.task, p.channel, p.steps])).toEqual([
            ['withdraw', 'counter', ['携带护照到医保经办窗口申请', '填写支取申请表,审核后余额转入本人银行卡']],
        ]);
    });

    it('reads a doer named after 由 in a numbered step the same way', () => {
        const found = procedures('转移接续办理流程', [
            '窗口办理流程:',
            '1. 由参保人员向转入地经办窗口提交参保凭证;',
            '2. 由经办人员审核后出具回执。',
        ]);
        expect(found.map((p) => [p.task, p.channel, p.steps[0]])).toEqual([['transfer', 'counter', '向转入地经办窗口提交参保凭证']]);
    });

    it('gives nothing for a channel merely named', () => {
        const found = procedures('医保余额查询', ['医保余额也可以用支付宝查,很方便。', '不会用手机的老人可以让子女帮忙。']);
        expect(found).toEqual([]);
    });

    it('gives nothing for tips that name a channel but instruct no steps', () => {
        const found = procedures('用医保卡的几点提醒', [
            '微信上的医保电子凭证和实体卡一样能用。',
            '自助终端一般放在服务大厅门口,工作日都开放。',
            '密码忘了不要紧,柜台可以重置。',
        ]);
        expect(found).toEqual([]);
    });

    it('gives nothing for an opening sentence that offers two ways without steps of either', () => {
        const found = procedures('余额怎么查', ['可以到服务大厅的自助终端或者去窗口查询。']);
        expect(found).toEqual([]);
    });
});

describe('a last clause offering another way after the steps', () => {
    it('reads the steps before `或者到窗口…` as the how-to of their own way', () => {
        const found = procedures('医保问答', ['问:余额怎么查?', '答:可以拨打医保热线,按提示输入卡号查询,或者到窗口查询。']);
        expect(found.map((p) => [p.task, p.channel, p.steps])).toEqual([['query_balance', 'phone', ['拨打医保热线', '按提示输入卡号查询']]]);
    });

    it('reads the steps before `也可以通过…` the same way', () => {
        const found = procedures('医保问答', ['问:家庭共济怎么开通?', '答:打开“某某医保”APP,点击“家庭共济”后添加家人,也可以通过微信小程序办理。']);
        expect(found.map((p) => [p.task, p.channel])).toEqual([['family_sharing', 'app']]);
    });

    it('gives nothing for one instruction offering two ways', () => {
        const found = procedures('医保问答', ['问:余额怎么查?', '答:可以拨打医保热线查询,或者到窗口查询。']);
        expect(found).toEqual([]);
    });
});
