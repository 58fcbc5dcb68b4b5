/**
 * A note after an age bracket naming one of its bounds (`(不含X周岁)`, `(含X岁)`) decides whether that bound is in;
 * `X岁前`/`X岁后` bound like `X岁以前`/`X岁以后`; and a figure given as the baseline of a comparison (`较上年的X元增加…`)
 * is no claim. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

const credits = (lines: string[]) => retireeCredits(lines, '退休人员个人账户划入标准');

describe('a note naming a bound of the bracket before it', () => {
    it.each([
        ['宿迁市退休人员年龄在80周岁以内(不含80周岁)的,个人账户每月划入66元;80周岁(含)以上的,每月划入77元。'],
        ['宿迁市退休人员80周岁以内（不包括80周岁）的每月划入66元,80周岁及以上的每月划入77元。'],
        ['宿迁市退休人员80岁以下(不含80岁)每月划入66元,80岁以上每月划入77元。'],
    ])('leaves out the bound a `不含`/`不包括` note names: %s', (sentence) => {
        expect(credits([sentence])).toEqual([
            [null, 79, 66],
            [80, null, 77],
        ]);
    });

    it.each([
        ['宿迁市退休人员80岁以下(含80岁)每月划入66元,80岁以上(不含80岁)每月划入77元。'],
        ['宿迁市退休人员不满81周岁（包括80周岁）的每月划入66元,超过80周岁的每月划入77元。'],
    ])('keeps in the bound a `含`/`包括` note names, and moves the bracket above past it: %s', (sentence) => {
        expect(credits([sentence])).toEqual([
            [null, 80, 66],
            [81, null, 77],
        ]);
    });

    it('leaves a bracket alone when its note names another age', () => {
        expect(credits(['宿迁市退休人员80岁以上(含85岁)的每月划入77元。'])).toEqual([[80, null, 77]]);
    });
});

describe('`前` and `后` right after an age', () => {
    it.each([
        ['宿迁市退休人员个人账户,八十周岁前每人每月66元,八十周岁后每人每月77元。'],
        ['宿迁市退休人员个人账户,80岁前每月66元,80岁后每月77元。'],
    ])('end a bracket below the age and start one at it: %s', (sentence) => {
        expect(credits([sentence])).toEqual([
            [null, 79, 66],
            [80, null, 77],
        ]);
    });
});

describe('the baseline of a comparison', () => {
    it.each([
        ['宿迁市今年退休人员每人每月划入77元,较去年的66元增加11元。'],
        ['宿迁市今年退休人员每人每月划入77元,比上年66元多了11元。'],
        ['宿迁市今年退休人员每人每月划入77元,与原来的66元相比提高11元。'],
        ['宿迁市今年退休人员每人每月划入77元,相较于去年的66元有所提高。'],
    ])('is no claim; the value compared is: %s', (sentence) => {
        expect(credits([sentence])).toEqual([[null, null, 77]]);
    });
});

describe('who a compound population word names', () => {
    function metrics(sentence: string): string[] {
        const passages = passagesFromLines([{ text: sentence }]);
        return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/a.html', title: '个人账户划入标准', published: null })
            .map((c) => c.metric);
    }

    it.each([
        ['宿迁市退休职工个人账户全年划入额为960元,分月划入。'],
        ['宿迁市离休职工个人账户每月划入80元。'],
        ['宿迁市退休职工个人账户每月划入80元。'],
    ])('reads the retired among workers (`退休职工个人账户`) as retirees: %s', (sentence) => {
        expect(metrics(sentence)).toEqual(['retiree_account_credit']);
    });

    it('still reads workers on their own (`职工个人账户`) as employees', () => {
        expect(metrics('宿迁市在职职工个人账户每月按缴费基数的2%划入。')).toEqual(['employee_credit_rate']);
    });
});
