/**
 * An app's version history (`某某 版本更新记录`, `更新日志`, `历史版本`) names its way by being one: a menu chain in an
 * item (`新增:…。路径:我的 → … → …`) is the app's how-to. Items that only name a feature, a chain leading to no task,
 * and a policy's `更新说明` give none.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';

function procedures(title: string, lines: string[]) {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/app/notes.html')
        .claims.filter((c) => c.kind === 'procedure')
        .map((p) => [p.task, p.channel, p.region, p.steps]);
}

describe('an app version history', () => {
    it('reads an item’s menu chain as the app’s family-sharing steps', () => {
        expect(
            procedures('安心保 版本更新记录', ['v3.4.0 2027-03-02', '新增:亲情代办。入口:个人中心 → 家庭共济账户 → 邀请家人 → 等待家人同意', '修复:偶发闪退']),
        ).toEqual([['family_sharing', 'app', null, ['个人中心', '家庭共济账户', '邀请家人', '等待家人同意']]]);
    });

    it('reads a changelog titled 更新日志 the same way, its chain leading to a balance query', () => {
        expect(procedures('惠民医保 更新日志', ['2.1.0', '新增:余额明细。路径:首页 → 个账查询 → 年度明细'])).toEqual([
            ['query_balance', 'app', null, ['首页', '个账查询', '年度明细']],
        ]);
    });

    it('reads a list titled 历史版本 too', () => {
        const found = procedures('历史版本 - 某某社保', ['1.8.2', '新增:异地备案办理,我的 → 异地就医备案 → 填写资料 → 提交']);
        expect(found.map((p) => p.slice(0, 2))).toEqual([['offsite_filing', 'app']]);
    });

    it('gives none for items that only name features', () => {
        expect(procedures('安心保 版本更新记录', ['新增:家庭共济功能', '优化:余额页面加载速度'])).toEqual([]);
    });

    it('gives none for a chain leading to no task', () => {
        expect(procedures('安心保 版本更新记录', ['调整:首页 → 消息中心 → 系统通知'])).toEqual([]);
    });

    it('gives none for a policy’s update note that is no app’s history', () => {
        expect(procedures('关于个账划入标准的更新说明', ['路径:首页 → 家庭共济账户 → 邀请家人'])).toEqual([]);
    });
});
