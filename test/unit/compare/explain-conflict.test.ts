import { describe, expect, it } from 'vitest';
import type { FigureClaim } from '../../../src/claims/schema.js';
import { compareClaims, filterConflicts, findConflicts, formatConflicts } from '../../../src/compare/index.js';

/** Invented figures; only what a case is about is stated. */
function figure(url: string, value: number, fields: Partial<FigureClaim> = {}): FigureClaim {
    return {
        url, site: new URL(url).host, title: 't', published: null, section: null, region: '杭州', province: '浙江',
        quote: `杭州:每月划入${value}元。`, copies: 1, cluster: null, kind: 'figure', metric: 'retiree_account_credit',
        population: 'retiree', ageMin: null, ageMax: 69, value, valueMax: null, unit: 'CNY', period: 'month',
        monthly: value, approx: false, basis: null, example: false, confidence: 1, ...fields,
    };
}

const conflictsOf = (claims: FigureClaim[]) => findConflicts(compareClaims(claims));

describe('explanations of a conflict', () => {
    it('net_vs_gross when a page states the deduction that separates the values', () => {
        const [conflict] = conflictsOf([
            figure('https://a.example/1', 80),
            figure('https://b.example/1', 80),
            figure('https://c.example/1', 75, { quote: '杭州:每月划入75元(已扣除5元互助金)。' }),
        ]);
        expect(conflict!.explanations).toEqual(['net_vs_gross']);
        const [other] = conflictsOf([figure('https://a.example/1', 80), figure('https://b.example/1', 80), figure('https://c.example/1', 75)]);
        expect(other!.explanations).toEqual([]);
    });

    it('changed_over_time when each side is stated for its own year, or published in a separate period', () => {
        const [byYear] = conflictsOf([
            figure('https://a.example/1', 80, { statedYear: 2025 }),
            figure('https://b.example/1', 80, { statedYear: 2025 }),
            figure('https://c.example/1', 70, { statedYear: 2022 }),
        ]);
        expect(byYear!.explanations).toContain('changed_over_time');
        const [byDate] = conflictsOf([
            figure('https://a.example/1', 80, { published: '2025-05-01' }),
            figure('https://b.example/1', 80, { published: '2025-06-01' }),
            figure('https://c.example/1', 70, { published: '2021-02-01' }),
        ]);
        expect(byDate!.explanations).toContain('changed_over_time');
        const [overlapping] = conflictsOf([
            figure('https://a.example/1', 80, { published: '2025-01-01' }),
            figure('https://b.example/1', 80, { published: '2025-06-01' }),
            figure('https://c.example/1', 70, { published: '2025-03-01' }),
        ]);
        expect(overlapping!.explanations).not.toContain('changed_over_time');
    });

    it('different_brackets when the sides rest on different bases', () => {
        const rate = { unit: 'percent', period: null, monthly: null } as const;
        const [conflict] = conflictsOf([
            figure('https://a.example/1', 2, { ...rate, basis: 'avg_pension' }),
            figure('https://b.example/1', 2, { ...rate, basis: 'avg_pension' }),
            figure('https://c.example/1', 3, { ...rate, basis: 'own_pension' }),
        ]);
        expect(conflict!.explanations).toEqual(['different_brackets']);
    });

    it('derived_value when one side is a yearly figure worked out per month and the other within a yuan of it', () => {
        const yearly = (url: string) => figure(url, 1850, { period: 'year', monthly: 154.17, quote: '杭州:每年划入1850元。' });
        const [conflict] = conflictsOf([yearly('https://a.example/1'), yearly('https://b.example/1'), figure('https://c.example/1', 155)]);
        expect(conflict!.explanations).toEqual(['derived_value']);
        expect(formatConflicts([conflict!])).toContain('1850元/年 ≈ 154.17元/月');
    });

    it('copied_misprint when one side is one passage copied between sites after the other side was printed', () => {
        const [conflict] = conflictsOf([
            figure('https://a.example/1', 80, { published: '2025-03-01' }),
            figure('https://b.example/1', 80, { published: '2025-05-02' }),
            ...['c', 'd', 'e'].map((s) => figure(`https://${s}.example/1`, 88, { cluster: 'tpl', published: '2025-04-01' })),
        ]);
        expect(conflict!.explanations).toEqual(['copied_misprint']);
        expect(conflict!.values.find((v) => v.value === 88)).toMatchObject({
            origin: { url: 'https://c.example/1', site: 'c.example', published: '2025-04-01' },
            copiedBy: 2,
        });
    });

    it('no copied_misprint when the copied passage states another year than the other side: that is a change', () => {
        const [conflict] = conflictsOf([
            figure('https://a.example/1', 80, { published: '2025-03-01', statedYear: 2024 }),
            ...['c', 'd', 'e'].map((s) => figure(`https://${s}.example/1`, 88, { cluster: 'tpl', published: '2025-04-01', statedYear: 2025 })),
        ]);
        expect(conflict!.explanations).toEqual(['changed_over_time']);
    });

    it('ranks conflicts nothing explains first, and filters by explanation', () => {
        const explained = [
            figure('https://a.example/1', 80),
            figure('https://b.example/1', 80),
            figure('https://c.example/1', 75, { quote: '杭州:每月划入75元(已扣除5元互助金)。' }),
        ];
        const unexplained = [figure('https://a.example/2', 60, { region: '南京' }), figure('https://b.example/2', 60, { region: '南京' }), figure('https://c.example/2', 50, { region: '南京' })];
        const conflicts = conflictsOf([...explained, ...unexplained]);
        expect(conflicts.map((c) => c.region)).toEqual(['南京', '杭州']);
        expect(filterConflicts(conflicts, { explanation: 'none' }).map((c) => c.region)).toEqual(['南京']);
        expect(filterConflicts(conflicts, { explanation: 'net_vs_gross' }).map((c) => c.region)).toEqual(['杭州']);
        expect(formatConflicts(conflicts)).toMatch(/unexplained[\s\S]*explained — net vs gross/);
    });
});
