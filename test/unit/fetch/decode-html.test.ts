import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, looksBinary } from '../../../src/fetch/decode-html.js';

const SENTENCE = '北京:70岁以下退休人员每月划入100元';
const page = (meta = '') => `<html><head>${meta}<title>医保</title></head><body><p>${SENTENCE}</p></body></html>`;

describe('decodeHtml', () => {
    it('reads GBK named only in the Content-Type header', () => {
        const bytes = iconv.encode(page(), 'gbk');
        expect(decodeHtml(bytes, 'text/html; charset=GBK').text).toContain(SENTENCE);
    });

    it('reads GB2312 named only in <meta>, decoding as GB18030', () => {
        const bytes = iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gb18030');
        const decoded = decodeHtml(bytes, 'text/html');
        expect(decoded.charset).toBe('gb18030');
        expect(decoded.text).toContain(SENTENCE);
    });

    it('reads Big5 named in <meta charset>', () => {
        const traditional = '北京:70歲以下退休人員每月劃入100元';
        const bytes = iconv.encode(`<meta charset="big5"><p>${traditional}</p>`, 'big5');
        expect(decodeHtml(bytes, null).text).toContain(traditional);
    });

    it('guesses GB18030 when nothing names a charset and the bytes are not UTF-8', () => {
        expect(decodeHtml(iconv.encode(page(), 'gbk'), 'text/html').text).toContain(SENTENCE);
    });

    it('keeps UTF-8 with no declaration as UTF-8', () => {
        expect(decodeHtml(Buffer.from(page()), undefined)).toEqual({ text: page(), charset: 'utf-8' });
    });

    it('tells binary content from text', () => {
        expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(true);
        expect(looksBinary(iconv.encode(page(), 'gbk'))).toBe(false);
    });
});
