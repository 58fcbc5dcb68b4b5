/**
 * A figure someone other than the page says — a rumour quoted as hearsay, a caller in a work-order row, a party to a
 * case — is not the page's claim; the page's own answer is. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

function values(lines: string[]): number[] {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/a.html', title: '医保个人账户', published: null })
        .filter((c) => c.metric === 'retiree_account_credit')
        .map((c) => c.value);
}

describe('a quotation introduced as hearsay', () => {
    it.each([
        ['网传“明年起退休人员医保卡每月划入200元的钱要取消”。', '经核实,宿迁市退休人员每月划入仍为88元。'],
        ['有人说“退休人员个人账户每月返200元”,', '宿迁市医保局表示,退休人员个人账户每月划入88元。'],
        ['听说「退休人员每月能划入200元」。', '宿迁市退休人员个人账户每月划入88元。'],
    ])('claims only what the page itself states: %s', (...lines) => {
        expect(values(lines)).toEqual([88]);
    });

    it('still claims a quotation the page makes in its own voice', () => {
        expect(values(['宿迁市医保局明确:“退休人员个人账户每月划入88元。”'])).toEqual([88]);
    });
});

describe('the words of a caller, a complainant or a party to a case', () => {
    it.each([
        ['SQ2511-0007 | 市民反映退休后医保卡每月只到账60元左右 | 经核实,宿迁市退休人员个人账户每月划入88元'],
        ['投诉人称其退休后个人账户每月只划入60元。', '经核实,宿迁市退休人员个人账户每月划入88元。'],
        ['原告诉称:被告未为其缴纳医疗保险,致原告个人账户少计入600元。', '本院认为,宿迁市退休人员个人账户每月划入88元。'],
        ['申请人主张其个人账户每月应划入60元。', '经调查,宿迁市退休人员个人账户每月划入88元。'],
    ])('claims only the page\'s answer: %s', (...lines) => {
        expect(values(lines)).toEqual([88]);
    });
});

describe("a speaker's own place (我们这边, 咱们当地, 当地)", () => {
    const places = (title: string, lines: string[]) => {
        const passages = passagesFromLines(lines.map((text) => ({ text })));
        return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/s.html', title, published: null })
            .map((c) => [c.region, c.value]);
    };

    it.each([
        '听社区的人讲,咱们这边退休人员每个月统一返86块。',
        '我们这里的规定是退休人员每人每月划入86元。',
        '当地退休人员每月划入86元,不分年龄。',
    ])('is no place a title merely names: %s', (line) => {
        expect(places('荆门医保返钱标准,老人们看过来', [line])).toEqual([[null, 86]]);
    });

    it('is the place of the question the page answers, when its title asks about one place', () => {
        expect(places('荆门退休人员医保每月返多少?', ['咱们这边退休人员每个月统一返86块。'])).toEqual([['荆门', 86]]);
        expect(places('荆门退休人员医保卡每月进多少钱', ['咱们这边退休人员每个月统一返86块。'])).toEqual([['荆门', 86]]);
    });

    it('is the place the body states, or its issuer', () => {
        expect(places('医保返钱标准', ['荆门市医保局近日答复网友。', '咱们这边退休人员每个月统一返86块。'])).toEqual([['荆门', 86]]);
    });

    it('leaves 我市 to mean the place the title names', () => {
        expect(places('荆门医保返钱标准', ['我市退休人员每人每月划入86元。'])).toEqual([['荆门', 86]]);
    });
});
