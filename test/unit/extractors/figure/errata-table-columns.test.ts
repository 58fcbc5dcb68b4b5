/**
 * An errata table (`原文 | 更正为`) sets its first text right: the column of the text as first printed holds no claim,
 * the corrected column does. A `原文` column with no corrected one beside it keeps its figures. Rows written for
 * these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function values(rows: string[][]): number[] {
    const table = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
    const html = `<html><head><title>泰来县医保手册</title></head><body><h1>泰来县医保手册</h1><p>泰来县医保局印发的手册有几处须说明：</p><table>${table}</table></body></html>`;
    return extractPage(html, 'https://example.test/errata.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure')
        .map((c) => c.value);
}

describe('an errata table', () => {
    it('claims only the corrected column', () => {
        expect(values([['页', '原文', '应为'], ['第9页', '离退休人员个账月拨入68元', '离退休人员个账月拨入86元']])).toEqual([86]);
    });

    it('a 原文 column beside no correction keeps its figures', () => {
        expect(values([['页', '原文', '说明'], ['第9页', '离退休人员个账月拨入68元', '依文件摘录']])).toEqual([68]);
    });
});
