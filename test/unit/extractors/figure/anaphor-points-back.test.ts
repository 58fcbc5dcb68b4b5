/**
 * `该市`, `该县`, `该地`, `此地` point back to the place named just before (CLAIMS.md § Regions): in the same passage, or in
 * the passage before; a place the sentence itself names before the figure comes first.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function places(lines: string[]): [string | null, number][] {
    const title = '几个城市的医保个账对比';
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/a/1.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure')
        .map((f) => [f.region, f.value]);
}

const FIRST = '长春市退休职工的医保个账每月进账90元。';

describe('an anaphor takes the place it points back to', () => {
    for (const anaphor of ['该市', '该县', '该地', '此地']) {
        it(`\`${anaphor}\` after a sentence naming the place, in the same passage`, () => {
            expect(places([FIRST, `记者随后走访了洮南市医保局。${anaphor}退休职工的医保个账每月进账85元。`])).toEqual([
                ['长春', 90],
                ['洮南', 85],
            ]);
        });
    }

    it('`该市` opening a passage after the one naming the place', () => {
        expect(places([FIRST, '记者随后走访了洮南市医保局。', '该市退休职工的医保个账每月进账85元。'])).toEqual([
            ['长春', 90],
            ['洮南', 85],
        ]);
    });

    it('a place the sentence names before the figure wins over the anaphor', () => {
        expect(places([FIRST, '记者随后走访了洮南市医保局。该市所属的白城市退休职工的医保个账每月进账88元。'])).toEqual([
            ['长春', 90],
            ['白城', 88],
        ]);
    });

    it('`该市场` is no anaphor', () => {
        expect(places([FIRST, '记者随后走访了洮南市医保局。', '该市场监管部门提醒,退休职工的医保个账每月进账85元。'])).not.toContainEqual(['洮南', 85]);
    });
});
