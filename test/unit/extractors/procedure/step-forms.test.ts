/**
 * Procedures in the forms users meet on pages no set has: steps marked `Step 1`, `第①步`, `（1）`, `其一`, sequence
 * words across lines, a hospital's own insurance window, a terminal in a hall, a chat transcript, and steps whose
 * menus name the task. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText, extractPage } from '../../../../extractors/index.js';
import { channelsIn, taskIn } from '../../../../extractors/procedure/cues.js';
import { arrowLinks, stepsFromProse } from '../../../../extractors/procedure/parse-steps.js';
import { unitsOf } from '../../../../extractors/procedure/units.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(text: string, title: string): ProcedureDraft[] {
    return extractFromText(title, text, 'https://example.test/p.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const brief = (p: ProcedureDraft) => [p.task, p.channel, p.steps];

describe('step markers', () => {
    it.each([
        ['Ⅰ ', 'Ⅱ ', 'Ⅲ '],
        ['ⅰ.', 'ⅱ.', 'ⅲ.'],
        ['I. ', 'II. ', 'III. '],
    ])('reads lines numbered with Roman numerals (%s…) as steps', (one, two, three) => {
        const got = procedures(
            ['## 家庭共济怎么开通', `${one}打开支付宝搜索“医保码”`, `${two}进入“亲情账户”点击“添加成员”`, `${three}填写家人信息后提交`].join('\n'),
            '医保家庭共济办理',
        );
        expect(got.map(brief)).toEqual([['family_sharing', 'alipay', ['打开支付宝搜索“医保码”', '进入“亲情账户”点击“添加成员”', '填写家人信息后提交']]]);
    });

    it('takes no Roman numeral out of a word it begins', () => {
        const got = procedures(['## 家庭共济怎么开通', 'VIP会员专享通道已开放'].join('\n'), '医保家庭共济办理');
        expect(got).toEqual([]);
    });

    it('splits steps a page runs together after `Step N` markers', () => {
        const got = procedures(
            ['参保人员转移关系不用跑腿。', 'Step 1 下载某某政务客户端并登录Step 2 搜索“关系转移”Step 3 填写转出地信息Step 4 提交申请'].join('\n'),
            '医保关系转移线上办理',
        );
        expect(got.map(brief)).toEqual([['transfer', 'app', ['下载某某政务客户端并登录', '搜索“关系转移”', '填写转出地信息', '提交申请']]]);
    });

    it('splits `STEP1`…`STEP3` in capitals too', () => {
        const got = procedures('STEP1 打开“某某医保”小程序STEP2 点击“异地备案”STEP3 填写信息后提交', '异地就医备案');
        expect(got.map(brief)).toEqual([['offsite_filing', 'wechat', ['打开“某某医保”小程序', '点击“异地备案”', '填写信息后提交']]]);
    });

    it('reads `Step N:` lines and `第①步` lines as numbered steps', () => {
        const stepLines = procedures(['Step 1：打开“掌上12333”APP', 'Step 2：点击“个人权益记录”', 'Step 3：选择打印并下载'].join('\n'), '参保证明手机打印');
        expect(stepLines.map(brief)).toEqual([['print_record', 'app', ['打开“掌上12333”APP', '点击“个人权益记录”', '选择打印并下载']]]);
        const circled = procedures(['第①步：打开微信，进入“城市服务”', '第②步：点击“医保账户”', '第③步：刷脸后查看余额'].join('\n'), '医保余额微信查');
        expect(circled.map(brief)).toEqual([['query_balance', 'wechat', ['打开微信,进入“城市服务”', '点击“医保账户”', '刷脸后查看余额']]]);
    });

    it('does not split prose that names one step in passing', () => {
        expect(procedures('迈出第一步很重要，建议先了解政策。', '医保小知识')).toEqual([]);
    });

    it('opens a step at a bare sequence word (`其次,`, `其二,`)', () => {
        expect(stepsFromProse('首先，登录省政务服务网；其次，搜索“异地备案”；最后，提交申请。')).toEqual(['登录省政务服务网', '搜索“异地备案”', '提交申请']);
        expect(stepsFromProse('其一，插入社保卡；其二，选择“明细打印”；其三，取走凭条。')).toEqual(['插入社保卡', '选择“明细打印”', '取走凭条']);
    });
});

describe('a line over a numbered list', () => {
    it('reads a short line right above `（1）` or `1.` as the list’s label, not as its first step', () => {
        const got = procedures(['查询医保个人账户', '（1）打开支付宝，点进“市民中心”', '（2）点击“社保”', '（3）选择“账户余额”查看'].join('\n'), '几种常用方法');
        expect(got.map(brief)).toEqual([['query_balance', 'alipay', ['打开支付宝,点进“市民中心”', '点击“社保”', '选择“账户余额”查看']]]);
        const dotted = procedures(['办理异地备案', '1. 登录某省医保网上服务大厅', '2. 点击“备案申请”', '3. 填写就医地后提交'].join('\n'), '网上办事');
        expect(dotted.map(brief)).toEqual([['offsite_filing', 'website', ['登录某省医保网上服务大厅', '点击“备案申请”', '填写就医地后提交']]]);
    });
});

describe('a sequence carried on', () => {
    it('keeps a `最后`/`接着` step naming another app as a step of the how-to it continues', () => {
        const got = procedures(
            ['参保人可通过省政务服务网查询医保余额：', '首先，登录省政务服务网；', '接着，搜索“医保账户”；', '最后，用支付宝扫码登录，查看余额。'].join('\n'),
            '医保余额网上查询',
        );
        expect(got.map((p) => [p.task, p.channel, p.steps.length])).toEqual([['query_balance', 'website', 3]]);
    });

    it('still starts a new how-to where a new way is given without a sequence word', () => {
        const got = procedures(
            ['医保余额查询方法：', '1. 登录省政务服务网，搜索“医保账户”查看', '2. 打开支付宝，点击“市民中心”，选择“医保”查看'].join('\n'),
            '医保余额怎么查',
        );
        expect(got.map((p) => p.channel)).toEqual(['website', 'alipay']);
    });
});

describe('channels', () => {
    it("reads a hospital's own insurance window or desk as the hospital", () => {
        expect(channelsIn('到门诊楼二楼医保窗口领取表格')).toEqual(['hospital']);
        expect(channelsIn('可在本院住院处医保服务台办理')).toEqual(['hospital']);
        expect(channelsIn('持出院小结到某某医院医保办窗口登记')).toEqual(['hospital']);
        // the office's own window, named beside a hospital where papers are fetched, stays the counter
        expect(channelsIn('先到医院开具证明，再到医保中心窗口提交')).toEqual(['hospital', 'counter']);
    });

    it('reads a terminal set up in a hall as the kiosk, unless a window is named too', () => {
        expect(channelsIn('市医保服务大厅新设自助终端，可自助打印')).toEqual(['kiosk']);
        expect(channelsIn('到医保服务大厅窗口或自助终端办理')).toEqual(['counter', 'kiosk']);
    });

    it('reads a hospital notice of window steps as a hospital procedure', () => {
        const got = procedures(
            ['出院后需转外地就医的患者，可在本院医保窗口办理异地备案，流程如下：', '1. 携带身份证到住院部一楼医保窗口', '2. 填写备案表', '3. 工作人员审核后录入系统'].join('\n'),
            '关于异地就医备案的提示',
        );
        expect(got.map((p) => [p.task, p.channel])).toEqual([['offsite_filing', 'hospital']]);
    });
});

describe('spoken and in-person steps', () => {
    it('reads `点下面的“…”` in a chat as a step', () => {
        const got = procedures(
            ['儿子：你先打开微信，搜“某某医保”公众号', '妈妈：好了', '儿子：点下面的“办事大厅”', '儿子：再点“余额查询”就能看到'].join('\n'),
            '教爸妈查医保余额',
        );
        expect(got.map((p) => [p.task, p.channel, p.steps.length])).toEqual([['query_balance', 'wechat', 3]]);
    });

    it('reads `依次点击` and `出示`/`告知` as instructions', () => {
        const chain = procedures('打开支付宝，依次点击“市民中心”—“社保”—“医保余额”。', '余额怎么查');
        expect(chain.map((p) => [p.task, p.channel, p.steps.length])).toEqual([['query_balance', 'alipay', 2]]);
        const counter = procedures('居民可到社区服务站缴费：携带户口本到服务站窗口，告知工作人员参保人信息，现场缴费后领取凭证。', '居民医保缴费');
        expect(counter.map((p) => [p.task, p.channel, p.steps.length])).toEqual([['pay_premium', 'counter', 2]]);
    });
});

describe('the task from the menu the steps select', () => {
    it('names the task from a quoted menu when nothing around the steps does', () => {
        const got = procedures(['打开“某某医保”小程序', '点击“异地就医备案”', '填写就医城市后提交'].join('\n'), '办事指引');
        expect(got.map((p) => [p.task, p.channel])).toEqual([['offsite_filing', 'wechat']]);
    });

    it('takes no task from steps that select nothing', () => {
        expect(procedures(['在定点药店可以扫码结算。', '办理备案后，异地就医可直接结算。'].join('\n'), '医保电子凭证')).toEqual([]);
    });
});

describe('no procedure', () => {
    it('reads no procedure from a list of tips or from channels only named', () => {
        expect(procedures(['用卡小贴士', '1. 社保卡不要外借', '2. 定期查看账户余额', '3. 丢失后及时挂失'].join('\n'), '社保卡使用须知')).toEqual([]);
        expect(procedures('医保余额可以通过微信、支付宝或者拨打12333查询，十分方便。', '医保余额怎么查')).toEqual([]);
    });
});

describe('service guides', () => {
    it('reads a one-off 支取 of the account as a withdrawal', () => {
        const got = procedures(['办理流程', '1. 登录“某某办”APP', '2. 选择“个人账户余额支取”', '3. 上传证明材料后提交'].join('\n'), '个人账户余额一次性支取');
        expect(got.map((p) => [p.task, p.channel])).toEqual([['withdraw', 'app']]);
    });

    it("gives steps the place of the guide's `办理对象` field, on its own line or after a colon", () => {
        const split = procedures(
            ['办理对象', '在洛阳市参加职工医保并跨省流动的人员', '办理流程', '1. 申请人到转入地医保经办窗口提交申请', '2. 窗口受理并审核'].join('\n'),
            '医保关系转移接续',
        );
        expect(split.map((p) => [p.task, p.channel, p.region])).toEqual([['transfer', 'counter', '洛阳']]);
        const inline = procedures(['服务对象：嘉兴市参保职工', '办理流程', '1. 携带社保卡到医保服务大厅窗口', '2. 填写申请表'].join('\n'), '参保证明打印');
        expect(inline.map((p) => [p.task, p.channel, p.region])).toEqual([['print_record', 'counter', '嘉兴']]);
    });

    it('takes no place from a field naming two places apart', () => {
        const got = procedures(['办理对象：由洛阳转往嘉兴的参保人', '办理流程', '1. 到转入地医保经办窗口提交申请', '2. 等待审核'].join('\n'), '医保关系转移接续');
        expect(got.map((p) => p.region)).toEqual([null]);
    });
});

describe('spoken steps in a video transcript', () => {
    it('reads subtitle lines with time codes and menus named without quotes as steps', () => {
        const got = procedures(
            ['00:02大家好', '00:06今天说说医保余额怎么查', '00:10打开某某办小程序', '00:14点医保专区 再点账户明细', '00:18就能看到了 记得关注'].join('\n'),
            '一分钟学会查医保',
        );
        expect(got.map(brief)).toEqual([['query_balance', 'wechat', ['打开某某办小程序', '点医保专区', '点账户明细']]]);
    });

    it('reads `第一步 …` subtitles, spoken `填好`, and bracketed time codes', () => {
        const got = procedures(
            ['[00:01:02]换了城市医保怎么转', '[00:01:06]第一步 打开某某政务APP', '[00:01:10]第二步 点关系接续 选择转入申请', '[00:01:15]第三步 填好转出地信息 提交'].join('\n'),
            '医保转移三步走',
        );
        expect(got.map(brief)).toEqual([['transfer', 'app', ['打开某某政务APP', '点关系接续', '选择转入申请', '填好转出地信息', '提交']]]);
    });

    it('reads no step from a spoken remark that only names a menu', () => {
        expect(procedures(['00:01点赞关注不迷路', '00:04下期讲讲医保余额'].join('\n'), '医保小知识')).toEqual([]);
    });
});

describe("the page's stated subject", () => {
    it('gives an FAQ\'s steps the place of its `本页解答…`/`本文介绍…` opening line', () => {
        const html = (opening: string) =>
            `<html><body><article><p>${opening}</p><h2>问：医保余额在哪查？</h2>` +
            '<p>答：第一步，登录我行手机银行；第二步，点击“社保卡专区”；第三步，选择“医保余额”查看。</p>' +
            '<h2>问：卡丢了怎么办？</h2><p>答：请携带身份证到任一网点补办。</p></article></body></html>';
        for (const [opening, place] of [
            ['本页解答绍兴市社保卡持卡人的常见问题。', '绍兴'],
            ['本文介绍台州市参保人员常问的几个问题。', '台州'],
        ] as const) {
            const got = extractPage(html(opening), 'https://example.test/faq.html').claims.filter((c) => c.kind === 'procedure');
            expect(got.map((p) => [p.task, p.channel, p.region])).toEqual([['query_balance', 'bank', place]]);
        }
    });
});

describe('menu chains and step tables', () => {
    const page = (body: string) =>
        `<html><body><article><h1>医保服务指南</h1><p>发布时间：2025-01-01</p>${body}` +
        '<p>以上内容仅供参考，具体办理要求请以当地医疗保障部门发布的最新通知为准，欢迎转发给身边有需要的亲朋好友。</p></article></body></html>';
    const fromHtml = (body: string) =>
        extractPage(page(body), 'https://example.test/guide.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');

    it('reads a chain whose first link names the app, not an instruction', () => {
        for (const chain of ['支付宝 > 市民中心 > 社保 > 医保账户，刷脸后查看余额。', '微信→城市服务→医保→账户查询，授权后可查看明细。']) {
            const got = fromHtml(`<p>${chain}</p>`);
            expect(got.map((p) => [p.task, p.steps.length >= 4])).toEqual([['query_balance', true]]);
        }
    });

    it('reads a chain after a place it is done at as that place’s steps', () => {
        const got = fromHtml('<p>到街道便民服务中心的自助终端机：插卡→输入密码→选择“参保证明”→打印</p>');
        expect(got.map(brief)).toEqual([['print_record', 'kiosk', ['插卡', '输入密码', '选择“参保证明”', '打印']]]);
    });

    it('names the task from the last link of a phone menu chain', () => {
        const got = fromHtml('<p>拨打12333 → 按1选择普通话 → 按4进入医保业务 → 输入社保卡号 → 收听余额</p>');
        expect(got.map((p) => [p.task, p.channel, p.steps.length])).toEqual([['query_balance', 'phone', 5]]);
    });

    it('reads table rows whose first cell is the step number', () => {
        const got = fromHtml(
            '<p>通过“某某通”APP办理异地就医备案：</p><table><tr><td>步骤</td><td>操作</td></tr><tr><td>1</td><td>打开“某某通”APP并登录</td></tr>' +
                '<tr><td>2</td><td>搜索“异地备案”</td></tr><tr><td>3</td><td>填写就医地后提交</td></tr></table>',
        );
        expect(got.map(brief)).toEqual([['offsite_filing', 'app', ['打开“某某通”APP并登录', '搜索“异地备案”', '填写就医地后提交']]]);
    });

    it('reads `<dt>第一步</dt><dd>…</dd>` pairs as one list of steps', () => {
        const got = fromHtml(
            '<p>亲情账户绑定流程</p><dl><dt>第一步</dt><dd>打开支付宝，搜索“医保亲情账户”</dd><dt>第二步</dt><dd>点击“添加亲属”</dd>' +
                '<dt>第三步</dt><dd>输入亲属身份证号并提交</dd></dl>',
        );
        expect(got.map(brief)).toEqual([['family_sharing', 'alipay', ['打开支付宝,搜索“医保亲情账户”', '点击“添加亲属”', '输入亲属身份证号并提交']]]);
    });
});

describe('a way to log in and a place the steps select', () => {
    it('reads an app named only as the way to log in as no channel of the steps', () => {
        expect(channelsIn('打开国家医保服务平台网站，用微信扫码登录')).toEqual(['website']);
        expect(channelsIn('在网上服务大厅点击登录，选择支付宝实名登录')).toEqual(['website']);
        expect(channelsIn('打开微信，搜索“某某医保”')).toEqual(['wechat']);
    });

    it('reads a website how-to whose one step logs in by scanning as one website procedure', () => {
        const got = procedures('登录某省医保服务网站，点击“登录”，用支付宝扫码登录后，在“个人中心”下载参保证明并打印。', '参保证明网上打印');
        expect(got.map((p) => [p.task, p.channel])).toEqual([['print_record', 'website']]);
    });

    it('gives steps the city they select within the province they name', () => {
        const got = procedures('打印方法：登录浙江政务服务网，将地区切换为金华市，搜索“参保证明”，下载后打印。', '参保证明怎么打');
        expect(got.map((p) => [p.channel, p.region])).toEqual([['website', '金华']]);
        const plain = procedures('打印方法：登录浙江政务服务网，搜索“参保证明”，下载后打印。', '参保证明怎么打');
        expect(plain.map((p) => [p.channel, p.region])).toEqual([['website', '浙江']]);
    });

    it('reads `我院` as the hospital speaking of itself', () => {
        expect(channelsIn('请到我院门诊一楼医保窗口办理')).toEqual(['hospital']);
    });
});

describe('numbering and bullets posts put before steps', () => {
    const steps = ['打开支付宝，搜索“医保办事”', '点击“异地备案”', '填写就医地后提交'];
    for (const marks of [
        ['1️⃣', '2️⃣', '3️⃣'],
        ['❶ ', '❷ ', '❸ '],
        ['➀', '➁', '➂'],
        ['⑴', '⑵', '⑶'],
        ['⒈', '⒉', '⒊'],
        ['步骤一：', '步骤二：', '步骤三：'],
        ['👉', '👉', '👉'],
        ['✅ ', '✅ ', '✅ '],
    ]) {
        it(`reads steps marked ${marks.join(' ')}`, () => {
            const got = procedures(['网上办理方法：', ...steps.map((s, i) => `${marks[i]}${s}`)].join('\n'), '异地就医备案怎么办');
            expect(got.map(brief)).toEqual([['offsite_filing', 'alipay', ['打开支付宝,搜索“医保办事”', '点击“异地备案”', '填写就医地后提交']]]);
        });
    }

    it('reads `一是…二是…三是…` prose as steps', () => {
        const got = procedures('医保关系转移接续不用跑腿，一是登录某某APP，二是点击“关系转移”，三是填写转出地后提交。', '转移接续办理');
        expect(got.map(brief)).toEqual([['transfer', 'app', ['登录某某APP', '点击“关系转移”', '填写转出地后提交']]]);
    });
});

describe('dashes, questions and menus', () => {
    it('splits a chain joined by single dashes, not a `——` aside', () => {
        expect(arrowLinks('登录网上服务大厅—选择“参保证明”—下载—打印')).toEqual(['登录网上服务大厅', '选择“参保证明”', '下载', '打印']);
        expect(arrowLinks('登录网上服务大厅——这是最快的办法——然后打印')).toBeNull();
        expect(arrowLinks('打开支付宝，依次点击“市民中心”—“社保”—“医保”')).toBeNull();
    });

    it('reads no step from the question an answer follows', () => {
        const got = procedures(['问：在外地住院怎么办理备案？', '答：打开“某某医保”小程序，点击“异地备案”，填写信息后提交即可。'].join('\n'), '常见问题');
        expect(got.map((p) => [p.task, p.channel, p.steps[0]])).toEqual([['offsite_filing', 'wechat', '打开“某某医保”小程序']]);
    });

    it('reads a menu named after the balance as the balance query', () => {
        const got = procedures(['打开微信，搜索“某某医保”公众号', '点击“我的医保”—“账户余额”', '刷脸验证后即可看到'].join('\n'), '看这里');
        expect(got.map((p) => [p.task, p.channel])).toEqual([['query_balance', 'wechat']]);
    });
});

describe('channels users meet', () => {
    it('reads 掌上12333 and provinces’ service apps named bare as apps, and as WeChat when said to be mini programs', () => {
        expect(channelsIn('打开“掌上12333”，点击“社保查询”')).toEqual(['app']);
        expect(channelsIn('打开“浙里办”，搜索“医保”')).toEqual(['app']);
        expect(channelsIn('用随申办查询')).toEqual(['app']);
        expect(channelsIn('打开粤省事小程序')).toEqual(['wechat']);
        expect(channelsIn('拨打12333咨询')).toEqual(['phone']);
    });

    it('reads rural and postal banks’ branches and apps as the bank', () => {
        expect(channelsIn('到当地农商行网点查询')).toEqual(['bank']);
        expect(channelsIn('到信用社柜台办理')).toEqual(['bank']);
        expect(channelsIn('打开邮储APP，点击“社保卡”')).toEqual(['bank']);
    });

    it("reads a community's or village's service desk as a counter and a township clinic as a hospital", () => {
        expect(channelsIn('携带户口本到社区便民服务中心办理')).toEqual(['counter']);
        expect(channelsIn('到村委会找协管员登记')).toEqual(['counter']);
        expect(channelsIn('到医保经办大厅提交材料')).toEqual(['counter']);
        expect(channelsIn('在乡镇卫生院医保窗口办理')).toEqual(['hospital']);
        expect(channelsIn('到社区卫生服务中心刷卡')).toEqual(['hospital']);
    });
});

describe('what follows another block', () => {
    it('reads no procedure from a reply’s anecdote after steps a `方法如下` line announced', () => {
        const text = [
            '亲情账户要在同一个统筹区才能绑，方法如下：',
            '1. 打开“某某医保”小程序',
            '2. 点击“亲情账户”，添加家人',
            '楼下说的对，我家也是这么弄的。',
            '我们那儿是去社区卫生服务中心弄的，挺快。',
        ].join('\n');
        expect(procedures(text, '亲情账户怎么绑').map((p) => p.channel)).toEqual(['wechat']);
    });
});

describe('steps run on in one paragraph', () => {
    it('splits numbered rows a paragraph runs on after a colon or semicolons', () => {
        const got = procedures('换参保地要先停保再登记。具体：1.到原参保地医保窗口申请停保；2.携带身份证到新参保地窗口办理登记；3.办理关系转移。', '变更参保地怎么办');
        expect(got.map(brief)).toEqual([
            ['change_place', 'counter', ['到原参保地医保窗口申请停保', '携带身份证到新参保地窗口办理登记', '办理关系转移']],
        ]);
        const circled = procedures('缴费步骤：①打开“某某税务”小程序；②选择“居民医保”；③核对后支付。', '居民医保缴费');
        expect(circled.map((p) => [p.task, p.channel, p.steps.length])).toEqual([['pay_premium', 'wechat', 3]]);
    });

    it('leaves a rate, a time or a single numbered point after a colon whole', () => {
        const rows = (text: string) => unitsOf([{ index: 0, text, kind: 'paragraph', section: null }]).map((u) => u.text);
        expect(rows('标准：2.5%；时间：8:30-17:30。')).toEqual(['标准：2.5%；时间：8:30-17:30。']);
        expect(rows('办理须知：1.请携带身份证原件。')).toEqual(['办理须知：1.请携带身份证原件。']);
        expect(rows('流程：1.取号；2.提交材料')).toEqual(['流程：', '1.取号；', '2.提交材料']);
    });

    it('counts what follows a colon as a clause of its own', () => {
        const got = procedures('余额一次性支取，可持身份证到开户银行网点办理：向柜员说明支取医保余额，签字确认后当场到账。', '个人账户余额支取');
        expect(got.map((p) => [p.task, p.channel])).toEqual([['withdraw', 'bank']]);
    });
});

describe('news of a visit to the office', () => {
    it('reads no procedure from a report of people at the windows and what one of them said', () => {
        const text = [
            '上周，记者走进区医保服务大厅，不少群众正在窗口排队。工作人员介绍，最近来办异地备案的人明显多了，大厅新开了两个窗口。',
            '市民刘先生说：“我是来帮母亲办备案的，取号后没等多久就办完了。”',
        ].join('\n');
        expect(procedures(text, '医保大厅里的一天')).toEqual([]);
    });

    it('reads steps an official is reported to explain', () => {
        const got = procedures('市医保局工作人员介绍：参保人可打开支付宝，搜索“医保电子凭证”，点击“家庭共济”，添加家人后提交。', '家庭共济怎么开通');
        expect(got.map((p) => [p.task, p.channel])).toEqual([['family_sharing', 'alipay']]);
    });

    it('still reads what staff do as a step of a counter flow', () => {
        const got = procedures(['窗口办理流程：', '1. 取号后到窗口提交备案表', '2. 工作人员审核后录入系统', '3. 领取回执'].join('\n'), '异地就医备案');
        expect(got.map((p) => [p.task, p.channel, p.steps.length])).toEqual([['offsite_filing', 'counter', 3]]);
    });
});

describe('a heading that is a menu chain', () => {
    it('reads the chain a heading gives as the steps of its section', () => {
        const html =
            '<html><body><article><h1>医保个人账户余额怎么查</h1><p>发布时间：2025-01-01</p><h2>支付宝：首页→市民中心→医保→账户余额</h2>' +
            '<p>按这个路径进去，刷脸后就能看到余额。</p><h2>微信：我→服务→城市服务→医保</h2><p>进入后点“个人账户”查看。</p>' +
            '<p>以上内容仅供参考，具体办理要求请以当地医疗保障部门发布的最新通知为准，欢迎转发给身边有需要的亲朋好友。</p></article></body></html>';
        const got = extractPage(html, 'https://example.test/chains.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
        expect(got.map((p) => [p.task, p.channel, p.steps.slice(0, 2)])).toEqual([
            ['query_balance', 'alipay', ['首页', '市民中心']],
            ['query_balance', 'wechat', ['我', '服务']],
        ]);
    });

    it('reads a heading naming a way and no chain as a heading only', () => {
        const html =
            '<html><body><article><h1>医保个人账户余额怎么查</h1><p>发布时间：2025-01-01</p><h2>支付宝查询更方便</h2>' +
            '<p>很多老年人不会用手机，可以让子女帮忙。</p>' +
            '<p>以上内容仅供参考，具体办理要求请以当地医疗保障部门发布的最新通知为准，欢迎转发给身边有需要的亲朋好友。</p></article></body></html>';
        expect(extractPage(html, 'https://example.test/plain.html').claims.filter((c) => c.kind === 'procedure')).toEqual([]);
    });
});

describe('tasks in the words users use', () => {
    it.each([
        ['城乡居民医保怎么交', 'pay_premium'],
        ['医保费在哪交', 'pay_premium'],
        ['下载参保凭证', 'print_record'],
        ['打印个人权益记录', 'print_record'],
        ['医保卡里还剩多少钱', 'query_balance'],
        ['异地安置登记', 'offsite_filing'],
        ['换工作后医保怎么转过去', 'transfer'],
        ['把社保迁到新城市', 'transfer'],
    ])('reads %s as %s', (text, task) => {
        expect(taskIn(text)).toEqual({ task, strong: true });
    });

    it('reads no task from contributions talked about or a credit asked after', () => {
        expect(taskIn('居民医保缴费标准是多少')?.task).not.toBe('pay_premium');
        expect(taskIn('医保卡每个月返多少钱')).toBeNull();
    });
});

describe('answers in a conversation', () => {
    it('reads an assistant’s one-sentence answer whose steps open with a setting (`在…完成认证`) as a procedure', () => {
        const got = procedures(['用户：帮我看看医保余额', '助手：好的，请先在“某某医保”小程序完成实名认证，然后进入“我的”点击“账户余额”查看。'].join('\n'), '对话记录');
        expect(got.map((p) => [p.task, p.channel, p.steps.length])).toEqual([['query_balance', 'wechat', 2]]);
    });

    it('reads an official’s answer in an interview as a procedure', () => {
        const got = procedures(
            ['记者：参保人想开通家庭共济，该怎么做？', '局负责人：打开支付宝，搜索“医保家庭共济”，点击“添加家人”，家人刷脸授权后即可使用。'].join('\n'),
            '访谈实录',
        );
        expect(got.map((p) => [p.task, p.channel])).toEqual([['family_sharing', 'alipay']]);
    });
});

describe('a place the steps pick by name', () => {
    it('gives steps the place they pick from a list by a quoted name', () => {
        for (const step of ['在城市列表中选择“湖州市”', '将城市切换为「湖州」', '定位到“湖州市”']) {
            const got = procedures(`参保证明打印：打开支付宝，搜索“社保”，${step}，点击“参保证明”下载打印。`, '参保证明怎么打');
            expect(got.map((p) => [p.task, p.channel, p.region])).toEqual([['print_record', 'alipay', '湖州']]);
        }
    });

    it('takes no place from a quoted app or menu, nor from an example in brackets', () => {
        const app = procedures('参保证明打印：打开支付宝，选择“某某办”服务，点击“参保证明”下载打印。', '参保证明怎么打');
        expect(app.map((p) => p.region)).toEqual([null]);
        const example = procedures('参保证明打印：打开微信城市服务，选择所在城市（如湖州），点击“参保证明”下载。', '参保证明怎么打');
        expect(example.map((p) => p.region)).toEqual([null]);
    });
});

describe('tables of ways', () => {
    const fromHtml = (table: string) =>
        extractPage(
            `<html><body><article><h1>医保业务线上办理一览</h1><p>发布时间：2025-01-01</p>${table}` +
                '<p>以上内容仅供参考，具体办理要求请以当地医疗保障部门发布的最新通知为准，欢迎转发给身边有需要的亲朋好友。</p></article></body></html>',
            'https://example.test/table.html',
        ).claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');

    it('reads each row whose last cell gives steps as a how-to named by the cells before it', () => {
        const got = fromHtml(
            '<table><tr><td>事项</td><td>渠道</td><td>步骤</td></tr>' +
                '<tr><td>异地就医备案</td><td>某某政务APP</td><td>登录APP，点击“异地备案”，填写后提交</td></tr>' +
                '<tr><td>参保证明打印</td><td>自助终端</td><td>插入社保卡→选择“参保证明”→打印</td></tr></table>',
        );
        expect(got.map((p) => [p.task, p.channel, p.steps[0]])).toEqual([
            ['offsite_filing', 'app', '登录APP'],
            ['print_record', 'kiosk', '插入社保卡'],
        ]);
    });

    it('reads no how-to from a row whose last cell only describes', () => {
        const got = fromHtml('<table><tr><td>渠道</td><td>说明</td></tr><tr><td>微信</td><td>适合年轻人，功能齐全</td></tr><tr><td>电话</td><td>适合老年人</td></tr></table>');
        expect(got).toEqual([]);
    });
});
