import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { bodyLinesFromText, extractBody } from '../../../extractors/body/index.js';
import { lastVisibleChar, textOf } from '../../../extractors/body/dom-stats.js';

const PARAGRAPHS = [
    '目前多数地区以人均养老金为基数,按2%-3%的比例划入退休人员个人账户。',
    '例如,若某地人均养老金为3200元,按3%计算,每月返款为96元。',
    '经济欠发达地区由于人均养老金水平较低,医保返款可能只有几十元。',
];
const article = `<div class="qq"><h1>琼海医保卡每月打入多少钱呢?</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`;
const teasers = `<div class="zz">${['北京', '上海', '甘肃']
    .map((c) => `<div><a href="/${c}">${c}医保每月返多少</a><p>${c}:退休人员每月定额划入120元,不分年龄,按月到账。</p></div>`)
    .join('')}</div>`;
const texts = (html: string) => extractBody(cheerio.load(html), { title: '琼海医保卡每月打入多少钱呢?' }).lines.map((l) => l.text);

describe('extractBody', () => {
    it('keeps the article when a sidebar box of other articles comes first in the document', () => {
        const html = `<body><div class="w"><div class="c1"><div><h3>热门文章</h3>${teasers}</div></div><div class="c2">${article}</div></div></body>`;
        expect(texts(html)).toEqual(PARAGRAPHS);
    });

    it('leaves out a list of teasers with no heading and no telling class name', () => {
        expect(texts(`<body><div class="m">${article}${teasers}</div></body>`)).toEqual(PARAGRAPHS);
    });

    it('splits <br> text into lines and marks bold-only lines and <li> as hints', () => {
        const html = `<body><div class="k"><b>注意事项</b><br>${PARAGRAPHS[0]}<br>${PARAGRAPHS[1]}<ul><li>携带身份证到医保经办机构窗口</li></ul></div></body>`;
        expect(extractBody(cheerio.load(html)).lines).toEqual([
            { text: '注意事项', hint: 'heading' },
            { text: PARAGRAPHS[0] },
            { text: PARAGRAPHS[1] },
            { text: '携带身份证到医保经办机构窗口', hint: 'item' },
        ]);
    });

    it('prints the cells of a data-table row on one line, ` | `-separated', () => {
        const html = `<body><div class="k"><p>${PARAGRAPHS[0]}</p><table><tr><th>地区</th><th>标准</th></tr>` +
            '<tr><td>甘肃</td><td>每月定额返款120元</td></tr></table></div></body>';
        expect(extractBody(cheerio.load(html)).lines.map((l) => l.text)).toEqual([PARAGRAPHS[0], '地区 | 标准', '甘肃 | 每月定额返款120元']);
    });

    it('judges a page of bare links not to be an article', () => {
        const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/a/${i}">医保问答第${i}期标题</a></li>`).join('');
        const body = extractBody(cheerio.load(`<body><ul>${links}</ul></body>`));
        expect(body.isArticle).toBe(false);
        expect(extractBody(cheerio.load(`<body>${article}</body>`)).isArticle).toBe(true);
    });

    it('hands the byline near the title to the date reader', () => {
        const html = `<body><div class="t"><h1>琼海医保卡每月打入多少钱呢?</h1><span>2025-05-22 10:00 健康资讯</span></div>${article}</body>`;
        expect(extractBody(cheerio.load(html), { title: '琼海医保卡每月打入多少钱呢?' }).headText).toContain('2025-05-22');
    });
});

describe('extractBody on a Q&A page', () => {
    const answer = (user: string, text: string) =>
        `<div class="ans"><div class="who"><a href="/u">${user}</a> <span>回答数120</span></div>` +
        `<div class="txt">${text}</div><div class="ops"><span>2025-03-02</span> <a href="#">赞</a> <a href="#">踩</a></div></div>`;
    const page = (after: string) =>
        '<body><div class="wrap"><div class="col">' +
        '<div class="q"><h1>退休后医保个人账户每年划多少?</h1><div class="qd">我爸今年刚退休,想问问一年能到账多少钱?</div></div>' +
        `<div class="best"><div class="bt">采纳答案</div><div class="bc">${PARAGRAPHS.join('<br>')}</div></div>` +
        `${after}</div><div class="rail"><h3>相关推荐</h3><ul><li><a href="/x">兰州退休医保每月返多少?按2.8%吗</a></li></ul></div></div></body>`;

    it('keeps the other answers after the best one, without their author lines and vote counts', () => {
        const html = page(`<div class="others"><div class="ot">其他2个回答</div>${answer('老张', '我们那边是按年划的,一年一次到账。')}${answer('小李', '可以在医保APP里查每月的划入明细。')}</div>`);
        expect(texts(html)).toEqual([...PARAGRAPHS, '我们那边是按年划的,一年一次到账。', '可以在医保APP里查每月的划入明细。']);
    });

    it('leaves out the next article\'s headline and snippet after the article', () => {
        const next = '<div class="nx"><a href="/n">下一篇:兰州退休人员医保个人账户每月返多少</a>' +
            '<p>兰州退休人员每月划入个人账户的金额,按全市上年度退休人员月人均基本养老金的2.8%计算,' +
            '不分年龄段,每月月底前由医保经办机构统一划入,可在医保APP上查询明细。</p></div>';
        expect(texts(page(next))).toEqual(PARAGRAPHS);
    });

    it('keeps short answers under a question that outscores each of them', () => {
        const reply = (text: string) => `<div class="da"><p>${text}</p></div>`;
        const html = '<body><div class="top"><a href="/">首页</a> <a href="/ask">提问</a></div>' +
            '<div class="wt"><h1>退休后医保个人账户每年划多少?</h1><p>我爸今年刚退休,听说每个月都会往卡里打钱,' +
            '可他的卡上好像没有变化,想问问一年能到账多少?</p></div>' +
            `<div class="dalist">${reply('按当地规定,每月定额划入95元。')}${reply('可以在医保APP里查每月的划入明细。')}` +
            `${reply('也可带身份证到窗口打印流水。')}</div></body>`;
        expect(texts(html)).toEqual(expect.arrayContaining(['按当地规定,每月定额划入95元。', '可以在医保APP里查每月的划入明细。', '也可带身份证到窗口打印流水。']));
    });

    it.each(['精选留言', '全部留言', '读者留言'])('leaves out readers\' messages under a `%s` heading with no telling class', (heading) => {
        const html = page(`<div><p>${heading}</p><div><span>老王</span><div>我们这每月只到账70元,比文章说的少。</div></div></div>`);
        expect(texts(html)).toEqual(PARAGRAPHS);
    });

    it('leaves out a comment block after the best answer', () => {
        const html = page(`<div class="comment-box">${answer('路人', '楼主说得不对,我们这每月返120元。')}</div>`);
        expect(texts(html)).toEqual(PARAGRAPHS);
    });
});

describe('bodyLinesFromText', () => {
    it('stops at a related-articles heading and drops title and byline', () => {
        const text = ['标题', '2025-10-11 21:37:05社保365', PARAGRAPHS[0], '猜你喜欢', PARAGRAPHS[1]].join('\n');
        expect(bodyLinesFromText(text, { title: '标题' })).toEqual([{ text: PARAGRAPHS[0] }]);
    });
});

describe('extractBody on templates it was never tuned for', () => {
    const sentence = (i: number) => `第${i}段:参保人可以登录医保服务平台查询个人账户每月的划入明细和余额,也可以到经办窗口打印。`;
    const texts = (html: string) => extractBody(cheerio.load(html), { title: '标题' }).lines.map((l) => l.text);

    it('gathers an article cut into repeated section wrappers with boxes between them', () => {
        const sections = Array.from({ length: 5 }, (_, s) =>
            `<div class="sec"><div class="sec-in">${[1, 2, 3].map((i) => `<p>${sentence(s * 3 + i)}</p>`).join('')}</div></div>` +
            '<div class="box"><a href="/x">订阅</a></div>').join('');
        const got = texts(`<body><div class="page"><h1>标题</h1><div class="story">${sections}</div></div></body>`);
        expect(got).toEqual(Array.from({ length: 15 }, (_, i) => sentence(i + 1)));
    });

    it('keeps the article when the reader comments under it hold more prose', () => {
        const comment = (i: number) => `<div class="c-item"><div class="c-text"><p>${sentence(100 + i)}</p><p>${sentence(200 + i)}</p></div></div>`;
        const html = `<body><div class="main"><div class="art"><p>${sentence(1)}</p><p>${sentence(2)}</p></div>` +
            `<div class="comments">${[1, 2, 3, 4].map(comment).join('')}</div></div></body>`;
        expect(texts(html)).toEqual([sentence(1), sentence(2)]);
    });

    it('reads a page whose whole layout sits in one <form>', () => {
        const html = `<body><form action="/x"><div class="nav"><a href="/">首页</a></div><div class="a"><p>${sentence(1)}</p><p>${sentence(2)}</p></div></form></body>`;
        expect(texts(html)).toEqual([sentence(1), sentence(2)]);
    });

    it('reads a fragment of bare text and <br> lines without <html> or <body>', () => {
        expect(texts(`${sentence(1)}<br>${sentence(2)}<br><div class="f"><a href="/t">标签</a></div>`)).toEqual([sentence(1), sentence(2)]);
    });

    it('leaves out picture captions but keeps a data table wrapped in <figure>', () => {
        const html = `<body><div class="a"><p>${sentence(1)}</p><figure><img src="/p.jpg"><figcaption>图为市民在窗口办理业务。</figcaption></figure>` +
            `<p>${sentence(2)}</p><figure class="tb"><table><tr><td>70岁以下</td><td>每月100元</td></tr></table></figure></div></body>`;
        expect(texts(html)).toEqual([sentence(1), sentence(2), '70岁以下 | 每月100元']);
    });

    it('keeps a picture caption that states a figure, as public-account posts print their tables', () => {
        const html = `<body><div class="a"><p>${sentence(1)}</p><figure><img src="/t.png"><figcaption>▲某县：每人每月<strong>66</strong>元</figcaption></figure>` +
            `<p>${sentence(2)}</p></div></body>`;
        expect(texts(html)).toEqual([sentence(1), '▲某县：每人每月66元', sentence(2)]);
    });

    it('reads collapsed accordion answers, with the button that opens each as its heading', () => {
        const item = (q: string, a: string) => `<div class="it"><button aria-expanded="false">${q}</button><div hidden><p>${a}</p></div></div>`;
        const html = `<body><div class="w"><h2>问答</h2><p>${sentence(0)}</p>${item('账户多久到账？', sentence(1))}${item('在哪里打印？', sentence(2))}` +
            `<div hidden><p>${sentence(3)}</p></div></div></body>`;
        const lines = extractBody(cheerio.load(html), { title: '标题' }).lines;
        expect(lines).toEqual([
            { text: '问答', hint: 'heading', rank: 2 },
            { text: sentence(0) },
            { text: '账户多久到账？', hint: 'heading' },
            { text: sentence(1) },
            { text: '在哪里打印？', hint: 'heading' },
            { text: sentence(2) },
        ]);
    });

    it('keeps prose paragraphs whose class word reads as furniture, and still drops such boxes of links', () => {
        const html = `<body><div class="w"><p class="ask">${sentence(1)}</p><p class="reply">${sentence(2)}</p>` +
            `<div class="share"><a href="/w">微信</a> <a href="/b">微博</a></div><p class="ask">${sentence(3)}</p><p class="reply">${sentence(4)}</p></div></body>`;
        expect(texts(html)).toEqual([sentence(1), sentence(2), sentence(3), sentence(4)]);
    });

    it('keeps every post of a thread whose opening post carries one more class word than the replies', () => {
        const post = (cls: string, text: string) =>
            `<div class="${cls}"><div class="who">某网友 2025-01-01</div><div class="floor-body"><div class="post-content">${text}</div></div></div>`;
        const opening = [sentence(1), sentence(2), sentence(3)].join('<br><br>');
        const html = `<body><h1>医保个人账户讨论</h1><div class="thread">${post('floor floor-first', opening)}` +
            `${post('floor', '请问楼主用的是哪个APP?')}${post('floor', sentence(4))}</div></body>`;
        expect(texts(html)).toEqual(expect.arrayContaining([sentence(1), sentence(3), sentence(4)]));
    });

    it('keeps a shorter block of the same shape after the best one (the next card of a list)', () => {
        const card = (title: string, text: string) => `<div class="item"><h3>${title}</h3><p>${text}</p><span>2025-01-01</span></div>`;
        const html = `<body><div class="list">${card('某市:退休人员每月划入', sentence(1) + sentence(2))}` +
            `${card('某县:在职职工', '某县在职职工按缴费基数的2%计入。')}</div></body>`;
        expect(texts(html)).toContain('某县在职职工按缴费基数的2%计入。');
    });

    it('keeps a prose reply printed in a table cell classed `reply`, beside its field name', () => {
        const html = `<body><div class="w"><table><tr><th>来信内容</th><td>${sentence(1)}</td></tr>` +
            `<tr><th>回复内容</th><td class="reply">${sentence(2)}</td></tr></table></div></body>`;
        expect(texts(html)).toEqual([`来信内容 | ${sentence(1)}`, `回复内容 | ${sentence(2)}`]);
    });

    it('breaks preformatted bulletin text where its lines break, and joins a paragraph typed to a fixed width', () => {
        const html = '<body><div class="w"><pre>\n通知：\n    参保人可以在社区服务中心的自助机上插\n卡查询个人账户，每月划入的金额会打印\n在明细上。\n\n    办理时间为工作日上午。\n' +
            `                物业服务中心\n转出地: 某市\n转入地: 某县</pre><p>${sentence(1)}</p></div></body>`;
        expect(texts(html)).toEqual([
            '通知：',
            '参保人可以在社区服务中心的自助机上插卡查询个人账户，每月划入的金额会打印在明细上。',
            '办理时间为工作日上午。',
            '物业服务中心',
            '转出地: 某市',
            '转入地: 某县',
            sentence(1),
        ]);
    });

    it('reads every paragraph of a very long page', () => {
        const paragraphs = Array.from({ length: 400 }, (_, i) => sentence(i + 1));
        const got = texts(`<html><body><div class="w"><div class="t">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`);
        expect(got).toEqual(paragraphs);
    });
});

describe('extractBody on a document-library page', () => {
    const QUESTION = '　　问:某县退休职工的医保个人账户每月能划入多少?';
    const docPage = (lines: string[], related: string) =>
        '<body><div style="height:50px"><a href="/">文库</a></div><div style="width:800px">' +
        '<div style="padding:10px"><b>某县医保问答.doc</b><br><span>上传者:用户12 · 1页</span></div>' +
        `<div style="padding:60px;font-size:16px">${lines.map((l) => `<p style="margin:0">${l}</p>`).join('')}<div>- 1 -</div></div>` +
        '<div style="padding:12px">本文档由用户上传,仅供学习参考 · <a href="#">下载</a></div>' +
        `<div style="margin-top:24px">${related}</div></div></body>`;
    const otherDocuments = ['甲市', '乙县', '丙区', '丁镇']
        .map((c, i) => `<div style="margin-top:8px"><a href="/doc/${i}">${c}医保汇编.doc</a><div style="color:#666">${c}退休人员按人均养老金的2.5%划入个人账户,按月到账。</div><span>3页</span></div>`);
    const bodyText = (html: string) => extractBody(cheerio.load(html), { title: '某县医保问答.doc' }).lines.map((l) => l.text).join('\n');

    it('does not widen a one-page document to a wrapper whose other blocks merely share its tag', () => {
        const text = bodyText(docPage([QUESTION, '　　答:本县退休职工每月定额划入88元,次月到账。', '　　以上回答仅代表网友个人观点。'], otherDocuments.join('')));
        expect(text).toContain('每月定额划入88元');
        expect(text).not.toContain('2.5%');
    });

    it('leaves out a 相关文档 block of other files and their excerpts', () => {
        const text = bodyText(docPage(['　　问:某县退休职工每月划入多少?', '　　答:本县退休职工每月定额划入88元。'], `<b>相关文档</b>${otherDocuments.slice(0, 3).join('')}`));
        expect(text).toContain('每月定额划入88元');
        expect(text).not.toContain('2.5%');
    });
});

describe('extractBody on a service guide', () => {
    it('reads the fact rows and the numbered steps whose text sits in a block inside each item', () => {
        const facts = ['事项名称', '职工医保个人账户余额查询', '服务对象', '本市参加职工医保的在职和退休人员', '办理地点', '某市政务服务中心二楼医保窗口']
            .map((t, i) => (i % 2 === 0 ? `<dl class="r"><dt>${t}</dt>` : `<dd>${t}</dd></dl>`))
            .join('');
        const steps = ['打开“某某医保”小程序', '点击“我的账户”', '输入卡号和验证码', '查看每月到账记录']
            .map((t, i) => `<li><em>${i + 1}</em><div class="t">${t}</div></li>`)
            .join('');
        const html = `<body><div class="top">某市医疗保障局 <a>首页</a></div><div class="main"><h2>医保余额查询</h2>` +
            `<div class="facts">${facts}</div><div class="flow"><h3>办理流程</h3><ol>${steps}</ol></div></div></body>`;
        const text = extractBody(cheerio.load(html)).lines.map((l) => l.text).join('\n');
        expect(text).toContain('服务对象\n本市参加职工医保的在职和退休人员');
        expect(text).toContain('输入卡号和验证码');
    });
});


describe('extractBody on a short post whose table wraps each cell\'s text in blocks', () => {
    const cell = (text: string) => `<td style="border:1px solid #ddd"><section><span style="font-size:14px">${text}</span></section></td>`;
    const row = (...cells: string[]) => `<tr>${cells.map(cell).join('')}</tr>`;
    const html = '<body><div style="max-width:677px"><h1>各地划入标准一览</h1><div><section style="margin:0 8px">' +
        '<p><span>整理了几个地方的标准,供参考。</span></p>' +
        `<section><table><tbody>${row('地区', '年龄段', '标准')}${row('黄山', '不分年龄', '95元/月')}${row('丽水', '不分年龄', '88元/月')}</tbody></table></section>` +
        '<section><p style="text-align:center"><span>点击下方“阅读原文”查看更多 · 觉得有用就点个“在看”吧,分享给身边的朋友</span></p></section>' +
        '</section></div></div></body>';

    it('reads each row on one line, ` | `-separated, and takes the post with its table for the article', () => {
        expect(extractBody(cheerio.load(html)).lines.map((l) => l.text)).toEqual(expect.arrayContaining([
            '整理了几个地方的标准,供参考。', '地区 | 年龄段 | 标准', '黄山 | 不分年龄 | 95元/月', '丽水 | 不分年龄 | 88元/月',
        ]));
    });
});

describe('extractBody on a layout table whose cell wraps the article in one block', () => {
    it('reads the article\'s paragraphs one per line when they sit under an inline tag inside that block', () => {
        const html = '<body><table><tr><td><div><font size="3">' + PARAGRAPHS.map((p) => `<p>${p}</p>`).join('') +
            '</font></div></td><td><ul><li><a href="/x">某市:75岁以下110元</a></li></ul></td></tr></table></body>';
        expect(texts(html)).toEqual(PARAGRAPHS);
    });
});

describe('extractBody on a portal page whose metadata table outweighs a short article', () => {
    it('takes the article, not the field values of a label table (`发布机构: | …`)', () => {
        const field = (label: string, value: string) => `<td>${label}</td><td>${value}</td>`;
        const html = '<body><table><tr><td><table>' +
            `<tr>${field('索 引 号:', '000123456/2025-00017')}${field('主题分类:', '社会保障')}</tr>` +
            `<tr>${field('发布机构:', '某某市医疗保障局办公室')}${field('成文日期:', '2025-04-01')}</tr>` +
            `<tr>${field('发文字号:', '某医保函〔2025〕12号文件')}${field('发布日期:', '2025-04-02')}</tr>` +
            `<tr>${field('标 题:', '退休人员个人账户每月划多少?一文说清')}${field('有 效 性:', '现行有效,长期执行')}</tr>` +
            '</table></td></tr><tr><td style="padding:16px">' +
            '<p>问:个人账户每月划多少?</p><p>答:每人每月90元。</p>' +
            '</td></tr></table></body>';
        expect(extractBody(cheerio.load(html)).lines.map((l) => l.text)).toEqual(['问:个人账户每月划多少?', '答:每人每月90元。']);
    });
});

describe('extractBody on a page that is only a table of figures', () => {
    const grid = (rows: string[][]) =>
        `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    const page = (table: string) =>
        `<html><body><div class="w"><h1>两市个人账户比例对照</h1>${table}</div></body></html>`;

    it('takes a table whose rows state figures with their units as the article, though it has no sentence', () => {
        const body = extractBody(cheerio.load(page(grid([['项目', '保定', '沧州'], ['退休人员划入比例', '2.6%', '2.9%']]))));
        expect(body.isArticle).toBe(true);
    });

    it('still takes a table of dates and names with no figure for no article', () => {
        const body = extractBody(cheerio.load(page(grid([['标题', '日期'], ['通知', '2025-03-01']]))));
        expect(body.isArticle).toBe(false);
    });
});

describe('lastVisibleChar', () => {
    it('is the last character of the visible text of every element, hidden parts, whitespace and control characters left out', () => {
        const html = '<body><div id="q"><p>参保人如何办理?\u0007 </p>\n <span hidden>隐藏内容</span><script>var a = 1;</script>\u3000</div>' +
            '<div><p>每月划入120元。</p><p>  </p><b>  注意 </b>\t</div><section><p>\n</p></section></body>';
        const $ = cheerio.load(html);
        const elements = $('*').toArray();
        expect(elements.map((el) => lastVisibleChar(el))).toEqual(elements.map((el) => textOf(el).slice(-1)));
        expect(lastVisibleChar($('#q')[0]!)).toBe('?');
    });
});
