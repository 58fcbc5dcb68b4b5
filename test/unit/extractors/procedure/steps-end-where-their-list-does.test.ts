/**
 * Decisions from blind22's step misses: lines numbered bare before a space (`1 …` `2 …`) are rows of their own, not a
 * sentence broken across lines; a post's credits (`来源:`, `编辑:`) close its steps; a list numbered row by row ends
 * where its numbers do. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText, extractPage } from '../../../../extractors/index.js';
import { joinBrokenLines } from '../../../../extractors/passages/broken-lines.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(text: string, title: string): ProcedureDraft[] {
    return extractFromText(title, text, 'https://example.test/p.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const joined = (texts: string[]) => joinBrokenLines(texts.map((text) => ({ text }))).map((line) => line.text);

describe('lines numbered bare before a space', () => {
    it('keeps each numbered line a row of its own', () => {
        expect(joined(['1 先在微信里找到本地医保服务号关注上', '2 底部菜单挑“我的账户”再点“流水”', '3 对着镜头眨眨眼就能看'])).toEqual([
            '1 先在微信里找到本地医保服务号关注上',
            '2 底部菜单挑“我的账户”再点“流水”',
            '3 对着镜头眨眨眼就能看',
        ]);
    });

    it('still joins a long line broken before a line that does not go on with its number', () => {
        expect(joined(['1 先在微信里找到本地医保服务号关注上，然后按照', '页面提示一步步往下点就可以了。'])).toEqual(['1 先在微信里找到本地医保服务号关注上，然后按照页面提示一步步往下点就可以了。']);
    });
});

describe('where steps end', () => {
    it("ends a post's steps at its credits, and reads its count of readers as no step", () => {
        const html = [
            '<html><head><title>明年个账进多少钱</title></head><body><h1>明年个账进多少钱</h1>',
            '<p>各位朋友，明年的标准出来了，大家关心的到账情况也有办法自己看。</p><h2>到账了没有，怎么看？</h2>',
            '<p>打开微信，找到本地医保服务号点关注</p><p>点菜单里的“我的账户”再选“明细”</p>',
            '<p>来源：某某县医保中心</p><p>编辑：小林　审核：老周</p><p>点左下角“往期回顾”看更多</p></body></html>',
        ].join('');
        const got = extractPage(html, 'https://example.test/p.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
        expect(got.map((p) => p.steps)).toEqual([['打开微信,找到本地医保服务号点关注', '点菜单里的“我的账户”再选“明细”']]);
        const counted = procedures(['## 到账了没有，怎么看？', '打开微信，找到本地医保服务号点关注', '点菜单里的“我的账户”再选“明细”', '阅读 3.4万 点赞 90'].join('\n'), '明年个账进多少钱');
        expect(counted.map((p) => p.steps.length)).toEqual([2]);
    });

    it('ends a numbered list where its numbers end, and goes on through an unnumbered one', () => {
        const numbered = procedures(
            ['- 【须知】账户余额继承怎么办：', '- 1．带上户籍簿和死亡证明去3号窗口', '- 2．填好支取表交给窗口', '- 2026-10-02', '- 【公告】周日大厅停电检修'].join('\n'),
            '服务大厅公告栏',
        );
        expect(numbered.map((p) => p.steps.length)).toEqual([2]);
        const plain = procedures(['- 【须知】账户余额继承怎么办：', '- 带上户籍簿和死亡证明去3号窗口', '- 填好支取表交给窗口', '- 窗口审核后余额打进卡里'].join('\n'), '服务大厅公告栏');
        expect(plain.map((p) => p.steps.length)).toEqual([3]);
    });
});

describe('a table of steps numbered in its first column', () => {
    it('reads every row as a step, the first and last too', () => {
        const got = procedures(
            ['去大厅的自助机上也能查余额，按下表来：', '步骤 | 做法', '1 | 身份证正面朝上放到机器下方感应区', '2 | 屏幕上点“账户余额”', '3 | 看好后点“退出”拿走证件'].join('\n'),
            '查余额小窍门',
        );
        expect(got.map((p) => [p.channel, p.steps])).toEqual([
            ['kiosk', ['身份证正面朝上放到机器下方感应区', '屏幕上点“账户余额”', '看好后点“退出”拿走证件']],
        ]);
    });
});

describe("a list's first number run into the label's line", () => {
    it('reads the row it marks as the first step, whatever its first word', () => {
        const got = procedures('手机上用“某某医保”APP转接关系：①主页里点“关系转移”②选好转出地③提交后等短信通知', '一图读懂');
        expect(got.map((p) => [p.task, p.channel, p.steps])).toEqual([['transfer', 'app', ['主页里点“关系转移”', '选好转出地', '提交后等短信通知']]]);
    });

    it('leaves a short line after a label naming a way, with no number, a name', () => {
        const got = procedures(['手机上用“某某医保”APP转接关系：主页里的专区', '递交后等短信通知'].join('\n'), '一图读懂');
        expect(got.flatMap((p) => p.steps)).not.toContain('主页里的专区');
    });
});
