/**
 * The page's place counts wherever the page states it: after the figures (a closing line, a table's note, a byline),
 * in a later clause of a sentence, in a breadcrumb printed as text, as a speaker's own town. Pages naming several
 * places, and title cities the body never names, still give no place. All pages and figures are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';

/** A closing paragraph that states nothing, so that short pages still read as articles. */
const USE_NOTE = '<p>个人账户资金可用于支付本人在定点医药机构发生的政策范围内自付费用，也可用于家庭共济，请参保人员合理使用。</p>';

function page(title: string, body: string, head = ''): string {
    return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${head}
<div class="article"><h1>${title}</h1><div class="text">${body}${USE_NOTE}</div></div></body></html>`;
}

function figures(html: string): [string, string | null, number][] {
    return extractPage(html, 'https://site.example/a/1.html')
        .claims.filter((c) => c.kind === 'figure')
        .map((c) => [c.metric, c.region, c.value] as [string, string | null, number]);
}

function procedures(html: string): [string, string, string | null][] {
    return extractPage(html, 'https://site.example/a/1.html')
        .claims.filter((c) => c.kind === 'procedure')
        .map((c) => [c.task, c.channel, c.region] as [string, string, string | null]);
}

const BRACKETS = '<p>七十岁以下：每人每月83元</p><p>七十岁及以上：每人每月93元</p>';

describe('a closing line naming the place of what precedes it', () => {
    it('gives the figures above it that place, however it points back', () => {
        for (const closing of ['以上为德州市现行标准，自今年起执行。', '——以上口径为德州市医保部门本年度执行口径。', '上述标准适用于德州市职工医保参保人员。']) {
            const regions = figures(page('退休人员个账划入标准一览', BRACKETS + `<p>${closing}</p>`)).map(([, region]) => region);
            expect(regions, closing).toEqual(['德州', '德州']);
        }
    });

    it('gives none when it names two places, or none at all', () => {
        const two = figures(page('退休人员个账划入标准一览', BRACKETS + '<p>以上为德州市、聊城市现行标准。</p>'));
        expect(two.map(([, region]) => region)).toEqual([null, null]);
        const none = figures(page('退休人员个账划入标准一览', BRACKETS + '<p>以上信息整理自网络，如有变动以官方为准。</p>'));
        expect(none.map(([, region]) => region)).toEqual([null, null]);
    });

    it('gives a table its place and its unit from the note under it', () => {
        const table = '<table><tr><td>年龄段</td><td>划入金额</td></tr><tr><td>70周岁以下</td><td>1032</td></tr><tr><td>70周岁及以上</td><td>1152</td></tr></table>';
        const html = page('退休人员个人账户划入标准', `${table}<p>注：金额单位为元/年，按月平均划入。以上为聊城市标准。</p>`);
        const claims = extractPage(html, 'https://site.example/a/2.html').claims.filter((c) => c.kind === 'figure');
        expect(claims.map((c) => [c.region, c.value, c.kind === 'figure' ? c.monthly : null])).toEqual([
            ['聊城', 1032, 86],
            ['聊城', 1152, 96],
        ]);
    });
});

describe('我市 on a page whose place is stated only after it', () => {
    it('is the place of the bureau a closing byline names', () => {
        const body = '<p>我市退休人员个人账户今年起每人每月划入八十六元。</p><p>异地转入我市的，余额在转移完成后十二个工作日内到账。</p>';
        for (const byline of ['（德州市医疗保障事业服务中心 供稿）', '（德州市社会保险事业管理中心 供稿）']) {
            expect(figures(page('今年起个人账户统一划入标准', `${body}<p>${byline}</p>`)).map(([, region]) => region), byline).toEqual(['德州', '德州']);
        }
        expect(figures(page('今年起个人账户统一划入标准', body)).map(([, region]) => region)).toEqual([null, null]);
    });

    it('is the place of the government a breadcrumb printed as text passes through', () => {
        const crumb = '<div class="crumb">首页 &gt; 江山市人民政府 &gt; 政策解读</div>';
        const body = '<p>本市退休人员每人每月定额划入八十四元。</p><p>本市参保人办理个人账户转移的，可登录浙江医保公共服务网站，进入“关系转移”模块，填写转出地信息，提交后等待审核。</p>';
        const html = page('个人账户政策问答', body, crumb);
        expect(figures(html).map(([, region]) => region)).toEqual(['江山']);
        expect(procedures(html)).toEqual([['transfer', 'website', '江山']]);
    });
});

describe('places a how-to names that are not its own', () => {
    it('leaves out a place the insured go to stay in', () => {
        for (const [go, stay] of [['到', '过冬'], ['去', '旅居'], ['前往', '长住']]) {
            const body = `<p>江山退休人员个账每月划入八十四元。</p><p>江山市参保老人${go}海南${stay}，先在国家医保服务平台APP备案：下载APP后实名注册，在首页点“异地备案”，填写就医地后提交。</p>`;
            expect(procedures(page('老人异地居住，医保怎么备案？', body)), go).toEqual([['offsite_filing', 'app', '江山']]);
        }
    });

    it("takes the town a public account's byline is named for, under a 我市 how-to", () => {
        const body = '<p>我市参保人可以这样查：打开支付宝，搜索“医保码”；进入后点“个人账户”；向下滑即可看到每月划入记录。</p>';
        const html = (byline: string) => page('个人账户到账怎么查', `<p>${byline}</p>${body}`);
        expect(procedures(html('义乌医保 2027-01-20 08:30 发表于浙江'))).toEqual([['query_balance', 'alipay', '义乌']]);
        expect(procedures(html('医保小助手 2027-01-20 08:30 发表于浙江'))).toEqual([['query_balance', 'alipay', null]]);
    });
});

describe('a place stated in a later clause or by a speaker as their own', () => {
    it('opens the subject after a greeting clause, and the figures after it follow', () => {
        const body = '<p>各位居民朋友请注意，宜兴市退休人员医保个人账户每月划入九十一元。</p><p>在职职工按缴费基数百分之二划入个人账户。</p>';
        expect(figures(page('医保政策宣传稿', body))).toEqual([
            ['retiree_account_credit', '宜兴', 91],
            ['employee_credit_rate', '宜兴', 2],
        ]);
    });

    it('does not open one after a clause with a figure in it', () => {
        const body = '<p>今年划入提高了5元，宜兴市退休人员医保个人账户每月划入九十一元。</p><p>在职职工按缴费基数百分之二划入个人账户。</p>';
        expect(figures(page('医保政策宣传稿', body)).map(([, region]) => region)).toEqual(['宜兴', null]);
    });

    it("takes a county-level town a speaker calls their own (咱们, 咱, 我们)", () => {
        for (const own of ['咱们义乌', '咱义乌', '我们义乌']) {
            const body = `<p>小王：“${own}退休人员每个月划入一百零三元。”</p>`;
            expect(figures(page('漫画：医保卡里的钱', body)).map(([, region]) => region), own).toEqual(['义乌']);
        }
    });

    it('reads 某地这边, as the opening of a subject', () => {
        const body = '<p>昆山这边，在职人员每月个账进账，就是本人缴费基数乘以2%。</p><p>退休人员则按当地上年度人均养老金的2.3%划入。</p>';
        expect(figures(page('个账的钱怎么算', body)).map(([, region]) => region)).toEqual(['昆山', '昆山']);
    });
});

describe('labels and rules shared between places', () => {
    it('reads a pictograph opening a line as a label marker', () => {
        const body = '<p>整理了两个地方的标准：</p><p>📍义乌</p><p>退休人员每月划入102元。</p><p>👉江山</p><p>退休人员每月划入84元。</p>';
        expect(figures(page('两地退休医保个账标准', body)).map(([, region, value]) => [region, value])).toEqual([
            ['义乌', 102],
            ['江山', 84],
        ]);
    });

    it('gives a rule 两地 share to each city a title names after its province', () => {
        const body = '<p>先说德州。德州退休人员每月划入八十元。</p><p>再看宿州。宿州退休人员每月划入七十六元。</p><p>两地在职职工都是按缴费基数的2%计入个人账户。</p>';
        const shared = figures(page('山东德州和安徽宿州，医保个账差在哪？', body)).filter(([metric]) => metric === 'employee_credit_rate');
        expect(shared.map(([, region]) => region)).toEqual(['德州', '宿州']);
    });
});

describe('documents and tables that state their place once', () => {
    it('gives a page explaining a rule named after its place that place', () => {
        for (const title of ['《德州市职工医保门诊共济实施办法》解读', '《德州市职工医保门诊共济实施办法》政策问答']) {
            const body = '<h2>(一)个人账户怎么计入?</h2><p>在职职工个人缴纳的部分全部计入个人账户，即缴费基数的2%。</p><p>退休人员个人账户每人每月划入八十元。</p>';
            expect(figures(page(title, body)).map(([, region]) => region), title).toEqual(['德州', '德州']);
        }
        const plain = '<h2>(一)个人账户怎么计入?</h2><p>在职职工个人缴纳的部分全部计入个人账户，即缴费基数的2%。</p>';
        expect(figures(page('职工医保门诊共济办法解读', plain)).map(([, region]) => region)).toEqual([null]);
    });

    it('reads 我市 in one numbered point as the page place for the points after it', () => {
        const body = '<p>经研究，函复如下：</p><p>一、我市在职职工个人账户按本人缴费基数的2%划入。</p><p>二、退休人员个人账户按每人每月95元定额划入。</p><p>聊城市医疗保障局</p>';
        expect(figures(page('关于个人账户划入有关问题的复函', body)).map(([, region]) => region)).toEqual(['聊城', '聊城']);
    });

    it('takes the title place a table of sentences names for the rows that do not repeat it', () => {
        const table = '<table><tr><td>修订前</td><td>修订后</td></tr><tr><td>宿州市退休人员个人账户每月划入七十元。</td><td>宿州市退休人员个人账户每月划入76元。</td></tr><tr><td>在职职工按缴费基数的2%计入。</td><td>在职职工按缴费基数的2%计入。</td></tr></table>';
        const rates = figures(page('宿州市职工医保个人账户', table)).filter(([metric]) => metric === 'employee_credit_rate');
        expect(rates.map(([, region]) => region)).toEqual(['宿州']);
    });
});

describe('a short page stating its one amount in Chinese numerals', () => {
    it('is an article, and a district keeps its short name with its municipality as province', () => {
        const html = `<!doctype html><html><head><meta charset="utf-8"><title>退休人员个人账户每月打入多少？</title></head><body>
<div class="article"><h1>退休人员个人账户每月打入多少？</h1><p>渝北区医保中心介绍，目前全区退休人员个人账户按每人每月九十四元标准划入。</p></div></body></html>`;
        const claims = extractPage(html, 'https://site.example/a/3.html').claims;
        expect(claims.map((c) => [c.region, c.province, c.kind === 'figure' ? c.value : null])).toEqual([['渝北', '重庆', 94]]);
    });
});

describe('what still gives no place', () => {
    it('a title city the body never names', () => {
        const body = BRACKETS + '<p>具体以当地医保部门公布为准。</p>';
        expect(figures(page('德州退休人员医保卡每月返多少钱', body)).map(([, region]) => region)).toEqual([null, null]);
    });
});
