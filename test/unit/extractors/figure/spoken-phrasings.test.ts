/**
 * Kinds of sentence that forum posts, answers and transcripts use, written for these tests (no corpus text):
 * worked examples told the way people talk, and the look-alikes each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

/** One passage per line, read as canonical text (Chinese numerals as digits); a line starting `## ` is a heading. */
function figures(lines: string[], title = '医保个人账户每个月到底划多少'): FigureDraft[] {
    const passages = passagesFromLines(
        lines.map((text) => (text.startsWith('## ') ? { text: text.slice(3), hint: 'heading' as const } : { text })),
    );
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/t.html', title, published: null });
}

function brief(c: FigureDraft) {
    return [c.metric, c.region, c.value, c.example];
}

describe('worked examples told the way people talk', () => {
    it('takes an input said as a bare number (`月工资八千的`) for an example, and claims only its result', () => {
        const got = figures(['【南平】', '比如月工资八千的,按2%算,每个月能划一百六十块。']);
        expect(got.map(brief)).toEqual([['employee_account_credit', null, 160, true]]);
    });

    it('gives an example no place from the place its page or label block is about', () => {
        const got = figures(['三明市退休人员个人账户按人均养老金的2.5%划入。', '按这个算,假如养老金是四千,每月就划一百块。']);
        expect(got.map(brief)).toEqual([
            ['retiree_credit_rate', '三明', 2.5, false],
            ['retiree_account_credit', null, 100, true],
        ]);
    });

    it('keeps the place an example names itself', () => {
        const got = figures(['假如三明市的养老金是四千,每月就划一百块。']);
        expect(got.map(brief)).toEqual([['retiree_account_credit', '三明', 100, true]]);
    });

    it('reads `以…计算` / `以…来说` with an assumed level as an example marker', () => {
        expect(figures(['以月人均养老金4000元计算,每人每月约可划入96元。']).map(brief)).toEqual([
            ['retiree_account_credit', null, 96, true],
        ]);
        const got = figures(['## 个人账户怎么算', '以我的缴费基数七千来说,每个月大约划入140元。']);
        expect(got.map(brief)).toEqual([['employee_account_credit', null, 140, true]]);
    });

    it('leaves a rule that names its base but assumes no figure a statement', () => {
        const got = figures(['三明市在职职工以本人缴费基数计算,按2%划入个人账户。']);
        expect(got.map(brief)).toEqual([['employee_credit_rate', '三明', 2, false]]);
    });
});

describe('time limits shortened or lengthened', () => {
    it('claims the new limit of `由X个工作日缩短为Y个工作日`, not the old one', () => {
        const got = figures(['自下月起,全省医保关系转移接续办理时限由20个工作日缩短为8个工作日。'], '福建省压缩医保关系转移时限');
        expect(got.map((c) => [c.metric, c.value])).toEqual([['transfer_days', 8]]);
        const longer = figures(['医保关系转出时限由5个工作日延长至10个工作日。']);
        expect(longer.map((c) => c.value)).toEqual([10]);
    });
});

describe('a sentence about many places under a place label', () => {
    it('gives no place to `大部分地方…` in a block a place label opens', () => {
        const got = figures(['【漳州】', '退休人员每月按人均养老金的2.5%划入。', '大部分地方是按人均养老金的2%到3%划入的。']);
        expect(got.map((c) => [c.region, c.value, c.valueMax])).toEqual([
            ['漳州', 2.5, null],
            [null, 2, 3],
        ]);
    });
});

describe('transfer time limits said in passing', () => {
    it('reads `医保关系转到外地…N个工作日` as a transfer limit', () => {
        const got = figures(['医保关系转到外地的话,漳州医保中心说是12个工作日办完。']);
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([['transfer_days', '漳州', 12]]);
    });

    it('reads a bare answer (`我们X这边是N个工作日`) under a title asking about the transfer', () => {
        const got = figures(['我们漳州这边是12个工作日,去年刚缩短的。'], '医保关系转移要等多久?');
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([['transfer_days', '漳州', 12]]);
        expect(figures(['我们漳州这边是12个工作日,去年刚缩短的。'], '异地就医备案要等多久?')).toEqual([]);
        expect(figures(['我们漳州这边备案是3个工作日。'], '医保关系转移和备案要等多久?')).toEqual([]);
    });
});

describe('a subject stated with an age bracket', () => {
    it('takes `某市不满N周岁的退休人员…` as the page stating its place, for the lines after it', () => {
        const got = figures(['漳州市不满75周岁的退休人员每月划入90元,年满75周岁的每月划入100元。', '在职人员按缴费基数的2%计入个人账户。']);
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([
            ['retiree_account_credit', '漳州', 90],
            ['retiree_account_credit', '漳州', 100],
            ['employee_credit_rate', '漳州', 2],
        ]);
    });
});

describe('flexible workers and an account said to be a share', () => {
    it('reads a flexible worker credited a share of their own base as an employee rate, population flexible', () => {
        const got = figures(['漳州市灵活就业人员参加职工医保的,个人账户按本人缴费基数的1.5%计入。']);
        expect(got.map((c) => [c.metric, c.region, c.population, c.value, c.basis])).toEqual([
            ['employee_credit_rate', '漳州', 'flexible', 1.5, 'contribution_base'],
        ]);
        expect(figures(['灵活就业人员参加居民医保的,报销比例为50%。'])).toEqual([]);
    });

    it('reads `个人账户是缴费基数的N%` as what the account is credited, without a verb', () => {
        const got = figures(['我在漳州,灵活就业按职工医保缴费的话,个人账户是缴费基数的1.5%。']);
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([['employee_credit_rate', '漳州', 1.5]]);
        expect(figures(['个人账户是医保的一部分,缴费比例是8%。'])).toEqual([]);
    });
});

describe('a transcript of timed subtitle lines', () => {
    it('takes `咱们某市呢,…` after a time code as the place the speaker is about, for the lines after it', () => {
        const got = figures(['00:04咱们漳州市呢,八十岁以下的退休人员每个月打进来是九十块钱', '00:09八十岁以上的呢每个月是一百块']);
        expect(got.map((c) => [c.region, c.ageMin, c.ageMax, c.value])).toEqual([
            ['漳州', null, 79, 90],
            ['漳州', 80, null, 100],
        ]);
    });

    it('gives no place from a time code line that names two places', () => {
        const got = figures(['00:04咱们漳州和南平呢,每个月打进来是九十块钱', '00:09八十岁以上的呢每个月是一百块']);
        expect(got.find((c) => c.value === 100)).toMatchObject({ region: null, ageMin: 80 });
    });
});

describe('a service guide naming the office that runs it', () => {
    it('takes `办理时限:某市经办机构…` as the place of the lines after it', () => {
        const got = figures(['办理时限:漳州市经办机构受理转入申请后,在5个工作日内办结。', '个人账户余额随医保关系一并转移,从转出到到账一般为20天。']);
        expect(got.map((c) => [c.metric, c.region, c.value, c.unit])).toEqual([
            ['transfer_days', '漳州', 5, 'workday'],
            ['transfer_days', '漳州', 20, 'day'],
        ]);
    });
});

describe('a fact-check card', () => {
    it('claims nothing from a quoted rumour the next passage calls untrue, and keeps the correction', () => {
        const got = figures(['传言', '“下个月起,漳州退休人员医保卡每月返300元。”', '真相', '上述说法不实。漳州市退休人员个人账户每月划入标准为110元。']);
        expect(got.map((c) => [c.region, c.value])).toEqual([['漳州', 110]]);
    });

    it('keeps a quoted statement nobody refutes', () => {
        const got = figures(['“漳州市退休人员个人账户每月划入110元。”', '市医保局有关负责人这样介绍。']);
        expect(got.map((c) => c.value)).toEqual([110]);
    });
});

describe('an issuer opening a later sentence of the first passage', () => {
    it('takes `某市的朋友们注意!某市医保局公布了…` as the page stating its place', () => {
        const got = figures(['漳州的朋友们注意啦!漳州市医保局公布了今年的个人账户划入标准。', '在职职工:按本人缴费基数的2%计入个人账户。']);
        expect(got.map((c) => [c.region, c.value])).toEqual([['漳州', 2]]);
    });

    it('does not take an issuer named inside a sentence about something else', () => {
        const got = figures(['今天就结合漳州的朋友们关心的问题和漳州市医保部门公布的口径说清楚。', '在职职工:按本人缴费基数的2%计入个人账户。']);
        expect(got.map((c) => [c.region, c.value])).toEqual([[null, 2]]);
    });
});

describe('a service guide table', () => {
    // a bare `承诺办结时限` is the limit of the service the guide's title names (docs/claims.md § Metrics)
    const GUIDE_TITLE = '职工基本医疗保险关系转移接续-办事指南';

    it('takes the place of its `实施主体` row, and gives the statutory limit beside the promised one no place', () => {
        const got = figures(['事项名称 | 基本医疗保险关系转移接续', '实施主体 | 漳州市医疗保障事务中心', '办理时限 | 承诺时限:5个工作日(法定时限:15个工作日)']);
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([
            ['transfer_days', '漳州', 5],
            ['transfer_days', null, 15],
        ]);
    });

    it('reads keys and values printed in pairs along a row, under a site path naming the town\'s prefecture', () => {
        const got = figures([
            '某省政务服务网 · 宁德市 · 福安市',
            '事项类型 | 公共服务 | 实施主体 | 福安市医疗保障局',
            '承诺办结时限 | 8个工作日 | 是否收费 | 否',
        ], GUIDE_TITLE);
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([['transfer_days', '福安', 8]]);
    });

    it('takes no place from a paired row whose body sits under no key of its own', () => {
        const got = figures(['事项类型 | 实施主体 | 公共服务 | 福安市医疗保障局', '承诺办结时限 | 8个工作日 | 是否收费 | 否'], GUIDE_TITLE);
        expect(got.map((c) => c.region)).toEqual([null]);
    });

    it('takes no place from a row that names no place before the body', () => {
        const got = figures(['事项名称 | 基本医疗保险关系转移接续', '实施主体 | 医疗保障事务中心', '办理时限 | 承诺时限:5个工作日']);
        expect(got.map((c) => c.region)).toEqual([null]);
    });
});


describe('a terse credit verb', () => {
    it('reads `月划N元` as the month\'s credit, and leaves 规划/年划分 alone', () => {
        expect(figures(['南平市退休人员:70岁以下月划76元,70岁以上月划84元。'], '医保个人账户').map(brief)).toEqual([
            ['retiree_account_credit', '南平', 76, false],
            ['retiree_account_credit', '南平', 84, false],
        ]);
        expect(figures(['南平市今年规划100元用于社区建设。'], '社区新闻')).toEqual([]);
    });
});
