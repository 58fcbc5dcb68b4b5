/**
 * A bare place name must be a word of its text: jieba's word boundaries decide (extractors/region/word-boundaries.ts).
 */
import { describe, expect, it } from 'vitest';
import { findRegions } from '../../../../extractors/region/index.js';

function names(text: string): string[] {
    return findRegions(text).map((m) => m.name);
}

describe('findRegions word boundaries', () => {
    it('does not read a place out of the middle of other words', () => {
        expect(names('在医保定点药店或医院查询余额')).toEqual([]);
        expect(names('确保定点医疗机构正常结算')).toEqual([]);
        expect(names('祝您平安顺利')).toEqual([]);
    });

    it('still names the place where it is a word of its own', () => {
        expect(names('保定退休人员在医保定点药店买药')).toEqual(['保定']);
        expect(names('在保定市的定点药店')).toEqual(['保定']);
        expect(names('深圳退休人员')).toEqual(['深圳']);
        expect(names('琼海如何绑定亲情账户')).toEqual(['琼海']);
    });

    it('keeps a place inside a compound of places', () => {
        expect(names('吉林长春的退休人员')).toEqual(['吉林', '长春']);
    });
});
