import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../extractors/body/index.js';

const texts = (html: string, title?: string) => extractBody(cheerio.load(html), { title }).lines.map((l) => l.text);

/** An article as an editor of self-media posts writes it: every paragraph in two styled `<section>`s, text in spans. */
const styledParagraphs = (paragraphs: readonly string[]) => paragraphs
    .map((p) => `<section style="margin:0 6px 20px"><section style="line-height:1.8"><p><span style="font-size:15px">${p}</span></p></section></section>`)
    .join('');

const POST = [
    '街道社保服务站本周起延长午间服务时间，办理业务不再需要预约。',
    '居民可携带身份证到服务站办理参保登记、缴费查询等业务。',
    '服务站咨询电话在每个办事窗口均有公示。',
];
const COMMENTS = [
    '这个好，中午终于能去办了。', '周六也开门吗？求回复。', '已经去过了，工作人员很耐心。',
    '希望其他街道也能跟上。', '老人不会用手机，这样方便多了。', '请问灵活就业人员也能办吗？',
];

describe('extractBody: comments under a one-word heading', () => {
    const comments = (heading: string) => `<div class="talk"><div class="talk-title">${heading}</div><ul>${COMMENTS
        .map((c, i) => `<li><div class="who">用户${1000 + i} 本省</div><p>${c}</p><div>回复 赞(${i})</div></li>`)
        .join('')}</ul></div>`;
    const page = (heading: string) =>
        `<body><div class="page"><h1>服务站延时服务</h1><div class="body-text">${styledParagraphs(POST)}</div>${comments(heading)}</div></body>`;

    it('keeps the post, not the longer list of comments, when a line of only 留言 opens them', () => {
        expect(texts(page('留言'))).toEqual(POST);
    });

    it('reads 评论 with a count as the same heading', () => {
        expect(texts(page('评论（6）'))).toEqual(POST);
    });

    it('keeps a subheading that only starts with 留言, and the text under it', () => {
        const steps = ['登录网站后点击在线咨询栏目，填写问题并提交。', '工作人员会在三个工作日内答复，答复结果可在个人中心查看。'];
        const html = `<body><div class="page"><h1>网上咨询指南</h1><div class="body-text"><p>${POST[0]}</p>` +
            `<h3>留言办理流程</h3>${steps.map((s) => `<p>${s}</p>`).join('')}</div></div></body>`;
        expect(texts(html)).toEqual([POST[0], '留言办理流程', ...steps]);
    });
});

describe('extractBody: dated link columns beside a short notice', () => {
    const NOTICE = ['本市居民医保集中缴费期延长至本月底。', '缴费可到银行网点或社区服务站办理。'];
    const columns = [0, 1, 2, 3, 4]
        .map((c) => `<div class="col"><h4>栏目${c + 1}</h4><ul>${[...Array(8).keys()]
            .map((i) => `<li><a href="/n/${c}${i}.html">关于第${c * 8 + i + 1}批定点机构的公告</a><span>2026-0${(i % 9) + 1}-1${c}</span></li>`)
            .join('')}</ul></div>`)
        .join('');
    const page = (notice: string) => `<body><div class="cols">${columns}</div>` +
        `<div class="box"><h1>缴费期延长</h1><div class="ct">${notice}</div></div><footer><p>主办单位：某市医疗保障局</p></footer></body>`;

    it('finds the two-paragraph notice, not the columns whose dates are as long as a sentence', () => {
        expect(texts(page(NOTICE.map((p) => `<p>${p}</p>`).join('')), '缴费期延长')).toEqual(NOTICE);
    });

    it('still reads a list whose items are dated statements of their own as the article', () => {
        const items = ['某街道卫生服务中心通过定点评估', '某镇卫生院通过定点评估', '某社区药店通过定点评估'];
        const html = `<body><div class="box"><h1>定点机构评估结果公示</h1><ul class="ct">${items
            .map((t, i) => `<li><span>2026-05-2${i}</span> ${t}，自公示之日起纳入医保结算。</li>`)
            .join('')}</ul></div></body>`;
        expect(texts(html, '定点机构评估结果公示')).toEqual(items.map((t, i) => `2026-05-2${i} ${t}，自公示之日起纳入医保结算。`));
    });
});
