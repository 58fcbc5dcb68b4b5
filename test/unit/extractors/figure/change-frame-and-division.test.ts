/**
 * A change is read by its frame, `由X…至Y`, whatever verb it uses; and a share worked out by division restates the
 * amount divided instead of stating a figure of its own. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

function brief(lines: string[]): Array<[string, number]> {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/a.html', title: '医保个人账户', published: null })
        .map((c) => [c.metric, c.value]);
}

describe('the frame of a change', () => {
    it.each([
        ['全市职工医保关系转移接续办结时限由20个工作日压减至9个工作日。', 'transfer_days', 9],
        ['宿迁市职工医保关系转移的办理时限从二十个工作日精简到九个工作日。', 'transfer_days', 9],
        ['宿迁市退休人员个人账户每月划入额由80元提至95元。', 'retiree_account_credit', 95],
        ['宿迁市退休人员个人账户由每月80元增至每月95元。', 'retiree_account_credit', 95],
    ])('claims only the value in force: %s', (sentence, metric, value) => {
        expect(brief([sentence])).toEqual([[metric, value]]);
    });

    it('still claims a figure after `从` that starts no change', () => {
        expect(brief(['宿迁市从2025年起,退休人员个人账户每月划入95元。'])).toEqual([['retiree_account_credit', 95]]);
    });
});

describe('a share worked out by division', () => {
    it.each([
        ['宿迁市退休人员个人账户每年划入1080元。', '算一笔账:1080元分到12个月,就是每月90元。'],
        ['宿迁市退休人员个人账户每年划入1080元。', '1080元平摊到12个月,相当于每月90元。'],
        ['宿迁市退休人员个人账户每年划入1080元。', '1080元除以12个月,即每月90元。'],
    ])('is the yearly claim restated, not a monthly claim of its own: %s', (...lines) => {
        expect(brief(lines)).toEqual([['retiree_account_credit', 1080]]);
    });
});
