/**
 * Decisions on what a figure is (docs/claims.md § One statement, one claim): a rate of one's own payment said to be
 * what the account holds, a price asked for a product, an amount followed by its credit verb, examples and their
 * results across a question, a revision table's old column, sections by year. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

const URL = 'https://example.test/article.html';

function figures(text: string, title = '医保个人账户的钱从哪里来'): FigureDraft[] {
    return extractFromText(title, text, URL).claims.filter((c): c is FigureDraft => c.kind === 'figure');
}

const brief = (c: FigureDraft) => [c.metric, c.region, c.value, c.example];

describe('the account said to hold what the insured pay themselves', () => {
    it.each([
        '在职时，个人账户的钱来自本人缴纳的医保费，大约是缴费基数的2%。',
        '其实在职的人个人账户只进自己交的那2%，单位交的都进了统筹。',
        '一般来说，上班族医保个人账户的钱就是自己工资里扣的那2%。',
        '在职职工的医保账户，来源于职工本人缴纳的部分，即缴费基数的2%。',
    ])('makes the rate of that payment the employees’ credit rate, with no place: %s', (sentence) => {
        expect(figures(sentence).map(brief)).toEqual([['employee_credit_rate', null, 2, false]]);
    });

    it('reads a spoken credit verb with 进 after it, and 划转', () => {
        expect(figures('在职人员这边，单位缴费不再往个人账户里记，只把本人缴的那2%记进去。').map(brief))
            .toEqual([['employee_credit_rate', null, 2, false]]);
        expect(figures('在职参保人员的个人账户，每月按本人缴费工资的2%进行划转。').map(brief))
            .toEqual([['employee_credit_rate', null, 2, false]]);
    });

    it.each([
        ['在职职工个人缴纳的医保费是缴费基数的2%。', '职工医保缴费怎么算'],
        ['单位缴纳的医保费为工资总额的8%，全部进入统筹基金。', '职工医保缴费怎么算'],
        ['个人账户的钱来自单位缴纳的医保费，约为工资总额的30%。', '职工医保缴费怎么算'],
    ])('claims nothing for a contribution rate that nothing credits: %s', (sentence, title) => {
        expect(figures(sentence, title)).toEqual([]);
    });
});

describe('money that is no credit', () => {
    it.each([
        '大病还是得靠商业保险补充，这款医疗险每年只要二百多元，惠民保每年59元，欢迎咨询。',
        '我们这款重疾险每年仅需99元。',
        '城市定制型惠民保，保费每年69元。',
    ])('a price asked for a product is none: %s', (sentence) => {
        expect(figures(sentence, '退休人员医保个人账户每月划入多少')).toEqual([]);
    });

    it('still reads a terse yearly amount under a title about crediting', () => {
        expect(figures('洛阳：退休人员每年1200元。', '退休人员医保个人账户每年划入多少').map(brief))
            .toEqual([['retiree_account_credit', '洛阳', 1200, false]]);
    });
});

describe('an amount followed by its credit verb', () => {
    it.each([
        ['顺便说一句，洛阳的退休人员每个月是按八十八块钱划的，不分年龄。', 88],
        ['许昌这边退休的，每月按95元返的。', 95],
        ['漯河退休人员是按一百零五元返给个人账户的。', 105],
    ])('is a credit: %s', (sentence, value) => {
        expect(figures(sentence, '退休生活杂谈').map((c) => [c.metric, c.value])).toEqual([['retiree_account_credit', value]]);
    });

    it.each(['这笔95元划分到两个账户里记账。', '昨天花了30元打的去医院复查。'])('is none when the verb starts another word: %s', (sentence) => {
        expect(figures(sentence, '退休生活杂谈')).toEqual([]);
    });

    it('leaves `只要` and `只需` as a condition, not a price', () => {
        expect(figures('洛阳退休人员只要办了退休手续，个人账户每月95元。', '退休生活杂谈').map(brief))
            .toEqual([['retiree_account_credit', '洛阳', 95, false]]);
    });
});

describe('examples', () => {
    it.each([
        '拿个具体数来说，某地退休人员人均养老金3000元，划入比例定在3%，每月就是90元。',
        '某城市退休人员月人均养老金是3000元，按3%划入，每月进账就是90元。',
        '比如说王阿姨退休金3000元，她那里按3%返，每个月账户里就多了90块钱。',
    ])('give their result only, marked as an example: %s', (sentence) => {
        expect(figures(sentence).map(brief)).toEqual([['retiree_account_credit', null, 90, true]]);
    });

    it('make the answer to an exercise the example’s result', () => {
        const text = ['三、课堂练习', '假设李大爷月养老金3000元，当地按3%划入个人账户，每月划入多少？', '参考答案：每月划入90元。'].join('\n');
        expect(figures(text).map(brief)).toEqual([['retiree_account_credit', null, 90, true]]);
    });

    it('leave the answer to a plain question a statement', () => {
        const text = ['洛阳退休人员每月划入多少？', '答：洛阳退休人员每月划入90元。'].join('\n');
        expect(figures(text).map(brief)).toEqual([['retiree_account_credit', '洛阳', 90, false]]);
    });

    it('do not turn a difference outside an example into a level', () => {
        expect(figures('洛阳退休人员个人账户今年比去年每月多了10元。')).toEqual([]);
    });
});

describe('values in force', () => {
    it('reads only the revised column of a revision table whose cells are sentences', () => {
        const text = [
            '说明：本表列出洛阳市医保办法本次修订的条款。',
            '修订前 | 修订后',
            '第十条　退休人员个人账户每人每月划入60元。 | 第十条　退休人员个人账户每人每月划入75元。',
            '第十一条　在职职工个人账户按本人缴费基数的2.5%划入。 | 第十一条　在职职工个人账户按本人缴费基数的2%划入。',
        ].join('\n');
        expect(figures(text, '《洛阳市职工医保办法》修订前后对照表').map((c) => [c.metric, c.value]))
            .toEqual([['retiree_account_credit', 75], ['employee_credit_rate', 2]]);
    });

    it('keeps a figure of an earlier year’s section that no later section restates', () => {
        const text = [
            '一、2025年工作回顾',
            '全市退休人员医保个人账户划入标准提高到每人每月93元，惠及退休人员1.2万人。',
            '二、2026年工作安排',
            '继续做好医保待遇保障工作。',
        ].join('\n');
        expect(figures(text, '洛阳市政府工作报告').map(brief)).toEqual([['retiree_account_credit', '洛阳', 93, false]]);
    });

    it('drops an earlier year’s figure that a later section gives again, brackets and all', () => {
        const text = [
            '一、2024年标准',
            '洛阳退休人员不满70周岁的每月划入80元，70周岁以上的每月划入90元。',
            '二、2025年标准',
            '洛阳退休人员每月统一划入95元。',
        ].join('\n');
        expect(figures(text).map((c) => c.value)).toEqual([95]);
    });
});

describe('figures the sentence does not assert', () => {
    it.each([
        '调查显示，有21%的受访者误以为个人账户仍按养老金的3%划入。',
        '近35%的网友错误地认为退休人员个人账户按养老金的3%划入。',
        '不少老人误认为个人账户每月还是划入80元。',
    ])('a share of people and a belief called mistaken are none: %s', (sentence) => {
        expect(figures(sentence, '洛阳市医保政策知晓度调查报告')).toEqual([]);
    });

    it('reads the truth the sentence sets against a mistaken belief', () => {
        expect(figures('很多人误以为个人账户按养老金的3%划入，其实洛阳退休人员每月定额划入100元。').map(brief))
            .toEqual([['retiree_account_credit', '洛阳', 100, false]]);
    });

    it('keeps a rate followed by 的 and its standard', () => {
        expect(figures('洛阳在职职工个人账户按缴费基数2%的标准划入。').map(brief)).toEqual([['employee_credit_rate', '洛阳', 2, false]]);
    });
});

describe('a bare 办结 time limit', () => {
    it.each(['家人去世后，医保卡里的钱怎么取？', '医保个人账户余额能提现吗', '医保个人账户余额继承办理指南'])(
        'is the limit of the balance taken out the title asks about: %s',
        (title) => {
            expect(figures('到区医保窗口提出申请，材料齐全的，5个工作日内办结。', title)).toEqual([]);
        },
    );

    it('is the transfer limit under a title about the transfer', () => {
        expect(figures('材料齐全的，15个工作日内办结。', '医保关系转移接续要多久').map((c) => [c.metric, c.value])).toEqual([['transfer_days', 15]]);
    });
});

describe('a table whose lead line states the period in words', () => {
    const rows = ['类别 | 洛阳市 | 许昌市', '退休人员（未满70周岁） | 85元 | 90元', '退休人员（70周岁及以上） | 95元 | 100元'];
    const title = '两市职工医保个人账户划入标准对比';

    it.each([
        ['下表为两市2027年度标准（退休人员为每人每月金额）。', 'month', 85],
        ['下表金额均按月计算。', 'month', 85],
        ['下表为两市标准（元/人·年）。', 'year', 85],
    ])('gives its amounts that period: %s', (lead, period, first) => {
        const got = figures([lead, ...rows].join('\n'), title);
        expect(got.map((c) => [c.region, c.ageMin, c.ageMax, c.value, c.period])).toEqual([
            ['洛阳', null, 69, first, period],
            ['许昌', null, 69, 90, period],
            ['洛阳', 70, null, 95, period],
            ['许昌', 70, null, 100, period],
        ]);
    });

    it('gives none when the lead states no period, so the terse amounts are not read as credits', () => {
        expect(figures(['下表为两市标准。', ...rows].join('\n'), title)).toEqual([]);
    });
});
