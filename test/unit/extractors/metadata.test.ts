import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../extractors/index.js';
import { readBreadcrumbIssuer, readPrintedDate, readPublished, readTitle, stripSiteName } from '../../../extractors/metadata/index.js';

const doc = (head: string, body = '') => cheerio.load(`<html><head>${head}</head><body>${body}</body></html>`);

describe('readTitle', () => {
    it('prefers an <h1> that <title> confirms over a logo <h1>', () => {
        const $ = doc('<title>福州职工医保,请问退休后医保个人账户是划拨多少?_社保网</title>', '<h1>社保网</h1><h1>福州职工医保,请问退休后医保个人账户是划拨多少?</h1>');
        expect(readTitle($)).toBe('福州职工医保,请问退休后医保个人账户是划拨多少?');
    });

    it('falls back to <title> without the site name', () => {
        expect(readTitle(doc('<title>琼海医保卡每月打入多少钱呢? - 健康资讯网</title>'))).toBe('琼海医保卡每月打入多少钱呢?');
        expect(stripSiteName('医保问答 | 医保知识网')).toBe('医保问答');
        expect(stripSiteName('社保网 - 退休人员医保每月返多少')).toBe('退休人员医保每月返多少');
    });

    it('uses og:title when there is no <h1>', () => {
        expect(readTitle(doc('<meta property="og:title" content="各地医保个人账户划入标准(最新)"><title>x</title>'))).toBe(
            '各地医保个人账户划入标准(最新)',
        );
    });
});

describe('readPublished', () => {
    it('reads <meta> before anything printed', () => {
        const $ = doc('<meta property="article:published_time" content="2025-05-02T11:22:00+08:00">');
        expect(readPublished($, '2025-06-01 21:38|举报')).toBe('2025-05-02');
    });

    it('reads a <time> element but not one in a list of other articles', () => {
        const $ = doc('', '<ul class="x"><li><time datetime="2025-01-01">1月1日</time></li></ul><p><time datetime="2025-05-22">今天</time></p>');
        expect(readPublished($, '')).toBe('2025-05-22');
    });

    it.each([
        ['2025-12-09 07:59:51社保网', '2025-12-09'],
        ['发布时间:2025年6月3日', '2025-06-03'],
        ['(2025/05/02)', '2025-05-02'],
        ['来源:网络整理 2025.7.1', '2025-07-01'],
        ['25年12月8日 星期一', '2025-12-08'],
        ['健康新闻 2025-05-22', '2025-05-22'],
    ])('reads the printed form %s', (text, date) => {
        expect(readPrintedDate(text)).toBe(date);
    });

    it('completes (12/08) with the year of the URL path', () => {
        expect(readPrintedDate('(12/08) 来源:老年福利网', { url: 'https://w.example/yibao/2025/1208/77120.html' })).toBe('2025-12-08');
        expect(readPrintedDate('(05/31)', { url: 'https://w.example/a/20240115/x.html' })).toBe('2024-05-31');
    });

    it('completes a year-less date from another full date on the page when the URL has none', () => {
        expect(readPrintedDate('(12/08)', { url: 'https://w.example/p/1', pageText: '2024-12-08 10:00' })).toBe('2024-12-08');
        expect(readPrintedDate('(12/08)', { url: 'https://w.example/p/1' })).toBeNull();
    });

    it('takes the first date near the title and reads the title before the URL', () => {
        expect(readPrintedDate('2025-06-01 21:38|举报\n相关 2025-01-01', { url: 'https://w.example/a/20251105/2b.html' })).toBe(
            '2025-06-01',
        );
        expect(readPrintedDate('', { title: '郑州如何线上转移异地医保余额?(05/31)', url: 'https://w.example/2025/x.html' })).toBe(
            '2025-05-31',
        );
        expect(readPrintedDate('', { url: 'https://w.example/a/20251105/2b.html' })).toBe('2025-11-05');
    });

    it('rejects impossible dates and numbers that are not dates', () => {
        expect(readPrintedDate('2025-02-30 每月划入2.5%')).toBeNull();
        expect(readPrintedDate('每人每年380元')).toBeNull();
    });
});

describe('readBreadcrumbIssuer', () => {
    const issuer = (html: string) => readBreadcrumbIssuer(cheerio.load(`<html><body>${html}<p>正文</p></body></html>`));

    it('reads the public body a breadcrumb trail passes through', () => {
        expect(issuer('<div><a href="/">首页</a> &gt; <a href="/j/">保定市医疗保障局</a> &gt; <a href="/j/z/">政策解读</a></div>'))
            .toBe('保定市医疗保障局');
        expect(issuer('<p>当前位置：<a href="/">首页</a> › <a href="/r/">沧州市人社局</a> › 通知公告</p>')).toBe('沧州市人社局');
    });

    it('reads no issuer from a menu whose home link has no trail after it, nor from a trail naming no body', () => {
        expect(issuer('<ul><li><a href="/">首页</a></li><li><a href="/j/">保定市医疗保障局</a></li></ul>')).toBe('');
        expect(issuer('<div><a href="/">首页</a> &gt; <a href="/n/">新闻中心</a> &gt; 正文</div>')).toBe('');
    });
});

describe('extractPage with the place only in the breadcrumb', () => {
    it('gives 我市 the place of the body the breadcrumb names', () => {
        const html = '<html><body><div><a href="/">首页</a> &gt; <a href="/j/">沧州市医疗保障局</a> &gt; <a href="/j/z/">问答</a></div>' +
            '<h1>个人账户划入标准问答</h1><p>问：退休人员每月划入多少？</p><p>答：我市退休人员个人账户每月划入96元。</p></body></html>';
        const claims = extractPage(html, 'https://crumbs.example/q.html').claims;
        expect(claims.map((c) => ('value' in c ? [c.region, c.value] : null))).toEqual([['沧州', 96]]);
    });
});
