/**
 * The line introducing a table saying in words that its amounts are per month or year gives their period as
 * `单位:元/月` does (docs/claims.md § Ages, table cells). Every table is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

const TITLE = '三县职工医保个人账户划入标准对比';

function credits(lines: string[]): [string | null, number, string | null][] {
    return extractFromText(TITLE, [TITLE, ...lines].join('\n'), 'https://example.test/t/1.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure' && c.metric === 'retiree_account_credit')
        .map((c) => [c.region, c.value, c.period]);
}

const table = ['地区 | 诸暨市 | 义乌市', '退休人员 | 85元 | 90元'];

describe('a caption giving the period in words', () => {
    it.each([
        ['下表为两地2027年度标准（退休人员为每人每月金额）。', 'month'],
        ['表中金额为每月标准：', 'month'],
        ['以下按每人每年标准列出：', 'year'],
    ])('reads the cells under %s as %s amounts', (caption, period) => {
        expect(credits([caption, ...table])).toEqual([
            ['诸暨', 85, period],
            ['义乌', 90, period],
        ]);
    });

    it.each(['下表为两地2027年度标准。', '下表为两地现行标准（单位：元）。'])('reads no period, so no terse cell amount, under %s', (caption) => {
        expect(credits([caption, ...table])).toEqual([]);
    });
});
