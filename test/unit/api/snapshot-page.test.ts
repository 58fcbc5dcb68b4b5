import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderSnapshot } from '../../../src/api/snapshot-page.js';

const PAGE = `<!doctype html><html><head><title>t</title><script src="https://cdn.example/x.js"></script>
<link rel="stylesheet" href="https://cdn.example/a.css"><meta http-equiv="refresh" content="0;url=https://elsewhere.example/"><base href="https://evil.example/">
<style>@import url(https://cdn.example/b.css);</style></head>
<body onload="alert(1)"><article><p>北京:退休人员每月<b>划入</b> 100 元。</p>
<img src="https://tracker.example/p.gif" onerror="alert(2)"><img src="data:image/png;base64,AAAA">
<a href="javascript:alert(3)">x</a><a href="/news/2.html">相关</a><iframe src="https://ads.example/"></iframe>
<svg><script>alert(4)</script><a xlink:href="javascript:alert(5)">y</a></svg><object data="https://x.example/f.swf"></object>
<form action="https://evil.example/steal"><input formaction="https://evil.example/2"></form></article></body></html>`;

describe('renderSnapshot', () => {
    const html = renderSnapshot({ url: 'https://site.example/news/1.html', html: PAGE, fetchedAt: '2025-06-01T00:00:00Z', quote: '北京:退休人员每月划入100元。' });
    const $ = cheerio.load(html);

    it('removes every script, frame, embed, handler and remote load', () => {
        expect($('script, iframe, object, embed, link, base, meta[http-equiv]').length).toBe(0);
        const attributes = $('*')
            .toArray()
            .flatMap((node) => Object.entries((node as unknown as { attribs: Record<string, string> }).attribs ?? {}));
        expect(attributes.filter(([name]) => name.startsWith('on'))).toEqual([]);
        expect(attributes.filter(([, value]) => /javascript:|https:\/\/(tracker|cdn|ads|x|evil)\./.test(value))).toEqual([]);
        expect($('img[src^="data:image/png"]').length).toBe(1);
        expect($('a[href="https://site.example/news/2.html"]').text()).toBe('相关');
        expect(html).not.toContain('@import');
    });

    it('marks the quote even across elements and spaces, and says when the page was crawled', () => {
        expect($('mark.claimscope-quote').text()).toBe('北京:退休人员每月划入 100 元。');
        expect($('.claimscope-banner').text()).toContain('抓取时间 2025-06-01 08:00 北京时间');
        expect($('.claimscope-banner').text()).toContain('https://site.example/news/1.html');
    });

    it('says so when the quote is not on the stored page', () => {
        const other = renderSnapshot({ url: 'https://site.example/1', html: PAGE, fetchedAt: '2025-06-01T00:00:00Z', quote: '上海:每月150元' });
        expect(cheerio.load(other)('mark').length).toBe(0);
        expect(other).toContain('未能在存档中找到这段引文');
    });
});
