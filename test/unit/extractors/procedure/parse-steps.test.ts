import { describe, expect, it } from 'vitest';
import {
    arrowLinks,
    cleanStep,
    fromFirstAction,
    isActionStart,
    stepsFromProse,
    stepsFromTexts,
} from '../../../../extractors/procedure/parse-steps.js';

describe('parse-steps', () => {
    it('cleans numbering, lead-ins and trailing punctuation off a step', () => {
        expect(cleanStep('1. 打开微信,点击右下角“我”,进入“服务”;')).toBe('打开微信,点击右下角“我”,进入“服务”');
        expect(cleanStep('第一步,在手机应用商店下载“国家医保服务平台”APP并注册登录;')).toBe(
            '在手机应用商店下载“国家医保服务平台”APP并注册登录',
        );
        expect(cleanStep('(2)在首页点击“关系转移接续”,选择“转移接续申请”;')).toBe('在首页点击“关系转移接续”,选择“转移接续申请”');
    });

    it('tells instructions from statements', () => {
        expect(isActionStart('先拨打12393医保服务热线')).toBe(true);
        expect(isActionStart('通过手机应用商店下载“医保服务平台”APP')).toBe(true);
        expect(isActionStart('按3%计算')).toBe(false);
        expect(isActionStart('到账金额基本一样')).toBe(false);
        expect(isActionStart('在一些地区')).toBe(false);
    });

    it('reads a time (`到现在`) and a field name (`办理单位`) as no instruction, and an unqualified addressee before one', () => {
        expect(isActionStart('到现在还没有到账')).toBe(false);
        expect(isActionStart('办理单位 | 某市医疗保障局')).toBe(false);
        expect(isActionStart('到社区服务中心窗口办理')).toBe(true);
        expect(isActionStart('市民可拨打热线查询')).toBe(true);
        expect(isActionStart('市民可享受门诊报销')).toBe(false);
        expect(isActionStart('按照新的比例,每月多划入15元')).toBe(false);
        expect(isActionStart('根据规定,15个工作日内办结')).toBe(false);
        expect(isActionStart('按照语音提示选择业务')).toBe(true);
    });

    it('opens a step at each 第N步 clause of a prose sentence, without the number', () => {
        expect(stepsFromProse('第一步，打开某市医保APP；第二步，个人账户一栏；第三步，查看明细。')).toEqual([
            '打开某市医保APP', '个人账户一栏', '查看明细',
        ]);
    });

    it('splits arrow chains but keeps a - chain inside one step', () => {
        expect(arrowLinks('打开支付宝→市民中心→社保')).toEqual(['打开支付宝', '市民中心', '社保']);
        expect(arrowLinks('打开微信,点击“我”-“服务”-“城市服务”。')).toBeNull();
    });

    it('splits chains of bare > only when they have three links or more', () => {
        expect(arrowLinks('打开小程序 > 进入“跨省通办” > 提交申请')).toEqual(['打开小程序', '进入“跨省通办”', '提交申请']);
        expect(arrowLinks('打开小程序>进入“跨省通办”>提交申请')).toHaveLength(3);
        expect(arrowLinks('年龄>70岁的退休人员')).toBeNull();
    });

    it('drops the introduction before a colon from the first link of a chain', () => {
        expect(arrowLinks('可到大厅的自助终端查询:插入社保卡→输入密码→查看明细')).toEqual(['插入社保卡', '输入密码', '查看明细']);
    });

    it('reads an instruction addressed to people of a place or group, and an action inside a named app', () => {
        expect(isActionStart('大理州参保人员可携带社保卡到经办窗口')).toBe(true);
        expect(cleanStep('异地就医的退休人员需先到经办窗口登记;')).toBe('到经办窗口登记');
        expect(isActionStart('退休人员可享受门诊统筹待遇')).toBe(false);
        expect(isActionStart('微信搜索“医保电子凭证”小程序')).toBe(true);
        expect(isActionStart('微信支付很方便')).toBe(false);
    });

    it('splits prose into instructions and stops at a sentence that is not one', () => {
        expect(
            stepsFromProse('打开支付宝,首页搜索“医保”,进入“医保电子凭证”页面;然后点击“家庭共济”,按提示完成刷脸;最后添加家庭成员信息并提交。'),
        ).toEqual(['打开支付宝,首页搜索“医保”', '进入“医保电子凭证”页面', '点击“家庭共济”', '按提示完成刷脸', '添加家庭成员信息并提交']);
        expect(stepsFromProse('带着参保凭证和身份证,到新参保地医保经办机构申请转入。现在很多地方已经实现“转入地一站式受理”。')).toEqual([
            '带着参保凭证和身份证',
            '到新参保地医保经办机构申请转入',
        ]);
    });

    it('drops the lead-in sentences before the first instruction', () => {
        expect(fromFirstAction('社保卡大多是和银行合作发行的,具有金融功能。登录社保卡开户银行的手机银行。')).toBe(
            '登录社保卡开户银行的手机银行。',
        );
        expect(fromFirstAction('账户里的钱归个人所有,可以结转使用。')).toBeNull();
    });

    it('drops step numbers that a flow chart puts in items of their own', () => {
        expect(stepsFromTexts(['打开“某市医保”小程序', '2', '点击“账户查询”', '第三步', '输入验证码', '④'])).toEqual([
            '打开“某市医保”小程序',
            '点击“账户查询”',
            '输入验证码',
        ]);
    });

    it('reads spoken steps: a phone call, and 搜/点 before a quoted menu name, after a lead ending in a colon', () => {
        expect(fromFirstAction('上周问过了,办法很简单:打开微信,搜“某某医保”,点“账户”,就能看到。')).toBe('打开微信,搜“某某医保”,点“账户”,就能看到。');
        expect(stepsFromProse('打开微信,搜“某某医保”,点“账户”,就能看到。')).toEqual(['打开微信', '搜“某某医保”', '点“账户”,就能看到']);
        expect(isActionStart('打电话12345')).toBe(true);
        expect(isActionStart('点多了没用')).toBe(false);
    });
});

