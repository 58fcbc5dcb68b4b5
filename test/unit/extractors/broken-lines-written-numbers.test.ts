/**
 * A line opening on an amount continues the sentence before it whatever form the amount is written in: digits,
 * full-width digits, Chinese numerals, `百分之…`. Lines written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { passagesFromLines } from '../../../extractors/passages/from-lines.js';

function texts(lines: string[]): string[] {
    return passagesFromLines(lines.map((text) => ({ text }))).map((p) => p.text);
}

describe('a numbered point broken before its amount', () => {
    it.each([
        ['二、全市退休人员个人账户由统筹基金按定额划入，', '划入额统一为每人每月', '六十八元。'],
        ['二、全市退休人员个人账户由统筹基金按定额划入，', '划入额统一为每人每月', '６８元。'],
        ['二、全市退休人员个人账户由统筹基金按定额划入，', '划入额统一为每人每月', '68元。'],
        ['三、在职职工个人账户按本人缴费基数的一定比例计入，', '计入比例统一为', '百分之二。'],
        ['四、职工医保关系转移接续的办理时限统一压缩为', '十二个工作日。', '五、本办法自公布之日起施行。'],
    ])('is one passage with its amount: %s', (...lines) => {
        const got = texts(lines);
        expect(got[0]).toBe(lines.slice(0, lines[2]!.startsWith('五') ? 2 : 3).join(''));
    });

    it('keeps a new numbered point and a sentence opening on a word apart', () => {
        expect(texts(['一、全市退休人员个人账户按定额划入', '二、在职职工按缴费基数的2%计入。'])).toHaveLength(2);
    });
});
