/**
 * A value a page says was written wrongly — `误作`, `误写为`, `错印成`, `“…”有误`, `“…”系笔误` — states nothing; the
 * value in force beside it stands. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { retireeCredits } from '../../../helpers/retiree-credits.js';

const figures = (lines: string[]) => retireeCredits(lines, '鄂州退休职工个账记入额公布');
const STANDARD = '鄂州退休职工的个账,现在按月记入77元。';

describe('a value called wrong', () => {
    it.each([
        ['【更正】前天那篇稿子里的记入额误作“67元”,现予更正。'],
        ['更正:上文记入额误写为67元,向读者致歉。'],
        ['勘误:上期版面把记入额错印成“67元”。'],
        ['上回推送里的“按月记入67元”有误,现更正。'],
        ['原文“67元”系笔误,已改。'],
        ['编者按:上回推送的记入额误排为67元。'],
    ])('is withdrawn, the standard kept: %s', (note) => {
        expect(figures([STANDARD, note])).toEqual([[null, null, 77]]);
    });

    it('keeps a correction’s own right value', () => {
        expect(figures(['【更正】前天稿子里“按月记入67元”有误,应为按月记入77元。'])).toEqual([[null, null, 77]]);
    });

    it.each([
        ['要是觉得到账有误,去窗口核对;个账按月记入67元不变。'],
        ['误工费不算在个账按月记入的67元里。'],
    ])('withdraws nothing where no value is called wrong: %s', (line) => {
        expect(figures([line]).map((f) => f[2])).toContain(67);
    });

    it.each([['有读者问:“按月记入67元”是不是有误?'], ['网友跟帖:“按月记入67元”有误,我家到账不是这个数。']])(
        'keeps the page’s value when only a reader calls it wrong: %s',
        (line) => {
            expect(figures(['鄂州退休职工的个账,现在按月记入67元。', line])).toEqual([[null, null, 67]]);
        },
    );
});
