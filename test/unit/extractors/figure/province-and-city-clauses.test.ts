/**
 * `我省`/`本省`/`全省` opening a clause speaks of the province the page's place lies in, `我市`/`本市` of that place
 * itself, clause by clause, even in one sentence; a `全省` inside a clause (whose average) leaves its subject alone.
 * Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';

function places(lines: string[]): string[] {
    const title = '宜都市医疗保障局关于退休人员个人账户划入标准的解读';
    const page = extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/a.html');
    return page.claims
        .filter((c) => c.kind === 'figure')
        .map((c) => `${(c as { metric: string; value: number }).value}:${c.region}`);
}

describe('a province and its city in one sentence', () => {
    it.each([
        ['本省退休人员个人账户原则上按每人每月80元划入，我市作为先行地区，明年仍按每人每月95元执行。'],
        ['我省退休人员统一按每月80元划入个人账户；我市明年起按每月95元划入。'],
        ['全省退休人员个人账户每月划入80元，而我市退休人员每月划入95元。'],
        ['目前全省退休人员每人每月划入80元，其中我市退休人员每人每月划入95元。'],
    ])('gives the province its value and the city its own (%s)', (line) => {
        expect(places([line])).toEqual(['80:湖北', '95:宜都']);
    });

    it('gives the city its own value when it comes first', () => {
        expect(places(['我市退休人员每月划入95元，全省退休人员每月划入80元。'])).toEqual(['95:宜都', '80:湖北']);
    });

    it.each([
        ['我市退休人员按全省上年度月人均基本养老金的2.5%划入，每人每月95元。'],
        ['退休人员个人账户按全省上年度月人均基本养老金的2.5%划入，我市每人每月95元。'],
    ])('keeps the city when 全省 only says whose average (%s)', (line) => {
        expect(places([line])).toEqual(['2.5:宜都', '95:宜都']);
    });
});

describe("a distribution list at a document's foot", () => {
    function report(lines: string[]): string[] {
        const title = '宜都市医疗保障工作简报（第5期）';
        const page = extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/b.html');
        return page.claims.filter((c) => c.kind === 'figure').map((c) => `${(c as { value: number }).value}:${c.region}`);
    }

    it.each(['抄送：宜昌市医疗保障局、枝江市医疗保障局', '报送：市政府办公室    抄报：宜昌市医保局', '主送：宜昌市医疗保障局'])('names recipients, not the page\'s subject (%s)', (foot) => {
        expect(report(['现将宜都市本季度医保经办情况通报如下。', '退休人员个人账户每人每月划入91元。', foot])).toEqual(['91:宜都']);
    });

    it('a sentence naming another place still leaves the page without one subject', () => {
        expect(report(['现将宜都市本季度医保经办情况通报如下。', '退休人员个人账户每人每月划入91元。', '宜昌市经办机构派员到我局交流。'])).toEqual(['91:null']);
    });
});

describe("a county's or banner's own reference, and a neighbour's clause", () => {
    function figures(title: string, lines: string[]): string[] {
        const page = extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/c.html');
        return page.claims.filter((c) => c.kind === 'figure').map((c) => `${(c as { value: number }).value}:${c.region}`);
    }

    it.each([
        [['近日，记者从县医保局获悉：', '本县退休人员个人账户每人每月划入88元。', '据了解，文成县为每人每月85元。']],
        [['全县退休人员个人账户每人每月划入88元；文成县为每人每月85元。']],
    ])('我县/本县/全县 is the county the page is about (%j)', (lines) => {
        expect(figures('泰顺县医保个账划入标准公布', lines)).toEqual(['88:泰顺', '85:文成']);
    });

    it('本旗 is the banner the page is about', () => {
        expect(figures('阿荣旗医保个账划入标准公布', ['近日，记者从旗医保局获悉：', '本旗退休人员每人每月划入86元，扎兰屯市为每人每月84元。'])).toEqual([
            '86:阿荣',
            '84:扎兰屯',
        ]);
    });

    it.each([
        '我县退休人员个人账户每人每月划入88元，邻近的文成县为每人每月85元。',
        '我县退休人员个人账户每人每月划入88元；隔壁文成县则是每人每月85元。',
        '我县退休人员个人账户每人每月划入88元，而文成县为每人每月85元。',
    ])('a later clause opening with a place speaks of that place (%s)', (line) => {
        expect(figures('泰顺县医疗保障局关于退休人员个人账户划入标准的说明', [line])).toEqual(['88:泰顺', '85:文成']);
    });

    it('a place inside a clause (whose standard is followed) leaves it the page’s', () => {
        expect(figures('泰顺县医疗保障局关于退休人员个人账户划入标准的说明', ['我县退休人员参照文成县标准，每人每月划入88元。'])).toEqual(['88:泰顺']);
    });
});
