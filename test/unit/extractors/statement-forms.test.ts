/**
 * Statement forms (CLAIMS.md § One statement, one claim; § Procedures), read through the whole text path —
 * normalisation, passages, figures, procedures — with sentences invented for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../extractors/index.js';
import type { ClaimDraft, FigureDraft, ProcedureDraft } from '../../../src/claims/schema.js';

const URL = 'https://example.test/article.html';

function claims(text: string, title = '退休后医保个人账户每月划入多少钱'): ClaimDraft[] {
    return extractFromText(title, text, URL).claims;
}

function figures(text: string, title?: string): FigureDraft[] {
    return claims(text, title).filter((c): c is FigureDraft => c.kind === 'figure');
}

function procedures(text: string, title = '医保个人账户余额怎么查询'): ProcedureDraft[] {
    return claims(text, title).filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const brief = (c: FigureDraft) => [c.metric, c.region, c.ageMin, c.ageMax, c.value];

describe('numbers in every written form', () => {
    it('reads Chinese numerals, full-width digits, separators, ¥ and 块钱, quoting the page as printed', () => {
        const text = [
            '洛阳:退休人员每月划入一百二十元。',
            '许昌:退休人员每年划入１，８００元。',
            '漯河:退休人员每月划入两百块钱。',
            '周口:退休人员个人账户每月划入¥95。',
            '商丘:退休人员按本人养老金的百分之二点五划入。',
        ].join('\n');
        const got = figures(text);
        expect(got.map((c) => [c.region, c.value, c.unit, c.period])).toEqual([
            ['洛阳', 120, 'CNY', 'month'],
            ['许昌', 1800, 'CNY', 'year'],
            ['漯河', 200, 'CNY', 'month'],
            ['周口', 95, 'CNY', 'month'],
            ['商丘', 2.5, 'percent', null],
        ]);
        expect(got.map((c) => c.quote)).toEqual(text.split('\n'));
    });

    it('reads traditional script as simplified and gives the region in simplified form', () => {
        const [claim] = figures('洛陽市退休人員醫保個人賬戶每月劃入一百零五元。');
        expect(claim).toMatchObject({ region: '洛阳', value: 105, quote: '洛陽市退休人員醫保個人賬戶每月劃入一百零五元。' });
    });

    it('reads ages written in numerals', () => {
        expect(figures('洛阳:七十周岁以下每月划入一百元,七十周岁及以上每月划入一百一十元。').map(brief)).toEqual([
            ['retiree_account_credit', '洛阳', null, 69, 100],
            ['retiree_account_credit', '洛阳', 70, null, 110],
        ]);
    });

    it('reads no figure out of vague amounts in numerals', () => {
        expect(figures('洛阳退休人员每月划入的钱只有几十元。')).toEqual([]);
    });
});

describe('colloquial credit verbs', () => {
    it('reads 打 or 划 right after a period as money credited', () => {
        expect(figures('洛阳退休人员每个月大概打九十五块钱。', '医保卡里的钱是怎么来的').map(brief)).toEqual([
            ['retiree_account_credit', '洛阳', null, null, 95],
        ]);
    });

    it('reads 划 right after a rate as crediting it', () => {
        expect(figures('洛阳是按比例的,退休的按全市人均养老金的百分之二点五划。', '医保卡里的钱是怎么来的').map(brief)).toEqual([
            ['retiree_credit_rate', '洛阳', null, null, 2.5],
        ]);
    });

    it('does not read 打卡, 打电话 or money debited as a credit', () => {
        expect(figures('洛阳社区老人每月打卡满20天可领50元礼品。', '退休生活怎么安排')).toEqual([]);
        expect(figures('每月打电话咨询的话费约30元。', '退休生活怎么安排')).toEqual([]);
    });
});

describe('values in force and old values', () => {
    it('claims the new value of a change, not the old value or the difference', () => {
        expect(figures('洛阳退休人员个人账户每月划入标准由80元调高至95元,每月多划15元。').map(brief)).toEqual([
            ['retiree_account_credit', '洛阳', null, null, 95],
        ]);
    });

    it('claims the new rate of a change even though the sentence says 上调', () => {
        expect(figures('洛阳退休人员个人账户划入比例由2%上调为3%。').map(brief)).toEqual([
            ['retiree_credit_rate', '洛阳', null, null, 3],
        ]);
    });

    it('claims the value in force, not the old one the same sentence retires', () => {
        expect(figures('许昌退休人员个人账户每月划入102元,原每月93元的标准同时废止。').map(brief)).toEqual([
            ['retiree_account_credit', '许昌', null, null, 102],
        ]);
        expect(figures('许昌在职职工按缴费基数的2%计入个人账户,原1.8%的比例不再执行。').map(brief)).toEqual([
            ['employee_credit_rate', '许昌', null, null, 2],
        ]);
    });

    it('still reads a plain increase as no level', () => {
        expect(figures('洛阳退休人员每月划入金额比去年增加了6元。')).toEqual([]);
        expect(figures('按照新的比例,洛阳退休人员平均每月可多划入20元左右。')).toEqual([]);
    });
});

describe('corrected figures', () => {
    it('claims only the correction of a quoted figure the page refutes', () => {
        expect(figures('网上说的“洛阳退休人员每月划入150元”并不准确,实际为每月划入120元。').map(brief)).toEqual([
            ['retiree_account_credit', '洛阳', null, null, 120],
        ]);
    });

    it('claims only the correction of hearsay, and not a denied figure', () => {
        expect(figures('有人说洛阳退休人员每月划入150元,这种说法是错误的,正确的标准是每月划入120元。').map((c) => c.value)).toEqual([120]);
        expect(figures('洛阳退休人员并非每月划入150元,而是每月划入120元。').map((c) => c.value)).toEqual([120]);
    });

    it('keeps a figure followed by an unrelated word of error', () => {
        expect(figures('洛阳退休人员每月划入120元,如发现到账金额有误可拨打热线。').map((c) => c.value)).toEqual([120]);
    });
});

describe('a timeline of standards', () => {
    it('claims only the step marked as in force, the earlier steps being history', () => {
        const text = ['许昌市退休人员个人账户划入标准变化:', '2020年每人每月70元', '2022年每人每月80元', '2024年起(现行)每人每月92元'].join('\n');
        expect(figures(text).map((c) => c.value)).toEqual([92]);
    });

    it('claims the latest year-led line when none is marked as in force, as a table by year does', () => {
        const text = ['许昌市退休人员个人账户每月划入标准:', '2024年每人每月88元', '2025年每人每月92元'].join('\n');
        expect(figures(text).map((c) => c.value)).toEqual([92]);
    });
});

describe("the page's own correction note", () => {
    it('withdraws the figure the note quotes as wrong wherever the page states it, and claims the correction', () => {
        const text = [
            '许昌市退休人员个人账户每月划入97元。',
            '【勘误】前文“每月划入97元”有误,应为每月划入95元,特此说明。',
        ].join('\n');
        expect(figures(text).map(brief)).toEqual([['retiree_account_credit', '许昌', null, null, 95]]);
    });

    it('keeps a figure that only a reader calls wrong, with no correction after it', () => {
        const text = ['许昌市退休人员个人账户每月划入97元。', '网友留言:“每月划入97元”有误吧?'].join('\n');
        expect(figures(text).map(brief)).toEqual([['retiree_account_credit', '许昌', null, null, 97]]);
    });
});

describe('questions', () => {
    it('reads no figure from a question, with or without a question mark', () => {
        expect(figures('洛阳退休人员每月划入的到底是80元还是90元?')).toEqual([]);
        expect(figures('洛阳退休人员每月划入的到底是80元还是90元,很多人说不清。')).toEqual([]);
        expect(figures('洛阳退休人员每月划入是不是90元呢')).toEqual([]);
    });
});

describe('the age bracket after the amount', () => {
    it('gives each amount the bracket stated after it', () => {
        expect(figures('洛阳:每月划入100元的是70岁以下的退休人员,每月划入110元的是70岁及以上的退休人员。').map(brief)).toEqual([
            ['retiree_account_credit', '洛阳', null, 69, 100],
            ['retiree_account_credit', '洛阳', 70, null, 110],
        ]);
    });

    it('reads a bracket in parentheses after the amount', () => {
        expect(figures('洛阳退休人员每月划入100元(75岁以下),每月划入120元(75岁及以上)。').map(brief)).toEqual([
            ['retiree_account_credit', '洛阳', null, 74, 100],
            ['retiree_account_credit', '洛阳', 75, null, 120],
        ]);
    });

    it('does not give an amount the bracket of the amount after it', () => {
        expect(figures('洛阳:70岁以下每月划入100元、70岁及以上每月划入110元。').map(brief)).toEqual([
            ['retiree_account_credit', '洛阳', null, 69, 100],
            ['retiree_account_credit', '洛阳', 70, null, 110],
        ]);
    });

    it('reads a spoken bracket (`…以下…, 满七十五了…`) as two brackets meeting at the age reached', () => {
        expect(figures('我们许昌的老人,七十五岁以下每个月卡里进一百零二块,我爸满七十五了,每个月进一百一十块。').map(brief)).toEqual([
            ['retiree_account_credit', '许昌', null, 74, 102],
            ['retiree_account_credit', '许昌', 75, null, 110],
        ]);
    });

    it('reads no age out of a spoken 满…了 that counts years of contribution', () => {
        const got = figures('我缴费满十五年了,许昌退休人员每月划入102元。');
        expect(got.filter((c) => c.metric === 'retiree_account_credit').map(brief)).toEqual([
            ['retiree_account_credit', '许昌', null, null, 102],
        ]);
    });
});

describe('sentences broken across lines', () => {
    it('reads a sentence broken at a comma, at a number and mid-word as one sentence, quoted whole', () => {
        const got = figures(['洛阳:退休人员个人账户每月划入100元,', '70岁及以上的每月划入1', '10元。'].join('\n'));
        expect(got.map((c) => c.value)).toEqual([100, 110]);
        expect(got[1]!.quote).toBe('洛阳:退休人员个人账户每月划入100元,70岁及以上的每月划入110元。');
    });

    it('joins the printed lines of a document page, and keeps headings apart', () => {
        const text = [
            '一、划入标准',
            '根据本市医疗保障工作的有关规定,洛阳市退休人员',
            '医保个人账户按月定额划入,每人每月划入九十元。',
            '二、其他说明',
            '许昌市退休人员每月划入100元。',
        ].join('\n');
        expect(figures(text).map((c) => [c.region, c.value, c.section])).toEqual([
            ['洛阳', 90, '一、划入标准'],
            ['许昌', 100, '二、其他说明'],
        ]);
    });
});

describe('steps in prose and the bank as channel', () => {
    it('splits 先…再…然后…最后 into ordered steps', () => {
        const [got] = procedures('微信查询:先打开微信,再进入城市服务,然后点医保查询,最后输入身份证号即可看到余额。');
        expect(got).toMatchObject({ task: 'query_balance', channel: 'wechat' });
        expect(got!.steps).toEqual(['打开微信', '进入城市服务', '点医保查询', '输入身份证号即可看到余额']);
    });

    it('reads prose whose order words carry steps without an instruction verb, between two places for neither', () => {
        const got = procedures(
            '我的做法是:先在医保APP上点“关系转移”提交申请,再等转出地洛阳那边审核,然后许昌医保局确认接收,最后余额自动转过来。',
            '说说我把医保从洛阳转回许昌的经过',
        );
        expect(got).toMatchObject([{ task: 'transfer', channel: 'app', region: null }]);
        expect(got[0]!.steps).toEqual([
            '在医保APP上点“关系转移”提交申请', '等转出地洛阳那边审核', '许昌医保局确认接收', '余额自动转过来',
        ]);
    });

    it('does not read a phone number to fill in as the phone channel', () => {
        expect(procedures('用微信搜索“医保服务”小程序,进入“转移接续”,填写转入地信息和联系电话,提交申请即可。', '医保关系怎么转移')).toMatchObject([
            { task: 'transfer', channel: 'wechat' },
        ]);
    });

    it('starts the steps at a 先 announced inside a clause', () => {
        const [got] = procedures('用微信查询余额的办法是先打开微信,接着进入城市服务,最后点医保查询。');
        expect(got!.steps).toEqual(['打开微信', '进入城市服务', '点医保查询']);
    });

    it('reads a sentence naming who may do it and through which bank app as the label of its steps', () => {
        expect(procedures('洛阳市民可通过社保卡发卡银行的手机银行查询:登录后点击“社保服务”,选择“医保账户查询”即可。')).toMatchObject([
            { task: 'query_balance', channel: 'bank', steps: ['登录后点击“社保服务”', '选择“医保账户查询”即可'] },
        ]);
    });

    it('reads a bank app and a bank branch as the bank, and its counter as the bank too', () => {
        expect(procedures('也可以先登录发卡银行的手机银行,再进入社保卡服务,最后点击余额查询。')).toMatchObject([
            { task: 'query_balance', channel: 'bank' },
        ]);
        expect(procedures('还可以去社保卡的开户银行网点,带上社保卡和身份证,在柜台请工作人员帮忙查询余额。')).toMatchObject([
            { task: 'query_balance', channel: 'bank' },
        ]);
    });
});
