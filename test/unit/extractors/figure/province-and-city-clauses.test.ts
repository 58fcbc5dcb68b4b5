/**
 * `我省`/`本省`/`全省` opening a clause speaks of the province the page's place lies in, `我市`/`本市` of that place
 * itself, clause by clause, even in one sentence; a `全省` inside a clause (whose average) leaves its subject alone.
 * Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';

function places(lines: string[]): string[] {
    const title = '宜都市医疗保障局：明年起职工医保个账新口径答问';
    const page = extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/a.html');
    return page.claims
        .filter((c) => c.kind === 'figure')
        .map((c) => `${(c as { metric: string; value: number }).value}:${c.region}`);
}

describe('a province and its city in one sentence', () => {
    it.each([
        ['本省退休职工个账原则上每月记入80元，我市作为先行地区，明年仍按95元记入。'],
        ['我省退休职工统一按每月80元记进个账；我市明年起按每月95元记进个账。'],
        ['全省退休职工个账每月记入80元，而我市退休职工每月记入95元。'],
        ['目前全省退休职工每月个账记入80元，其中我市退休职工每月个账记入95元。'],
    ])('gives the province its value and the city its own (%s)', (line) => {
        expect(places([line])).toEqual(['80:湖北', '95:宜都']);
    });

    it('gives the city its own value when it comes first', () => {
        expect(places(['我市退休职工每月个账记入95元，全省退休职工每月个账记入80元。'])).toEqual(['95:宜都', '80:湖北']);
    });

    it.each([
        ['我市退休职工按全省上一年度平均退休金的2.5%记入个账，折合每月95元。'],
        ['退休职工个账按全省上一年度平均退休金的2.5%记入，我市折合每月95元。'],
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
        expect(report(['宜都市本季度医保经办情况简述于后。', '退休职工个账本季度每月记入91元。', foot])).toEqual(['91:宜都']);
    });

    it('a sentence naming another place still leaves the page without one subject', () => {
        expect(report(['宜都市本季度医保经办情况简述于后。', '退休职工个账本季度每月记入91元。', '宜昌市经办机构派员到我局交流。'])).toEqual(['91:null']);
    });
});

describe("a county's or banner's own reference, and a neighbour's clause", () => {
    function figures(title: string, lines: string[]): string[] {
        const page = extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/c.html');
        return page.claims.filter((c) => c.kind === 'figure').map((c) => `${(c as { value: number }).value}:${c.region}`);
    }

    it.each([
        [['县医保局有关负责人近日介绍：', '本县退休职工个账每月记入88元。', '另悉，文成县是每月记85元。']],
        [['全县退休职工个账每月记入88元；文成县是每月记85元。']],
    ])('我县/本县/全县 is the county the page is about (%j)', (lines) => {
        expect(figures('泰顺县职工医保个账新口径出台', lines)).toEqual(['88:泰顺', '85:文成']);
    });

    it('本旗 is the banner the page is about', () => {
        expect(figures('阿荣旗职工医保个账新口径出台', ['旗医保局有关负责人近日介绍：', '本旗退休职工个账每月记入86元，扎兰屯市是每月记84元。'])).toEqual([
            '86:阿荣',
            '84:扎兰屯',
        ]);
    });

    it.each([
        '我县退休职工个账每月记入88元，邻近的文成县是每月记85元。',
        '我县退休职工个账每月记入88元；隔壁文成县则是每月记85元。',
        '我县退休职工个账每月记入88元，而文成县是每月记85元。',
    ])('a later clause opening with a place speaks of that place (%s)', (line) => {
        expect(figures('泰顺县医疗保障局：明年起职工医保个账新口径答问', [line])).toEqual(['88:泰顺', '85:文成']);
    });

    it('a place inside a clause (whose standard is followed) leaves it the page’s', () => {
        expect(figures('泰顺县医疗保障局：明年起职工医保个账新口径答问', ['我县退休职工参照文成县口径，个账每月记入88元。'])).toEqual(['88:泰顺']);
    });
});
