/**
 * A rate booked to the account as a ledger says it (`…的2%每月记账`) is a credit; a total said after a bracket of
 * its own (`X岁以下的全年合计A元,满X岁的全年合计B元`) is that bracket's level, while a total summing the amounts
 * before it restates them. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

function rates(sentence: string): [string, number][] {
    const html = `<html><head><title>个账事项</title></head><body><h1>个账事项</h1><p>${sentence}</p></body></html>`;
    return extractPage(html, 'https://example.test/ledger.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure')
        .map((c) => [c.metric, c.value]);
}

describe('a rate booked to the account', () => {
    it('is an employee credit', () => {
        expect(rates('伊宁县在职人员依旧照着个人工资基数之2%每月记账。')).toEqual([['employee_credit_rate', 2]]);
    });

    it('not when the booking is said of no rate', () => {
        expect(rates('伊宁县那笔60元分开到两个台账里记账。')).toEqual([]);
    });
});

describe('a total', () => {
    it('after a bracket of its own is that bracket\'s level', () => {
        expect(retireeCredits(['伊宁县退休人员个账分月拨付：六十五岁以下的全年合计八百四十元，年满六十五岁的全年合计九百六十元。'], '通知')).toEqual([
            [null, 64, 840],
            [65, null, 960],
        ]);
    });

    it('summing the amounts before it restates them', () => {
        expect(retireeCredits(['伊宁县退休人员个账每季度划入210元，全年合计840元。'], '通知')).toEqual([[null, null, 210]]);
    });
});
