/**
 * Decisions about ages, speakers and table units that no single sentence settles: a `是`/`否` branch under a
 * yes-or-no question about an age, a figure a video or a post is said to claim, a table header that names money
 * without its unit, and a unit given in a note under the table. Text written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

/** One passage per line; a line starting `## ` is a section heading, `- ` a list item. */
function figures(lines: string[], title = '退休人员医保个人账户每月划入多少'): FigureDraft[] {
    const passages = passagesFromLines(
        lines.map((text) =>
            text.startsWith('## ') ? { text: text.slice(3), hint: 'heading' as const } : text.startsWith('- ') ? { text: text.slice(2), hint: 'item' as const } : { text },
        ),
    );
    return extractFigures(passages, { url: 'https://example.test/guide.html', title, published: null });
}

const ages = (c: FigureDraft) => [c.ageMin, c.ageMax, c.value];

describe('a yes-or-no branch under a question about an age', () => {
    it.each([
        [['## 您是否年满80周岁?', '- 是:每月划入120元', '- 否:每月划入100元'], [[80, null, 120], [null, 79, 100]]],
        [['## 您是否不满70周岁?', '- 否:每月划入95元', '- 是:每月划入85元'], [[70, null, 95], [null, 69, 85]]],
        [['您年满75周岁了吗?', '是,每月划入110元。'], [[75, null, 110]]],
    ])('gives each branch its bracket: %j', (lines, expected) => {
        expect(figures(lines).map(ages)).toEqual(expected);
    });

    it('gives no bracket under a question that names no age, or to a line that answers nothing', () => {
        expect(figures(['## 您是否已办理退休?', '- 是:每月划入90元']).map(ages)).toEqual([[null, null, 90]]);
        expect(figures(['## 您是否年满80周岁?', '每月划入标准统一为90元。']).map(ages)).toEqual([[null, null, 90]]);
    });
});

describe('what circulates is not the page speaking', () => {
    it.each([
        '近日,有视频称某地退休老人医保卡每月要降到40元。',
        '有帖子说,退休人员每月划入将减到30元。',
        '朋友圈里的消息称每月划入只剩20元。',
    ])('reads no figure in %s', (text) => {
        expect(figures([text])).toEqual([]);
    });

    it('still reads the page answering it', () => {
        const got = figures(['有短视频称每月划入要降到40元,经核实,现行标准为每月划入88元。']);
        expect(got.map((c) => c.value)).toEqual([88]);
    });
});

describe('table units a header names in words', () => {
    it('reads a `每月划入标准` header over place columns as money per month', () => {
        const got = figures(['年龄段 | 每月划入标准 | 每月划入标准', '年龄段 | 榆林 | 宝鸡', '75岁以下 | 91 | 86', '75岁及以上 | 101 | 96']);
        expect(got.map((c) => [c.region, ...ages(c), c.period])).toEqual([
            ['榆林', null, 74, 91, 'month'],
            ['宝鸡', null, 74, 86, 'month'],
            ['榆林', 75, null, 101, 'month'],
            ['宝鸡', 75, null, 96, 'month'],
        ]);
    });

    it('reads a `金额` column as money, its period from a caption above when there is one', () => {
        expect(figures(['年龄段 | 划入金额', '80周岁以下 | 90']).map((c) => [...ages(c), c.period])).toEqual([[null, 80, 90, 'month']]);
        const got = figures(['单位:元/年', '年龄段 | 划入金额', '80周岁以下 | 1080']);
        expect(got.map((c) => [...ages(c), c.period, c.monthly])).toEqual([[null, 80, 1080, 'year', 90]]);
    });

    it('reads bare numbers under a header that names no money as nothing, and a ratio column as no amount', () => {
        expect(figures(['年龄段 | 人数', '80周岁以下 | 1080'])).toEqual([]);
        expect(figures(['年龄段 | 每月划入比例', '80周岁以下 | 3'])).toEqual([]);
    });
});

describe('a data card: the figure on one line, its caption on the next', () => {
    it('reads the caption as what the figure is, for whom and at which ages', () => {
        const got = figures(['以下为本市现行标准:', '88元/月', '退休人员(75周岁以下)月划入', '98元/月', '退休人员(75周岁及以上)月划入', '2%', '在职职工划入比例(占缴费基数)']);
        expect(got.map((c) => [c.metric, ...ages(c)])).toEqual([
            ['retiree_account_credit', null, 74, 88],
            ['retiree_account_credit', 75, null, 98],
            ['employee_credit_rate', null, null, 2],
        ]);
        expect(got[0]!.quote).toBe('88元/月退休人员(75周岁以下)月划入');
    });

    it('leaves a count and its caption alone, and a figure line followed by a sentence of its own', () => {
        expect(figures(['56', '万人', '全市职工医保参保人数'])).toEqual([]);
        const got = figures(['每月划入标准:', '90元/月', '以上标准自2025年1月起执行。']);
        expect(got.map((c) => c.quote)).toEqual(['90元/月']);
    });
});
