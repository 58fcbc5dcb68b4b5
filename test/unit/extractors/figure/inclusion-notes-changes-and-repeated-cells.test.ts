/**
 * Bounds kept in by a note (`(含)`, `含本数`, `(包括X岁)`) in spoken and written brackets; the new value of a change
 * said without a period of its own; a fault word of any kind in a page's correction; the same figure in two cells of
 * one row. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

const URL = 'https://example.test/thread.html';

function figures(text: string, title = '退下来以后医保卡里月月进多少'): FigureDraft[] {
    return extractFromText(title, text, URL).claims.filter((c): c is FigureDraft => c.kind === 'figure');
}

const bracketAndValue = (c: FigureDraft) => [c.ageMin, c.ageMax, c.value];

describe('a note keeping an age in', () => {
    it('reads a spoken upper bracket kept in by (含), 含本数 or (包括) as starting there, so the lower one ends below it', () => {
        for (const upper of ['八十（含）往上', '八十含本数往上', '八十(含)以上的', '80岁(含本数)以上', '80岁（包括80岁）以上']) {
            const found = figures(`丰宁这里退休的分两种，八十以下的每个月打一百一十块，${upper}的每个月打一百三十块。`);
            expect(found.map(bracketAndValue), upper).toEqual([[null, 79, 110], [80, null, 130]]);
        }
    });

    it('reads a lower bracket kept in by its note as ending at that age', () => {
        for (const lower of ['七十五（含）以下的', '75岁(含)以下的', '七十五含本数往下的']) {
            const found = figures(`宁城退了休的${lower}个账按月划六十八元，七十六岁及以上的个账按月划七十六元。`);
            expect(found.map(bracketAndValue), lower).toEqual([[null, 75, 68], [76, null, 76]]);
        }
    });

    it('reads a bare 含 before 以上/以下 as keeping the age in', () => {
        const found = figures('宁城退了休的个账，七十五岁含以上的按月划七十六元，不满七十五岁的按月划六十八元。');
        expect(found.map(bracketAndValue)).toEqual([[75, null, 76], [null, 74, 68]]);
    });

    it('leaves a deduction note after the amount a deduction (no age bound)', () => {
        const found = figures('宁城退了休的不满75周岁者个账按月划68元(含2元大额保险)。');
        expect(found.map(bracketAndValue)).toEqual([[null, 74, 68]]);
    });
});

describe('the whole family of words bounding a spoken age', () => {
    it('reads 不够/够 and 之下/之上 as 不满/满 and 以下/以上', () => {
        for (const [lower, upper] of [['不够七十五的', '够七十五的'], ['七十五岁之下', '七十五岁之上'], ['不够75岁的', '够了75岁的']]) {
            const found = figures(`宁城退了休的个账，${lower}按月划六十八元，${upper}按月划七十六元。`);
            expect(found.map(bracketAndValue), lower).toEqual([[null, 74, 68], [75, null, 76]]);
        }
    });

    it('reads a bare age bounded right before a period and its amount (`七十以下每月…`)', () => {
        for (const [lower, upper] of [['七十五以下', '七十五及以上'], ['75以下', '75以上']]) {
            const found = figures(`宁城退了休的个账，${lower}每月六十八块，${upper}每个月能划七十六块。`);
            expect(found.map(bracketAndValue), lower).toEqual([[null, 74, 68], [75, null, 76]]);
        }
    });

    it('reads no age in a bare number bounded before a period with no amount', () => {
        expect(figures('宁城退了休的个账按月划六十八元，余额70以上每月都能用。').map(bracketAndValue)).toEqual([[null, null, 68]]);
    });

    it('reads no age in 够 before money or a verb', () => {
        expect(figures('宁城退了休的个账按月划六十八元，够用了。').map(bracketAndValue)).toEqual([[null, null, 68]]);
    });
});

describe('the new value of a change said without a period', () => {
    it('takes the period its difference is said in, whatever time words stand around the values', () => {
        for (const sentence of [
            '海城退休老人的医保个账，从前年的71元涨到今年的79元，每个月多出8元。',
            '海城退休老人的医保个账由2025年的71元调到2026年的79元，每月多8元。',
            '海城退休老人的医保个账从71元涨到现在的79元，每个月比原来多了8块。',
        ]) {
            const found = figures(sentence);
            expect(found.map((c) => [c.region, c.value, c.period]), sentence).toEqual([['海城', 79, 'month']]);
        }
    });

    it('reads the change said the other way round, new value first, by the period of its difference', () => {
        expect(figures('海城退休老人的个账，现在的79元比前年的71元每个月多8元').map((c) => [c.value, c.period])).toEqual([[79, 'month']]);
        expect(figures('海城退休老人的个账现在是948元，较原来的852元一年多出96元').map((c) => [c.value, c.period])).toEqual([[948, 'year']]);
    });

    it('reads an arrow between two values as a change to the second', () => {
        for (const sentence of ['海城退休老人个账每月划入71元→79元。', '海城退休老人个账每月划入：2025年71元⇒2026年79元']) {
            expect(figures(sentence).map((c) => c.value), sentence).toEqual([79]);
        }
    });

    it('reads a yearly difference as a yearly value', () => {
        const found = figures('海城退休老人的医保个账由原来的852元涨到948元，一年多出96元。');
        expect(found.map((c) => [c.value, c.period])).toEqual([[948, 'year']]);
    });

    it('claims nothing when no period is said anywhere', () => {
        expect(figures('海城退休老人的医保个账从71元提到79元，大家都说是好事。', '海城医保个账的新变化')).toEqual([]);
    });

    it('does not read a mention (`提到的`) as a change', () => {
        const found = figures('上文提到的每月79元，就是海城退休老人医保个账的划入标准。');
        expect(found.map((c) => c.value)).toEqual([79]);
    });
});

describe('a correction calling a printed figure wrong', () => {
    it('withdraws the figure whatever the fault word, and claims the right one', () => {
        for (const fault of ['系编辑差错', '属排版失误', '出错了', '有误']) {
            const text = [
                '双滦区退了休的个账按月打入77元。',
                `【更正】上文“按月打入77元”${fault}，应为“按月打入87元”，特此更正。`,
            ].join('\n');
            expect(figures(text, '双滦区个账打入标准').map((c) => c.value), fault).toEqual([87]);
        }
    });

    it('keeps a figure the page says is right (`无误`)', () => {
        const text = [
            '双滦区退了休的个账按月打入77元。',
            '【说明】经核对，上文“按月打入77元”无误，更正启事所指为另一篇稿件。',
        ].join('\n');
        expect(figures(text, '双滦区个账打入标准').map((c) => c.value)).toContain(77);
    });
});

describe('the same figure in two cells of one row', () => {
    it('is one claim with the place the other cell names', () => {
        const text = [
            '序号 | 画面 | 配音',
            '3 | 屏幕文字：每月88元 | 从今年开始，兴城退休的老人个账每个月打进来八十八块钱。',
        ].join('\n');
        const found = figures(text, '第5期节目脚本');
        expect(found.map((c) => [c.region, c.value])).toEqual([['兴城', 88]]);
    });
});
