/**
 * A county-level town's page whose masthead names the prefecture it lies in (`某市广电`) still names no other place:
 * the outlet publishes the town's news, so the town the body states as its subject is the place of the how-to after
 * it. A sentence naming the prefecture, a sibling town or an unrelated city is another place.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import { prefectureOf } from '../../../../extractors/region/index.js';

function read(title: string, lines: string[]) {
    return extractFromText(title, [title, ...lines].join('\n'), 'https://example.test/m/2.html').claims;
}

function procedures(title: string, lines: string[]) {
    return read(title, lines)
        .filter((c) => c.kind === 'procedure')
        .map((p) => [p.task, p.channel, p.region]);
}

const SUBJECT = '义乌市今年的退休职工个账标准有变化,每人每月提高到了八十五元。';
const HEADING = '在外地长住的老人怎样办备案?';
const STEPS = '进入“医保通”App后点“办理异地备案”;选“长期居住”,填现住址;传好承诺书再提交,等审核通过。';

describe('a town page naming its prefecture', () => {
    it('gives the town to steps after a masthead naming the prefecture', () => {
        expect(procedures('义乌:退休职工个账月增5元', ['金华广电', SUBJECT, HEADING, STEPS])).toEqual([
            ['offsite_filing', 'app', '义乌'],
        ]);
    });

    it('gives the town to steps when a source line names the prefecture below them', () => {
        expect(procedures('义乌:退休职工个账月增5元', [SUBJECT, HEADING, STEPS, '来源:金华日报'])).toEqual([
            ['offsite_filing', 'app', '义乌'],
        ]);
    });

    it('gives the town to a figure naming no place after the subject', () => {
        const figures = read('义乌:个账新标准出炉', ['金华广电', SUBJECT, '在职职工每月按其工资基数之2%进个人账户。']).filter(
            (c) => c.kind === 'figure' && c.metric === 'employee_credit_rate',
        );
        expect(figures.map((f) => f.region)).toEqual(['义乌']);
    });

    it('gives no place when the page also names a sibling town of the same prefecture', () => {
        expect(procedures('义乌:退休职工个账月增5元', ['金华广电', SUBJECT, '东阳市的标准另行公布。', HEADING, STEPS])).toEqual([
            ['offsite_filing', 'app', null],
        ]);
    });

    it('gives no place when a sentence, not a masthead, names the prefecture', () => {
        expect(procedures('义乌:退休职工个账月增5元', [SUBJECT, HEADING, STEPS, '金华市经办机构派员到我局交流。'])).toEqual([
            ['offsite_filing', 'app', null],
        ]);
    });

    it('gives no place when the masthead names an unrelated city', () => {
        expect(procedures('义乌:退休职工个账月增5元', ['温州广电', SUBJECT, HEADING, STEPS])).toEqual([['offsite_filing', 'app', null]]);
    });
});

describe('prefectureOf', () => {
    it('names the prefecture of a county-level place and none for a prefecture or province', () => {
        expect([prefectureOf('义乌'), prefectureOf('昆山'), prefectureOf('金华'), prefectureOf('浙江')]).toEqual(['金华', '苏州', null, null]);
    });
});
