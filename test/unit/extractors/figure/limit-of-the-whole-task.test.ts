/**
 * A time limit said of the whole task without naming it (`全程`, `全流程`, `整个流程`), or in a guide's time-limit field
 * with conditions before the figure (`办理时限:材料齐全的,…`), is the limit of the task the page is about; the time one
 * case took (`用了`, `花了`, `等了`) is a report, no limit. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function limits(text: string, title: string): Array<[number, string]> {
    return extractFromText(title, text, 'https://example.test/guide.html').claims
        .filter((c): c is FigureDraft => c.kind === 'figure' && c.metric === 'transfer_days')
        .map((c) => [c.value, c.unit]);
}

const TRANSFER = '医保关系跨城市转移要多久';

describe('the limit of the whole task', () => {
    it.each([
        ['新参保地的窗口收下材料就开始办。\n全程不超过十二个工作日。'],
        ['新参保地的窗口收下材料就开始办。\n全流程在12个工作日之内办结。'],
        ['新参保地的窗口收下材料就开始办。\n整个流程最长不超过12个工作日。'],
        ['办理时限:手续都带全了,全程不超过十二个工作日。'],
        ['承诺时限:对得上条件,12个工作日内完成。'],
    ])('is the transfer’s on a page about the transfer: %s', (text) => {
        expect(limits(text, TRANSFER)).toEqual([[12, 'workday']]);
    });

    it('is no transfer limit on a page about another service', () => {
        expect(limits('办理时限:手续都带全了,全程不超过十二个工作日。', '社保卡丢了怎么补')).toEqual([]);
    });

    it.each([['我上个月办的,全程用了二十天。'], ['整个流程足足等了12个工作日。'], ['从头到尾花了快20天。']])(
        'the time one case took is no limit: %s',
        (text) => {
            expect(limits(text, TRANSFER)).toEqual([]);
        },
    );
});
