import { describe, expect, it } from 'vitest';
import type { FigureDraft } from '../../../../src/claims/schema.js';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

/** Invented sentences, one line per passage. */
function figures(lines: string[]): FigureDraft[] {
    return extractFigures(passagesFromLines(lines.map((text) => ({ text }))), { url: 'https://example.test/a.html', title: '医保个人账户怎么算', published: null });
}

describe('the scope a figure is stated for', () => {
    it('gives each sex its own figure when one sentence states both', () => {
        const claims = figures(['各地医保缴费年限要求不一,通常男性累计缴费满30年、女性累计缴费满25年。']);
        expect(claims.map((c) => [c.value, c.sex])).toEqual([[30, 'male'], [25, 'female']]);
    });

    it('does not read a sex into words for people in general', () => {
        const claims = figures(['男女职工医保缴费年限均需累计缴满25年,子女不在此列。']);
        expect(claims.map((c) => c.sex)).toEqual([null]);
    });

    it('tells a transfer step from the whole transfer', () => {
        const claims = figures([
            '转出地社保机构一般在12个工作日内办完转出手续;',
            '转入地社保机构在收到材料后7个工作日内办理转入;',
            '整个转移接续办理时间合计不超过20个工作日。',
        ]);
        expect(claims.map((c) => [c.value, c.step])).toEqual([[12, 'transfer_out'], [7, 'transfer_in'], [20, null]]);
    });

    it('ties a figure to the year its sentence states for it, the earlier year of two being history', () => {
        const claims = figures(['2022年居民医保个人缴费标准为每人每年350元,2023年起调整为每人每年380元。']);
        expect(claims.map((c) => [c.value, c.statedYear])).toEqual([[380, 2023]]);
        expect(figures(['2023年起居民医保个人缴费标准为每人每年380元。'])[0]?.statedYear).toBe(2023);
        expect(figures(['居民医保个人缴费标准为每人每年380元。'])[0]?.statedYear).toBeNull();
    });

    it('marks a figure offered as an illustration of a range, not a place-less range stated plainly', () => {
        const [illustration] = figures(['退休人员按本人养老金的一定比例(如1.5%-3.5%)划入个人账户。']);
        expect(illustration).toMatchObject({ value: 1.5, valueMax: 3.5, illustrative: true, example: false });
        const [stated] = figures(['多数地区按本人养老金的1.5%-3.5%划入退休人员个人账户。']);
        expect(stated?.illustrative).toBe(false);
    });
});
