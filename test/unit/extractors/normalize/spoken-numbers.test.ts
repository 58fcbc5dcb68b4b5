/**
 * Numbers as people say them: a percentage with its 之 dropped, and an age reached with no 岁 after it. Phrases
 * written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../../extractors/normalize/index.js';

function canonical(text: string): string {
    const c = canonicalText(text);
    expect(c.verbatim(0, c.text.length)).toBe(text);
    return c.text;
}

describe('a percentage said without 之', () => {
    it.each([
        ['缴费基数百分二,按月进账', '缴费基数2%,按月进账'],
        ['按百分三点五划入', '按3.5%划入'],
        ['划入比例百分二十五', '划入比例25%'],
    ])('reads %s as a percentage', (text, expected) => {
        expect(canonical(text)).toBe(expected);
    });

    it.each(['划入百分比不变', '百分百报销', '提高了几个百分点'])('leaves the other words with 百分 alone: %s', (text) => {
        expect(canonical(text)).toBe(text);
    });
});

describe('an age reached, said without 岁', () => {
    it.each([
        ['年满八十再加码', '年满80再加码'],
        ['满了七十五就是九十块', '满了75就是90元'],
        ['到了七十以后每月九十块', '到了70以后每月90元'],
    ])('reads %s as the age', (text, expected) => {
        expect(canonical(text)).toBe(expected);
    });

    it('reads an age no bracket uses as no age', () => {
        expect(canonical('年满十八再说')).toBe('年满十八再说');
    });
});
