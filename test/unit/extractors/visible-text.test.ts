import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../extractors/index.js';

describe('crawled control characters', () => {
    it('never reach titles or quotes (a terminal would obey them)', () => {
        const html =
            '<html><head><title>北京医保&#27;]0;pwned&#7;每月返多少</title></head><body><article><h1>北京医保每月返多少</h1>' +
            '<p>北京:70岁以下退休人员每月划入100元&#27;[2J,70岁及以上每月划入110元。</p>' +
            '<p>医保个人账户的钱可以在定点医院和药店支付医疗费用,也可以通过家庭共济给家人使用。</p></article></body></html>';
        const page = extractPage(html, 'http://127.0.0.1:8080/a.html');
        const texts = [page.title, ...page.passages.map((p) => p.text), ...page.claims.map((c) => c.quote)];
        for (const text of texts) expect(text).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/);
        expect(page.claims.filter((c) => c.kind === 'figure').map((c) => (c.kind === 'figure' ? c.value : 0))).toEqual([100, 110]);
    });
});
