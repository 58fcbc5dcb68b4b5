/**
 * A lead ending in `…如下:` with any word for a way of doing it (`办理方式如下`, `申请程序如下`, `所需手续如下`) announces
 * the steps after it, even when they are one sentence whose second clause is the office's doing, not the reader's.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(lines: string[]): [string, string][] {
    const title = '医保个人账户问答';
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/faq/1.html')
        .claims.filter((c): c is ProcedureDraft => c.kind === 'procedure')
        .map((p) => [p.task, p.channel]);
}

const STEP = '亲属带上户口簿和本人身份证到医保经办大厅提交申请;经办人员核对无误后,余额划到指定的银行卡。';

describe('steps announced by a lead ending in 如下', () => {
    for (const lead of ['办理方式如下:', '申请程序如下:', '所需手续如下:', '具体办法如下:', '可按以下方式办理:']) {
        it(`reads the one-sentence steps after \`${lead}\``, () => {
            expect(procedures([`参保职工身故后,账户里剩下的钱可由亲属继承,${lead}`, STEP])).toEqual([['withdraw', 'counter']]);
        });
    }

    it('gives no how-to when the lead announces nothing', () => {
        expect(procedures(['参保职工身故后,账户里剩下的钱可由亲属继承。', STEP])).toEqual([]);
    });

    it('gives no how-to when what follows `如下` is no instruction', () => {
        expect(procedures(['相关规定如下:', '账户里剩下的钱可由亲属继承。'])).toEqual([]);
    });
});
