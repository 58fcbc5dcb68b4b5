/**
 * A line right above a numbered list naming one bracket, whatever its marks (`【…】`, a label line ending in `:`, a
 * numbered heading), gives that bracket to the list's items. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(lines: readonly string[]): FigureDraft[] {
    const title = '宜州职工医保待遇一览';
    return extractFromText(title, [title, '宜州区退下来的人员待遇分列如下。', ...lines].join('\n'), 'https://example.test/list.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure');
}

const brief = (c: FigureDraft) => [c.ageMin, c.ageMax, c.value];

describe('the bracket a list lead names', () => {
    it('holds for the numbered items under it, in every list and lead shape', () => {
        const shapes: [string, string, (n: number) => string][] = [
            ['【不足75周岁】', '【75周岁及以上】', (n) => `${'①②'[n]}`],
            ['不足75周岁的人员：', '75周岁及以上的人员：', (n) => `${n + 1}.`],
            ['（一）不足75周岁的人员', '（二）75周岁及以上的人员', (n) => `（${n + 1}）`],
        ];
        for (const [lower, upper, mark] of shapes) {
            const found = figures([
                lower, `${mark(0)}个账每月记入63元`, `${mark(1)}住院起付线600元`,
                upper, `${mark(0)}个账每月记入71元`, `${mark(1)}住院起付线500元`,
            ]);
            const credits = found.filter((c) => c.metric === 'retiree_account_credit');
            expect(credits.map(brief), lower).toEqual([[null, 74, 63], [75, null, 71]]);
        }
    });

    it('gives no bracket from a lead that asks, names two brackets or says it holds for every age', () => {
        for (const lead of ['您是否已满75周岁？', '75周岁以下和80周岁以上的人员：', '不分年龄，满75周岁的人员也一样：']) {
            expect(figures([lead, '1.个账每月记入71元', '2.住院起付线500元']).filter((c) => c.metric === 'retiree_account_credit').map(brief), lead).toEqual([[null, null, 71]]);
        }
    });
});
