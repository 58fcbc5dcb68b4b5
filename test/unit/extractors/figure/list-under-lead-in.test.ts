/**
 * Terse lines under a lead-in that ends in a colon are the items of its list, whether or not the page marks them
 * up as a list: the lead-in says what their figures are (and whose), the lines say only the bracket and the
 * amount. Lines written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

function figures(lines: string[], title = '退休人员个账怎么划') {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/l.html', title, published: null })
        .map((c) => [c.metric, c.region, c.ageMin, c.ageMax, c.value]);
}

describe('lines under a lead-in', () => {
    it.each([
        ['60-69岁:每月86元;', '70-79岁:每月96元;', '80岁+:每月108元。'],
        ['60至69岁每人每月86元;', '70至79岁每人每月96元;', '80岁及以上每人每月108元。'],
        ['六十至六十九岁:每月86元', '七十至七十九岁:每月96元', '八十岁以上:每月108元'],
    ])('take the credit and the place the lead-in names: %s', (...items) => {
        expect(figures(['宿州市医保局发布消息,2027年全市退休人员个人账户按年龄分档定额划入:', ...items])).toEqual([
            ['retiree_account_credit', '宿州', 60, 69, 86],
            ['retiree_account_credit', '宿州', 70, 79, 96],
            ['retiree_account_credit', '宿州', 80, null, 108],
        ]);
    });

    it('stop at the first line that is no list line', () => {
        expect(figures([
            '退休人员个人账户按年龄分档定额划入:',
            '70岁以下:每月86元;',
            '70岁及以上:每月96元。',
            '另外,参保人每年体检可报销300元,由单位统一组织,具体时间另行通知,请大家相互转告。',
        ])).toEqual([
            ['retiree_account_credit', null, null, 69, 86],
            ['retiree_account_credit', null, 70, null, 96],
        ]);
    });

    it('are not figures of a credit when the lead-in speaks of something else', () => {
        expect(figures(['今年居民医保个人缴费标准如下:', '成年人:每年380元;', '学生儿童:每年320元。'], '居民医保缴费标准')).toEqual([]);
    });

    it('end with the last item a page marks up: the short paragraph after it is no item of the list', () => {
        const passages = passagesFromLines([
            { text: '泸州市参保人员可在线申请转移,操作如下:' },
            { text: '1. 登录国家医保服务平台APP;', hint: 'item' as const },
            { text: '2. 提交转移申请。', hint: 'item' as const },
            { text: '按照国家规定,转移办理时限不超过15个工作日。' },
        ]);
        const got = extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/m.html', title: '医保怎么转', published: null });
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([['transfer_days', null, 15]]);
    });
});
