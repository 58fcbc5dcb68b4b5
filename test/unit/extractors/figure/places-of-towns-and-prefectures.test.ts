/**
 * Places a page names the way locals do, written for these tests (no corpus text): county-level cities named bare,
 * an autonomous prefecture's `全州`, and a lead-in sentence naming the place of the list under it.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

/** One passage per line; a line starting `## ` is a heading, `- ` a list item. */
function figures(lines: string[], title = '个人账户标准说明'): FigureDraft[] {
    const passages = passagesFromLines(
        lines.map((text) =>
            text.startsWith('## ')
                ? { text: text.slice(3), hint: 'heading' as const }
                : text.startsWith('- ')
                  ? { text: text.slice(2), hint: 'item' as const }
                  : { text },
        ),
    );
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/t.html', title, published: null });
}

function brief(c: FigureDraft) {
    return [c.metric, c.region, c.value];
}

describe('county-level cities named bare', () => {
    it('gives a figure the county-level city its sentence names before the insured', () => {
        const got = figures(['听说义乌退休人员每月划入93元,在职的按基数2%划入。']);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '义乌', 93],
            ['employee_credit_rate', '义乌', 2],
        ]);
    });

    it('reads a line that is only a county-level city as the label of the lines under it', () => {
        const got = figures(['◇ 江阴', '退休人员每月划入个人账户101元;', '◇ 昆山', '在职职工按缴费基数2%划入。']);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '江阴', 101],
            ['employee_credit_rate', '昆山', 2],
        ]);
    });
});

describe("an autonomous prefecture's 全州 and 州医保局", () => {
    it('means the prefecture the page is about, as 全市 means its city', () => {
        const got = figures(['【州医保局局长】全州退休人员个人账户每月划入84元。', '全州在职职工按本人缴费基数的2%计入。'], '楚雄州医保新闻发布会');
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '楚雄', 84],
            ['employee_credit_rate', '楚雄', 2],
        ]);
    });

    it('is not the county 全州县', () => {
        const got = figures(['全州县退休人员每月划入84元。'], '楚雄州医保新闻发布会');
        expect(got.map(brief)).toEqual([['retiree_account_credit', '全州', 84]]);
    });
});

describe('a lead-in sentence that names the place of the list under it', () => {
    it('gives that place to the items of its list, and not to the paragraph after the list', () => {
        const got = figures([
            '您好!按照嘉兴市现行规定,退休人员个人账户按月划入:',
            '- 70周岁以下的,每人每月划入87元;',
            '- 70周岁及以上的,每人每月划入97元。',
            '转移接续一般在15个工作日内办结。',
        ]);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '嘉兴', 87],
            ['retiree_account_credit', '嘉兴', 97],
            ['transfer_days', null, 15],
        ]);
    });

    it('gives nothing when the lead-in names two places', () => {
        const got = figures(['嘉兴市和湖州市的标准分别是:', '- 每人每月划入87元;']);
        expect(got.map(brief)).toEqual([['retiree_account_credit', null, 87]]);
    });
});

describe('the issuer of a document', () => {
    it('gives its place to every point of a notice whose title names it as the issuer', () => {
        const got = figures(
            ['一、全市退休人员个人账户每人每月划入89元。', '二、在职职工个人账户按本人缴费基数的2%划入。'],
            '衢州市医疗保障局关于调整职工医保个人账户划入标准的通知',
        );
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '衢州', 89],
            ['employee_credit_rate', '衢州', 2],
        ]);
    });

    it("gives a proposal's 我市 the place of the assembly it was filed with", () => {
        const got = figures(
            ['政协台州市第六届委员会第二次会议提案', '我市退休人员个人账户目前每人每月划入79元。'],
            '关于提高我市退休人员个人账户划入标准的提案',
        );
        expect(got.map(brief)).toEqual([['retiree_account_credit', '台州', 79]]);
    });
});

describe("a subject sentence naming its place's province too", () => {
    it('still states the place (the province is where an app is from, no other place)', () => {
        const got = figures([
            '德宏州职工医保参保人员可以通过“云南医保”小程序查询个人账户。',
            '退休人员个人账户每月划入88元。',
        ]);
        expect(got.map(brief)).toEqual([['retiree_account_credit', '德宏', 88]]);
    });
});

describe('a lead-in that is no statement of whose rules follow', () => {
    it('gives no place when it tells of a move or speaks of nothing the rules are about', () => {
        expect(figures(['从嘉兴调到湖州上班,医保的事记一下:', '- 每人每月划入87元;']).map(brief)).toEqual([
            ['retiree_account_credit', null, 87],
        ]);
        expect(figures(['嘉兴的朋友问我:', '- 每人每月划入87元;']).map(brief)).toEqual([['retiree_account_credit', null, 87]]);
    });
});

describe('a worked example under a heading that is only a place', () => {
    it('has no place, while the rules beside it take the heading; an `以X为例` heading still gives its example one', () => {
        const got = figures(['## 湖州市', '退休人员按人均养老金的2.4%划入。', '举个例子:王阿姨每月养老金4000元,按2.4%算,每月划入96元。']);
        expect(got.map((c) => [c.metric, c.region, c.value, c.example])).toEqual([
            ['retiree_credit_rate', '湖州', 2.4, false],
            ['retiree_account_credit', null, 96, true],
        ]);
        const titled = figures(['## 以湖州为例', '举个例子:王阿姨每月养老金4000元,按2.4%算,每月划入96元。']);
        expect(titled.map((c) => [c.region, c.value])).toEqual([['湖州', 96]]);
    });
});
