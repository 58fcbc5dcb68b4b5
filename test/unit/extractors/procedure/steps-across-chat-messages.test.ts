/**
 * Steps spread over several chat messages (an exported group chat, a service robot's transcript), each a line after
 * a time and the sender's name: the name labels nothing, a dated message is no byline, the steps one sender gives end
 * where someone else speaks, and the message asking how names their task. Every page and sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function fromChat(messages: string[]): ProcedureDraft[] {
    const intro = '<p>下面是从手机里导出的一段对话，原样保存，方便以后翻看。</p>';
    const body = messages.map((m) => `<p>${m}</p>`).join('');
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>对话存档（导出）</title></head><body><h1>对话存档（导出）</h1>${intro}<div>${body}</div></body></html>`;
    return extractPage(html, 'https://example.test/chat/7.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

describe('steps given over several messages', () => {
    it('reads one sender\'s messages after a dated header as the steps, the question before them naming the task', () => {
        const found = fromChat([
            '2031-04-09 18:40 大舅：孩子，我这张医保卡的余额咋看',
            '2031-04-09 18:42 阿明：舅你先打开支付宝',
            '2031-04-09 18:42 阿明：在顶上搜“医保”，点进“便民服务”',
            '2031-04-09 18:43 阿明：再点“账户信息”，就能看到余额',
            '2031-04-09 18:50 大舅：好嘞',
        ]);
        expect(found.map((p) => [p.task, p.channel])).toEqual([['query_balance', 'alipay']]);
        expect(found[0]!.steps).toEqual(['打开支付宝', '在顶上搜“医保”,点进“便民服务”', '点“账户信息”,就能看到余额']);
    });

    it('reads a robot transcript with bracketed times the same way', () => {
        const found = fromChat([
            '[09:01:10] 访客：在微信上怎么办异地就医备案',
            '[09:01:12] 小助手：您好，请按以下操作：',
            '[09:01:12] 小助手：打开微信，进入“某某医保”小程序',
            '[09:01:13] 小助手：点击“异地备案”，填写参保地和就医地',
            '[09:01:13] 小助手：提交后等候审核即可',
        ]);
        expect(found.map((p) => [p.task, p.channel])).toEqual([['offsite_filing', 'wechat']]);
        expect(found[0]!.steps).toHaveLength(3);
    });

    it('ends the steps where another sender speaks', () => {
        const found = fromChat([
            '2031-04-09 18:40 大舅：医保卡余额咋看',
            '2031-04-09 18:42 阿明：打开支付宝，搜“医保”，点进“便民服务”',
            '2031-04-09 18:44 阿芳：点“账户信息”也行，我上次就是这样看的',
        ]);
        expect(found.map((p) => p.steps)).toEqual([['打开支付宝', '搜“医保”', '点进“便民服务”']]);
    });
});

describe('near misses: messages that give no steps', () => {
    it('gives none for messages that only name a way', () => {
        const found = fromChat([
            '2031-04-09 18:40 大舅：听说支付宝能看医保余额',
            '2031-04-09 18:42 阿明：是的，微信也能看',
            '2031-04-09 18:43 大舅：好嘞',
        ]);
        expect(found).toEqual([]);
    });

    it('still drops a dated byline whose name is a field of the page', () => {
        const html = `<!doctype html><html><head><meta charset="utf-8"><title>余额怎么查</title></head><body><h1>余额怎么查</h1>
            <p>2031-04-09 18:40 来源：某某网</p>
            <p>支付宝查询步骤：</p><p>1.打开支付宝，搜“医保”</p><p>2.点进“便民服务”后选“账户信息”</p></body></html>`;
        const page = extractPage(html, 'https://example.test/news/3.html');
        expect(page.passages.map((p) => p.text)).not.toContain('2031-04-09 18:40 来源：某某网');
    });
});
