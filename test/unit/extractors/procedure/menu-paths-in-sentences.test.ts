/**
 * Menu paths printed inside a sentence (docs/claims.md § Procedures): a chain of hyphens or dashes announced as the
 * path (`路径:`, `依次进入:`) or arriving at a menu naming a task; a chain set apart by spaces (`依次点击 首页 > … 即可`)
 * is one row; the instructions leading into a chain are steps of their own. Every page and sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function fromHtml(body: string): ProcedureDraft[] {
    const title = '手机上怎么看医保余额';
    const intro = '<p>本页汇总读者来信里问得最多的几件事，具体办理请以本地经办机构的答复为准。</p>';
    const outro = '<p>以上内容根据公开资料整理，如有变动请以官方发布为准，欢迎读者继续来信反映问题。</p>';
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${intro}${body}${outro}</body></html>`;
    return extractPage(html, 'https://example.test/page.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const read = (found: ProcedureDraft[]) => found.map((p) => [p.task, p.channel, p.steps]);

describe('a menu path inside a sentence', () => {
    it.each([
        ['<p>打开某市医保APP，路径：我的-个人信息-余额明细。</p>', 'app', ['打开某市医保APP', '我的', '个人信息', '余额明细']],
        ['<p>登录某某银行APP，入口为：社保专区—医保服务—账户余额。</p>', 'bank', ['登录某某银行APP', '社保专区', '医保服务', '账户余额']],
        ['<p>在支付宝里依次进入：城市服务—社保—个人账户查询。</p>', 'alipay', ['城市服务', '社保', '个人账户查询']],
        ['<p>打开微信后，依次点击 我 > 服务 > 医保余额查询 即可。</p>', 'wechat', ['打开微信后', '我', '服务', '医保余额查询']],
    ])('reads %s as its steps', (body, channel, steps) => {
        expect(read(fromHtml(body))).toEqual([['query_balance', channel, steps]]);
    });

    it.each([
        '<p>办理时间：周一至周五 8:30-17:30，节假日休息。</p>',
        '<p>咨询电话：0571-12345678，微信公众号同步答疑。</p>',
        '<p>支付宝用户分布：城市—县城—乡镇，覆盖面很广。</p>',
    ])('reads no steps in hyphens or dashes that are no path (%s)', (body) => {
        expect(fromHtml(body)).toEqual([]);
    });
});
