import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../../extractors/body/index.js';

const read = (html: string, title = '') => extractBody(cheerio.load(html), { title });
const texts = (html: string, title = '') => read(html, title).lines.map((l) => l.text);

const box = (label: string) => `<label><input type="checkbox"> ${label}</label>`;
const fieldset = (legend: string, labels: string[]) => `<fieldset><legend>${legend}</legend>${labels.map(box).join('')}</fieldset>`;

describe('a printable checklist laid out in fieldsets', () => {
    const papers = fieldset('甲、随身材料', ['户口簿原件', '就诊卡']);
    const steps = fieldset('乙、线上登记', [
        '进入手机上的某某办事大厅，找到“转外就医登记”入口',
        '填好要去的城市和医院，拍照上传诊断证明',
        '等候通知审核结果，把回执存进相册里',
    ]);
    const account = fieldset('丙、账户', ['丁镇离休人员每月到账八十八元，临走前记得查查剩下多少']);
    const page = (form: string, aside = '') =>
        `<body><div class="top">丁镇便民网</div><div class="main"><h1>转外就医准备单</h1>${form}${aside}</div><div class="foot">备案号 0000</div></body>`;

    it('keeps every fieldset of the form, however short, not only the longest', () => {
        const lines = texts(page(`<form>${papers}${steps}${account}</form>`), '转外就医准备单');
        expect(lines).toHaveLength(3);
        expect(lines[0]).toContain('户口簿原件');
        expect(lines[1]).toContain('转外就医登记');
        expect(lines[2]).toContain('每月到账八十八元');
    });

    it('leaves out a login box of its own beside the checklist', () => {
        const login = '<form class="login"><fieldset><legend>会员登录</legend><label>账号 <input type="text"></label><label>口令 <input type="password"></label></fieldset></form>';
        const lines = texts(page(`<form>${papers}${steps}${account}</form>`, login), '转外就医准备单');
        expect(lines.join('\n')).not.toContain('会员登录');
    });
});

describe('a home page whose main content is a carousel of captioned slides', () => {
    const slide = (caption: string, extra = '') => `<div class="pic${extra}"><img src="/p.jpg" alt=""><p>${caption}</p></div>`;
    const carousel = [
        slide('戊区下月起给离休干部的账户每月记入一百一十五元', ' now'),
        slide('戊区图书馆延长周末开放'),
        slide('街心花园改造完工，“口袋公园”迎客'),
    ].join('');

    it('owns the caption of a slide before the best one that states a figure, punctuated or not', () => {
        const body = read(`<body><nav><a href="/">首页</a><a href="/x">政务公开</a></nav><div class="show">${carousel}</div><footer>戊区政府主办</footer></body>`);
        expect(body.lines.map((l) => l.text)).toContain('戊区下月起给离休干部的账户每月记入一百一十五元');
        expect(body.isArticle).toBe(true);
    });

    it('keeps only its article on an article page with a carousel and a related list', () => {
        const ARTICLE = [
            '己县医保中心说，离休干部账户往后逐月打钱，一人一个月领一百零八元，月初十号前见到。',
            '上班族照旧拿缴费工资乘以百分之二放进去，单位那份钱不再往里放。',
        ];
        const related = '<div class="rel"><h3>相关阅读</h3><ul><li><a href="/1">庚县离休干部每月记入96元</a></li><li><a href="/2">辛县调整缴费基数</a></li><li><a href="/3">壬县医保窗口搬迁</a></li></ul></div>';
        const html = `<body><div class="show">${carousel}</div><div class="text"><h1>己县账户划入调整</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('')}</div>${related}</body>`;
        expect(texts(html, '己县账户划入调整')).toEqual(ARTICLE);
    });
});
