/**
 * Whose counter a step goes to, and an office quoted as the speaker (docs/claims.md § Procedures, "How the reader
 * decides" 3). Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function channels(title: string, line: string): string[] {
    return extractFromText(title, [title, line].join('\n'), 'https://example.test/p/1.html')
        .claims.filter((c): c is ProcedureDraft => c.kind === 'procedure')
        .map((p) => p.channel);
}

describe('a counter belongs to the bank or hospital its sentence goes to', () => {
    it.each([
        ['退休证明怎么打印', '要打参保证明的，可以到社保卡合作银行网点，取号后在柜台出示社保卡，请工作人员打印参保证明。', 'bank'],
        ['医保明细怎么打印', '想要明细的，到开卡的农商银行营业厅，在柜台交上社保卡，说明打印个人账户流水。', 'bank'],
        ['医保余额怎么查', '去定点医院也行，在门诊大厅医保窗口出示社保卡，请工作人员查询余额。', 'hospital'],
    ])('%s: reads %s as %s', (title, line, channel) => {
        expect(channels(title, line)).toEqual([channel]);
    });

    it('keeps an office window a counter', () => {
        expect(channels('参保证明怎么打印', '到区政务服务中心，取号后在医保窗口出示身份证，请工作人员打印参保证明。')).toEqual(['counter']);
    });
});

describe('an office quoted as the speaker is no channel of the steps', () => {
    it.each([
        '某某市医保中心提醒，医保关系转移可在“某某医保”APP上办理：登录后点击“关系转移接续”，选择“转移申请”，填写信息后提交。',
        '区医保服务中心工作人员介绍，转移可在“某某医保”APP上办理：登录后点击“关系转移接续”，再选择“转移申请”并提交。',
    ])('reads the app steps after %s', (line) => {
        expect(channels('工作调动了医保关系怎么转', line)).toEqual(['app']);
    });

    it('still reads a sentence naming two ways as alternatives', () => {
        expect(channels('工作调动了医保关系怎么转', '可以到医保服务中心办理，或者在“某某医保”APP上办理。')).toEqual([]);
    });
});
