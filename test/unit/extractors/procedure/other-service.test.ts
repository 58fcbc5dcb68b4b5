/**
 * Steps that do a card service outside the tasks of CLAIMS.md (reporting a loss, reissuing, activating) are no
 * procedure of the task their heading names. Invented passages.
 */
import { describe, expect, it } from 'vitest';
import { extractProcedures } from '../../../../extractors/procedure/index.js';
import type { Passage } from '../../../../extractors/types.js';

function keys(lines: string[], title = '医保个人账户余额怎么查询?'): string[] {
    const section = '医保卡余额怎么查?';
    const passages: Passage[] = [
        { index: 0, text: section, kind: 'heading', section, level: 1 },
        ...lines.map((text, i): Passage => ({ index: i + 1, text, kind: 'paragraph', section, level: 1 })),
    ];
    return extractProcedures(passages, { url: 'https://example.test/faq/1.html', title, published: null }).map(
        (d) => `${d.task}/${d.channel}`,
    );
}

describe('steps of another card service', () => {
    it('give no balance query when they report a lost card by phone', () => {
        expect(keys(['卡片丢失的,请先拨打服务热线挂失,再到营业网点补办新卡。'])).toEqual([]);
    });

    it('still give the query when the steps say what they query', () => {
        expect(keys(['可拨打服务热线12333,按语音提示输入卡号,再查询个人账户余额。'])).toEqual(['query_balance/phone']);
    });
});
