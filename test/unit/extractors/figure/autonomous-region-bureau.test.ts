/**
 * An autonomous region's own bureau named with no place before it (`自治区医保局`) is the province-level bureau of the
 * page's place, as `省医保局` is on a province's page: what its clause states is that province's. Sentences invented
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function places(title: string, lines: readonly string[]): [string, string | null, number][] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/bureau.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure')
        .map((c) => [c.metric, c.region, c.value]);
}

describe('an autonomous region bureau named alone', () => {
    it('speaks for the province of the page, while the city keeps its own lines', () => {
        const found = places('乌海日报 个账新规', ['本报讯 自治区医保局日前印发通知，全区在岗人员个账按其缴费基数2%记入。', '乌海市的离退休职工个账每月记入77元。']);
        expect(found).toEqual([['employee_credit_rate', '内蒙古', 2], ['retiree_account_credit', '乌海', 77]]);
    });

    it('gives no place on a page whose place is unknown, and a named region stays the named one', () => {
        expect(places('个账新规', ['自治区医保局日前印发通知，在岗人员个账按其缴费基数2%记入。'])).toEqual([['employee_credit_rate', null, 2]]);
        expect(places('乌海日报 个账新规', ['广西壮族自治区医保局日前印发通知，在岗人员个账按其缴费基数2%记入。'])).toEqual([['employee_credit_rate', '广西', 2]]);
    });

    it('leaves a city bureau named alone the city', () => {
        expect(places('乌海日报 个账新规', ['按照市医保局通知，在岗人员个账按其缴费基数2%记入。'])).toEqual([['employee_credit_rate', '乌海', 2]]);
    });
});
