import { describe, expect, it } from 'vitest';
import { findRegions } from '../../../../extractors/region/index.js';

/** [canonical name, province, matched text] for each mention. */
function named(text: string): [string, string, string][] {
    return findRegions(text).map((m) => [m.name, m.province, text.slice(m.start, m.end)]);
}

describe('towns whose name is one character before the suffix', () => {
    it('names them, suffix and all, where their offices, insured or rules follow', () => {
        expect(named('芒市医保局开展宣传活动')).toEqual([['芒市', '云南', '芒市']]);
        expect(named('芒市医疗保障局答复如下')).toEqual([['芒市', '云南', '芒市']]);
        expect(named('赵县退休人员按月划入')).toEqual([['赵县', '河北', '赵县']]);
        expect(named('涉县人民政府发布通知')).toEqual([['涉县', '河北', '涉县']]);
        expect(named('咱们芒市这边一个月多少')).toEqual([['芒市', '云南', '芒市']]);
    });

    it('does not read them inside words or where no place is expected', () => {
        expect(named('全面完成县级统筹工作')).toEqual([]);
        expect(named('健康县域建设稳步推进')).toEqual([]);
        expect(named('系统更新县里通知了')).toEqual([]);
        expect(named('城区郊区都一样')).toEqual([]);
        expect(named('湖南县级医院')).toEqual([['湖南', '湖南', '湖南']]);
    });
});
