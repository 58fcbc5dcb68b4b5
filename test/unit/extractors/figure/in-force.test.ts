/**
 * Only the values in force are claims, however the page sets its figures in time: a heading, a table column, a
 * timeline step or a sentence read with one vocabulary of time. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines, type TextLine } from '../../../../extractors/passages/from-lines.js';

function values(lines: TextLine[]): number[] {
    const passages = passagesFromLines(lines);
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/a.html', title: '医保个人账户', published: null })
        .map((c) => c.value);
}

const heading = (text: string): TextLine => ({ text, hint: 'heading' });
const line = (text: string): TextLine => ({ text });

describe('a section headed by the old rules', () => {
    it.each(['调整前的标准', '修订前', '原办法', '旧标准(已停止执行)'])('states no claim under `%s`', (title) => {
        expect(values([
            heading(title),
            line('赣州市退休人员个人账户每月划入70元。'),
            heading('现行标准'),
            line('赣州市退休人员个人账户每月划入84元。'),
        ])).toEqual([84]);
    });

    it('keeps a heading setting old and new side by side', () => {
        expect(values([heading('调整前后对比'), line('赣州市退休人员个人账户每月划入84元。')])).toEqual([84]);
    });
});

describe('a timeline', () => {
    it.each(['现行', '目前', '至今'])('keeps only the step marked `%s`', (mark) => {
        expect(values([
            line('2021年,赣州市退休人员个人账户每月划入60元。'),
            line(`2024年起${mark}执行:赣州市退休人员个人账户每月划入84元。`),
        ])).toEqual([84]);
    });
});

describe('a chronicle: steps led by years, none marked current', () => {
    it('keeps the latest step stating a figure for the same people and place', () => {
        expect(values([
            line('2019年3月 赣州市退休人员个人账户划入标准定为每月55元。'),
            line('2022年6月 赣州市退休人员个人账户划入标准提高到每月70元。'),
            line('2024年1月 赣州市退休人员个人账户划入标准调整为每月84元。'),
        ])).toEqual([84]);
    });

    it('keeps an earlier step stating another figure', () => {
        expect(values([
            line('2022年6月 赣州市职工医保关系转移办结时限压缩为15个工作日。'),
            line('2024年1月 赣州市退休人员个人账户划入标准调整为每月84元。'),
        ])).toEqual([15, 84]);
    });
});

describe('a table', () => {
    it('reads the column headed by the latest year, or the one not headed as old', () => {
        expect(values([
            line('地区 | 2023年 | 2025年'),
            line('赣州 | 70元/月 | 84元/月'),
        ])).toEqual([84]);
        expect(values([
            line('地区 | 调整前(元/月) | 调整后(元/月)'),
            line('赣州 | 70 | 84'),
        ])).toEqual([84]);
    });
});

describe('a sentence', () => {
    it.each([
        '赣州市退休人员个人账户原来每月划入70元,现在每月划入84元。',
        '赣州市退休人员个人账户去年每月划入70元,今年起每月划入84元。',
        '赣州市退休人员个人账户每月划入额由70元调高至84元。',
        '赣州市退休人员个人账户每月划入额从70元变为84元。',
    ])('claims the later value: %s', (sentence) => {
        expect(values([line(sentence)])).toEqual([84]);
    });
});
