/**
 * A line whose sentence is under way — a clause ended inside it, or a statute's article — goes on in the next line
 * (document viewers print one line per `<br>`); a subtitle's time code stays a line of its own. Lines written for
 * these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { passagesFromLines } from '../../../extractors/passages/from-lines.js';

function texts(lines: string[]): string[] {
    return passagesFromLines(lines.map((text) => ({ text }))).map((p) => p.text);
}

describe('a line holding a sentence under way', () => {
    it.each([
        [['（一）不满七十岁的，每人每月', '九十元；']],
        [['（二）年满七十周岁的，每人每月划', '入一百元。']],
        [['第六条 在职职工个人账户按本人缴费基', '数的百分之二计入。']],
        [['第九条 参保人员转出医保关系的', '经办机构在十五个工作日内办结。']],
        [['退休人员个人账户由统筹基金划入，单位缴费不再划入个人', '账户。']],
    ])('is one passage with the next line: %j', (lines) => {
        expect(texts(lines)).toEqual([lines.join('')]);
    });

    it.each([
        [['（一）缴费标准', '每人每年缴费380元。']],
        [['第二章　个人账户', '退休人员每月划入90元。']],
        [['医保卡余额查询', '打开微信，搜索医保小程序。']],
    ])('leaves a heading or a title-like line apart: %j', (lines) => {
        expect(texts(lines)).toHaveLength(2);
    });

    it('does not take a comma between digits for a clause end', () => {
        expect(texts(['全年累计2,400', '另有说明见附件。'])).toHaveLength(2);
    });
});

describe('a subtitle file', () => {
    it('keeps each time code apart from the line it times', () => {
        const lines = ['2', '00:00:14,200 --> 00:00:17,900', '1月起，某市退休人员每月划入八十元。', '3', '00:00:18,200 --> 00:00:21,900', '在职职工按缴费基数的2%划入。'];
        const got = texts(lines);
        expect(got).toContain('1月起，某市退休人员每月划入八十元。');
        expect(got).toContain('在职职工按缴费基数的2%划入。');
    });
});

describe('a numbered heading holding a comma', () => {
    it('stays a heading over the paragraph after it', () => {
        const got = passagesFromLines(['一、退休了，医保卡每月打多少钱', '洛阳退休人员的个人账户每月统一划入九十元，不分年龄。'].map((text) => ({ text })));
        expect(got.map((p) => p.kind)).toEqual(['heading', 'paragraph']);
    });
});

describe('a grid printed one cell per line', () => {
    it('keeps two cells that are each only a number apart', () => {
        expect(texts(['洛阳', '84', '94', '已核对'])).toEqual(['洛阳', '84', '94', '已核对']);
    });

    it('still joins a number cut from the rest of it', () => {
        expect(texts(['退休人员个人账户每月划入1', '10元，不分年龄。'])).toEqual(['退休人员个人账户每月划入110元，不分年龄。']);
    });
});
