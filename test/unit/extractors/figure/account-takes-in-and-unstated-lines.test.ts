/**
 * Statement forms: `进` said of the account credits it (the account its subject or object, or `进` right before the
 * figure); an instalment of a yearly amount restates it; `转…关系` names the transfer while a balance paid to a bank
 * card or an heir is no transfer; a vote's option with its tally states nothing, and an erratum notice's right figure
 * restates the body's when the body states it with its place. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

type Read = [FigureDraft['metric'], string | null, number, FigureDraft['period']];

function figures(title: string, lines: string[]): Read[] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/a/2.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure')
        .map((c) => [c.metric, c.region, c.value, c.period]);
}

describe('`进` said of the account is a credit', () => {
    it.each<[string, Read]>([
        ['嘉兴退休的同志个账每月进本人养老金的百分之三。', ['retiree_credit_rate', '嘉兴', 3, null]],
        ['湖州在职人员的个人账户进本人缴费工资的1.5%。', ['employee_credit_rate', '湖州', 1.5, null]],
        ['绍兴退休职工的个账按全市平均养老金算，进2.6%。', ['retiree_credit_rate', '绍兴', 2.6, null]],
        ['舟山在职人员本人交的那部分全数进入本人账户，约合缴费基数之1.8%。', ['employee_credit_rate', '舟山', 1.8, null]],
        ['丽水退休的老同志个账每月固定进一百零五元。', ['retiree_account_credit', '丽水', 105, 'month']],
    ])('reads %s', (sentence, read) => {
        expect(figures('个账怎么计入答疑', [sentence])).toEqual([read]);
    });

    it.each([
        '衢州推进医保改革，进一步扩大门诊共济试点，3个县先行。',
        '衢州单位缴费的7%全部进统筹基金，用于门诊共济。',
    ])('reads no credit in %s', (sentence) => {
        expect(figures('门诊共济改革进展', [sentence])).toEqual([]);
    });
});

describe('an instalment restates the amount it is part of', () => {
    it('reads the yearly amount, not each half', () => {
        expect(figures('个账怎么计入答疑', ['金华退休人员个账每年划入1440元，分两次发放，每次720元。'])).toEqual([
            ['retiree_account_credit', '金华', 1440, 'year'],
        ]);
    });

    it('still reads two brackets each with its own amount', () => {
        expect(figures('个账怎么计入答疑', ['金华七十岁以下每月划入82元，七十岁及以上每月划入91元。']).map((r) => r[2])).toEqual([82, 91]);
    });
});

describe('which time limits bound a transfer', () => {
    it.each<[string, number[]]>([
        ['跨市转社保关系的，新参保地经办机构十五个工作日内办好。', [15]],
        ['受理后，钱款在12个工作日内转入新单位所在地的账户。', [12]],
        ['参保人身故后，个账余额于30日内转入其继承人名下银行卡。', []],
        ['审核通过的，余额在7个工作日内划到本人银行账户。', []],
    ])('%s', (sentence, days) => {
        const read = figures('医保业务办理须知', [sentence]).filter((r) => r[0] === 'transfer_days').map((r) => r[2]);
        expect(read).toEqual(days);
    });
});

describe('lines that state nothing', () => {
    it('reads no claim in a vote option with its tally', () => {
        expect(figures('明年惠民项目征集投票', ['现在台州退休的老人个账按人头每月划入87元。', '退休老人个账月划入提高到99元 2301票'])).toEqual([
            ['retiree_account_credit', '台州', 87, 'month'],
        ]);
    });

    it('reads the erratum notice\'s right figure as the body\'s, which has its place', () => {
        expect(figures('台州明年个账划入标准公布', [
            '【更正】昨天本文把每月划入标准错写成“75元”，现已改为78元。',
            '台州退休的老人明年按人头每月划入78元。',
        ])).toEqual([['retiree_account_credit', '台州', 78, 'month']]);
    });

    it('still reads the right figure of an erratum notice that the body does not state', () => {
        expect(figures('台州明年个账划入标准公布', ['【更正】昨天本文把台州每月划入标准错写成“75元”，现已改为78元。'])).toEqual([
            ['retiree_account_credit', '台州', 78, 'month'],
        ]);
    });

    it('still reads a sentence that only mentions a vote', () => {
        expect(figures('台州明年个账划入标准公布', ['经听证会投票表决，台州退休的老人按人头每月划入86元。'])).toEqual([
            ['retiree_account_credit', '台州', 86, 'month'],
        ]);
    });
});
