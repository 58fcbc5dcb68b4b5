/**
 * The place a whole page is about, read from an invented bureau page: the publisher in `<title>` names the city the
 * body calls 本市, and that statement carries over to answers that do not repeat it.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';

const BUREAU_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<title>个人账户政策问答_许昌市医疗保障局</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zcwd/">政策问答</a></div>
<div class="article"><h1>个人账户政策问答</h1>
<h4>一、退休人员个人账户每月划入多少?</h4>
<p>答:本市退休人员个人账户按月定额划入,70周岁以下每人每月88元,70周岁及以上每人每月98元。</p>
<h4>二、在职职工个人账户怎么计入?</h4>
<p>答:在职职工个人账户按本人参保缴费基数的2%计入,单位缴费全部计入统筹基金。</p>
<h4>三、个人账户余额可以取出来吗?</h4>
<p>答:个人账户资金原则上不能提取现金,可用于支付本人及家属的医疗费用。</p>
<h4>四、怎么查询个人账户余额?</h4>
<p>答:下载“河南医保”APP,注册登录后点击“个人账户”,再选择“账户明细”,即可查看余额。</p>
</div><div class="footer">主办单位:许昌市医疗保障局</div></body></html>`;

describe("the page's place", () => {
    it('comes from the publisher <title> names when the body says 本市, and holds for the whole page', () => {
        const page = extractPage(BUREAU_PAGE, 'https://bureau.example/zcwd/1.html');
        const figures = page.claims.filter((claim) => claim.kind === 'figure');
        expect(figures.map((c) => [c.metric, c.region, c.value])).toEqual([
            ['retiree_account_credit', '许昌', 88],
            ['retiree_account_credit', '许昌', 98],
            ['employee_credit_rate', '许昌', 2],
        ]);
        expect(figures[0]!.confidenceCues).toEqual(['region-from-local-reference']);
        expect(figures[2]!.confidenceCues).toEqual(['region-from-subject']);
    });

    it('is the place of a how-to the page gives, not the province its app is named after', () => {
        const page = extractPage(BUREAU_PAGE, 'https://bureau.example/zcwd/1.html');
        const procedures = page.claims.filter((claim) => claim.kind === 'procedure');
        expect(procedures.map((c) => [c.task, c.channel, c.region])).toEqual([['query_balance', 'app', '许昌']]);
        expect(procedures[0]!.confidenceCues).toContain('region-inherited');
    });

    it('is not taken from a publisher that names no single place', () => {
        const page = extractPage(BUREAU_PAGE.replaceAll('许昌市医疗保障局', '医保知识网'), 'https://farm.example/a/1.html');
        expect(page.claims.filter((claim) => claim.kind === 'figure').map((c) => c.region)).toEqual([null, null, null]);
    });

    it('comes from the issuer the byline or introduction names when the body says 我省, not from a banner or footer', () => {
        const page = (byline: string) => `<!doctype html><html><head><meta charset="utf-8"><title>个人账户新政解读</title></head>
<body><div class="top"><img alt="丙省医疗保障局" src="/logo.png"> <a href="/">首页</a></div>
<div class="box"><div class="bt">个人账户新政解读</div><div class="info">${byline}</div>
<p>为减轻参保人员负担,我省自2027年1月起调整职工医保个人账户计入办法。主要内容如下:</p>
<p>第一条 退休人员个人账户每人每月划入92元。</p>
<p>第二条 在职职工个人账户按本人缴费基数的2%计入。</p></div>
<div class="bottom">版权所有:甘肃省医疗保障局</div></body></html>`;
        const regions = (html: string) => extractPage(html, 'https://bureau.example/zcjd/2.html').claims.map((c) => c.region);
        expect(regions(page('发布机构:甘肃省医疗保障局 浏览次数:12'))).toEqual(['甘肃', '甘肃']);
        expect(regions(page('2027-01-05 甘肃省医疗保障局'))).toEqual(['甘肃', '甘肃']);
        expect(regions(page('今天我们请来甘肃省医疗保障局的负责人解读新政。'))).toEqual(['甘肃', '甘肃']);
        expect(regions(page('浏览次数:12'))).toEqual([null, null]);
    });

    it('comes from the publisher a byline names in any of its shapes when the body says 本市', () => {
        const page = (byline: string) => `<!doctype html><html><head><meta charset="utf-8"><title>温馨提示</title></head>
<body><div class="box"><h1>温馨提示</h1><div class="info">${byline}</div>
<p>各位参保朋友:</p><p>本市退休人员个人账户每人每月划入86元。</p>
<p>本市在职职工个人账户按本人缴费基数的2%计入,请相互转告。</p></div></body></html>`;
        const regions = (html: string) => extractPage(html, 'https://account.example/s/1.html').claims.map((c) => c.region);
        expect(regions(page('2027-01-05 · 钦州医保'))).toEqual(['钦州', '钦州']);
        expect(regions(page('来源:钦州医保 2027-01-05'))).toEqual(['钦州', '钦州']);
        expect(regions(page('发布单位:钦州市第一人民医院'))).toEqual(['钦州', '钦州']);
        expect(regions(page('钦州市人民医院 医务科 发布'))).toEqual(['钦州', '钦州']);
        // a byline naming no place gives the page none
        expect(regions(page('2027-01-05 · 医保小助手'))).toEqual([null, null]);
        expect(regions(page('2027-01-05 阅读 1203'))).toEqual([null, null]);
    });

    it('reads 市医疗保障局 with no place before it as the page\'s own bureau', () => {
        const html = `<!doctype html><html><head><meta charset="utf-8"><title>新政解读</title></head><body>
<div class="head"><h1>新政解读</h1><div class="info">发布机构:柳州市医疗保障局 浏览次数:12</div></div>
<div class="box"><p>近日,市医疗保障局印发个人账户管理办法,现将要点解读如下。</p>
<p>一、退休人员个人账户每人每月划入92元。</p><p>二、在职职工个人账户按本人缴费基数的2%计入。</p></div></body></html>`;
        const regions = extractPage(html, 'https://bureau.example/zcjd/3.html').claims.map((c) => c.region);
        expect(regions).toEqual(['柳州', '柳州']);
    });
});


describe('a reply signed by a bureau', () => {
    const REPLY_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>医保转到外地要多久</title></head><body>
<div class="top">沧州市民留言板</div><div class="post"><h1>医保转到外地要多久</h1>
<dl><dt>留言时间</dt><dd>2025-03-01</dd><dt>答复单位</dt><dd>沧州市医疗保障局</dd></dl>
<div class="q"><b>留言内容：</b>我在沧州参保六年，要调去外省了，医保怎么转？要等多久？</div>
<div class="a"><b>答复内容：</b><p>您好，来信收悉。现答复如下：</p>
<p>一、办结时间。转出申请受理后，我局将在6个工作日内办结转出手续。按照国家规定，整个转移手续办理时限不超过15个工作日。</p>
<p>二、办理渠道。我市参保人员可在国家医保服务平台APP提交转出申请。</p></div></div></body></html>`;

    it("gives the replying bureau's place to what 我局 says it does", () => {
        const figures = extractPage(REPLY_PAGE, 'https://letters.example/r/1.html').claims.filter((c) => 'value' in c);
        expect(figures.map((c) => [c.metric, c.region, 'value' in c ? c.value : null])).toEqual([['transfer_days', '沧州', 6], ['transfer_days', null, 15]]);
    });
});
