/**
 * Whether a line ends a sentence or a figure is read off its end, however long the line has grown by taking in
 * the lines after it. Lines written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { passagesFromLines } from '../../../extractors/passages/from-lines.js';

function texts(lines: string[]): string[] {
    return passagesFromLines(lines.map((text) => ({ text }))).map((p) => p.text);
}

const LEAD = '根据本市有关规定，符合条件的城乡居民可以按照规定的程序向户籍所在地的街道或者乡镇经办机构提出申请并提交相关材料';

describe('lines far longer than their end', () => {
    it('ends a long line on a figure, short or long, before a whole sentence of its own', () => {
        for (const lead of ['每人每月发放补贴', `${LEAD}，每人每月发放补贴`]) {
            expect(texts([`${lead}120元`, '这一标准从明年一月起执行。'])).toEqual([`${lead}120元`, '这一标准从明年一月起执行。']);
        }
    });

    it('ends a long line on a full stop inside closing quotes and brackets', () => {
        const line = `${LEAD}。”）`;
        expect(texts([line, '办理时限为十个工作日'])).toEqual([line, '办理时限为十个工作日']);
    });

    it('joins a page of unpunctuated lines into one sentence, in order', () => {
        const lines = Array.from({ length: 40 }, (_, i) => `第${i + 1}行说明经办机构受理申请的有关要求和具体办理的流程以及注意事项`);
        expect(texts(lines)).toEqual([lines.join('')]);
    });
});
