/**
 * When a channel is the one the steps use, and when it is only named: a bank's app by any of its names, a till where
 * a card is read, notes on filling in a form, and a dated archive of notices. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText, extractPage } from '../../../../extractors/index.js';
import { channelsIn } from '../../../../extractors/procedure/cues.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(lines: string[], title: string): string[] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/p.html')
        .claims.filter((c): c is ProcedureDraft => c.kind === 'procedure')
        .map((p) => `${p.task}:${p.channel}`);
}

describe("a bank's app by any of its names", () => {
    it.each(['用建行掌上银行就能查', '打开工行手机银行', '登录个人网上银行', '农行手机App里也能看', '打开本行App'])('is the bank (%s)', (text) => {
        expect(channelsIn(text)[0]).toBe('bank');
    });

    it('gives the bank as the channel of its steps', () => {
        expect(procedures(['也可以用招行掌上银行查：登录后点“生活缴费”；再点“医保余额查询”；确认后页面显示余额。'], '个账余额查询方法汇总')).toEqual([
            'query_balance:bank',
        ]);
    });

    it('leaves a government app an app', () => {
        expect(channelsIn('打开掌上12333')).toEqual(['app']);
    });
});

describe('a till where the card is read', () => {
    it.each(['请到收银台出示医保码', '在收款台刷卡', '到一楼收费处查询', '到本店服务台出示医保码'])('is a pharmacy or hospital (%s)', (text) => {
        expect(channelsIn(text)).toEqual(['hospital']);
    });

    it("gives a shop's balance check at the till", () => {
        expect(procedures(['想查卡上医保余额剩几何，可以去收款台：出示社保卡；店员刷卡读取；小票上会打出余额。'], '某某药房关于医保刷卡的告示')).toEqual([
            'query_balance:hospital',
        ]);
    });
});

describe('lines that look like steps but are none', () => {
    it.each(['填表说明', '填写须知', '表格填报注意事项'])('notes on filling in a form under %s', (label) => {
        const lines = [label, '1.此表请用黑色签字笔填写，一式三份，交县医保大厅三号窗口；', '2.县医保部门收件后十个工作日内办完。'];
        expect(procedures(lines, '医保关系转出转入申请登记表（空白样表）')).toEqual([]);
    });

    it('a how-to after the notes, under its own label', () => {
        const lines = ['填表说明', '1.此表请用黑色签字笔填写，一式三份。', '办理流程', '1.填好登记表后交到县医保大厅三号窗口；', '2.等窗口审好材料，领取联系函。'];
        expect(procedures(lines, '医保关系转出转入申请登记表（空白样表）')).toEqual(['transfer:counter']);
    });

    it('the same lines as a how-to under a steps heading', () => {
        const lines = ['办理流程', '1.填好登记表后交到县医保大厅三号窗口；', '2.等窗口审好材料，领取联系函。'];
        expect(procedures(lines, '医保关系转出转入怎么办')).toEqual(['transfer:counter']);
    });

    it.each([
        ['2027-02-01 【某县医保】本月个账资金已到位，可登录“鄂汇办”查询到账情况。', '2027-01-10 【某县医保】居民医保缴费期至2月底，请及时缴纳。'],
        ['2027/02/01 【某县医保】本月个账资金已到位，可打开微信小程序查询到账情况。', '2027/01/10 【某县医保】居民医保缴费期至2月底，请及时缴纳。'],
    ])('entries of a dated message archive (%s)', (...entries) => {
        const title = '某县医保短信推送记录';
        const items = entries.map((e) => `<li><span>${e.slice(0, 10)}</span> <span>${e.slice(11)}</span></li>`).join('');
        const html = `<html><head><title>${title}</title></head><body><h1>${title}</h1><ul>${items}</ul></body></html>`;
        expect(extractPage(html, 'https://example.test/sms.html').claims.filter((c) => c.kind === 'procedure')).toEqual([]);
    });
});

describe('a list of instructions under a title naming one way', () => {
    function fromList(title: string, items: string[]): string[] {
        const list = items.map((item) => `<li>${item}</li>`).join('');
        const html = `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>不少老人问起个人账户每个月到底进了多少钱，又不想专门跑一趟大厅，其实在手机上自己就能看明白。</p><ol>${list}</ol><p>操作过程中如果提示需要实名认证，按页面提示完成人脸识别即可，整个过程大约一两分钟。</p></body></html>`;
        return extractPage(html, 'https://example.test/list.html')
            .claims.filter((c): c is ProcedureDraft => c.kind === 'procedure')
            .map((p) => `${p.task}:${p.channel}`);
    }

    it.each([
        ['用微信查医保卡余额只要两步', ['进入“城市服务”找到医保', '选择参保城市', '页面会显示余额和每月到账']],
        ['支付宝上怎么看医保个账', ['点开首页的“市民中心”', '切换到社保医保栏目', '就能看到每月的划入记录']],
    ])('is that way\'s how-to (%s)', (title, items) => {
        expect(fromList(title, items)).toHaveLength(1);
        expect(fromList(title, items)[0]).toMatch(/^query_balance:(wechat|alipay)$/);
    });

    it('gives none for a list of facts', () => {
        expect(fromList('用微信查医保卡余额须知', ['余额每月月初更新', '退休人员按月划入', '在职职工按比例记入'])).toEqual([]);
    });

    it('gives none when the title names two ways', () => {
        expect(fromList('微信和支付宝都能查医保余额', ['进入“城市服务”找到医保', '选择参保城市', '页面会显示余额'])).toEqual([]);
    });
});
