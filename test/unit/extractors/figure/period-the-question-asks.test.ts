/**
 * A reply's amount that says no period (`没到八十的六十六块`) is per the period its question asks (`每月进多少?`), as if
 * the reply had said it: on a question about the account, it is the credit. Threads written for these tests (no
 * corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

describe('the period the question asks', () => {
    it.each([
        ['打听下退休老人医保卡一月能进多少'],
        ['退了休医保卡一个月打几块钱进来?'],
        ['请教:退休老人个账每月返多少'],
    ])('gives a reply’s spoken amounts their period and bracket, under %s', (title) => {
        expect(retireeCredits(['鄂州这儿分两档,没到八十的六十六块,八十往上的七十七块。'], title)).toEqual([
            [null, 79, 66],
            [80, null, 77],
        ]);
    });

    it('reads a yearly question as yearly', () => {
        const got = extractFromText('退了休医保卡每年能进多少?', '鄂州这儿不分年龄,都是九百块。', 'https://example.test/t.html').claims
            .filter((c): c is FigureDraft => c.kind === 'figure')
            .map((c) => [c.value, c.period, c.monthly]);
        expect(got).toEqual([[900, 'year', 75]]);
    });

    it.each([['退了休医保卡的余额能提现吗'], ['退了休医保卡要不要激活']])('gives nothing under a question asking no amount: %s', (title) => {
        expect(retireeCredits(['鄂州这儿分两档,没到八十的六十六块,八十往上的七十七块。'], title)).toEqual([]);
    });

    it('leaves other money in the reply alone', () => {
        expect(retireeCredits(['我爸养老金三千二百块,不知道够不够用。'], '打听下退休老人医保卡一月能进多少')).toEqual([]);
    });
});

describe('a reply’s bare number after 是', () => {
    const title = '打听下退休老人医保卡一月能进多少';

    it.each([['俺们鄂州的是66,老少都一样。'], ['鄂州这儿就是66吧,大家一样。'], ['鄂州都是66左右。']])('is the amount the question asks: %s', (reply) => {
        expect(retireeCredits([reply], title)).toEqual([[null, null, 66]]);
    });

    it.each([['我妈今年是76,还没去问。'], ['楼主是88年的吧?'], ['俺们鄂州的是66,老少都一样。']])(
        'is no amount when the reply tells an age or the question asks none: %s',
        (reply) => {
            expect(retireeCredits([reply], reply.includes('66') ? '退了休医保卡要不要激活' : title)).toEqual([]);
        },
    );
});
