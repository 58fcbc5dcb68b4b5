import { describe, expect, it } from 'vitest';
import { channelsIn, taskIn } from '../../../../extractors/procedure/cues.js';

describe('cues', () => {
    it('reads the national platform by the form it is named in', () => {
        expect(channelsIn('登录国家医保服务平台网站,点击“个人服务”')).toEqual(['website']);
        expect(channelsIn('微信搜索“国家医保服务平台”小程序')).toEqual(['wechat']);
        expect(channelsIn('下载“国家医保服务平台”APP')).toEqual(['app']);
    });

    it('reads a mini program or official account as WeChat unless Alipay hosts it', () => {
        expect(channelsIn('登录“某省医保”小程序,进入“家庭共济”')).toEqual(['wechat']);
        expect(channelsIn('关注“某市医保”公众号,点击“个人账户”')).toEqual(['wechat']);
        expect(channelsIn('点击本服务号底部菜单“办事大全”')).toEqual(['wechat']);
        expect(channelsIn('进入“某市医保”订阅号,回复“余额”')).toEqual(['wechat']);
        expect(channelsIn('打开支付宝,搜索“某市医保”小程序')).toEqual(['alipay']);
    });

    it('reads family sharing, not the pooling of funds, as 共济', () => {
        expect(taskIn('如何开通家庭共济')?.task).toBe('family_sharing');
        expect(taskIn('添加共济人员')?.task).toBe('family_sharing');
        expect(taskIn('职工医保门诊共济保障改革')).toBeNull();
        expect(taskIn('健全互助共济机制')).toBeNull();
    });

    it('reads a bank branch and its counter as the bank, but not money paid to a bank account', () => {
        expect(channelsIn('去社保卡的开户银行网点,在柜台请工作人员帮忙查询')).toEqual(['bank']);
        expect(channelsIn('到附近的银行,在柜台查询')).toEqual(['bank']);
        expect(channelsIn('到医保经办机构窗口申请,余额会打到本人的银行账户')).toEqual(['counter']);
        expect(channelsIn('到社保大厅的柜台或合作银行网点查询')).toEqual(['counter', 'bank']);
    });

    it('reads a self-service terminal standing in a hospital as the kiosk alone', () => {
        expect(channelsIn('可到定点药店或社区大厅的自助终端上插卡查询')).toEqual(['kiosk']);
        expect(channelsIn('到定点医院挂号后,再到大厅自助机缴费')).toEqual(['hospital', 'kiosk']);
    });
});
