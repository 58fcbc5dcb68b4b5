/**
 * A figure whose own clause calls it false (`…纯属误传`, `…的消息不实`, `…是假的`) is refuted, whoever said it; the
 * verified figure beside it is the claim. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function values(text: string): number[] {
    return extractFromText('退休后医保个人账户每月划入多少钱', text, 'https://example.test/rebuttal.html').claims
        .filter((c): c is FigureDraft => c.kind === 'figure')
        .map((c) => c.value);
}

describe('a figure refuted in its own clause', () => {
    it.each([
        ['经核实,该县退休人员按每人每月88元划入,所谓每月返200元纯属误传。', 88],
        ['网上说的每月返150元的消息不实,该县退休人员每月划入86元。', 86],
        ['该县退休人员每月划入84元,每月返160元是假的。', 84],
        ['传说每月返180元,这不属实,该县退休人员每月划入91元。', 91],
        ['经向医保局核实,该县退休人员个人账户按每人每月87元划入,外面说的120元并不准确。', 87],
    ])('%s', (sentence, verified) => {
        expect(values(sentence)).toEqual([verified]);
    });

    it('keeps a figure whose clause goes on about something else', () => {
        expect(values('该县退休人员每月划入90元,准确到账时间为每月10日。')).toEqual([90]);
        expect(values('每月划入90元的标准不会变。')).toEqual([90]);
    });
});
