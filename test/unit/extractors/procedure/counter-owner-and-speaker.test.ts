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

describe('a menu picked by its quoted name is no channel, wherever on the screen it is', () => {
    it.each([
        '先关注“某某医保”公众号，然后点底部菜单“办事大厅”，最后选“家庭共济”。',
        '先关注“某某医保”公众号，再点击右下角的“服务大厅”，最后选“家庭共济”。',
        '打开“某某医保”小程序，进入首页的“办事大厅”，选择“家庭共济”并添加家人。',
    ])('reads %s as wechat steps', (line) => {
        expect(channels('家庭共济怎么绑', line)).toEqual(['wechat']);
    });

    it('still reads a hall the steps go to as the counter', () => {
        expect(channels('家庭共济怎么绑', '先带上户口本到医保服务大厅，再到窗口填写家庭共济申请表。')).toEqual(['counter']);
    });
});

describe('a time opening a sentence does not hide the place after it', () => {
    const regions = (line: string) =>
        extractFromText('共济怎么绑？一篇看明白', ['共济怎么绑？一篇看明白', line, '绑家庭共济：先关注本公众号，然后点“办事服务”，最后选“家庭共济”。'].join('\n'), 'https://example.test/s/1.html')
            .claims.map((c) => c.region);

    it.each([
        '从2027年1月起，渝北区退休人员个人账户每月统一记入105元。',
        '2027年7月1日开始，渝北区退休人员个人账户每月记入105元。',
        '自今年起，渝北区退休人员个人账户每月记入105元。',
    ])('gives the steps after %s the sentence place', (line) => {
        expect(regions(line)).toEqual(['渝北', '渝北']);
    });

    it('gives the steps none when the sentence names no place', () => {
        expect(regions('从2027年1月起，退休人员个人账户每月统一记入105元。')).toEqual([null, null]);
    });
});
