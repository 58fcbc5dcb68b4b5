import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

/** Sentences from the corpus (third-party test data), one line per passage. */
function figures(lines: string[], title = '退休人员医保卡每月返多少钱'): FigureDraft[] {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(passages, { url: 'https://example.test/a.html', title, published: null });
}

/** The fields the scorer compares, in a shape easy to read in a failure. */
function brief(c: FigureDraft) {
    return [c.metric, c.region, c.ageMin, c.ageMax, c.value, c.valueMax, c.period, c.example];
}

describe('extractFigures', () => {
    it('splits a place label with two age brackets into two claims', () => {
        const got = figures(['北京市:70岁以下的退休人员,每月划入个人账户100元;70岁及以上的每月划入110元']);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '北京', null, 69, 100, null, 'month', false],
            ['retiree_account_credit', '北京', 70, null, 110, null, 'month', false],
        ]);
        expect(got[0]).toMatchObject({ province: '北京', quote: '北京市:70岁以下的退休人员,每月划入个人账户100元;70岁及以上的每月划入110元' });
    });

    it('keeps a yearly amount and its monthly equivalent as one claim', () => {
        const [claim, ...rest] = figures(['上海:74岁以下退休人员每年返款1680元,月均140元;75岁及以上退休人员每年返款1890元,月均157.5元']);
        expect(claim).toMatchObject({ value: 1680, period: 'year', monthly: 140, ageMax: 74, region: '上海' });
        expect(rest).toHaveLength(1);
        expect(rest[0]).toMatchObject({ value: 1890, monthly: 157.5, ageMin: 75 });
    });

    it('keeps the stated amount and records a net amount beside it', () => {
        const got = figures(['北京:70岁以下退休人员每月划入100元,70岁及以上每月划入110元(均含3元大额医疗互助资金,实际到账97元、107元)。']);
        expect(got.map((c) => c.value)).toEqual([100, 110]);
        expect(got[1]!.net).toBe(97);
    });

    it('claims a net amount when the page states only that', () => {
        const got = figures(['① 北京:不满70周岁的退休人员每月实际到账97元,年满70周岁的每月实际到账107元。']);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '北京', null, 69, 97, null, 'month', false],
            ['retiree_account_credit', '北京', 70, null, 107, null, 'month', false],
        ]);
    });

    it('gives a worked example one claim, its result, with no place unless one is named', () => {
        const got = figures(['例如,若某地人均养老金为3500元,按2%计算,每月返款为70元。']);
        expect(got.map(brief)).toEqual([['retiree_account_credit', null, null, null, 70, null, 'month', true]]);
        const xiamen = figures(['假如厦门的人均养老金是3000元,那么每月大约能到账75元。']);
        expect(xiamen).toMatchObject([{ region: '厦门', value: 75, example: true, approx: true }]);
    });

    it('does not take an instance introduced by 比如 for a worked example', () => {
        const got = figures(['也有地方不按比例,而是定额划入,比如甘肃,退休人员每月定额划入120元,不分年龄。']);
        expect(got).toMatchObject([{ region: '甘肃', value: 120, example: false, basis: 'fixed' }]);
    });

    it('reads a national range of rates with its basis and no place', () => {
        const got = figures(['返款比例:全国普遍采用2%~3%的返还比例,具体比例由各地确定。']);
        expect(got.map(brief)).toEqual([['retiree_credit_rate', null, null, null, 2, 3, null, false]]);
        expect(got[0]!.basis).toBe('avg_pension');
    });

    it('reads an amount range and a hedge', () => {
        expect(figures(['天津:退休人员每月返款大约在50元至70元之间。'])).toMatchObject([
            { region: '天津', value: 50, valueMax: 70, approx: true },
        ]);
        expect(figures(['厦门市:退休人员每月医保返款可以达到110元左右'])).toMatchObject([{ value: 110, approx: true }]);
    });

    it('tells employee rates and amounts from retiree ones', () => {
        const got = figures(['陕西在职人员个人缴纳的2%全部划入个人账户。', '例如月薪6000元,每月划入个人账户约120元。']);
        expect(got.map(brief)).toEqual([
            ['employee_credit_rate', '陕西', null, null, 2, null, null, false],
            ['employee_account_credit', null, null, null, 120, null, 'month', true],
        ]);
    });

    it('does not claim pension levels, reimbursement rates, vague amounts, phone numbers or dates', () => {
        expect(figures([
            '2024年退休人员人均养老金3700元。',
            '住院报销比例90%。',
            '而一些中西部地区只有几十元。',
            '也可以拨打12393医保服务热线咨询,2025年6月3日起执行。',
        ])).toEqual([]);
    });

    it('does not make generic body text a claim about the city in the title', () => {
        const got = figures(['返还比例:从各地公布的方案看,比例大都落在2%~3%之间。'], '石家庄退休职工医保卡每个月打多少钱?');
        expect(got[0]!.region).toBeNull();
    });

    it('attributes body text to the place of 以X为例 in the title or section heading', () => {
        const got = figures(['70周岁以下的退休人员,按全省上年度退休人员月人均基本养老金的2.5%划入;'], '琼海退休人员医保卡每月打多少钱?以琼海为例讲清楚');
        expect(got).toMatchObject([{ region: '琼海', province: '海南', value: 2.5 }]);
        const tianjin = figures(['一、以天津为例,退休人员每月划入多少?', '退休人员每月划入40-60元不等。']);
        expect(tianjin).toMatchObject([{ region: '天津', value: 40, valueMax: 60 }]);
    });

    it('reads table rows under a header that names the credit', () => {
        const got = figures(['地区 | 年龄段 | 返款标准', '上海 | 74岁及以下 | 1680元/年', '湖南 | 不分年龄 | 75元/月']);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '上海', null, 74, 1680, null, 'year', false],
            ['retiree_account_credit', '湖南', null, null, 75, null, 'month', false],
        ]);
    });

    it('reads transfer time limits and unscored fees', () => {
        expect(figures(['整个转移流程一般在15个工作日内办结。'])).toMatchObject([
            { metric: 'transfer_days', value: 15, unit: 'workday' },
        ]);
        expect(figures(['2025年城乡居民医保个人缴费标准为每人每年380元。'])).toMatchObject([
            { metric: 'premium', value: 380, period: 'year', population: 'resident' },
        ]);
    });

    it('states a figure repeated on one page once, and ignores questions', () => {
        const got = figures(['深圳:退休职工每月大约能返251元', '北京退休人员医保卡每月返100元还是97元?', '深圳:退休职工每月大约能返251元']);
        expect(got.map((c) => c.value)).toEqual([251]);
    });

    it('leaves figures about an unnamed subset of places unclaimed', () => {
        expect(figures(['部分地区退休人员每月返款100元左右,具体以当地为准。'])).toEqual([]);
        expect(figures(['大部分地区按当地人均养老金的2%~3%返还给退休人员。'])).toHaveLength(1);
    });
    it('reads the age bracket of a table column from the header row', () => {
        const got = figures(['地区 | 69岁及以下 | 70岁及以上', '襄阳 | 110元/月 | 125元/月']);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '襄阳', null, 69, 110, null, 'month', false],
            ['retiree_account_credit', '襄阳', 70, null, 125, null, 'month', false],
        ]);
    });

    it('leaves out increments and values that were replaced, but keeps a cap', () => {
        expect(figures(['年满80周岁的退休人员,每人每月再增加15元。'])).toEqual([]);
        expect(figures(['转移手续的办理时限由原来的30个工作日缩短为10个工作日。']).map((c) => c.value)).toEqual([10]);
        expect(figures(['成都退休人员最多每月划入150元。']).map((c) => c.value)).toEqual([150]);
    });

    it('reads `(含)` after an age as an inclusive bound, not as a deduction', () => {
        const got = figures(['拉萨:不满75周岁的每人每月划入160元,75周岁(含)以上的每人每月划入190元。']);
        expect(got.map((c) => [c.ageMin, c.ageMax, c.value])).toEqual([[null, 74, 160], [75, null, 190]]);
    });

    it('marks a worked example `以…为例` with an assumed base as an example', () => {
        expect(figures(['以杭州一档参保职工为例,缴费基数6000元的,每月划入个人账户120元。']).map((c) => c.example)).toEqual([true]);
    });

    it('marks a calculation written out (`基数×比例=结果`) and a `示例` as examples, and leaves the rate beside them a rule', () => {
        const got = figures([
            '在职职工按缴费基数的2%计入个人账户。',
            '月缴费基数为4500元的,4500×2%=90元,每月计入个人账户90元。',
            '示例:缴费基数7000元的在职职工,每月计入个人账户140元。',
        ]);
        expect(got.map((c) => [c.metric, c.value, c.example])).toEqual([
            ['employee_credit_rate', 2, false],
            ['employee_account_credit', 90, true],
            ['employee_account_credit', 140, true],
        ]);
    });

    it('does not take the time limit of another service for the transfer time', () => {
        const limit = (title: string) => figures(['承诺办结时限:7个工作日'], title).map((c) => [c.metric, c.value]);
        expect(limit('某市医保个人账户余额一次性支取')).toEqual([]);
        expect(limit('某市医保关系转移接续办事指南')).toEqual([['transfer_days', 7]]);
    });

    it('leaves out rules the page marks as no longer in force, but not those under a heading comparing old and new', () => {
        // heading, paragraph, heading, paragraph…
        const read = (lines: string[]) => {
            const passages = passagesFromLines(lines.map((text, i) => (i % 2 === 0 ? { text, hint: 'heading' as const } : { text })));
            return extractFigures(passages, { url: 'https://example.test/a.html', title: '个人账户新旧办法', published: null }).map((c) => c.value);
        };
        expect(read(['过去的做法', '退休人员按养老金的3.6%计入个人账户。这一办法已于去年废止。', '现在的做法', '退休人员每人每月划入88元。'])).toEqual([88]);
        expect(read(['旧政策', '退休人员按养老金的3.6%计入个人账户。', '新政策', '退休人员每人每月划入88元。'])).toEqual([88]);
        expect(read(['改革前后对比', '改革后退休人员每人每月划入88元。'])).toEqual([88]);
    });

    it('takes the place a paragraph takes as its example (以X为例) for the figures after it', () => {
        const got = figures(['很多读者来信问这件事,下面把办法说清楚(以柳州市为例)。', '退休人员个人账户每人每月划入88元。'], '个人账户怎么划');
        expect(got.map((c) => [c.region, c.value])).toEqual([['柳州', 88]]);
        const unnamed = figures(['下面以一个中等城市为例说明。', '退休人员个人账户每人每月划入88元。'], '个人账户怎么划');
        expect(unnamed.map((c) => [c.region, c.value])).toEqual([[null, 88]]);
    });
});

