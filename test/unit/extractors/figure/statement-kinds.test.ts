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
