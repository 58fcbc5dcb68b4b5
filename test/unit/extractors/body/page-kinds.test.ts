import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../../extractors/body/index.js';

const texts = (html: string, title = '') => extractBody(cheerio.load(html), { title }).lines.map((l) => l.text);

const STORY = [
    '甲县自本年度起，上班族的账户按其工资基数折算百分之二逐月记入。',
    '账户结余允许家里人共用看病拿药，年底没花完的顺延下年。',
];
const story = `<h1>甲县调整个人账户划入办法</h1><div class="wz">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>`;
const OTHER_STORY = '乙市：离休干部每月记入一百零五元';

describe('blocks listing the other stories of an issue or a subject', () => {
    it.each([
        ['an e-paper box of the page’s other stories', `<div class="x"><h4>本版其他文章</h4><ul><li>${OTHER_STORY}</li></ul></div>`],
        ['a digest of the issue under a bold line', `<div class="x"><p><b>本期导读</b></p><p>${OTHER_STORY}</p><p>丙区：灵活就业人员缴费比例为百分之八</p></div>`],
        ['reports on the same subject, with a colon', `<div class="x"><div>相关报道：</div><div>${OTHER_STORY}</div></div>`],
        ['stories of the same page, decorated', `<div class="x"><h3>【同版文章】</h3><ol><li>${OTHER_STORY}</li></ol></div>`],
    ])('leaves out %s', (_kind, box) => {
        expect(texts(`<body>${story}${box}</body>`)).toEqual(STORY);
    });

    it('keeps a sentence that only opens with the same words', () => {
        const line = '相关报道称，丁县明年起每月划入八十元，当地群众普遍欢迎。';
        expect(texts(`<body><h1>丁县个人账户</h1><div class="wz"><p>${STORY[0]}</p><p>${line}</p></div></body>`)).toEqual([STORY[0], line]);
    });
});

const BEST = [
    '一般不能取现，只有出国定居或者参保人去世时，才可以按规定一次性支取。',
    '上班的按其工资基数折算百分之二逐月记入。',
];
const OTHERS = [
    '查的话，打开“某某政务”＞“社保服务”＞“账户明细”，就能看见，“很方便”。',
    '别信“代取现”的广告，都是骗人的。',
];
const question = '<div class="q"><h1>账户余额能不能一次领走呢？</h1><p>提问者：匿名　2026-10-02</p></div>';
const others = `<div class="more"><h3>其他回答（2）</h3>${OTHERS.map((a) => `<div class="a"><p>${a}</p></div>`).join('')}</div>`;
const relatedQuestions = '<div class="rel"><h4>相关问题</h4><ul><li>哪个地方给退休的每月打九十元？</li></ul></div>';

describe('a Q&A page with a marked best answer', () => {
    it.each([
        ['最佳答案 in a heading', '<h3>最佳答案</h3>'],
        ['满意回答 in brackets', '<div class="t">【满意回答】</div>'],
        ['提问者采纳 in a bold line', '<p><b>提问者采纳</b></p>'],
    ])('reads the best answer (%s) with the other answers, though another answer outscores it', (_kind, heading) => {
        const best = `<div class="b">${heading}${BEST.map((p) => `<p>${p}</p>`).join('')}</div>`;
        const lines = texts(`<body>${question}${best}${others}${relatedQuestions}</body>`, '账户余额能不能一次领走呢？');
        expect(lines).toEqual(expect.arrayContaining([...BEST, ...OTHERS]));
        expect(lines.indexOf(BEST[0]!)).toBeLessThan(lines.indexOf(OTHERS[0]!));
        expect(lines.join('\n')).not.toContain('九十元');
    });

    it('leaves out a sidebar box that only borrows the heading', () => {
        const sidebar = '<aside><h4>推荐答案</h4><p>戊市离休干部每月记入一百二十元，三个月一拨。</p></aside>';
        const best = `<div class="b"><h3>最佳答案</h3>${BEST.map((p) => `<p>${p}</p>`).join('')}</div>`;
        expect(texts(`<body>${question}${best}${sidebar}</body>`).join('\n')).not.toContain('一百二十元');
    });

    it('takes a long line that names a best answer for text, not a heading', () => {
        const line = '最佳答案已经说得很清楚了，我补充一点：异地就医要先备案。';
        expect(texts(`<body>${question}<div class="b"><p>${line}</p><p>${BEST[0]}</p></div></body>`)).toEqual([line, BEST[0]]);
    });
});

const OPENING = '屯里几位老人不会摆弄手机，想问下有啥办法在家就能知道卡里还剩多少？';
const REPLY = '座机就能办：拨通12333后按3，听提示输完证件号码和密码，余额会念给你听。';
const floor = (attrs: string, who: string, text: string) => `<div ${attrs}><b>${who}</b> 回复<p>${text}</p></div>`;

describe('a forum thread whose best-scoring block is a reply', () => {
    it.each([
        ['floors of one class', (i: number) => 'class="floor"'],
        ['floors told apart by numbered ids', (i: number) => `class="post" id="post_${100 + i}"`],
        ['an opening floor with one class word more', (i: number) => (i === 0 ? 'class="post first"' : 'class="post"')],
    ])('keeps the opening post before it (%s)', (_kind, attrs) => {
        const thread = [floor(attrs(0), '楼主', OPENING), floor(attrs(1), '热心网友', REPLY), floor(attrs(2), '路人', '收藏了，回头试试')].join('');
        const lines = texts(`<body><h1>医保余额怎么查？</h1>${thread}</body>`, '医保余额怎么查？');
        expect(lines[0]).toBe(OPENING);
        expect(lines).toContain(REPLY);
    });

    it('leaves out a board notice of another shape above the thread', () => {
        const notice = '<div class="notice"><p>本版严禁广告，请文明发帖。</p></div>';
        const thread = [floor('class="floor"', '楼主', OPENING), floor('class="floor"', '热心网友', REPLY)].join('');
        expect(texts(`<body>${notice}<h1>医保余额怎么查？</h1><div class="t">${thread}</div></body>`, '医保余额怎么查？')).toEqual([OPENING, '热心网友 回复', REPLY]);
    });
});

const STEPS = ['登录某省政务服务网并实名认证', '找到“医保关系转移”事项并填写转出地', '提交后在个人中心查看办理进度'];
const steps = `<div class="s"><h4>办理流程</h4><ol>${STEPS.map((s) => `<li>${s}</li>`).join('')}</ol></div>`;
const factTable = (rows: [string, string][], labelTag = 'th') =>
    `<table>${rows.map(([k, v]) => `<tr><${labelTag}>${k}</${labelTag}><td>${v}</td></tr>`).join('')}</table>`;

describe('a service guide’s table of facts beside its steps', () => {
    it.each([
        ['label cells as <th>', factTable([['实施机构', '己市医疗保障局'], ['法定时限', '十五个工作日'], ['承诺时限', '7个工作日']])],
        ['label cells as <td>', factTable([['办理机构', '庚县社保中心'], ['办结时限', '3个工作日']], 'td')],
    ])('reads the table with the steps (%s)', (_kind, table) => {
        const lines = texts(`<body><h2>医保关系转移</h2><div class="tab">${table}${steps}</div></body>`);
        expect(lines.some((l) => l.includes('个工作日'))).toBe(true);
        expect(lines).toEqual(expect.arrayContaining(STEPS));
    });

    it('leaves out a table of facts that states no figure', () => {
        const table = factTable([['事项类型', '公共服务'], ['是否收费', '否']]);
        expect(texts(`<body><h2>医保关系转移</h2><div class="tab">${table}${steps}</div></body>`).join('\n')).not.toContain('公共服务');
    });

    it('leaves out a table of three columns beside the steps', () => {
        const table = '<table><tr><td>辛市</td><td>退休人员</td><td>每月九十元</td></tr><tr><td>壬市</td><td>在职职工</td><td>2%</td></tr></table>';
        expect(texts(`<body><h2>医保关系转移</h2><div class="tab">${table}${steps}</div></body>`).join('\n')).not.toContain('壬市');
    });
});

describe('a gallery’s picture counters', () => {
    const TITLE = '组图：社区食堂开业';
    const INTRO = ['癸区新建的社区食堂本周开业，老人凭社保卡就餐每餐可减三元。', '食堂由街道委托专业公司运营，每天供应两顿饭，价格公开。'];
    const gallery = (counter: (i: number) => string) =>
        `<body><div class="m"><h1>组图：社区食堂开业</h1><div class="i">${INTRO.map((p) => `<p>${p}</p>`).join('')}</div><ul class="g">` +
        [1, 2, 3, 4].map((i) => `<li><img src="/p/${i}.jpg"><div class="n">${counter(i)}</div><div class="c">志愿者为老人讲解就餐优惠之${i}</div></li>`).join('') +
        '</ul></div></body>';

    it.each([
        ['N/M', (i: number) => `${i}/4`],
        ['N / M with spaces', (i: number) => `${i} / 4`],
        ['第N/M张', (i: number) => `第${i}/4张`],
    ])('drops a counter written %s', (_kind, counter) => {
        const lines = texts(gallery(counter), TITLE);
        expect(lines.slice(0, 2)).toEqual(INTRO);
        expect(lines).toContain('志愿者为老人讲解就餐优惠之2');
        expect(lines.some((l) => /\d\s*\/\s*4/.test(l))).toBe(false);
    });

    it('keeps a line that only looks like one: a later number first, or words beside it', () => {
        const lines = texts(gallery((i) => (i === 1 ? '5/4' : `${i}/4 后排为工作人员`)), TITLE);
        expect(lines).toContain('5/4');
        expect(lines).toContain('2/4 后排为工作人员');
    });
});

describe('a table cell spanning several columns', () => {
    const LETTER = '我母亲在外地居住，想问一下异地就医怎么备案，报销比例按哪里算？';
    it('says a cell of sentences once, and repeats a label over the columns it spans', () => {
        const html = '<body><div class="x"><table>' +
            '<tr><td colspan="2">办理情况</td><td>状态</td></tr>' +
            `<tr><td>来信内容</td><td colspan="2">${LETTER}</td></tr>` +
            '<tr><td>甲</td><td>乙</td><td>已办结</td></tr></table></div></body>';
        const lines = texts(html);
        expect(lines.filter((l) => l.includes(LETTER))).toHaveLength(1);
        expect(lines.find((l) => l.includes(LETTER))!.split(LETTER)).toHaveLength(2);
        expect(lines).toContain('办理情况 | 办理情况 | 状态');
    });

    it('says a title across the whole table once', () => {
        const html = '<body><div class="x"><table><tr><td colspan="3">子县各类人员补贴标准一览</td></tr>' +
            '<tr><td>退休人员</td><td>每月</td><td>九十元</td></tr><tr><td>在职职工</td><td>每月</td><td>六十元</td></tr></table></div></body>';
        const title = texts(html).find((l) => l.includes('一览'))!;
        expect(title.split('子县各类人员补贴标准一览')).toHaveLength(2);
    });
});

describe('a forum poster’s panel', () => {
    const POST = '咱屯满八旬的老人按月有一笔高龄补贴，跟养老金一道进卡。';
    const REPLY_TEXT = '我们镇也是这样，满八十周岁当月去村委会登记就行，下个月开始发。';
    const panel = (fields: string[]) => fields.map((f) => `<br>${f}`).join('');
    const thread = (fields: string[]) =>
        '<body><h1>高龄补贴</h1>' +
        `<table class="p"><tr><td width="20%">老张头${panel(fields)}</td><td>楼主 发表于 2026-11-08<br>${POST}</td></tr></table>` +
        `<table class="p"><tr><td width="20%">路过的${panel(fields)}</td><td>第2楼 回复于 2026-11-09<br>${REPLY_TEXT}</td></tr></table></body>`;

    it.each([
        ['rank, posts and sign-up date', ['等级：举人', '帖子：512', '注册：2014-6-1']],
        ['points and online time, ascii colons', ['积分:88', '在线时间:35小时', '用户组:新手上路']],
    ])('drops its fields (%s) and keeps the posts', (_kind, fields) => {
        const lines = texts(thread(fields), '高龄补贴');
        expect(lines).toEqual(expect.arrayContaining([POST, REPLY_TEXT]));
        for (const field of fields) expect(lines).not.toContain(field);
    });

    it('keeps a line of a post that opens with such a word', () => {
        const line = '等级：评为一级的可以每月多领五十元。';
        expect(texts(`<body><h1>残疾补贴</h1><div class="a"><p>${POST}</p><p>${line}</p></div></body>`, '残疾补贴')).toEqual([POST, line]);
    });
});
