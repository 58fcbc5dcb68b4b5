/**
 * Kinds of statements met on page types the extractors were not written for: amounts per quarter and their
 * yearly totals, year-by-year tables, a state's limit quoted beside a place's own, calendar-day limits. Every
 * sentence is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText, extractPage } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

const URL = 'https://example.test/a.html';

function figures(text: string, title = '退休人员个人账户划入标准'): FigureDraft[] {
    return extractFromText(title, text, URL).claims.filter((c): c is FigureDraft => c.kind === 'figure');
}

const brief = (c: FigureDraft) => [c.metric, c.region, c.ageMin, c.ageMax, c.value, c.period, c.monthly];

describe('amounts per quarter', () => {
    it('reads a quarterly amount as one claim with no period and its monthly equivalent', () => {
        expect(figures('安康市退休人员个人账户每季度划入300元，分四次到账。').map(brief)).toEqual([
            ['retiree_account_credit', '安康', null, null, 300, null, 100],
        ]);
    });

    it('takes the yearly total after it, and a 合计 row under it, as restatements', () => {
        const text = ['安康市退休人员个人账户每季度划入300元，全年合计1200元。', '季度 | 划入金额（元）', '一季度 | 300', '合计 | 1200'].join('\n');
        expect(figures(text).map(brief)).toEqual([['retiree_account_credit', '安康', null, null, 300, null, 100]]);
    });
});

describe('tables with a column per year', () => {
    it('claims only the latest year, the one in force', () => {
        const text = ['安康市退休人员个人账户划入标准如下。', '单位：元/人·月', '年龄段 | 2022年 | 2023年 | 2024年',
            '75周岁以下 | 70 | 75 | 80', '75周岁及以上 | 85 | 90 | 95'].join('\n');
        expect(figures(text).map(brief)).toEqual([
            ['retiree_account_credit', '安康', null, 74, 80, 'month', 80],
            ['retiree_account_credit', '安康', 75, null, 95, 'month', 95],
        ]);
    });
});

describe('time limits', () => {
    it('gives a limit its clause cites as the state rule no place, beside the place’s own', () => {
        const got = figures('目前安康市医保关系转出在受理后3个工作日内办结，比国家规定的15个工作日快得多。', '医保关系转移要多久');
        expect(got.map((c) => [c.metric, c.region, c.value, c.unit])).toEqual([
            ['transfer_days', '安康', 3, 'workday'],
            ['transfer_days', null, 15, 'workday'],
        ]);
    });

    it('reads `N日（自然日）` as calendar days', () => {
        const got = figures('跨省办理医保关系转移的，全流程不超过40日（自然日）。', '医保关系转移要多久');
        expect(got.map((c) => [c.metric, c.region, c.value, c.unit])).toEqual([['transfer_days', null, 40, 'day']]);
    });
});

describe('lists of snippets', () => {
    it('owns every snippet of a results page, short ones included', () => {
        const item = (title: string, snippet: string) => `<li><a href="/r">${title}</a><div>${snippet}</div></li>`;
        const html = `<html><head><title>搜索结果</title></head><body><ul>${[
            item('安康医保转移', '…安康市医保关系转出办理时限为7个工作日，可网上申请…'),
            item('汉中医保转移', '…汉中市规定转出手续在12个工作日内办结…'),
            item('商洛医保转移', '…商洛市转入手续在25个自然日内办结…'),
        ].join('')}</ul></body></html>`;
        const got = extractPage(html, URL).claims.filter((c): c is FigureDraft => c.kind === 'figure');
        expect(got.map((c) => [c.region, c.value])).toEqual([['安康', 7], ['汉中', 12], ['商洛', 25]]);
    });
});

describe('places and brackets in running prose', () => {
    it('gives each of two cities in one sentence its own amount, under a title about the account', () => {
        const got = figures('汉中的退休老人每月能拿到96元，而商洛的退休老人只有72元。', '医保个人账户：两个城市比一比');
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '汉中', null, null, 96, 'month', 96],
            ['retiree_account_credit', '商洛', null, null, 72, 'month', 72],
        ]);
    });

    it('reads a city whose short name is also a word when a connective or its insured follow it', () => {
        const got = figures('另一头，大同则按本人基本养老金的3%划入个人账户。', '两种划入办法');
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([['retiree_credit_rate', '大同', 3]]);
    });

    it('gives a bracket with its own amount in parentheses to that amount, the one before it ending below', () => {
        const got = figures('▲汉中：每人每月86元（80周岁及以上99元）', '三市退休人员个人账户标准');
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '汉中', null, 79, 86, 'month', 86],
            ['retiree_account_credit', '汉中', 80, null, 99, 'month', 99],
        ]);
    });

    it('claims no figure from an opinion the writer rebuts', () => {
        expect(figures('有人说各地都应该统一成每月120元，我看未必。', '个人账户划入标准')).toEqual([]);
    });

    it('keeps a transcript timestamp apart from a Chinese numeral age after it', () => {
        const got = figures('00:15八十岁以上的每个月打进来是一百一十块', '医保卡每个月进多少钱');
        expect(got.map((c) => [c.ageMin, c.value])).toEqual([[80, 110]]);
    });

    it('joins a sentence printed one short line at a time', () => {
        const got = figures(['答：汉中市在职职工按本人', '缴费基数的2%', '计入个人账户。'].join('\n'), '医保问答');
        expect(got.map((c) => [c.metric, c.region, c.value, c.quote])).toEqual([
            ['employee_credit_rate', '汉中', 2, '答：汉中市在职职工按本人缴费基数的2%计入个人账户。'],
        ]);
    });
});

describe('terse lists under a title about the account', () => {
    it('reads a bare share of the contribution base as the employee credit rate, and out-of-pocket money as none', () => {
        const text = ['安康市的标准如下：', '退休人员：每人每月 88 元', '在职职工：本人缴费基数的 2%', '一年门诊自付大概600元。'].join('\n');
        expect(figures(text, '爸妈的医保个人账户：标准和查法').map((c) => [c.metric, c.region, c.value])).toEqual([
            ['retiree_account_credit', '安康', 88],
            ['employee_credit_rate', '安康', 2],
        ]);
    });

    it('does not read a contribution rate paid as a credit', () => {
        expect(figures('灵活就业人员：缴费比例为缴费基数的8%', '医保个人账户标准')).toEqual([]);
    });

    it('reads keycap-numbered lines as items of their own, not one broken sentence', () => {
        const got = figures(['从汉中换到安康工作，记一下：', '1️⃣ 医保关系转出一般15个工作日内办好', '2️⃣ 在职的个账是缴费基数的2%，各地都差不多'].join('\n'), '换城市医保账户别忘了转');
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([['transfer_days', null, 15], ['employee_credit_rate', null, 2]]);
    });
});
