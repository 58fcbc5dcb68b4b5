import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../../extractors/body/index.js';

const texts = (html: string, title = '') => extractBody(cheerio.load(html), { title }).lines.map((l) => l.text);

// A thread whose longest post is a reply in the middle: the opening question and the other replies are posts too.
const POSTS = [
    '请教一下，戊县退了休以后那张卡一个月给打几个钱？跟岁数挂钩不？',
    '戊县分两挡：不到七十五的每月七十八，七十五往上的每月八十六，月初进卡，我家老爷子的卡上个月刚到过账，错不了。',
    '我在己镇那边，听说每人每月八十块，不分岁数。',
    '补充一句，手机上也能查，进了账会有短信提醒。',
];
const NAMES = ['老柳树', '河边人', '东门口', '小石头'];

/** A thread in one table, a row per post: the poster's column beside the post's column. */
const rowPerPost = (cells: (i: number) => [string, string]) =>
    POSTS.map((text, i) => {
        const [who, msg] = cells(i);
        return `<tr><td ${who}>${NAMES[i]}<br>${i === 0 ? '楼主' : `${i + 1}楼`}</td><td ${msg}><div>发表于 2026-09-0${i + 1} 10:0${i}</div><div>${text}</div></td></tr>`;
    }).join('');

const forumPage = (table: string) =>
    `<body><div class="nav"><a href="/">首页</a> <a href="/f">版块</a> <a href="/s">搜索</a></div>` +
    `<h1>戊县退了休的老人卡里每月能进几个钱？</h1>${table}` +
    `<div class="ft"><p>版权所有 戊县生活网</p></div></body>`;

describe('a forum thread laid out in a table, a row per post', () => {
    it.each([
        ['columns told apart by class', (_i: number): [string, string] => ['class="who"', 'class="msg"']],
        ['columns told apart by width only', (_i: number): [string, string] => ['width="140"', 'width="620"']],
    ])('keeps every post (%s)', (_kind, cells) => {
        const lines = texts(forumPage(`<table class="posts">${rowPerPost(cells)}</table>`), '戊县退了休的老人卡里每月能进几个钱？');
        expect(lines).toEqual(expect.arrayContaining(POSTS));
        expect(lines.join('\n')).not.toContain('版权所有');
    });
});

const ARTICLE = [
    '庚市医保部门近日印发办法，下个月开始，离退休的参保人账户里每月按人头记进去一百零三元。',
    '上班族的账户则照他自己那份缴费工资折算百分之二往里记，单位那份一律归到共济池子。',
    '想看余额的，可在市里的办事小程序上翻到账户流水，每一笔进出都列得清清楚楚。',
];
const COMMENTS = [
    '我们辛镇去年就是每月九十五元了，怎么庚市才这么点？',
    '楼上说的不对吧，辛镇也是九十元，别乱讲，我上周刚去窗口问过的。',
];

describe('near misses: tables around an article keep only the article', () => {
    it('leaves out readers’ comments under an article, each in a row beside its author', () => {
        const rows = COMMENTS.map((c, i) => `<tr><td class="who">网友${i + 1}</td><td class="say">${c}</td></tr>`).join('');
        const page = `<body><h1>庚市调整个人账户划入标准</h1><div class="text">${ARTICLE.map((p) => `<p>${p}</p>`).join('')}</div>` +
            `<h3>网友评论</h3><table class="talk">${rows}</table></body>`;
        const lines = texts(page, '庚市调整个人账户划入标准');
        expect(lines).toEqual(ARTICLE);
    });

    it('reads only the article of a portal laid out in a table of banded rows', () => {
        const menu = ['机构概况', '政务公开', '办事服务', '互动交流'].map((m) => `<a href="/${m}">${m}</a><br>`).join('');
        const page = '<body><table width="980">' +
            '<tr><td width="200"><img src="logo.png" alt="logo"></td><td width="780"><a href="/">首页</a> <a href="/s">站内搜索</a></td></tr>' +
            '<tr><td width="200">今天是：2026年9月13日</td><td width="780"><p>温馨提示：本站已完成适老化改造，欢迎提出意见和建议。</p></td></tr>' +
            `<tr><td width="200">${menu}</td><td width="780"><h1>庚市调整个人账户划入标准</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('')}</td></tr>` +
            '</table><table width="980"><tr><td>版权所有：庚市人民政府　主办：庚市人民政府办公室</td></tr></table></body>';
        expect(texts(page, '庚市调整个人账户划入标准')).toEqual(ARTICLE);
    });
});
