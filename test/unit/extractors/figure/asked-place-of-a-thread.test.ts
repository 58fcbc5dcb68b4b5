/**
 * A question page's opening post asking about the place its title asks about makes the replies that name no place
 * answers for that place, for figures and procedures alike (docs/claims.md § Places). Every page is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { ClaimDraft } from '../../../../src/claims/schema.js';

function claimsOf(title: string, posts: string[]): ClaimDraft[] {
    const body = posts.map((post) => `<div class="post"><div class="msg">${post}</div></div>`).join('');
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="thread">${body}</div></body></html>`;
    return extractPage(html, 'https://forum.example.test/thread-1.html').claims;
}

const regions = (claims: ClaimDraft[]) => claims.map((c) => c.region);

const reply = '上周去社保中心问过了，75岁以下的每月八十八，75岁以上的九十八。';
const kioskReply = '查余额用自助机就行：把社保卡插进大厅的自助机，选“个人账户查询”，输入密码就能看到。';

describe('the replies of a question thread answer for the place it asks about', () => {
    it.each([
        ['诸暨退休的医保卡每月打多少钱啊？', '我爸去年在诸暨办的退休，医保卡里每月打多少？谁知道说说。', '诸暨'],
        ['【求助】诸暨的，退休医保卡怎么查余额？', '我妈在诸暨退休两年了，想知道怎么查医保卡余额？', '诸暨'],
        ['义乌退休人员医保卡一个月进多少？', '刚办完退休，想问下义乌这边每个月进多少钱？', '义乌'],
    ])('gives the replies under %s its place', (title, opening, place) => {
        const found = claimsOf(title, [opening, reply, kioskReply]);
        expect(found.length).toBe(3);
        expect(new Set(regions(found))).toEqual(new Set([place]));
    });

    it('reads an opening post set as a heading when it asks for the speaker', () => {
        const html = `<!doctype html><html><head><meta charset="utf-8"><title>【求助】诸暨的，怎么查医保卡余额？</title></head><body>
            <h2>我在诸暨退休，医保卡里的钱怎么查余额？</h2><p>${kioskReply}</p></body></html>`;
        expect(regions(extractPage(html, 'https://forum.example.test/t/2.html').claims)).toEqual(['诸暨']);
    });

    it('keeps the place a reply names itself', () => {
        const found = claimsOf('诸暨退休的医保卡每月打多少钱啊？', [
            '我爸去年在诸暨办的退休，医保卡里每月打多少？',
            '绍兴市区这边是每月105元，跟那边不一样。',
        ]);
        expect(regions(found)).toEqual(['绍兴']);
    });

    it.each([
        ['a title that asks nothing', '诸暨退休人员医保卡每月到账标准', '我爸去年在诸暨办的退休，医保卡里每月打多少？'],
        ['an opening that names another place', '诸暨退休的医保卡每月打多少钱啊？', '我爸去年在嵊州办的退休，医保卡里每月打多少？'],
        ['an opening that names no place', '诸暨退休的医保卡每月打多少钱啊？', '我爸去年刚办的退休，医保卡里每月打多少？'],
    ])('gives no place under %s', (_, title, opening) => {
        expect(regions(claimsOf(title, [opening, reply]))).not.toContain('诸暨');
    });

    it('gives no place from an impersonal question heading', () => {
        const html = `<!doctype html><html><head><meta charset="utf-8"><title>诸暨医保卡怎么查余额？</title></head><body>
            <h2>诸暨医保卡余额怎么查？</h2><p>${kioskReply}</p></body></html>`;
        expect(regions(extractPage(html, 'https://faq.example.test/q/3.html').claims)).not.toContain('诸暨');
    });
});

describe('an employer saying where its own people are insured states the page place', () => {
    const fromText = (title: string, lines: string[]) =>
        extractPage(
            `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article>${lines.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`,
            'https://hr.example.test/handbook/5.html',
        ).claims.filter((c) => c.kind === 'figure');

    it.each([
        '5.1 本公司全体员工在诸暨市参加职工基本医疗保险。',
        '第一条 本单位职工均于义乌市参保，由单位统一申报。',
        '我司员工统一在绍兴市缴纳社会保险。',
    ])('gives the clauses after %s its place', (scope) => {
        const found = fromText('员工手册 第五章 福利', [scope, '5.2 员工个人账户按本人缴费基数的2%计入。']);
        expect(found.map((c) => c.region)).toHaveLength(1);
        expect(found[0]!.region).not.toBeNull();
    });

    it.each([
        '5.1 员工在外地出差期间看病，可在当地定点医院就医。',
        '5.1 本公司在诸暨市设有办事处。',
        '5.1 诸暨市参加职工医保的人员请注意。',
    ])('gives none after %s', (line) => {
        const found = fromText('员工手册 第五章 福利', [line, '5.2 员工个人账户按本人缴费基数的2%计入。']);
        expect(found.map((c) => c.region)).toEqual([null]);
    });
});
