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
