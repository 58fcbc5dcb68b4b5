/**
 * Phrasings the dev corpus does not use, written for these tests (no corpus text): tables whose header carries
 * the unit, a bare `划`, a rate that only says `比例` under a question about crediting, `N日内` limits, and the
 * look-alikes each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

/** One passage per line; a line starting `## ` is a section heading. */
function figures(lines: string[], title = '退休后医保个人账户每月打多少钱?'): FigureDraft[] {
    const passages = passagesFromLines(
        lines.map((text) => (text.startsWith('## ') ? { text: text.slice(3), hint: 'heading' as const } : { text })),
    );
    return extractFigures(passages, { url: 'https://example.test/q.html', title, published: null });
}

function brief(c: FigureDraft) {
    return [c.metric, c.region, c.ageMin, c.ageMax, c.value, c.valueMax, c.unit, c.period];
}

describe('tables whose header carries the unit', () => {
    it('reads bare numbers under `(元/月)` columns with the column ages, and keeps the header as topic', () => {
        const got = figures(['## 江苏部分城市个人账户划入标准', '城市 | 80岁以下(元/月) | 80岁及以上(元/月)', '南通 | 96 | 108', '盐城 | 88 | 99']);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '南通', null, 79, 96, null, 'CNY', 'month'],
            ['retiree_account_credit', '南通', 80, null, 108, null, 'CNY', 'month'],
            ['retiree_account_credit', '盐城', null, 79, 88, null, 'CNY', 'month'],
            ['retiree_account_credit', '盐城', 80, null, 99, null, 'CNY', 'month'],
        ]);
        expect(got[0]!.quote).toBe('南通 | 96 | 108');
    });

    it('reads a `划入比例(%)` column as credit rates', () => {
        const got = figures(['## 各地退休人员个人账户划入比例', '地区 | 划入比例(%)', '兰州 | 2.8', '西宁 | 3']);
        expect(got.map(brief)).toEqual([
            ['retiree_credit_rate', '兰州', null, null, 2.8, null, 'percent', null],
            ['retiree_credit_rate', '西宁', null, null, 3, null, 'percent', null],
        ]);
    });

    it('does not read a column of pension levels or of contribution rates as credits', () => {
        expect(figures(['## 各地个人账户划入标准', '地区 | 月人均养老金(元/月)', '南通 | 3450'])).toEqual([]);
        expect(figures(['## 各地个人账户划入标准', '地区 | 养老金 | 月返(元)', '盐城 | 3300元 | 92'])).toMatchObject([
            { region: '盐城', value: 92 },
        ]);
        expect(figures(['## 个人账户划入说明', '地区 | 个人缴费比例(%)', '兰州 | 2'])).toEqual([]);
    });

    it('gives no unit to a column whose header names none, such as a phone number', () => {
        expect(figures(['## 各地医保个人账户划入咨询', '城市 | 咨询电话', '南通 | 0513-85123456'])).toEqual([]);
    });
});

describe('credit verbs and rates said another way', () => {
    it('takes a bare 划 after a period as a credit, and a clause about someone else after it does not change the population', () => {
        const got = figures(['杭州的个人账户是按月划的,75岁以下每月划130元,75岁及以上每月150元,不过你现在还在职,要另算。']);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '杭州', null, 74, 130, null, 'CNY', 'month'],
            ['retiree_account_credit', '杭州', 75, null, 150, null, 'CNY', 'month'],
        ]);
    });

    it('does not take 划 in 计划, 划分 or 划缴 for a credit', () => {
        expect(figures(['按计划每月存500元,年底大约能攒6000元。'], '退休生活怎么规划')).toEqual([]);
        expect(figures(['年龄段按每年划分,每档相差10元。'], '退休生活怎么规划')).toEqual([]);
        expect(figures(['退休人员按年划缴大额医疗保险,每年300元。'])).toEqual([]);
    });

    it('reads a rate that only says 比例 as the credit ratio under a question about crediting', () => {
        const got = figures(['青海那个比例好像是2.6%,具体看当地文件。'], '退休人员医保个人账户每月返多少?');
        expect(got.map(brief)).toEqual([['retiree_credit_rate', '青海', null, null, 2.6, null, 'percent', null]]);
    });

    it('does not read 比例 as a credit ratio when the sentence is about paying or reimbursing', () => {
        const title = '退休人员医保个人账户每月返多少?';
        expect(figures(['职工个人缴费比例是2%,单位另缴。'], title)).toEqual([]);
        expect(figures(['住院的报销比例我记得是85%。'], title)).toEqual([]);
        expect(figures(['青海那个比例好像是2.6%。'], '医保住院报销比例是多少?')).toEqual([]);
    });

    it('reads an employee rate of the contribution base', () => {
        const got = figures(['在职职工按本人缴费基数的2%计入个人账户。']);
        expect(got).toMatchObject([{ metric: 'employee_credit_rate', value: 2, basis: 'contribution_base', population: 'employee' }]);
    });

    it('keeps a yearly amount with its 折合每月 as one claim', () => {
        const got = figures(['绍兴退休人员每年划入1500元,折合每月125元。']);
        expect(got.map(brief)).toEqual([['retiree_account_credit', '绍兴', null, null, 1500, null, 'CNY', 'year']]);
        expect(got[0]!.monthly).toBe(125);
    });

    it('does not read an increment as a level', () => {
        expect(figures(['明年起年满85岁的退休人员每月增加10元。'])).toEqual([]);
    });
});

describe('time limits written with 日', () => {
    it('reads `N日内` as days when the sentence is about a transfer', () => {
        expect(figures(['转出地应在收到联系函后10日内办结转出手续。'], '医保关系转移要多久')).toMatchObject([
            { metric: 'transfer_days', value: 10, unit: 'day' },
        ]);
    });

    it('does not read a date for a time limit or a figure', () => {
        expect(figures(['新办法自2025年7月1日起施行,转移接续按新规办理。'], '医保关系转移要多久')).toEqual([]);
        expect(figures(['每月15日内完成转移的,当月到账。'], '医保关系转移要多久')).toEqual([]);
    });
});

describe('a table of credit ratios with a two-row header of old and current columns', () => {
    it('reads the current columns, each for the insured its upper header names', () => {
        const got = figures(
            ['地区 | 在职职工(占缴费基数) | 在职职工(占缴费基数) | 退休人员 | 退休人员', '地区 | 调整前 | 现行 | 调整前 | 现行', '漳州 | 3% | 1.8% | 养老金的4% | 养老金的2.4%'],
            '个人账户计入比例新旧对照表',
        );
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([
            ['employee_credit_rate', '漳州', 1.8],
            ['retiree_credit_rate', '漳州', 2.4],
        ]);
    });

    it('reads no rate cell as a credit under a title about contribution rates', () => {
        const got = figures(['地区 | 在职职工 | 退休人员', '漳州 | 2% | 0%'], '各地职工医保缴费比例一览');
        expect(got).toEqual([]);
    });
});

describe('a merged cell stating one number for every bracket', () => {
    it('reads `不分年龄,均为N` under a caption unit as the place\'s one amount', () => {
        const got = figures(['单位:元/月', '省份 | 城市 | 年龄段 | 划入标准', '福建 | 漳州 | 70周岁以下 | 90', '福建 | 南平 | 不分年龄,均为84 |']);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '漳州', null, 70, 90, null, 'CNY', 'month'],
            ['retiree_account_credit', '南平', null, null, 84, null, 'CNY', 'month'],
        ]);
    });
});

