/**
 * A value a page says was written wrongly — `误作`, `误写为`, `错印成`, `“…”有误`, `“…”系笔误` — states nothing; the
 * value in force beside it stands. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const figures = (lines: string[]) => retireeCredits(lines, '黄石市退休人员个人账户划入标准公布');
const STANDARD = '黄石市退休人员个人账户每月划入77元。';

describe('a value called wrong', () => {
    it.each([
        ['【更正】本报前日稿件中的划入标准误作“67元”,现予更正。'],
        ['更正:前文划入金额误写为67元,特此说明。'],
        ['勘误:上期版面将每月划入金额错印成“67元”,谨致歉意。'],
        ['此前稿件中的“每月划入67元”有误,特此更正。'],
        ['原文“67元”系笔误,已经修改。'],
        ['编者按:此前推送中的划入标准误排为67元。'],
    ])('is withdrawn, the standard kept: %s', (note) => {
        expect(figures([STANDARD, note])).toEqual([[null, null, 77]]);
    });

    it('keeps a correction’s own right value', () => {
        expect(figures(['【更正】本报前日稿件中的“每月划入67元”有误,应为每月划入77元。'])).toEqual([[null, null, 77]]);
    });

    it.each([
        ['如发现到账金额有误,可到窗口申请核对,每月划入67元的标准不变。'],
        ['误工费不在个人账户每月划入67元的范围内。'],
    ])('withdraws nothing where no value is called wrong: %s', (line) => {
        expect(figures([line]).map((f) => f[2])).toContain(67);
    });
});
