/**
 * Decisions changed from a blind set's misses: a town named where a clause turns to it or before a word of time, a
 * guide's handling-time field, the papers a transfer moves by, the new rate of a change that names its base, a wish
 * for a value, hearsay that goes on to say what it says, the matter a record form is about, and a spoken bound of tens
 * before a spoken amount. Every
 * sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(title: string, lines: string[]): FigureDraft[] {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/a/1.html')
        .claims.filter((c): c is FigureDraft => c.kind === 'figure');
}
const brief = (f: FigureDraft) => [f.metric, f.region, f.ageMin, f.ageMax, f.value];

describe('a town named bare where a clause turns to it, or before a word of time', () => {
    it.each([
        ['落实到沁阳，听社保局窗口讲，退休职工一个月能有九十四块左右。', '沁阳'],
        ['至于广水，离退休老同志医保个账每人每月拨付92元。', '广水'],
        ['库车目前退休的老同志个账每人每月拨付87元，年龄不再细分。', '库车'],
    ])('reads the town of %s', (sentence, town) => {
        expect(figures('退休人员医保个账随笔', [sentence]).map((f) => f.region)).toEqual([town]);
    });

    it('keeps a word that only starts like a town no place', () => {
        expect(figures('退休人员医保个账随笔', ['说到底，离退休职工个账拨付多少要看当地文件。']).map((f) => f.region)).toEqual([]);
    });
});

describe('a guide field naming the time a case takes is its time limit', () => {
    it('reads the handling time of a transfer guide', () => {
        expect(figures('职工医保转移接续服务指南（转出类）', ['承诺办结时间 | 12个工作日', '收费标准 | 不收费']).map(brief))
            .toEqual([['transfer_days', null, null, null, 12]]);
    });

    it('reads none on a guide to another service', () => {
        expect(figures('医保卡挂失补办服务指南', ['承诺办结时间 | 12个工作日'])).toEqual([]);
    });
});

describe('issuing the papers a transfer moves by is the transfer', () => {
    it('reads the limit for a 参保凭证 or a 联系函', () => {
        expect(figures('医保转移办理说明', ['经办窗口受理后，7个工作日内开具参保凭证。']).map((f) => f.value)).toEqual([7]);
        expect(figures('医保转移办理说明', ['转入地审核通过后，在9个工作日内发出联系函。']).map((f) => f.value)).toEqual([9]);
    });

    it('reads none for other papers', () => {
        expect(figures('医保转移办理说明', ['转出后，用人单位在4个工作日内开具工资流水证明。'])).toEqual([]);
    });
});

describe('the new rate of a change that names its base', () => {
    it('reads the new rate, not the old one', () => {
        expect(figures('职工医保新规', ['职工个账的划入比例由1.8%调整为个人缴费工资的2.4%。']).map(brief))
            .toEqual([['employee_credit_rate', null, null, null, 2.4]]);
    });

    it('keeps a paid rate changed with its base no credit', () => {
        expect(figures('职工医保新规', ['单位缴费费率由8.5%下调为缴费基数的7.5%。'])).toEqual([]);
    });
});

describe('what someone wishes for and what hearsay says claim nothing', () => {
    it('reads no wished-for amount, and the one in force', () => {
        const found = figures('对政协委员提案的答复', ['委员们希望能将退休人员个账提升到每月130元。', '眼下离退休老同志医保个账每人每月拨付91元。']);
        expect(found.map((f) => f.value)).toEqual([91]);
    });

    it('reads no amount a rumour goes on to quote', () => {
        const found = figures('辟谣', ['近来朋友圈里传言四起，称某县老人医保账户“每个月涨到150元”。', '医保局表示此说法不属实，离退休老同志医保个账每人每月拨付95元。']);
        expect(found.map((f) => f.value)).toEqual([95]);
    });

    it('keeps a quotation someone else says after the hearsay', () => {
        const found = figures('答问', ['记者采访时，有传言的事也问了，工作人员说：“离退休老同志医保个账每人每月拨付95元。”']);
        expect(found.map((f) => f.value)).toEqual([95]);
    });
});

describe('a record form is about the matter one of its fields names', () => {
    const reply = '答复意见 | 经查，本县标准已调整：未满75岁的离退休老同志每月88元，年满75岁的每人每月93元。';

    it('reads a reply field by the account another field names', () => {
        const found = figures('留言办理结果', ['受理编号 | LY-0001', '涉及栏目 | 医保专题《退休职工个人账户》', '办理部门 | 某县医保局', reply]);
        expect(found.map((f) => f.value)).toEqual([88, 93]);
    });

    it('reads none when no field names the account', () => {
        const found = figures('留言办理结果', ['受理编号 | LY-0001', '涉及栏目 | 养老待遇专题', '办理部门 | 某县人社局', reply]);
        expect(found).toEqual([]);
    });
});

describe('a spoken bound of tens right before a spoken amount', () => {
    it('reads both brackets', () => {
        const found = figures('老伙计们唠唠医保卡一个月能打多少钱', ['我们县里六十五以下七十五，六十五往上八十二，每月都按时到。']);
        expect(found.map((f) => [f.ageMin, f.ageMax, f.value])).toEqual([[null, 64, 75], [65, null, 82]]);
    });

    it('keeps a bound of money said alone no age', () => {
        const found = figures('老伙计们唠唠医保卡一个月能打多少钱', ['我们县退休的每个月打进来七十以上，具体多少看卡里。']);
        expect(found.filter((f) => f.ageMin !== null || f.ageMax !== null)).toEqual([]);
    });
});
