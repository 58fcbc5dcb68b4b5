import { describe, expect, it } from 'vitest';
import { METRICS, POPULATIONS, UNITS } from '../../../src/claims/schema.js';
import { formatAges, formatSpread, formatTime, formatValue, vocabulary } from '../../../src/claims/labels.js';

describe('the shared vocabulary', () => {
    it('words values with their unit and period, ranges included', () => {
        expect(formatValue({ value: 97, valueMax: null, unit: 'CNY' }, 'month')).toBe('97元/月');
        expect(formatValue({ value: 50, valueMax: 70, unit: 'CNY' }, 'month')).toBe('50~70元/月');
        expect(formatValue({ value: 2, valueMax: 3, unit: 'percent' }, null)).toBe('2%~3%');
        expect(formatValue({ value: 15, valueMax: null, unit: 'workday' }, null)).toBe('15个工作日');
        expect(formatValue({ value: 1680, valueMax: null, unit: 'CNY' }, 'year')).toBe('1680元/年');
        expect(formatValue({ value: 8.333333, valueMax: null, unit: 'CNY' }, 'month')).toBe('8.33元/月');
    });

    it('words age brackets with open ends', () => {
        expect(formatAges(null, null)).toBe('全部年龄');
        expect(formatAges(null, 69)).toBe('69岁及以下');
        expect(formatAges(70, null)).toBe('70岁及以上');
        expect(formatAges(60, 69)).toBe('60~69岁');
    });

    it('gives spreads one decimal', () => {
        expect(formatSpread(0.0909090909)).toBe('9.1%');
        expect(formatSpread(0.2)).toBe('20%');
    });

    it('shows every time in China Standard Time and says so', () => {
        expect(formatTime('2025-06-01T16:30:00Z')).toBe('2025-06-02 00:30 北京时间');
        expect(formatTime('not a time')).toBe('not a time');
    });

    it('labels every schema value, so the page never shows a raw id', () => {
        const labels = vocabulary();
        for (const metric of METRICS) expect(labels.metric[metric]).toMatch(/\p{Script=Han}/u);
        for (const population of POPULATIONS) expect(labels.population[population]).toMatch(/\p{Script=Han}/u);
        for (const unit of UNITS) expect(labels.unit[unit]).toBeTruthy();
    });
});
