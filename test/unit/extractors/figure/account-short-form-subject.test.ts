/**
 * A body line opening with a place and its accounts in their short form (`某县个账…`) states the page's subject, as the
 * long form (`某县个人账户…`) does, also when a speaker's tag comes first (`甲：`). Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function regions(lines: readonly string[]): (string | null)[] {
    const title = '快板《说说个账》';
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/verse.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure')
        .map((c) => c.region);
}

describe('a place and its 个账 as the page subject', () => {
    it('gives the place to the figures after it', () => {
        expect(regions(['乐东个账有新规。', '在岗的按缴费基数百分二。'])).toEqual(['乐东']);
        expect(regions(['甲：乐东个账有新规，', '乙：在岗的按缴费基数百分二，', '丙：记牢！'])).toEqual(['乐东']);
    });

    it('leaves a place followed by something else no subject', () => {
        expect(regions(['乐东和三亚都在说个账。', '在岗的按缴费基数百分二。'])).toEqual([null]);
    });
});
