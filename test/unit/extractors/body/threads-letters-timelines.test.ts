import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../../extractors/body/index.js';
import { readHeadIssuer } from '../../../../extractors/metadata/issuer.js';

const read = (html: string, title = '') => extractBody(cheerio.load(html), { title });
const texts = (html: string, title = '') => read(html, title).lines.map((l) => l.text);

const POSTS = [
    '想问问甲县这边退了休以后，卡里每月能进来多少钱呀？',
    '甲县现在不分岁数，每人每月打进来七十二元，上月刚查过。',
];
const post = (id: number, text: string) =>
    `<table class="pt" id="p${id}"><tr><td class="u"><a href="/u/${id}">网友${id}</a></td><td class="m"><div class="msg"><table><tr><td>${text}</td></tr></table></div></td></tr></table>`;
const thread = (footer: string) =>
    `<body><div class="top"><a href="/">首页</a><a href="/f">版块</a></div><div id="list">${POSTS.map((t, i) => post(i + 1, t)).join('')}</div>` +
    `<div id="ft"><p>${footer}</p><p>Powered by SomeBoard X2.5 © 2003-2026</p></div></body>`;

describe('a forum thread of short posts over a footer stamped by the site software', () => {
    it.each([
        ['the build time and queries', 'GMT+8, 2026-10-01 08:00 , Processed in 0.045 second(s), 31 queries .'],
        ['the build time in Chinese', '页面执行时间：0.032秒，数据库查询：12次，当前在线：88人。'],
        ['the time the page was generated', 'Page generated in 0.12 sec, 18 database queries, gzip on.'],
        ['the maker of the site', '技术支持：甲乙数据服务中心，联系电话：0000-0000000，地址：某路。'],
    ])('reads the posts, not the footer (%s)', (_kind, footer) => {
        const lines = texts(thread(footer));
        expect(lines).toEqual(expect.arrayContaining(POSTS));
        expect(lines.join('\n')).not.toContain('0.0');
    });

    it('still scores a sentence that only mentions technical support', () => {
        const line = '乙市医保局表示，将为各定点药店提供技术支持，确保个人账户每月八十元按时划入。';
        expect(texts(`<body><div class="nav"><a href="/">首页</a></div><div><p>${line}</p></div></body>`)).toEqual([line]);
    });
});

const LETTER = ['编辑同志：', '我母亲在丙县退休，听邻居说账户每月给九十元，可她的卡只进七十元，这是怎么回事？', '一位读者'];
const REPLY = '经向丙县医保中心了解，该县退休的人账户里现按每人每月七十元记入，九十元的说法不实。';
const letterPage = (reply: string) =>
    `<body><h1>读者来信：账户到账少了？</h1><div class="letter">${LETTER.map((p) => `<p>${p}</p>`).join('')}</div>${reply}` +
    '<div class="more"><p><b>本期导读</b></p><p>社区新开一家食堂</p></div></body>';

describe('a reader’s letter and the reply under it', () => {
    it.each([
        ['classed reply', `<div class="reply"><p><b>编辑回复：</b></p><p>${REPLY}</p></div>`],
        ['classed huifu', `<div class="huifu"><p>${REPLY}</p></div>`],
        ['with an answer id', `<div id="answer"><p><strong>记者答：</strong></p><p>${REPLY}</p></div>`],
    ])('reads the reply (%s)', (_kind, reply) => {
        const lines = texts(letterPage(reply), '读者来信：账户到账少了？');
        expect(lines).toEqual(expect.arrayContaining([...LETTER.slice(0, 2), REPLY]));
    });

    it('leaves out replies of a comment list, and one reply that links its author', () => {
        const comments = `<div class="reply"><p><a href="/u/1">路人甲</a>：${REPLY}</p></div><div class="reply"><p><a href="/u/2">路人乙</a>：说得对，我们这里也是这样的规定。</p></div>`;
        expect(texts(letterPage(comments)).join('\n')).not.toContain('医保中心');
        const linked = `<div class="reply"><p><a href="/u/1">热心网友</a> ${REPLY}</p></div>`;
        expect(texts(letterPage(linked)).join('\n')).not.toContain('医保中心');
        const comment = `<div class="comment reply"><p>${REPLY}</p></div>`;
        expect(texts(letterPage(comment)).join('\n')).not.toContain('医保中心');
    });
});

describe('a page that is only a list of dated figures', () => {
    it.each([
        ['amounts per year', ['2018年 每月记入55元', '2021年 调为每月62元', '2024年起 每月记入70元']],
        ['rates', ['2019年 按工资的2%记入', '2023年以来 按工资的1.5%记入']],
        ['amounts in Chinese numerals', ['前年 每月记入六十五元', '今年 每月记入七十五块']],
    ])('is an article (%s)', (_kind, items) => {
        const html = `<body><h1>丁市账户记入标准变化</h1><p>按年份列出丁市的变化:</p><ul>${items.map((t) => `<li><b>${t.split(' ')[0]}</b> ${t.split(' ')[1]}</li>`).join('')}</ul></body>`;
        expect(read(html, '丁市账户记入标准变化').isArticle).toBe(true);
    });

    it('is not when the lines are links, or state no figure', () => {
        const links = '<body><ul><li><a href="/a">2018年 每月记入55元</a></li><li><a href="/b">2021年 调为每月62元</a></li></ul></body>';
        expect(read(links).isArticle).toBe(false);
        const dates = '<body><h1>大事记</h1><ul><li>2018年 成立服务大厅</li><li>2021年 搬到新址办公</li><li>2024年 开通线上办理</li></ul></body>';
        expect(read(dates, '大事记').isArticle).toBe(false);
    });
});

describe('an article cut into bare sections', () => {
    const head = ['全县退休人员账户记入标准：', '不满七十岁的，每人每月81元；', '年满七十岁者每人每月91元。'];
    const steps = ['想把账户给家人用？按下面做：', '第一步：进入服务大厅的小程序；', '第二步：填写家人的证件号码；', '第三步：刷脸确认后提交申请。'];
    it('reads a short section beside the best one', () => {
        const html = `<body><h1>戊县标准</h1><section><section>${head.map((p) => `<p><span>${p}</span></p>`).join('')}</section>` +
            `<section>${steps.map((p) => `<p><span>${p}</span></p>`).join('')}</section></section></body>`;
        expect(texts(html, '戊县标准')).toEqual([...head, ...steps]);
    });

    it('leaves out a section of links beside it', () => {
        const links = '<section><p><a href="/1">往期：己县账户怎么查？</a></p><p><a href="/2">往期：庚县怎么共济？</a></p></section>';
        const html = `<body><h1>戊县标准</h1><section><section>${steps.map((p) => `<p>${p}</p>`).join('')}</section>${links}</section></body>`;
        expect(texts(html, '戊县标准').join('\n')).not.toContain('往期');
    });
});

describe('a public account’s byline with the post’s mark', () => {
    it.each([
        ['原创 某州医保 2026-03-02 09:15 某省', '某州医保'],
        ['转载 某县社保 2026-03-02', '某县社保'],
        ['首发某区人社 2026/3/2 09:15', '某区人社'],
        ['某州医保 2026-03-02 09:15', '某州医保'],
    ])('names the account (%s)', (line, account) => {
        expect(readHeadIssuer(line)).toBe(account);
    });

    it('names no account after another word', () => {
        expect(readHeadIssuer('阅读 某州医保 2026-03-02')).toBe('');
    });
});

describe('a grid drawn in blocks without table tags or roles', () => {
    const intro = '<p>各县收集到的账户记入标准如下，欢迎补充。</p>';
    const row = (cells: string[], tag = 'div') => `<${tag} class="r">${cells.map((c) => `<div class="c">${c}</div>`).join('')}</${tag}>`;
    const HEADER = ['县', '未满七十岁（元/月）', '七十岁以上（元/月）'];

    it('reads each row as a table row, leaving out a spreadsheet’s row numbers and column letters', () => {
        const grid = `<div class="g">${row(['', 'A', 'B', 'C'])}${row(['1', ...HEADER])}${row(['2', '辛县', '76', '86'])}${row(['3', '壬县', '79', '89'])}</div>`;
        expect(texts(`<body>${intro}${grid}</body>`)).toEqual([
            '各县收集到的账户记入标准如下，欢迎补充。',
            '县 | 未满七十岁（元/月） | 七十岁以上（元/月）',
            '辛县 | 76 | 86',
            '壬县 | 79 | 89',
        ]);
    });

    it('reads a grid of list items, with no margins to leave out', () => {
        const grid = `<ul>${row(HEADER, 'li')}${row(['癸县', '71', '81'], 'li')}${row(['子县', '73', '83'], 'li')}</ul>`;
        expect(texts(`<body>${intro}${grid}</body>`)).toContain('癸县 | 71 | 81');
    });

    it('keeps counting cells that are data (no lettered row above them)', () => {
        const grid = `<div>${row(['序', '县', '标准（元/月）'])}${row(['1', '丑县', '77'])}${row(['2', '寅县', '78'])}</div>`;
        expect(texts(`<body>${intro}${grid}</body>`)).toContain('1 | 丑县 | 77');
    });

    it.each([
        ['dashboard cards with no header row', `<div>${row(['93', '元/月', '退休人员记入'])}${row(['2', '%', '在职人员记入'])}${row(['15', '万人', '参保人数'])}</div>`],
        ['sections of sentences', `<div>${row(['甲县每月记入六十元。', '乙县每月记入七十元。'])}${row(['丙县每月记入八十元。', '丁县每月记入九十元。'])}${row(['戊县每月记入百元。', '己县每月记入一百一十元。'])}</div>`],
        ['rows of unequal width', `<div>${row(HEADER)}${row(['辛县', '76'])}${row(['壬县', '79', '89'])}</div>`],
    ])('does not make a table of %s', (_kind, blocks) => {
        expect(texts(`<body>${intro}${blocks}</body>`).some((l) => l.includes(' | '))).toBe(false);
    });
});

describe('a thread laid out as one table, a bare row per post', () => {
    const rowPost = (author: string, text: string, cells = ['who', 'said']) =>
        `<tr><td class="${cells[0]}">${author}<br>层</td><td class="${cells[1]}"><div class="when">3月2日 10:00</div><div class="words">${text}</div></td></tr>`;
    const OPENING = '请教一下，丁县那边退下来的人，卡上每个月能进多少？';
    const ANSWER = '丁县这边一律每人每月七十八元，月底前打进来。';
    const LONG_REPLY = '查的话用手机就行：<br>先登录医保小程序，找到个人账户一栏<br>再点进去就能看到每月进了多少<br>要是查不到就打电话问问窗口的工作人员';

    it('reads every post, the opening one included, when the rows’ cells share their classes', () => {
        const html = `<body><div class="nav"><a href="/">首页</a></div><h1>丁县退休卡上每月进多少？</h1><table class="posts">${rowPost('甲', OPENING)}${rowPost('乙', ANSWER)}${rowPost('丙', LONG_REPLY)}</table></body>`;
        expect(texts(html, '丁县退休卡上每月进多少？')).toEqual(expect.arrayContaining([OPENING, ANSWER]));
    });

    it('keeps to the best post when the rows’ cells differ', () => {
        const html = `<body><h1>丁县退休卡上每月进多少？</h1><table>${rowPost('甲', ANSWER, ['ad', 'banner'])}${rowPost('丙', LONG_REPLY)}</table></body>`;
        expect(texts(html, '丁县退休卡上每月进多少？')).not.toContain(ANSWER);
    });
});
