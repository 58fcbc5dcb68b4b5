import { describe, expect, it } from 'vitest';
import { exampleOfRegion, headingRegion, labelRegion, sentenceRegion } from '../../../../extractors/figure/attribution.js';

describe('labelRegion', () => {
    it('reads a place that opens a list item or table row', () => {
        expect(labelRegion('北京市:70岁以下的退休人员,每月划入个人账户100元')?.name).toBe('北京');
        expect(labelRegion('① 北京:不满70周岁的退休人员每月实际到账97元')?.name).toBe('北京');
        expect(labelRegion('上海 | 74岁及以下 | 1680元/年')?.name).toBe('上海');
        expect(labelRegion('广西壮族自治区:按人均养老金的2.5%返款')?.name).toBe('广西');
    });

    it('does not take a place in running text for a label', () => {
        expect(labelRegion('北京、甘肃等地不看养老金,按固定金额划入')).toBeNull();
    });
});

describe('headingRegion and exampleOfRegion', () => {
    it('takes 以X为例 from a heading or title', () => {
        expect(headingRegion('一、以天津为例,退休人员每月划入多少?')?.name).toBe('天津');
        expect(exampleOfRegion('琼海退休人员医保卡每月打多少钱?以琼海为例讲清楚')?.name).toBe('琼海');
    });

    it('takes a heading that is only a place, but not a heading that merely mentions one', () => {
        expect(headingRegion('(二)上海市')?.name).toBe('上海');
        expect(headingRegion('三、石家庄怎么查医保卡每月到账记录?')).toBeNull();
    });
});

describe('sentenceRegion', () => {
    it('takes the nearest place named before the figure', () => {
        const s = '也有地方不按比例,而是定额划入,比如甘肃,退休人员每月定额划入120元';
        expect(sentenceRegion(s, s.indexOf('120'))).toMatchObject({ name: '甘肃' });
    });

    it('refuses to pin a figure on one place of an enumeration', () => {
        const s = '例如北京、甘肃等地,返款金额分别为100元和120元';
        expect(sentenceRegion(s, s.indexOf('100'))).toBe('ambiguous');
    });
});
