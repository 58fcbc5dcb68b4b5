/**
 * A subject contrasted with `则` and naming no place (`在岗人员则按…`) goes on from the sentence before it, in its passage
 * or in the last passage of prose before it (a subtitle's cue numbers and time codes between), and takes its one place.
 * Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';

function places(lines: string[]): string[] {
    const title = '本地医保个账划入新标准公布';
    const page = extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/a.html');
    return page.claims.filter((c) => c.kind === 'figure').map((c) => `${(c as { metric: string }).metric}:${c.region}`);
}

describe('a subject contrasted with 则', () => {
    it.each([
        [['明年起宜都市的退休职工，账户每人每月打入九十元。在岗人员则按工资总额的2%记入。']],
        [['明年起宜都市的退休职工，账户每人每月打入九十元。', '在岗人员则按工资总额的2%记入。']],
        [['明年起宜都市的退休职工，账户每人每月打入九十元。', '7', '00:01:08,000 --> 00:01:11,500', '在岗人员则按工资总额的2%记入。']],
        [['湖北宜都市的退休职工，账户每人每月打入九十元。', '在岗人员则按工资总额的2%记入账户。']],
    ])('takes the place of the sentence before (%j)', (lines) => {
        expect(places(lines)).toEqual(['retiree_account_credit:宜都', 'employee_credit_rate:宜都']);
    });

    it('takes none when the sentence before names two places', () => {
        expect(places(['宜都市的退休职工，账户每人每月打入九十元，枝江市是八十元。', '在岗人员则按工资总额的2%记入。'])).toEqual([
            'retiree_account_credit:宜都',
            'retiree_account_credit:枝江',
            'employee_credit_rate:null',
        ]);
    });

    it('takes none without 则: a new sentence is no contrast', () => {
        expect(places(['宜都市的退休职工，账户每人每月打入九十元。', '全国多数地区在岗人员按工资总额的2%记入。'])).toEqual([
            'retiree_account_credit:宜都',
            'employee_credit_rate:null',
        ]);
    });
});
