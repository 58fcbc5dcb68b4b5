/**
 * A paragraph ending on a colon that names one bracket (`不足六十八周岁的：`) labels the paragraph right under it, as a
 * list lead labels its items: the amount there is that bracket's. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function credits(lines: readonly string[]): FigureDraft[] {
    const title = '宜州退休待遇小贴士';
    return extractFromText(title, [title, '宜州区退下来的人员个账标准分两档。', ...lines].join('\n'), 'https://example.test/label.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure' && c.metric === 'retiree_account_credit');
}

const brief = (c: FigureDraft) => [c.ageMin, c.ageMax, c.value];

describe('the bracket a label line names', () => {
    it('holds for the amount on the line under it', () => {
        const found = credits(['岁数在六十八周岁以下：', '个账每月进 63 元。', '岁数在六十八周岁（含）以上：', '个账每月进 71 元。']);
        expect(found.map(brief)).toEqual([[null, 67, 63], [68, null, 71]]);
    });

    it('gives none from a line that asks, names two brackets or says it holds for every age', () => {
        for (const label of ['您是否已满68周岁？', '68周岁以下和80周岁以上的：', '不分年龄，一律如下：']) {
            expect(credits([label, '个账每月进 71 元。']).map(brief), label).toEqual([[null, null, 71]]);
        }
    });

    it('leaves a line that states its own bracket with it', () => {
        const found = credits(['标准如下：', '不足68周岁的个账每月进63元']);
        expect(found.map(brief)).toEqual([[null, 67, 63]]);
    });
});
