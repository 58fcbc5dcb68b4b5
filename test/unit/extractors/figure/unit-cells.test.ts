/**
 * Tables that give the unit a column of its own (`数值 | 单位`), as open-data previews print them; rows written for
 * these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(lines: string[]): FigureDraft[] {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/t.html', title: '数据集预览', published: null });
}

describe('a unit in the cell after the number', () => {
    it('gives the number its unit, period and metric, and the row its place', () => {
        const got = figures([
            '地市 | 人群 | 指标 | 数值 | 单位',
            '温州市 | 退休人员 | 每月划入个账金额 | 99 | 元/月',
            '温州市 | 在职职工 | 个账划入比例 | 2 | %(按缴费基数)',
            '台州市 | 参保人 | 转移接续办理时限 | 12 | 工作日',
        ]);
        expect(got.map((c) => [c.metric, c.region, c.value, c.unit, c.period])).toEqual([
            ['retiree_account_credit', '温州', 99, 'CNY', 'month'],
            ['employee_credit_rate', '温州', 2, 'percent', null],
            ['transfer_days', '台州', 12, 'workday', null],
        ]);
    });

    it('gives nothing to a number whose next cell is not a unit', () => {
        const got = figures(['地市 | 人群 | 指标 | 数值 | 备注', '温州市 | 退休人员 | 每月划入个账金额 | 99 | 已核实']);
        expect(got).toEqual([]);
    });
});
