/**
 * Procedures as pages the extractors were not written for print them: a prose sentence in a host app with a
 * search term, a counter flow whose office is named in brackets, a kiosk arrow chain, and how-tos about the
 * housing fund, which are no medical-insurance procedures. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText, extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(text: string, title: string): ProcedureDraft[] {
    return extractFromText(title, text, 'https://example.test/p.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const brief = (p: ProcedureDraft) => [p.task, p.channel, p.steps];

describe('procedures on unseen page kinds', () => {
    it('reads a prose sentence in Alipay whose search term names another platform as one Alipay procedure', () => {
        const got = procedures('网上缴费方法：打开支付宝，搜索“某省医保服务平台”，选择“居民医保缴费”，核对金额后支付。', '灵活就业人员怎么缴费');
        expect(got.map(brief)).toEqual([
            ['pay_premium', 'alipay', ['打开支付宝', '搜索“某省医保服务平台”', '选择“居民医保缴费”', '核对金额后支付']],
        ]);
    });

    it('reads a counter flow whose label names its office only in brackets', () => {
        const got = procedures(['窗口办理流程（某县医保服务大厅）：', '1. 取号；', '2. 提交转移接续申请表；', '3. 领取回执。'].join('\n'), '医保关系转移怎么办');
        expect(got.map(brief)).toEqual([['transfer', 'counter', ['取号', '提交转移接续申请表', '领取回执']]]);
    });

    it('reads an arrow chain opened in one channel whose later links name a hospital as a form field', () => {
        const got = procedures('备案办法：打开“某市医保”小程序→点击“异地就医备案”→填写就医城市和就医医院→提交', '异地就医备案怎么办');
        expect(got.map(brief)).toEqual([
            ['offsite_filing', 'wechat', ['打开“某市医保”小程序', '点击“异地就医备案”', '填写就医城市和就医医院', '提交']],
        ]);
    });

    it("tells a bank's teller machine in its branch (bank) from a self-service terminal in the insurance hall (kiosk)", () => {
        const text = [
            '参保人可持社保卡到我行各网点查询医保账户余额：',
            '到网点取号 → 在智慧柜员机上插卡 → 输入密码 → 选择“医保余额”',
            '市医保服务大厅的自助终端可以打印缴费明细：',
            '插入社保卡 → 选择“缴费明细” → 点击“打印”',
        ].join('\n');
        expect(procedures(text, '社保卡业务到银行网点办理').map((p) => [p.task, p.channel, p.steps.length])).toEqual([
            ['query_balance', 'bank', 4],
            ['print_record', 'kiosk', 3],
        ]);
    });

    it('reads no phone procedure from a line offered only for questions', () => {
        const html = '<html><body><h1>某市医保公众号自动回复</h1><p>某市医保局公众号开通关键词回复，以下是常见的两组。</p><ul>' +
            '<li><em>发送：</em>异地备案</li><li><em>回复：</em>打开“某市医保”小程序→点击“异地就医备案”→填写信息→提交</li>' +
            '<li><em>发送：</em>电话</li><li><em>回复：</em>如需咨询，请拨打12345政务服务热线。</li></ul></body></html>';
        const got = extractPage(html, 'https://replies.example/a.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
        expect(got.map((p) => [p.task, p.channel])).toEqual([['offsite_filing', 'wechat']]);
    });

    it('reads an arrow chain at a self-service machine as kiosk steps', () => {
        const got = procedures('查询办法：在社区服务中心的自助机上刷卡→选“账户明细”→打印', '医保个人账户怎么查');
        expect(got.map(brief)).toEqual([['query_balance', 'kiosk', ['在社区服务中心的自助机上刷卡', '选“账户明细”', '打印']]]);
    });

    it('keeps each Markdown list item one step, spaces around its <code> names and all', () => {
        const html = '<html><head><title>医保余额怎么查</title></head><body><article><h1>医保余额怎么查</h1><p>爸妈总问医保卡里还有多少钱，我试过柜台、电话和手机几种办法，还是用微信最方便，步骤如下：</p><ol>' +
            '<li>微信搜索 <code>某省医保</code> 小程序</li><li>用医保电子凭证登录</li><li>点 <code>个人账户</code> 查看余额</li></ol></article></body></html>';
        const got = extractPage(html, 'https://example.test/posts/2025/notes/index.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
        expect(got.map(brief)).toEqual([['query_balance', 'wechat', ['微信搜索 某省医保 小程序', '用医保电子凭证登录', '点 个人账户 查看余额']]]);
    });

    it('takes no housing-fund how-to for a medical-insurance procedure', () => {
        const text = ['1. 登录手机银行，进入“公积金服务”', '2. 选择“提取”，上传证明材料', '3. 审核通过后资金转入本人银行卡'].join('\n');
        expect(procedures(text, '住房公积金怎么提取')).toEqual([]);
        expect(procedures(text.replaceAll('公积金服务', '医保服务'), '医保个人账户余额怎么提取').map((p) => [p.task, p.channel])).toEqual([['withdraw', 'bank']]);
    });

    it('takes the task and the `以X为例` of an `<h2>` over the `<h4>` method headings under it, and no hotline only named', () => {
        const html = '<html><head><title>医保问答</title></head><body><div class="a"><h2>医保余额怎么查(以漳州为例)</h2>' +
            '<p>漳州市退休人员每月的个人账户划入情况可以用下面几种方法查询。</p>' +
            '<h4>方法一:手机银行</h4><p>先登录某银行手机银行,再点击“社保卡服务”,最后选择“医保账户余额”即可查看。</p>' +
            '<h4>方法二:自助终端</h4><p>到社保自助终端插入社保卡,输入密码,点击“个人账户查询”。</p>' +
            '<h4>方法三:电话</h4><p>也可以拨打12333咨询。</p></div></body></html>';
        const got = extractPage(html, 'https://example.test/q.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
        expect(got.map((p) => [p.task, p.channel, p.region])).toEqual([
            ['query_balance', 'bank', '漳州'],
            ['query_balance', 'kiosk', '漳州'],
        ]);
    });

    it('takes the task a news line announces before a colon, and reads `按照新的比例…` as no step', () => {
        const text = ['记者从某市医疗保障局了解到,该市退休人员个人账户划入比例上调为2.5%。', '按照新的比例,当地退休人员每月平均多划入15元左右。',
            '该局提醒,参保人可通过“某市通”APP查看个人账户明细:登录后进入“医保服务”,点击“个人账户”即可。'].join('\n');
        const got = procedures(text, '某市上调退休人员个人账户划入比例');
        expect(got.map((p) => [p.task, p.channel, p.steps.length])).toEqual([['query_balance', 'app', 2]]);
    });

    it('reads no procedure from a site banner naming a channel over a lone `办理流程` line', () => {
        const text = ['某市政务服务网', '事项名称 | 基本医疗保险关系转移接续', '办理流程', '1.申请人到医保经办窗口提交申请材料', '2.窗口受理并审核'].join('\n');
        const got = procedures(text, '医保关系转移接续一次性告知单');
        expect(got.map((p) => [p.task, p.channel])).toEqual([['transfer', 'counter']]);
    });
});

