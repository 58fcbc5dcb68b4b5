/**
 * A service guide as government portals print it: a site path over a table of fields, then the flow as a list
 * whose items each name their step (`提交申请:…`, `受理审核:…`), some done by staff. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(body: string, title = '医保关系转移接续(转出)'): ProcedureDraft[] {
    const html = `<html><head><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
    return extractPage(html, 'https://example.test/guide.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const brief = (p: ProcedureDraft) => [p.task, p.channel, p.region, p.steps];

const FIELDS = `<table>
<tr><th>事项类型</th><td>公共服务</td><th>实施主体</th><td>福安市医疗保障局</td></tr>
<tr><th>办理形式</th><td>窗口办理、网上办理</td><th>到现场次数</th><td>1次</td></tr>
</table>`;

const TABS = '<div><span>基本信息</span><span>申请材料</span><span>办理流程</span></div>';

const FLOW = `<h3>办理流程</h3><ol>
<li>提交申请:参保人携带身份证到市民中心医保窗口提交申请</li>
<li>受理审核:窗口人员审核材料</li>
<li>办结:出具联系函,余额一并划转</li>
</ol>`;

describe('a service guide', () => {
    it('reads its flow whole, steps done by staff included, as the responsible body\'s town\'s', () => {
        const got = procedures(`<div>某省政务服务网 · 宁德市 · 福安市</div>${TABS}${FIELDS}${FLOW}`);
        expect(got.map(brief)).toEqual([
            ['transfer', 'counter', '福安', ['携带身份证到市民中心医保窗口提交申请', '窗口人员审核材料', '出具联系函,余额一并划转']],
        ]);
    });

    it('makes no step of a table of fields under a line naming the flow', () => {
        const got = procedures(`${TABS}${FIELDS}`);
        expect(got).toEqual([]);
    });

    it('takes no channel from a site path naming a portal', () => {
        const got = procedures(`<div>某省政务服务网 · 宁德市 · 福安市</div>${TABS}${FIELDS}`);
        expect(got.map((p) => p.channel)).not.toContain('website');
    });
});

describe('a list whose items name topics', () => {
    it('keeps an item that only names a task as the label of the reply under it', () => {
        const got = procedures(`<p>某市医保局公众号开通关键词自动回复。</p><ul>
<li>发送:转移</li>
<li>回复:您好!转移接续10个工作日内办结。</li>
<li>发送:余额查询</li>
<li>回复:微信搜索“某市医保”小程序→点击“个人账户”→查看余额</li>
<li>发送:电话</li>
</ul>`, '公众号关键词回复');
        expect(got.map((p) => [p.task, p.channel, p.steps])).toEqual([['query_balance', 'wechat', ['微信搜索“某市医保”小程序', '点击“个人账户”', '查看余额']]]);
    });
});
