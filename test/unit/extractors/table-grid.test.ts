import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../extractors/body/index.js';
import { extractPage } from '../../../extractors/index.js';

// Invented tables: every place and figure is made up.
const INTRO = '<p>下表列出了本年度各地退休人员个人账户的划入标准,供参保人员查询比对,具体以当地医保部门公布为准。</p>';
const page = (table: string) => `<html><body><div class="k"><h1>各地医保个人账户划入标准一览</h1>${INTRO}${table}</div></body></html>`;
const rows = (table: string) =>
    extractBody(cheerio.load(page(table))).lines.map((l) => l.text).filter((text) => text.includes(' | '));
const claims = (table: string) =>
    extractPage(page(table), 'https://tables.example/a.html').claims
        .filter((c) => 'value' in c)
        .map((c: Record<string, unknown>) => [c.metric, c.region, c.ageMin ?? null, c.ageMax ?? null, c.value]);

const PROVINCE_GROUPS = '<table><tr><th>省份</th><th>城市</th><th>年龄段</th><th>划入标准(元/月)</th></tr>' +
    '<tr><td rowspan="3">河北</td><td rowspan="2">邯郸</td><td>70周岁以下</td><td>91</td></tr>' +
    '<tr><td>70周岁及以上</td><td>104</td></tr>' +
    '<tr><td>邢台</td><td>不分年龄</td><td>87</td></tr></table>';

describe('tables with merged cells', () => {
    it('repeats a rowspan cell on every row it spans, so each row prints the full grid', () => {
        expect(rows(PROVINCE_GROUPS)).toEqual([
            '省份 | 城市 | 年龄段 | 划入标准(元/月)',
            '河北 | 邯郸 | 70周岁以下 | 91',
            '河北 | 邯郸 | 70周岁及以上 | 104',
            '河北 | 邢台 | 不分年龄 | 87',
        ]);
    });

    it('credits a continuation row under a spanning city to that city, not to the province over it', () => {
        expect(claims(PROVINCE_GROUPS)).toEqual([
            ['retiree_account_credit', '邯郸', null, 69, 91],
            ['retiree_account_credit', '邯郸', 70, null, 104],
            ['retiree_account_credit', '邢台', null, null, 87],
        ]);
    });

    it('repeats a colspan label over each column it heads, lined up with the header row below', () => {
        const table = '<table><tr><th rowspan="2">地区</th><th colspan="2">退休人员(元/月)</th></tr>' +
            '<tr><th>70岁以下</th><th>70岁及以上</th></tr><tr><td>沧州</td><td>93</td><td>106</td></tr></table>';
        expect(rows(table)).toEqual([
            '地区 | 退休人员(元/月) | 退休人员(元/月)',
            '地区 | 70岁以下 | 70岁及以上',
            '沧州 | 93 | 106',
        ]);
    });

    it('prints a colspan cell stating a figure once, its other columns blank', () => {
        const table = '<table><tr><th>地区</th><th>70岁以下</th><th>70岁及以上</th></tr>' +
            '<tr><td>衡水</td><td colspan="2">每月划入89元</td></tr><tr><td>廊坊</td><td>95</td><td>110</td></tr></table>';
        expect(rows(table)).toEqual([
            '地区 | 70岁以下 | 70岁及以上',
            '衡水 | 每月划入89元 |',
            '廊坊 | 95 | 110',
        ]);
    });
});

describe('tables of old and current values', () => {
    it('reads the current column and leaves out the old one (原标准 / 现标准)', () => {
        const table = '<table><tr><th>地区</th><th>原标准(元/月)</th><th>现标准(元/月)</th></tr>' +
            '<tr><td>保山</td><td>80</td><td>97</td></tr><tr><td>丽江</td><td>76</td><td>93</td></tr></table>';
        expect(claims(table)).toEqual([
            ['retiree_account_credit', '保山', null, null, 97],
            ['retiree_account_credit', '丽江', null, null, 93],
        ]);
    });

    it('takes the unit stated above the table and the 调整后 column under a spanning header', () => {
        const table = '<p>单位:元/月</p><table><tr><th rowspan="2">地区</th><th colspan="2">退休人员划入标准</th></tr>' +
            '<tr><th>调整前</th><th>调整后</th></tr><tr><td>临沧</td><td>82</td><td>99</td></tr></table>';
        expect(claims(table)).toEqual([['retiree_account_credit', '临沧', null, null, 99]]);
    });

    it('leaves out a written-out old value in a 原政策 column beside the rule in force', () => {
        const table = '<table><tr><th>项目</th><th>原政策</th><th>现政策</th></tr>' +
            '<tr><td>普洱市退休人员划入</td><td>每人每月78元</td><td>每人每月94元</td></tr></table>';
        expect(claims(table)).toEqual([['retiree_account_credit', '普洱', null, null, 94]]);
    });
});


describe('tables built from ARIA roles', () => {
    const ARIA_GRID = '<div role="table"><div role="row"><span role="columnheader">城市</span>' +
        '<span role="columnheader">70周岁以下(元/月)</span><span role="columnheader">70周岁及以上(元/月)</span></div>' +
        '<div role="row"><span role="rowheader">保定</span><span role="cell">83</span><span role="cell">95</span></div>' +
        '<div role="row"><span role="rowheader">沧州</span><span role="gridcell">79</span><span role="gridcell">91</span></div></div>';

    it('reads role="row" and role="cell" elements as the table rows they are shown as', () => {
        expect(rows(ARIA_GRID)).toEqual([
            '城市 | 70周岁以下(元/月) | 70周岁及以上(元/月)',
            '保定 | 83 | 95',
            '沧州 | 79 | 91',
        ]);
    });

    it('credits each row of a role-built table to its city and each column to its age bracket', () => {
        expect(claims(ARIA_GRID)).toEqual([
            ['retiree_account_credit', '保定', null, 69, 83],
            ['retiree_account_credit', '保定', 70, null, 95],
            ['retiree_account_credit', '沧州', null, 69, 79],
            ['retiree_account_credit', '沧州', 70, null, 91],
        ]);
    });
});
