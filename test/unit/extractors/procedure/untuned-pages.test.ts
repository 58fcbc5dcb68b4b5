/**
 * Decisions the procedure reader makes on pages nobody tuned it to (docs/claims.md § Procedures): the task from the
 * question's own verb (an account moved, a balance taken out), from the form or the instructions of the steps when
 * nothing around them names one; a tree's branches as list rows; an app's menus under a title naming the app; a
 * first step said to be first; where ordered steps start. Every page and sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText, extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function fromText(title: string, lines: string[]): ProcedureDraft[] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/qa/1.html').claims.filter(
        (c): c is ProcedureDraft => c.kind === 'procedure',
    );
}

function fromHtml(title: string, body: string): ProcedureDraft[] {
    // a paragraph of the page's own, so that the page reads as an article and not as a list of links
    const intro = '<p>本页整理了参保人员常问的几件事，内容供参考，具体以当地医保部门的规定为准。</p>';
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${intro}${body}</body></html>`;
    return extractPage(html, 'https://example.test/page.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const keys = (found: ProcedureDraft[]) => found.map((p) => [p.task, p.channel]);

describe('the task from the words a question asks it in', () => {
    it.each([
        ['问：从外省调入本地工作，个人账户怎么转？', '答：携带身份证到医保服务大厅，填写申请表，窗口受理后通知转出地。'],
        ['问：工作调动到外地，医保关系如何转？', '答：带上身份证到经办窗口，填写申请表后交给工作人员。'],
        ['问：户口迁出后医保怎样转？', '答：到医保服务大厅取号，向窗口说明情况并填写申请表。'],
    ])('reads a question about moving an account (%s) as a transfer', (question, answer) => {
        expect(keys(fromText('政策问答', [question, answer]))).toEqual([['transfer', 'counter']]);
    });

    it.each([
        ['家属去世后医保账户余额怎么取？', '家属先准备死亡证明和户口本，再到经办窗口填写申请，审核后余额转到指定银行卡。'],
        ['个人账户里剩下的钱能继承吗？', '可以依法继承。继承人先备齐死亡证明和亲属关系证明，再到医保服务大厅窗口提交申请。'],
        ['出国定居后医保余额能否取？', '本人先带上护照和定居证明，再到医保窗口填写申请表，审核通过后余额退到本人银行卡。'],
    ])('reads taking the balance out (%s) as a withdrawal', (title, answer) => {
        expect(keys(fromText(title, [answer]))).toEqual([['withdraw', 'counter']]);
    });

    it('does not read a person who died as going somewhere', () => {
        const found = fromText('医保余额可以继承吗', ['参保人去世后余额可以继承，继承人先带上死亡证明到医保窗口申请，审核后转入继承人账户。']);
        expect(found.map((p) => p.steps[0])).toEqual(['带上死亡证明到医保窗口申请,审核后转入继承人账户']);
    });
});

describe('the task from the steps when nothing around them names one', () => {
    it('takes it from the form the steps fill', () => {
        const found = fromText('办事问答', ['问：想办这个，要带什么？', '答：携带身份证和参保凭证到医保服务大厅，填写《医疗保险关系转移接续申请表》，等待窗口受理。']);
        expect(keys(found)).toEqual([['transfer', 'counter']]);
    });

    it.each([
        ['想要一份纸质的账户明细，可以这样办：带上社保卡，到区医保经办窗口，请工作人员打印账户明细。', 'print_record'],
        ['预约好时段后，按时到医保服务大厅取号；到转移接续窗口出示身份证；带上联系函到新单位所在地办理接续。', 'transfer'],
    ])('takes it from what the instructions do (%s)', (text, task) => {
        expect(keys(fromText('老年人办事指南', [text]))).toEqual([[task, 'counter']]);
    });

    it('leaves out the papers brought and the conditions set', () => {
        // the card brought names a printed paper and the condition names a filing: neither is what these steps do
        const found = fromText('社区通知', ['携带参保凭证到社区服务中心，办理异地就医备案后，到窗口领取新卡。']);
        expect(found).toEqual([]);
    });
});

describe('tree branches, app menus and announced first steps', () => {
    it('reads the leaves of a mind map printed with branch marks as the steps under their branch', () => {
        const found = fromHtml(
            '一图读懂个人账户',
            '<ul><li>某市<ul><li>├─ 在职职工<ul><li>└─ 缴费基数的2%</li></ul></li><li>└─ 查询<ul>' +
                '<li>├─ 打开微信“某某医保”小程序</li><li>├─ 点“我的”</li><li>└─ 选“账户余额”</li></ul></li></ul></li></ul>',
        );
        expect(found.map((p) => [p.task, p.channel, p.steps])).toEqual([
            ['query_balance', 'wechat', ['打开微信“某某医保”小程序', '点“我的”', '选“账户余额”']],
        ]);
    });

    it.each([
        ['“某某医保”APP 3.1 版本更新说明', 'app'],
        ['支付宝里怎么给家人开通共济', 'alipay'],
    ])('reads a menu chain naming no way as the way its title names (%s)', (title, channel) => {
        const found = fromHtml(title, '<h2>新增</h2><ul><li>家庭共济绑定。使用方法：我的 → 家庭共济 → 添加成员 → 人脸认证</li><li>长辈模式。</li></ul>');
        expect(found.map((p) => [p.task, p.channel, p.steps])).toEqual([['family_sharing', channel, ['我的', '家庭共济', '添加成员', '人脸认证']]]);
    });

    it('leaves a menu chain naming no way alone when the title names none either', () => {
        expect(fromHtml('版本更新说明', '<ul><li>家庭共济绑定。使用方法：我的 → 家庭共济 → 添加成员</li></ul>')).toEqual([]);
    });

    it('reads one instruction said to come first, with more after it, as a how-to', () => {
        const found = fromText('医保账户余额能取出来吗', ['一般不能取现。参保人身故的，继承人办理提取时，先携带相关证明到医保经办窗口提出申请，经审核后余额转入继承人账户。']);
        expect(keys(found)).toEqual([['withdraw', 'counter']]);
    });

    it('still reads a lone instruction with nothing said to come first as no how-to', () => {
        expect(fromText('医保账户余额能取出来吗', ['一般不能取现，可以到医保经办窗口咨询。'])).toEqual([]);
    });
});

describe('where ordered steps start', () => {
    it.each([
        ['先拿社保卡到窗口填申请表,再等转入地回函,然后窗口核对记录,最后把余额转走。', ['拿社保卡到窗口填申请表', '等转入地回函', '窗口核对记录', '把余额转走']],
        ['首先带着户口本去服务大厅,然后在窗口填写申请表,最后等审核。', ['带着户口本去服务大厅', '在窗口填写申请表', '等审核']],
    ])('starts at a first clause led by 先 that a later 再/然后 answers, whatever its verb (%s)', (text, steps) => {
        const found = fromText('医保关系转移办理记录', [`我是在某市医保局窗口办的:${text}`]);
        expect(found.map((p) => [p.task, p.channel, p.steps])).toEqual([['transfer', 'counter', steps]]);
    });

    it('does not start steps at a 先 no later step answers', () => {
        expect(fromText('两地对比', ['先说甲市,退休人员每月划入九十元,可以在窗口咨询。'])).toEqual([]);
    });

    it('reads short lines led by sequence words as the steps they go on with', () => {
        const found = fromText('查余额超简单', ['📱微信查余额', '先在微信里搜“某某医保”小程序', '再点“账户查询”', '然后刷个脸', '最后就能看到到账记录啦']);
        expect(found.map((p) => [p.channel, p.steps])).toEqual([['wechat', ['在微信里搜“某某医保”小程序', '点“账户查询”', '刷个脸', '看到到账记录啦']]]);
    });

    it.each([
        [['1 打开微信,搜索“某某医保”小程序;', '2 点“我的账户”;', '3 刷脸后就能看到余额。'], ['打开微信,搜索“某某医保”小程序', '点“我的账户”', '刷脸后就能看到余额']],
        [['1  打开支付宝,搜索“医保”;', '2  选“个人账户”;'], ['打开支付宝,搜索“医保”', '选“个人账户”']],
    ])('reads rows numbered by a digit and a space as numbered steps', (rows, steps) => {
        const found = fromText('余额怎么查', ['某市参保人可以这样查余额:', ...rows]);
        expect(found.map((p) => p.steps)).toEqual([steps]);
    });
});

describe('steps in the forms other page kinds print them', () => {
    it.each([
        ['點樣查醫保餘額', '打開支付寶，撳「醫保」，揀「個人賬戶」，就睇到餘額。', 'alipay', 4],
        ['點樣查醫保餘額', '打開微信，搵「某某醫保」小程序，㩒「我嘅賬戶」就得。', 'wechat', 3],
    ])('reads Cantonese instructions (press, pick, find) as steps (%s)', (title, text, channel, count) => {
        const found = fromText(title, ['喺本地參保嘅街坊，可以咁樣查：', text]);
        expect(found.map((p) => [p.task, p.channel, p.steps.length])).toEqual([['query_balance', channel, count]]);
    });

    it.each([
        [['【画面一】打开支付宝，首页搜索“医保电子凭证”。', '【画面二】点击“个人账户”。']],
        [['第1格：打开支付宝，首页搜索“医保电子凭证”。', '第2格：点击“个人账户”。']],
    ])('reads numbered panels of a comic or storyboard as numbered steps', (panels) => {
        const found = fromText('医保余额怎么查', panels);
        expect(found.map((p) => [p.task, p.channel, p.steps])).toEqual([
            ['query_balance', 'alipay', ['打开支付宝,首页搜索“医保电子凭证”', '点击“个人账户”']],
        ]);
    });
});

describe('a phone menu walked by its keys', () => {
    it.each([
        ['拨通12393后，按1进入医保查询，再按2查询个人账户余额，输入卡号和密码即可收听。'],
        ['拨通医保服务热线，按 3 键选择账户查询，输入社保卡号后收听余额。'],
    ])('reads dialling and pressing keys as steps (%s)', (text) => {
        const found = fromText('热线使用说明', [text]);
        expect(found.map((p) => [p.task, p.channel])).toEqual([['query_balance', 'phone']]);
        expect(found[0]!.steps.length).toBeGreaterThanOrEqual(3);
    });
});

describe('steps run together in one line', () => {
    it.each([
        ['查询方法：①打开支付宝②搜索“医保电子凭证”③点击“账户余额”'],
        ['查询方法：打开支付宝、搜索“医保电子凭证”、点击“账户余额”'],
    ])('splits circled numbers glued to the text and instructions listed with 、 (%s)', (text) => {
        const found = fromText('医保余额怎么查', [text]);
        expect(found.map((p) => [p.channel, p.steps])).toEqual([['alipay', ['打开支付宝', '搜索“医保电子凭证”', '点击“账户余额”']]]);
    });

    it('keeps things listed with 、 together when they are no instructions', () => {
        const found = fromText('医保转移怎么办', ['携带身份证、社保卡到医保服务大厅,填写转移接续申请表。']);
        expect(found.map((p) => p.steps)).toEqual([['携带身份证、社保卡到医保服务大厅', '填写转移接续申请表']]);
    });

    it.each([['楼主可以下载“某某医保”APP，登录后点“个人中心”就能看。'], ['大家可以下载“某某医保”APP，登录后点“个人中心”就能看。']])(
        'reads an instruction to the reader a thread or post addresses (%s)',
        (text) => {
            const found = fromText('求助：医保卡余额在哪看', [text]);
            expect(found.map((p) => [p.task, p.channel, p.steps[0]])).toEqual([['query_balance', 'app', '下载“某某医保”APP']]);
        },
    );
});

describe('where steps end', () => {
    it.each([
        [['打开“某某医保”APP；', '点“账户查询”就行；', '关注我，每天一个医保小知识。']],
        [['打开“某某医保”APP；', '点“账户查询”就行；', '感谢收看，我们下期再见！']],
        [['打开“某某医保”APP，点“账户查询”就行。点个“在看”，让更多人知道。']],
    ])("ends at a post's or video's sign-off, which asks nothing of the how-to", (lines) => {
        const found = fromText('医保余额怎么查', ['字幕：', ...lines]);
        expect(found.map((p) => p.steps)).toEqual([['打开“某某医保”APP', '点“账户查询”就行']]);
    });
});
