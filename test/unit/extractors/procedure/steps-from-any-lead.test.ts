/**
 * Where steps start and which words make one, on pages nobody tuned the reader to (docs/claims.md § Procedures,
 * "How the reader decides" 1–3): a `先` after who does it or when, the doer named before the verb, the short and
 * spoken verbs of carrying, handing over and dialling, a terminal by any of its names, and field names that are no
 * instruction. Every page and sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText, extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function fromText(title: string, lines: string[]): ProcedureDraft[] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/page/1.html').claims.filter(
        (c): c is ProcedureDraft => c.kind === 'procedure',
    );
}

function fromHtml(title: string, body: string): ProcedureDraft[] {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article>${body}</article></body></html>`;
    return extractPage(html, 'https://example.test/page.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const keys = (found: ProcedureDraft[]) => found.map((p) => [p.task, p.channel, p.region]);

describe('a `先` after who does it or when opens ordered steps', () => {
    it.each([
        '我那次是先拿户口本去窗口填一张转移申请表，再把参保凭证交给工作人员，就办完了。',
        '你先拿着身份证到医保窗口填转移申请表，再等工作人员受理。',
        '当天先去窗口领一张转移接续申请表，然后交给工作人员审核。',
    ])('reads %s as counter steps of a transfer', (reply) => {
        const found = fromText('调动工作以后医保怎么办', [reply]);
        expect(keys(found)).toEqual([['transfer', 'counter', null]]);
        expect(found[0]!.steps[0]).toMatch(/^(?:拿|去|领)/);
    });

    it.each([
        '王先生去年在窗口办过转移，他说人很多。',
        '转移以后能拿多少钱，要看转入地的标准，窗口会告诉你。',
        '我原先在窗口问过转移的事，后来就没去了。',
    ])('gives no steps for %s, where no `先` opens an order', (line) => {
        expect(fromText('调动工作以后医保怎么办', [line])).toEqual([]);
    });
});

describe('the words a step is made of', () => {
    it.each([
        ['某县参保人员出国定居的，可申请一次性提取个人账户余额：携护照到医保窗口提交申请，审核后余额转入本人银行卡。', 'withdraw', 'counter'],
        ['查余额不用上网：拨12333，按语音提示按2进入医保查询，再输入社保卡号和密码。', 'query_balance', 'phone'],
        ['镇便民服务中心设有自助服务一体机：插入社保卡，选“参保证明打印”，核对后点“打印”取件。', 'print_record', 'kiosk'],
    ])('reads %s', (line, task, channel) => {
        expect(keys(fromText('参保人办事须知', [line]))).toEqual([[task, channel, null]]);
    });

    it('reads the doer named before the verb as no part of the step', () => {
        const found = fromText('参保人去世后个人账户余额怎么领取', [
            '办理流程',
            '（一）继承人携带死亡证明和亲属关系证明到医保服务中心窗口提出申请；',
            '（二）窗口人员审核材料并录入银行账户信息；',
        ]);
        expect(keys(found)).toEqual([['withdraw', 'counter', null]]);
        expect(found[0]!.steps[0]).toMatch(/^携带死亡证明/);
    });

    it.each(['参保人去世后余额怎么领', '领取已故参保人个人账户余额', '个人账户余额可以领回吗'])(
        'reads the balance claimed (%s) as a withdrawal',
        (title) => {
            expect(keys(fromText(title, ['家属先带上死亡证明到医保窗口，再填写申请表。']))).toEqual([['withdraw', 'counter', null]]);
        },
    );

    it.each(['办理对象 | 在本地参保的职工', '办理地点 | 医保服务大厅', '办理时限 | 5个工作日'])(
        'reads a guide field (%s) as no instruction',
        (field) => {
            expect(fromText('职工医保关系转移接续', ['首页 > 个人服务 > 社会保障', field])).toEqual([]);
        },
    );
});

describe('a chain of page sections is a breadcrumb, not steps', () => {
    it.each(['首页 > 个人服务 > 社会保障 > 办事指南', '首页 > 办事服务 > 个人办事 > 医疗保障'])(
        'gives no steps for %s under a title naming a website',
        (crumbs) => {
            const title = '职工医保个人账户一次性支取-办事指南-政务服务网';
            expect(fromText(title, [crumbs, '事项类型 | 公共服务', '办理对象 | 自然人'])).toEqual([]);
        },
    );

    it('still reads menus leading to a task under a title naming the way', () => {
        const found = fromText('支付宝里怎么绑定家庭共济', ['我的 → 家庭共济 → 添加成员 → 输入家人身份证号']);
        expect(keys(found)).toEqual([['family_sharing', 'alipay', null]]);
    });
});

describe('the place of the steps is read from the steps and what leads into them', () => {
    it.each([
        ['现在网上就能办，在国家医保服务平台APP里点“关系转移接续”，填好转出地和转入地，提交即可。鹤岗这边规定45日内办结。'],
        ['打开国家医保服务平台APP，点“关系转移接续”，填好转出地和转入地，提交即可。转出前在鹤岗的缴费年限都会带走。'],
    ])('leaves out a place named only after the steps (%s)', (answer) => {
        const found = fromText('调到外省工作，医保关系多久能转好', ['最佳答案', answer]);
        expect(keys(found)).toEqual([['transfer', 'app', null]]);
    });

    it.each([
        '在某乙市打电话就行：拨12333，按2进入医保查询，再输入社保卡号和密码。',
        '某乙市的话，拨12333，按2进入医保查询，再输入社保卡号和密码。',
    ])('keeps a place named in the sentence leading into them (%s)', (reply) => {
        const text = reply.replace(/某乙/g, '乌海');
        expect(keys(fromText('老人不会用手机，怎么查医保卡余额', [text]))).toEqual([['query_balance', 'phone', '乌海']]);
    });

    it.each([
        '现在全国都可以网上办，在国家医保服务平台APP里点“关系转移接续”，填好转出地和转入地，提交就行。',
        '不管在哪都能办：打开国家医保服务平台APP，点“关系转移接续”，填好转出地和转入地，提交就行。',
    ])('gives steps said to work nationwide no place from the page (%s)', (answer) => {
        expect(keys(fromText('从乌海调到外省工作，医保关系多久能转好', ['乌海这边的退休人员也常问这个。', answer]))).toEqual([
            ['transfer', 'app', null],
        ]);
    });
});

describe('a paragraph introducing the way leads into the steps after it', () => {
    const steps = '先把社保卡插进自助终端的读卡口，再在屏幕上点“医保查询”，然后输入密码，余额就出来了。';

    it.each([
        '鹤岗不少社区服务中心都放了医保自助终端，查个人账户很方便。',
        '鹤岗市医保服务大厅新设了一批自助终端。',
    ])('takes the place of %s', (intro) => {
        expect(keys(fromHtml('在自助机上查医保，一分钟搞定', `<h2>视频文字稿</h2><p>${intro}</p><p>${steps}</p>`))).toEqual([
            ['query_balance', 'kiosk', '鹤岗'],
        ]);
    });

    it.each([
        ['names another way', '鹤岗不少人习惯用微信查个人账户。'],
        ['names two unrelated places', '鹤岗和佳木斯的社区都放了医保自助终端。'],
        ['stands in another section', null],
    ])('takes no place from a paragraph that %s', (_, intro) => {
        const body =
            intro === null
                ? '<h2>背景</h2><p>鹤岗不少社区服务中心都放了医保自助终端。</p><h2>怎么查</h2>'
                : `<h2>视频文字稿</h2><p>${intro}</p>`;
        const found = fromHtml('在自助机上查医保，一分钟搞定', `${body}<p>${steps}</p>`);
        expect(found.map((p) => p.region)).not.toContain('鹤岗');
    });
});

describe('the answers on a question page answer for the place it asks about', () => {
    const reply = '补充下自己查的方法：打开支付宝，搜“医保电子凭证”，点“我的账户”，再点“个账明细”就能看到。';

    it.each([
        ['[求助] 鹤岗退休了医保卡每个月进多少?', '刚办完退休，想问下鹤岗这边医保卡每月进多少钱？社区的人也说不清楚。'],
        ['鹤岗的医保个人账户怎么查余额？', '家里老人在鹤岗退休，问问大家平时怎么查。'],
    ])('gives the steps of a reply the place of %s', (title, opening) => {
        expect(keys(fromHtml(title, `<p>${opening}</p><p>${reply}</p>`))).toEqual([['query_balance', 'alipay', '鹤岗']]);
    });

    it.each([
        ['a title that asks nothing', '鹤岗退休人员医保卡每月到账标准', '刚办完退休，想问下鹤岗这边医保卡每月进多少钱？'],
        ['an opening that names another place', '[求助] 鹤岗退休了医保卡每个月进多少?', '我在佳木斯退休，想问下医保卡每月进多少钱？'],
        ['an opening that names no place', '[求助] 鹤岗退休了医保卡每个月进多少?', '刚办完退休，想问下医保卡每月进多少钱？'],
    ])('gives none under %s', (_, title, opening) => {
        expect(fromHtml(title, `<p>${opening}</p><p>${reply}</p>`).map((p) => p.region)).not.toContain('鹤岗');
    });

    it('gives none to an answer under a heading of its own', () => {
        const body = `<p>刚办完退休，想问下鹤岗这边医保卡每月进多少钱？</p><h2>怎么查到账没有</h2><p>${reply}</p>`;
        expect(fromHtml('[求助] 鹤岗退休了医保卡每个月进多少?', body).map((p) => p.region)).not.toContain('鹤岗');
    });
});

describe("steps naming only their province's platform", () => {
    const steps = ['用微信最方便：', '1. 微信搜索 黑龙江医保 小程序', '2. 用医保电子凭证登录', '3. 点 个人账户 → 交易明细'];

    it.each(['给爸妈查医保个人账户：鹤岗的标准和查询方法', '鹤岗退休人员医保账户怎么查'])(
        'are the city in that province the title names (%s)',
        (title) => {
            expect(keys(fromText(title, steps))).toEqual([['query_balance', 'wechat', '鹤岗']]);
        },
    );

    it.each([
        ['a city of another province', '给爸妈查医保个人账户：昆明的标准和查询方法'],
        ['no place', '给爸妈查医保个人账户：标准和查询方法'],
    ])('stay the province under a title naming %s', (_, title) => {
        expect(keys(fromText(title, steps))).toEqual([['query_balance', 'wechat', '黑龙江']]);
    });
});

describe('the menu the steps pick last says where they arrive', () => {
    const title = '老百姓想看自己的医保明细，怎么弄最方便？';
    const hall = '各个医保服务大厅都有自助终端，';

    it.each([
        `${hall}插入社保卡，点“个人账户查询”，再点“打印明细”，就能把划入记录打出来。`,
        `${hall}刷社保卡后选择“账户查询”，接着选“参保证明打印”，取走打印件。`,
    ])('reads a print menu picked after a query menu as printing a record (%s)', (answer) => {
        expect(keys(fromText(title, [answer]))).toEqual([['print_record', 'kiosk', null]]);
    });

    it.each([
        `${hall}插入社保卡，选“个人账户查询”，打印明细。`,
        `${hall}插入社保卡，点“打印设置”旁边的“个人账户查询”，查看余额。`,
    ])('keeps a query whose last menu queries or whose print picks no menu (%s)', (answer) => {
        expect(keys(fromText(title, [answer]))).toEqual([['query_balance', 'kiosk', null]]);
    });
});

describe('ways and tasks by any of their names', () => {
    it.each([
        ['先到区政务服务中心取号，再向工作人员说明要开具参保缴费证明。', 'print_record', 'counter'],
        ['先去县医疗保障服务中心取号，再填写转移接续申请表交给工作人员。', 'transfer', 'counter'],
        ['带上身份证到人社服务大厅，请工作人员打印参保凭证。', 'print_record', 'counter'],
    ])('reads an office by its name (%s)', (line, task, channel) => {
        expect(keys(fromText('参保人办事须知', [line]))).toEqual([[task, channel, null]]);
    });

    it('reads a hall with a terminal in it as the terminal', () => {
        const found = fromText('参保人办事须知', ['社保服务中心的自助终端上插入社保卡，选“缴费证明打印”，再点“打印”。']);
        expect(keys(found)).toEqual([['print_record', 'kiosk', null]]);
    });

    it.each(['不会用手机的话，直接打12333，按2进入医保查询，再输入社保卡号和密码。', '拨12333，按2进入医保查询，再输入社保卡号和密码。'])(
        'reads dialling a hotline bare (%s)',
        (line) => {
            const found = fromText('医保余额怎么查', [line]);
            expect(keys(found)).toEqual([['query_balance', 'phone', null]]);
            expect(found[0]!.steps[0]).toMatch(/^(?:打|拨)12333/);
        },
    );

    it('reads no dialling in a number that is no hotline', () => {
        expect(fromText('医保余额怎么查', ['打5折的药品不能用个人账户，余额可在月底查。'])).toEqual([]);
    });
});

describe('leads that announce the first instruction', () => {
    it.each([
        '出国定居的可以申请一次性提取。具体是带上护照、定居证明和社保卡，到参保地医保经办窗口提出申请。',
        '出国定居的可以申请一次性提取，办法是：带上护照和社保卡，到参保地医保经办窗口提出申请。',
    ])('reads the steps after `具体是`/`办法是` (%s)', (answer) => {
        const found = fromText('个人账户余额能取出来吗', [answer]);
        expect(keys(found)).toEqual([['withdraw', 'counter', null]]);
        expect(found[0]!.steps[0]).toMatch(/^带上护照/);
    });

    it('reads no step in `具体是多少`', () => {
        expect(fromText('个人账户余额能取出来吗', ['具体是多少要看窗口的核算结果，一般一个月左右到账。'])).toEqual([]);
    });

    it('reads the one named as doing the steps (`子女打开…`) as no part of them', () => {
        const found = fromText('医保个账怎么查', ['老年人可以让子女帮忙：子女打开支付宝，搜“医保”，切换到老人的账户，就能看到余额。']);
        expect(keys(found)).toEqual([['query_balance', 'alipay', null]]);
        expect(found[0]!.steps[0]).toBe('打开支付宝');
    });
});

describe('a text message to a hotline', () => {
    it.each(['发短信也行：编辑短信“YE+身份证号”发送到12333，稍后会收到余额短信。', '短信查询：编辑“YE+身份证号”发送到12333。'])(
        'is the phone line (%s)',
        (line) => {
            expect(keys(fromText('医保余额怎么查?', [line]))).toEqual([['query_balance', 'phone', null]]);
        },
    );

    it('is no way when only received', () => {
        expect(fromText('医保余额怎么查?', ['每月划入后会收到余额短信提醒，不用专门去查。'])).toEqual([]);
    });
});

describe('a heading or label naming how the task is done', () => {
    const online = '登录“某某医保”APP，点击“异地备案”，填写信息后提交。';

    it.each([
        ['二、线下办理', '携带身份证到市医保服务中心窗口填写备案表。', 'counter'],
        ['现场办理：', '带上社保卡到区政务服务中心窗口提交备案申请。', 'counter'],
    ])('announces the one instruction under it (%s)', (label, line, channel) => {
        const found = fromText('异地就医备案办理指南', ['一、线上办理', online, label, line]);
        expect(keys(found)).toEqual([
            ['offsite_filing', 'app', null],
            ['offsite_filing', channel, null],
        ]);
    });

    it('does not make a way only offered under it a procedure', () => {
        const found = fromText('医保转移接续新规', ['手机上怎么申请转移?', '打开支付宝首页搜索“医保服务”，点击“医保关系转移”，提交申请。', '也可以用微信办理。']);
        expect(keys(found)).toEqual([['transfer', 'alipay', null]]);
    });
});

describe('an inline label naming a way', () => {
    it('reads an instruction after it that ends on the task as a step', () => {
        const found = fromText('灵活就业人员医保怎么缴费', ['缴费渠道：', '· 微信：搜索“某某税务”小程序缴费', '· 银行：到合作银行网点柜台缴纳']);
        expect(keys(found)).toEqual([
            ['pay_premium', 'wechat', null],
            ['pay_premium', 'bank', null],
        ]);
    });

    it('reads a body that only names the way as part of the label', () => {
        expect(fromText('灵活就业人员医保怎么缴费', ['方式一：通过银行App缴费', '方式二：用微信缴费'])).toEqual([]);
    });
});

describe('a lead naming the task announces the instruction after its colon', () => {
    it.each([
        '答：不可以取现。出国定居或死亡的，可按规定一次性支取：携带相关证明到参保地医保经办窗口申请，审核后退还。',
        '答：可以。办理异地就医备案：带上身份证到医保服务大厅窗口填写备案表。',
    ])('reads %s as a how-to', (answer) => {
        const found = fromText('医保个人账户常见问题', [answer]);
        expect(found).toHaveLength(1);
        expect(found[0]!.channel).toBe('counter');
    });

    it.each([
        '答：不可以取现。注意：到医保窗口问过，余额只能看病用。',
        '答：不可以取现。也可以一次性支取：到医保窗口申请。',
    ])('reads none when the lead names no task or offers another way (%s)', (answer) => {
        expect(fromText('医保个人账户常见问题', [answer])).toEqual([]);
    });
});

describe('a place picked as where the insured are treated or live', () => {
    const intro = '<p>很多老人冬天到外地过冬，在当地看病想直接结算，就需要提前办好异地就医备案。下面说说手机上怎么办，几分钟就好。</p>';

    it.each(['选择就医地海南，填写信息后提交', '就医城市选海南，填写信息后提交', '居住地选择三亚，填写信息后提交'])(
        'is a destination, not the place of the steps (%s)',
        (pick) => {
            const body = `${intro}<ol><li>打开“国家医保服务平台”APP</li><li>点击“异地备案”</li><li>${pick}</li></ol>`;
            expect(keys(fromHtml('手把手教你异地就医备案', body))).toEqual([['offsite_filing', 'app', null]]);
        },
    );

    it('leaves the place of insurance picked in the steps theirs', () => {
        const body = `${intro}<ol><li>打开“国家医保服务平台”APP</li><li>点击“异地备案”</li><li>选择参保地鹤岗，填写就医地后提交</li></ol>`;
        expect(keys(fromHtml('手把手教你异地就医备案', body))).toEqual([['offsite_filing', 'app', '鹤岗']]);
    });
});

describe('numbered ways, each a label and its steps', () => {
    it('reads a phone-app way (`手机查询:`) beside a counter way', () => {
        const found = fromText('医保卡余额怎么查', [
            '1、手机查询：下载“某某办”APP，实名注册后点“医保服务”查询余额。',
            '2、柜台查询：带上医保卡到医保大厅窗口，请工作人员查询。',
        ]);
        expect(keys(found)).toEqual([
            ['query_balance', 'app', null],
            ['query_balance', 'counter', null],
        ]);
    });

    it('reads no way from a label over a tip that instructs nothing', () => {
        expect(fromText('医保卡余额怎么查', ['1、手机查询：很方便，随时随地都能看。'])).toEqual([]);
    });
});
