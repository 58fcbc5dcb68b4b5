import { describe, expect, it } from 'vitest';
import { InvalidSearchQueryError } from '../../../src/search/errors.js';
import { buildMeiliFilter, numberFilterValue, quoteFilterValue, urlInFilter } from '../../../src/search/meili-filter.js';

/**
 * Reads a filter literal back as one JSON string: JSON.parse fails if an unescaped `"` closes the
 * literal early, and JSON's `\\` and `\"` escapes mean what they mean in a Meilisearch filter.
 */
function readBack(literal: string): string {
    expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
    return JSON.parse(literal.replace(/\n/g, '\\n')) as string;
}

describe('buildMeiliFilter', () => {
    it('writes the documented forms: quoted equality and numeric comparisons', () => {
        expect(buildMeiliFilter({ region: '北京', metric: 'retiree_account_credit' })).toEqual([
            'region = "北京"',
            'metric = "retiree_account_credit"',
        ]);
        expect(buildMeiliFilter({ age: 70 })).toEqual([
            '(ageMin NOT EXISTS OR ageMin IS NULL OR ageMin <= 70)',
            '(ageMax NOT EXISTS OR ageMax IS NULL OR ageMax >= 70)',
        ]);
    });

    it('filters nothing when no filter is set, and treats an empty string as unset', () => {
        expect(buildMeiliFilter({})).toBeUndefined();
        expect(buildMeiliFilter({ region: '', site: undefined })).toBeUndefined();
    });

    it.each([
        ['北京" OR region = "上海'],
        [') OR (1=1'],
        ['a\\'],
        ['a\\" OR kind = "figure'],
        ['line\nbreak OR x = "y"'],
        ['“北京” OR ”上海“'],
        ['NOT region IS NULL AND url EXISTS TO IN [1]'],
    ])('keeps the hostile value %j one quoted value', (value) => {
        const [clause] = buildMeiliFilter({ region: value })!;
        expect(clause!.startsWith('region = ')).toBe(true);
        expect(readBack(clause!.slice('region = '.length))).toBe(value);
    });

    it('refuses an age that is not a finite number instead of writing it', () => {
        for (const age of [Number.NaN, Number.POSITIVE_INFINITY, '70 OR 1' as unknown as number]) {
            expect(() => buildMeiliFilter({ age })).toThrow(InvalidSearchQueryError);
        }
        expect(() => numberFilterValue(Number.NEGATIVE_INFINITY)).toThrow(InvalidSearchQueryError);
    });

    it('writes a minimum confidence as a numeric comparison, and refuses one outside 0…1 or given as text', () => {
        expect(buildMeiliFilter({ region: '北京', minConfidence: 0.9 })).toEqual(['region = "北京"', 'confidence >= 0.9']);
        for (const minConfidence of [Number.NaN, 1.01, -1, '0.9 OR 1=1' as unknown as number]) {
            expect(() => buildMeiliFilter({ minConfidence })).toThrow(InvalidSearchQueryError);
        }
    });

    it('refuses a filter value that is not a string', () => {
        expect(() => buildMeiliFilter({ region: ['北京'] as unknown as string })).toThrow(InvalidSearchQueryError);
    });
});

describe('quoteFilterValue and urlInFilter', () => {
    it('escapes backslashes before quotes so neither can close the literal', () => {
        expect(quoteFilterValue('say "hi" \\o/')).toBe('"say \\"hi\\" \\\\o/"');
    });

    it('lists page URLs as quoted values', () => {
        expect(urlInFilter(['https://a.cn/1.html', 'https://a.cn/"2'])).toBe('url IN ["https://a.cn/1.html", "https://a.cn/\\"2"]');
    });
});
