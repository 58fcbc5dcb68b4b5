/**
 * Real corpus sentences wrapped in page templates the extractor has never seen (class names invented per
 * fixture): each `<slug>.expect.json` lists what must be read as article text and what must not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromText, extractPage } from '../../../extractors/index.js';

interface Expectation {
    url: string;
    title: string;
    published: string | null;
    isArticle: boolean;
    mustQuote: string[];
    mustNotQuote: string[];
    headings?: string[];
    items?: string[];
    links?: string[];
    notLinks?: string[];
}

const root = join(import.meta.dirname, '../../fixtures/pages');
const fixtures = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
        name: f.replace(/\.html$/, ''),
        html: readFileSync(join(root, f), 'utf8'),
        expect: JSON.parse(readFileSync(join(root, f.replace(/\.html$/, '.expect.json')), 'utf8')) as Expectation,
    }));

describe('extractPage on fixture templates', () => {
    it('has fixtures of at least four templates', () => {
        expect(new Set(fixtures.map((f) => f.name.split('/')[0])).size).toBeGreaterThanOrEqual(4);
        expect(fixtures.length).toBeGreaterThanOrEqual(6);
    });

    describe.each(fixtures)('$name', ({ html, expect: want }) => {
        const page = extractPage(html, want.url);
        const texts = page.passages.map((p) => p.text);

        it('reads title, date and whether it is an article', () => {
            expect(page.title).toBe(want.title);
            expect(page.published).toBe(want.published);
            expect(page.isArticle).toBe(want.isArticle);
            expect(page.site).toBe(new URL(want.url).host);
        });

        it('keeps the article text verbatim', () => {
            for (const quote of want.mustQuote) expect(texts).toContain(quote);
        });

        it('leaves out navigation, related articles, comments and footers', () => {
            for (const quote of want.mustNotQuote) {
                expect(texts.filter((t) => t.includes(quote))).toEqual([]);
            }
        });

        it.runIf(want.headings)('finds the headings and files passages under them', () => {
            const headings = page.passages.filter((p) => p.kind === 'heading').map((p) => p.text);
            expect(headings).toEqual(expect.arrayContaining(want.headings ?? []));
            const afterFirst = page.passages[page.passages.findIndex((p) => p.text === want.headings?.[0]) + 1];
            expect(afterFirst?.section).toBe(want.headings?.[0]);
        });

        it.runIf(want.items)('reads list items as items', () => {
            const items = page.passages.filter((p) => p.kind === 'item').map((p) => p.text);
            expect(items).toEqual(expect.arrayContaining(want.items ?? []));
        });

        it.runIf(want.links)('returns absolute http(s) links without fragments', () => {
            expect(page.links).toEqual(expect.arrayContaining(want.links ?? []));
            for (const bad of want.notLinks ?? []) expect(page.links).not.toContain(bad);
        });
    });
});

describe('extractPage passages', () => {
    it('numbers passages in page order and gives claims only from article text', () => {
        const fixture = fixtures.find((f) => f.name.includes('qa-related-box'));
        const page = extractPage(fixture?.html ?? '', fixture?.expect.url ?? '');
        expect(page.passages.map((p) => p.index)).toEqual(page.passages.map((_, i) => i));
        for (const claim of page.claims) expect(claim.quote).not.toContain('广州');
    });

    it('returns no passages and no article for an empty page', () => {
        const page = extractPage('<html><body></body></html>', 'https://x.example/a.html');
        expect(page).toMatchObject({ passages: [], isArticle: false, claims: [], title: '', published: null });
    });
});

describe('extractPage on malformed and short pages', () => {
    const NAV = '<div class="n"><a href="/">首页</a> <a href="/yibao/">医保</a> <a href="/shebao/">社保</a></div>';
    const FOOTER = '<div class="f"><p>温馨提示:本站内容整理自网络公开信息,仅供参考,不构成任何建议,具体政策请以当地医保部门发布的最新通知为准。</p>' +
        '<p>关于我们 | 联系我们 | 版权所有 © 2025 某某资讯网 保留所有权利,未经许可不得转载。京ICP备00000000号</p></div>';

    it('keeps the paragraphs before a tag left open that swallows the rest of the page', () => {
        const html = '<html><head><title>北京医保每月返多少</title><body><div><p>北京:70岁以下退休人员每月划入100元,70岁及以上每月划入110元。' +
            '<p><b>未闭合的粗体<p>医保个人账户的钱可以在定点医院和药店支付医疗费用,也可以通过家庭共济给家人使用。' +
            '<table><tr><td>上海:退休人员每年划入1890元左右';
        const page = extractPage(html, 'https://x.example/a.html');
        expect(page.isArticle).toBe(true);
        expect(page.passages.map((p) => p.text)).toEqual(expect.arrayContaining([
            '北京:70岁以下退休人员每月划入100元,70岁及以上每月划入110元。',
            '医保个人账户的钱可以在定点医院和药店支付医疗费用,也可以通过家庭共济给家人使用。',
            '上海:退休人员每年划入1890元左右',
        ]));
        expect(page.claims.flatMap((c) => (c.kind === 'figure' && c.region === '北京' ? [c.value] : []))).toEqual([100, 110]);
    });

    it('keeps a one-sentence answer that states a figure, between navigation and footer', () => {
        const html = `<html><head><title>广州退休医保每月返多少</title></head><body>${NAV}` +
            `<div class="m"><h1>广州退休医保每月返多少</h1><p>广州:退休人员个人账户每月打入160元。</p></div>${FOOTER}</body></html>`;
        const page = extractPage(html, 'https://x.example/b.html');
        expect(page.isArticle).toBe(true);
        expect(page.passages.map((p) => p.text)).toContain('广州:退休人员个人账户每月打入160元。');
        expect(page.claims.map((c) => (c.kind === 'figure' ? c.value : null))).toEqual([160]);
    });

    it('judges a page of only navigation, notice and copyright lines not to be an article', () => {
        const html = `<html><head><title>某某资讯网</title></head><body>${NAV}${FOOTER}</body></html>`;
        const page = extractPage(html, 'https://x.example/c.html');
        expect(page.isArticle).toBe(false);
        expect(page.claims).toEqual([]);
    });
});

describe('extractFromText', () => {
    it('drops the title and byline lines and everything after a related block heading', () => {
        const text = [
            '福州医保个人账户每月返款标准是多少?(2025最新)',
            '2025-10-11 21:37:05社保365',
            '一、医保个人账户每月返多少钱?',
            '返还比例:从各地公布的方案看,比例大都落在2%~3%之间,由各统筹地区结合基金结余情况确定。',
            '相关推荐',
            '北京退休人员医保卡每月返100元还是97元?(2025-10-11) 2025-10-11 21:20医保知识',
        ].join('\n');
        const page = extractFromText('福州医保个人账户每月返款标准是多少?(2025最新)', text, 'https://w.example/wenda/1.html');
        expect(page.published).toBe('2025-10-11');
        expect(page.passages.map((p) => [p.kind, p.text])).toEqual([
            ['heading', '一、医保个人账户每月返多少钱?'],
            ['paragraph', '返还比例:从各地公布的方案看,比例大都落在2%~3%之间,由各统筹地区结合基金结余情况确定。'],
        ]);
    });
});

describe('extractPage on a page that says it is no longer in force', () => {
    // Invented pages: the place and figures are made up.
    const page = (banner: string) =>
        `<html><body>${banner}<h1>保定市退休人员个人账户划入标准</h1>` +
        '<p>保定市退休人员个人账户每月划入73元，70周岁及以上每月划入84元。</p></body></html>';
    const values = (banner: string) =>
        extractPage(page(banner), 'https://notices.example/a.html').claims.map((c) => ('value' in c ? c.value : null));

    it('claims nothing on a page under a repealed banner', () => {
        expect(values('<div class="tip">【已废止】本文件自去年起不再适用。</div>')).toEqual([]);
        expect(values('<div class="tip">提示：本文已于2024年6月1日失效，请查阅新文件。</div>')).toEqual([]);
        expect(values('<header><nav><a href="/">首页</a></nav><p>【本文已失效】</p></header>')).toEqual([]);
    });

    it('keeps the claims of a page whose banner says it was updated, or that lists a repealed page as a link', () => {
        expect(values('<div class="tip">本页内容已于2025年5月2日更新，以下为现行标准。</div>')).toEqual([73, 84]);
        expect(values('<ul class="side"><li><a href="/old.html">【已废止】保定市旧办法</a></li></ul>')).toEqual([73, 84]);
    });
});

describe('extractPage links', () => {
    it('resolves every http(s) link once, against <base> when the page has one, fragments dropped', () => {
        const html = '<html><head><base href="https://docs.example/lib/"></head><body>' +
            '<a href="a.html#top">一</a><a href="a.html#">二</a><a href="/b?q=1#x">三</a><a href="#same">四</a>' +
            '<a href="c%23d.html">五</a><a href="HTTPS://Other.Example:443/e">六</a><a href="mailto:x@example.org">七</a>' +
            '<a href="javascript:void(0)#x">八</a><a href="http://[bad">九</a><a href=" a.html ">十</a></body></html>';
        expect(extractPage(html, 'https://site.example/page.html').links).toEqual([
            'https://docs.example/lib/a.html',
            'https://docs.example/b?q=1',
            'https://docs.example/lib/',
            'https://docs.example/lib/c%23d.html',
            'https://other.example/e',
        ]);
    });
});
