import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../src/fetch/normalize-url.js';

describe('normalizeUrl', () => {
    it('gives one key to the same article behind fragments, tracking parameters, default ports and slashes', () => {
        const variants = [
            'http://Example.COM:80/p/942438/',
            'http://example.com/p/942438#comments',
            'http://example.com/p/942438?utm_source=wx&utm_medium=share',
            'http://example.com/p/942438?spm=a2c4.1&from=timeline',
        ];
        expect(new Set(variants.map((url) => normalizeUrl(url)))).toEqual(new Set(['http://example.com/p/942438']));
    });

    it('keeps parameters that select content, in a stable order', () => {
        expect(normalizeUrl('http://example.com/list?page=2&cat=yibao')).toBe('http://example.com/list?cat=yibao&page=2');
    });

    it('keeps percent-encoded and non-ASCII paths as one canonical form', () => {
        expect(normalizeUrl('http://example.com/文章/医保.html')).toBe(normalizeUrl('http://example.com/%E6%96%87%E7%AB%A0/%E5%8C%BB%E4%BF%9D.html'));
    });

    it('refuses what is not an http(s) URL', () => {
        for (const raw of ['file:///etc/passwd', 'javascript:alert(1)', 'mailto:a@b.c', 'not a url', 'ftp://x/y']) {
            expect(normalizeUrl(raw)).toBeNull();
        }
    });

    it('resolves relative links against the page', () => {
        expect(normalizeUrl('../b.html#top', 'http://example.com/a/c/d.html')).toBe('http://example.com/a/b.html');
    });
});
