/**
 * extractProcedures on passages built from real corpus sentences (third-party test data). Passages are
 * written out by hand (`# ` marks a heading, `- ` a list item) so these tests exercise procedure reading
 * only, whatever the HTML → passages stage does.
 */
import { describe, expect, it } from 'vitest';
import { extractProcedures } from '../../../../extractors/procedure/index.js';
import type { Passage } from '../../../../extractors/types.js';

function page(lines: string[]): Passage[] {
    let section: string | null = null;
    return lines.map((line, index) => {
        const kind: Passage['kind'] = line.startsWith('# ') ? 'heading' : line.startsWith('- ') ? 'item' : 'paragraph';
        const text = kind === 'paragraph' ? line : line.slice(2);
        if (kind === 'heading') section = text;
        return { index, text, kind, section, level: 1 };
    });
}

function keys(passages: Passage[], title: string): string[] {
    return extractProcedures(passages, { url: 'https://example.test/a.html', title, published: null }).map(
        (d) => `${d.task}/${d.channel}/${d.region ?? '-'}`,
    );
}

describe('extractProcedures', () => {
    it('reads a numbered list, and a prose alternative after it as a procedure of its own', () => {
        const passages = page([
            '# 三、石家庄怎么查医保卡每月到账记录?',
            '想知道自己每月到账多少,可以用手机自己查:',
            '- 1. 打开微信,在顶部搜索栏输入“医保电子凭证”并进入;',
            '- 2. 完成刷脸认证后,点击“医保账户”;',
            '- 3. 选择“个人账户明细”,即可看到每月划入的金额和余额。',
            '如果不会用手机,也可以带上身份证到附近的医保经办窗口,请工作人员帮忙查询账户余额和到账记录。',
        ]);
        const drafts = extractProcedures(passages, { url: 'u', title: '石家庄退休职工医保卡每个月打多少钱?', published: null });
        expect(drafts.map((d) => [d.task, d.channel, d.region])).toEqual([
            ['query_balance', 'wechat', null],
            ['query_balance', 'counter', null],
        ]);
        expect(drafts[0]!.steps).toEqual([
            '打开微信,在顶部搜索栏输入“医保电子凭证”并进入',
            '完成刷脸认证后,点击“医保账户”',
            '选择“个人账户明细”,即可看到每月划入的金额和余额',
        ]);
        expect(drafts[0]!.passage).toBe(2);
        expect(drafts[0]!.section).toBe('三、石家庄怎么查医保卡每月到账记录?');
        expect(drafts[1]!.steps).toEqual(['带上身份证到附近的医保经办窗口', '工作人员帮忙查询账户余额和到账记录']);
    });

    it('reads a 步骤: block under labels that name the channel, and stops at 优点:', () => {
        const passages = page([
            '# 4.微信、支付宝查询',
            '步骤(以微信为例):',
            '打开微信,点击“我”-“服务”(或“支付”)-“城市服务”。',
            '选择所在城市,点击“医保综合”(或“社保”)。',
            '优点:操作简便,适合喜欢使用手机支付和查询的人群。',
            '电话查询',
            '拨打医保服务热线',
            '操作步骤:',
            '拨打当地医保部门的服务热线(通常为12333或区号+12333)。',
            '按照语音提示输入社保卡号或身份证号进行身份验证。',
            '验证成功后,系统会自动播报医保账户余额情况。',
        ]);
        const drafts = extractProcedures(passages, { url: 'u', title: '医保卡余额怎么查?', published: null });
        expect(drafts.map((d) => `${d.task}/${d.channel}`)).toEqual(['query_balance/wechat', 'query_balance/phone']);
        expect(drafts[0]!.steps).toHaveLength(2);
        expect(drafts[1]!.steps[0]).toBe('拨打当地医保部门的服务热线(通常为12333或区号+12333)');
    });

    it('splits an arrow chain into its links', () => {
        const passages = page([
            '# 方法二:支付宝查询',
            '路径:打开支付宝→市民中心→社保→医保账户查询→刷脸验证→查看余额。',
            '支付宝页面里还能看到历年的消费明细,哪天在哪个药店花了多少钱都清清楚楚。',
        ]);
        const [draft] = extractProcedures(passages, { url: 'u', title: '医保卡余额怎么查?', published: null });
        expect(draft?.channel).toBe('alipay');
        expect(draft?.steps).toEqual(['打开支付宝', '市民中心', '社保', '医保账户查询', '刷脸验证', '查看余额']);
    });

    it('splits prose at 先…再…然后…最后', () => {
        const passages = page([
            '官网查询医保余额:',
            '先登录当地医保局官网,再进入“个人网上服务”,然后输入身份证号和密码登录,最后查看账户余额。',
        ]);
        const [draft] = extractProcedures(passages, { url: 'u', title: '义乌怎么查询医保卡里有多少钱?方法大全', published: null });
        expect(draft?.channel).toBe('website');
        expect(draft?.steps).toEqual(['登录当地医保局官网', '进入“个人网上服务”', '输入身份证号和密码登录', '查看账户余额']);
    });

    it('makes no claim of a channel that is only named', () => {
        expect(
            keys(
                page([
                    '# 【4】划进来的钱在哪儿看?',
                    '在微信、支付宝的医保电子凭证里都能看到,也可以拨打12393医保服务热线咨询,这里就不展开讲了。',
                    '# 四、查不到怎么办?',
                    '另外也可以在支付宝里查询,或者拨打12393医保服务热线咨询,这里就不一一展开了。',
                    '福州的具体划入标准,建议您拨打12393医保服务热线,或者登录当地医保局网站查询最新公告。',
                    '拨打医保服务热线12393或人社服务热线12333可以咨询。',
                ]),
                '怎么查医保卡里有多少钱?',
            ),
        ).toEqual([]);
    });

    it('takes the task from the block label, then the heading, then the title', () => {
        const fromLabel = page(['# 3、电话办理', '电话办理异地就医备案:', '拨打参保地医保经办机构电话→按要求提供身份信息和就医地→工作人员办理备案。']);
        expect(keys(fromLabel, '医保卡余额怎么查?')).toEqual(['offsite_filing/phone/-']);

        const fromTitle = page([
            '# 三、线下怎么办理?',
            '线下办理分两步走:先到原参保地医保经办机构办理参保关系转出,开具《参保人员基本医疗保险参保凭证》;再带着参保凭证和身份证,到新参保地医保经办机构申请转入。',
        ]);
        expect(keys(fromTitle, '换城市工作,医保关系怎么转?转移接续流程和时限一次讲明白')).toEqual(['transfer/counter/-']);
        expect(keys(fromTitle, '退休后医保卡每月打多少钱?')).toEqual([]);
    });

    it('takes the region from 以X为例 in the title or the section heading, not from a city merely named', () => {
        const steps = ['银行查询医保余额:', '登录社保卡开户银行的手机银行→进入“社保卡服务”→查询医保个人账户余额。'];
        expect(keys(page(['# 怎么查询到账情况?', ...steps]), '退休人员医保卡每月到账多少(以甘肃为例)')).toEqual([
            'query_balance/bank/甘肃',
        ]);
        expect(keys(page(['# 三、以北京为例,怎么查询到账情况?', ...steps]), '医保卡每月到账多少')).toEqual([
            'query_balance/bank/北京',
        ]);
        const sibling = page(['# 一、以天津为例,退休人员每月划入多少?', '退休人员每月划入40-60元不等。', '# 三、怎么查询到账情况?', ...steps]);
        expect(keys(sibling, '天津退休医保每月划入多少钱?')).toEqual(['query_balance/bank/-']);
        expect(keys(page(['# 二、石家庄如何查询医保卡余额?', ...steps]), '石家庄医保卡每月打入多少钱呢?')).toEqual([
            'query_balance/bank/-',
        ]);
    });

    it('gives one procedure per task, channel and region', () => {
        const block = ['手机APP查询医保余额:', '下载“国家医保服务平台”APP→注册并实名认证→首页点击“个人账户”查看余额。'];
        expect(keys(page([...block, '# 其他', ...block]), '医保卡余额怎么查?')).toEqual(['query_balance/app/-']);
    });
});
