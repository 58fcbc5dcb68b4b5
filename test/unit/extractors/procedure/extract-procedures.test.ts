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
        // under a title naming no task, the steps' own instructions (`办理参保关系转出`, `申请转入`) name it
        expect(keys(fromTitle, '退休后医保卡每月打多少钱?')).toEqual(['transfer/counter/-']);
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
    it('reads a menu chain joined by bare > signs, spaced or not', () => {
        const spaced = page(['# 线上办理', '用支付宝也能办:支付宝搜索“医保电子凭证” > 点击“家庭共济” > 添加家庭成员并提交。']);
        expect(keys(spaced, '医保家庭共济怎么绑定?')).toEqual(['family_sharing/alipay/-']);
        const tight = page(['在微信里就能申请:', '微信搜索“医保服务平台”小程序>进入“转移接续”>填写转入地信息>提交申请。']);
        expect(keys(tight, '医保关系怎么转移?')).toEqual(['transfer/wechat/-']);
    });

    it('reads the platform named with its website as the website, and takes 以X地区为例 from the title', () => {
        const passages = page(['一、网上办理:打开国家医保服务平台网站→进入“跨省通办”→选择“异地就医备案”→提交。']);
        expect(keys(passages, '异地就医备案办事指南(以喀什地区为例)')).toEqual(['offsite_filing/website/喀什']);
    });

    it('takes the task from the numbered lead phrase of a row, not from a title about pooled funds', () => {
        const passages = page([
            '(二)个人账户使用范围。个人账户可以支付本人及配偶、父母、子女在定点医疗机构发生的费用。',
            '(三)余额查询。参保人员可在社保服务大厅的自助查询机上查询:刷社保卡→输入密码→查看账户明细。',
        ]);
        expect(keys(passages, '解读职工医保门诊共济保障改革')).toEqual(['query_balance/kiosk/-']);
    });

    it('reads an instruction addressed to the insured of a place, and takes the place as region', () => {
        const passages = page([
            '# 怎样办理异地就医备案?',
            '答:恩施州参保人员可携带身份证到医保经办窗口,填写备案登记表,由工作人员当场办结。',
        ]);
        const [draft] = extractProcedures(passages, { url: 'u', title: '医保政策问答', published: null });
        expect([draft?.task, draft?.channel, draft?.region]).toEqual(['offsite_filing', 'counter', '恩施']);
        expect(draft?.steps[0]).toBe('携带身份证到医保经办窗口');
    });

    it('reads the list under a label that names its channel as that channel\'s steps', () => {
        const passages = page([
            '绑定方法如下:',
            '支付宝绑定:',
            '- 首页搜索框输入“医保电子凭证”;',
            '- 点击“家庭共济”,添加家人;',
            '- 家人刷脸授权后完成绑定。',
            'APP绑定的步骤差不多:先登录“国家医保服务平台”APP,再进入“家庭共济”,最后添加家庭成员。',
        ]);
        expect(keys(passages, '家庭共济怎么绑定?')).toEqual(['family_sharing/alipay/-', 'family_sharing/app/-']);
    });

    it('makes no procedure of a list under a channel label that gives no instruction', () => {
        const passages = page(['微信查询的好处:', '- 方便快捷,随时随地;', '- 数据实时更新。']);
        expect(keys(passages, '医保卡余额怎么查?')).toEqual([]);
    });

    it('does not read 保定 out of 医保定点', () => {
        const passages = page(['定点药店查询:', '在医保定点药店刷卡买药时,可以请工作人员帮忙查询账户余额。']);
        expect(keys(passages, '医保卡余额怎么查?')).toEqual(['query_balance/hospital/-']);
    });

    it('reads the steps of an answer that ends by naming another way, and makes no procedure of that way', () => {
        const passages = page([
            '# 3.问:怎么查看每月到账多少?',
            '答:可以下载“某某医保”APP,注册登录后点击“我的账户”,再选择“划入记录”查看。也可以拨打12345热线咨询。',
        ]);
        expect(keys(passages, '政策问答')).toEqual(['query_balance/app/-']);
        const alsoCounter = page(['# 怎么查看每月到账多少?', '打开支付宝,搜索“医保账户”,点击“账户明细”。或者到社保中心窗口查询。']);
        expect(keys(alsoCounter, '政策问答')).toEqual(['query_balance/alipay/-']);
    });
});

