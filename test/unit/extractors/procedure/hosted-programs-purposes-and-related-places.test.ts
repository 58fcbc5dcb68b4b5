/**
 * Five decisions of one round: a mini program entered without its host named goes on with the app the steps opened;
 * a prefecture and a county in it are one place for the steps; a clause addressing those who need a task names it;
 * a counter label over steps going only to a bank's branch is the bank; a title naming several tasks leaves the choice to
 * the steps. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(title: string, lines: string[]): [string, string, string | null][] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/p/1.html')
        .claims.filter((c): c is ProcedureDraft => c.kind === 'procedure')
        .map((p) => [p.task, p.channel, p.region]);
}

describe('a mini program entered without WeChat named goes on with Alipay steps', () => {
    it('keeps numbered steps after an Alipay opening as one Alipay how-to', () => {
        const lines = ['1、启动支付宝，在顶部搜索框里打“社保”', '2、点开“某某服务”小程序，点“余额查询”', '3、人脸核验后查看余额'];
        expect(procedures('个账里还剩多少钱怎么看', lines).map(([, channel]) => channel)).toEqual(['alipay']);
    });

    it('still reads a step that names WeChat as WeChat', () => {
        const lines = ['1、启动支付宝，在顶部搜索框里打“社保”', '2、在微信里点开“某某服务”小程序，点“余额查询”', '3、人脸核验后查看余额'];
        expect(procedures('个账里还剩多少钱怎么看', lines).map(([, channel]) => channel)).toEqual(['wechat']);
    });
});

describe('a prefecture and a county in it name one place', () => {
    it('reads the county when the steps name it under its prefecture', () => {
        const lines = ['一、打开“某某通”APP，找到“备案登记”；二、参保地点选温州市文成县，填好就医城市后提交。'];
        expect(procedures('跨省看病备案步骤', lines)).toEqual([['offsite_filing', 'app', '文成']]);
    });

    it('still reads two unrelated places as neither', () => {
        const lines = ['一、打开“某某通”APP，找到“备案登记”；二、参保地点选文成县，单位所在地点选嘉善县，最后提交。'];
        expect(procedures('跨省看病备案步骤', lines).map(([, , region]) => region)).toEqual([null]);
    });
});

describe('a clause addressing those who need a task names it', () => {
    it('reads the print task over a transfer heading', () => {
        const lines = ['医保关系转出转入', '要开一份参保缴费证明的，先进入省级医保平台的网上服务大厅里点“证明开具”，生成文件后下载。'];
        expect(procedures('社保问答', lines).map(([task]) => task)).toEqual(['print_record']);
    });

    it('keeps the heading task when the first clause is a step', () => {
        const lines = ['医保关系转出转入', '带好身份证，先进入省级医保平台的网上服务大厅里点“关系转移申请”，填好后提交。'];
        expect(procedures('社保问答', lines).map(([task]) => task)).toEqual(['transfer']);
    });
});

describe('a counter label over steps going only to a bank branch is the bank', () => {
    it('reads a branch counter of the bank as the bank', () => {
        const lines = ['二、营业网点柜台查询', '拿上社保卡去我行任一网点，请柜台人员帮忙查医保余额，核对身份后打出余额单。'];
        expect(procedures('本行社保卡余额查询', lines).map(([, channel]) => channel)).toEqual(['bank']);
    });

    it('keeps an office counter a counter', () => {
        const lines = ['二、窗口柜台查询', '拿上社保卡去区医保服务中心，请窗口人员帮忙查医保余额，核对身份后打出余额单。'];
        expect(procedures('社保卡余额查询', lines).map(([, channel]) => channel)).toEqual(['counter']);
    });
});

describe('a title naming several tasks leaves the choice to the steps’ own menus', () => {
    const lines = [
        '一、支付宝',
        '1、主页上搜“医保码”打开小程序',
        '2、点“亲情账户”，接着点“新增亲属”',
        '3、填好亲属证件号码后提交',
        '二、微信',
        '1、微信里打开“某某医保”公众号',
        '2、点菜单“我的”，再选“账户余额”',
        '3、查看当前余额',
    ];

    it('reads each way by the task its menus pick', () => {
        expect(procedures('教你开通亲情账户和查询个账余额', lines).map(([task]) => task)).toEqual(['family_sharing', 'query_balance']);
    });

    it('keeps the one task a title names for every way under it', () => {
        expect(procedures('教你开通亲情账户', lines).map(([task]) => task)).toEqual(['family_sharing', 'family_sharing']);
    });
});
