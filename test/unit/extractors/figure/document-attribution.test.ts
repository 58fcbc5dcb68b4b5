/**
 * Document-level attribution (CLAIMS.md § Regions) on invented pages: label lines and blocks, tables in both
 * orientations, the page's stated subject, 我市/本省, datelines, question headings, and the confidence each way of
 * deciding a place leaves on the claim.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { passagesFromLines, type TextLine } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

function figures(lines: (string | TextLine)[], title = '退休人员个人账户每月划入多少'): FigureDraft[] {
    const passages = passagesFromLines(lines.map((line) => (typeof line === 'string' ? { text: line } : line)));
    return extractFigures(passages, { url: 'https://example.test/p.html', title, published: null });
}

/** region · value, the pair each rule is about. */
const placed = (claims: FigureDraft[]) => claims.map((c) => `${c.region ?? '—'} ${c.value}`);

describe('label lines', () => {
    it('label the block under them, paragraphs included, up to the next label', () => {
        const got = figures([
            '【青岛】',
            '退休人员每月定额划入个人账户88元。',
            '在职职工按本人缴费基数的2%划入。',
            '大连市:',
            '退休人员每月划入个人账户92元。',
            '▶ 宁波',
            '退休人员每月划入个人账户97元。',
            '■ 苏州',
            '退休人员每月划入个人账户101元。',
        ]);
        expect(placed(got)).toEqual(['青岛 88', '青岛 2', '大连 92', '宁波 97', '苏州 101']);
    });

    it('stop at the next heading', () => {
        const got = figures(['【青岛】', '退休人员每月划入个人账户88元。', '二、全国的一般做法', '多数地方退休人员每月划入个人账户在80元上下。']);
        expect(placed(got)).toEqual(['青岛 88', '— 80']);
    });

    it('are never a question heading that mentions a city', () => {
        const got = figures(['一、福州医保卡每月返钱是怎么计算的?', '退休人员每月划入个人账户的钱按统一标准计算,一般为每月90元。']);
        expect(placed(got)).toEqual(['— 90']);
    });

    it('give way to a place the sentence names itself', () => {
        const got = figures(['【青岛】', '退休人员每月划入个人账户88元,而烟台退休人员每月划入85元。']);
        expect(placed(got)).toEqual(['青岛 88', '烟台 85']);
    });
});

describe('tables', () => {
    it('take the place of a row from its first cell; a blank first cell continues the row above', () => {
        const header = { text: '地区 | 年龄段 | 每月划入(元)', hint: 'heading' } as const;
        const got = figures([header, '珠海 | 70岁以下 | 130', '| 70岁及以上 | 150', '佛山 | 70岁以下 | 120', '70岁及以上 | 140']);
        expect(got.map((c) => [c.region, c.ageMin, c.ageMax, c.value])).toEqual([
            ['珠海', null, 69, 130],
            ['珠海', 70, null, 150],
            ['佛山', null, 69, 120],
            ['佛山', 70, null, 140],
        ]);
    });

    it('take the place of a cell from its column when the header row holds the places', () => {
        const got = figures(['各市退休人员个人账户划入标准(单位:元/月)', '年龄段 | 南宁 | 柳州 | 桂林', '70岁以下 | 110 | 105 | 100', '70岁及以上 | 125 | 118 | 112']);
        expect(got.map((c) => [c.region, c.ageMin, c.ageMax, c.value, c.period])).toEqual([
            ['南宁', null, 69, 110, 'month'],
            ['柳州', null, 69, 105, 'month'],
            ['桂林', null, 69, 100, 'month'],
            ['南宁', 70, null, 125, 'month'],
            ['柳州', 70, null, 118, 'month'],
            ['桂林', 70, null, 112, 'month'],
        ]);
    });

    it('read a table printed sideways: places in one header row, ages in the next, amounts below', () => {
        const got = figures(['城市 | 漳州 | 漳州 | 龙岩', '年龄 | 70岁以下 | 70岁及以上 | 不分年龄', '每月划入 | 102元/月 | 112元/月 | 95元/月']);
        expect(got.map((c) => [c.region, c.ageMin, c.ageMax, c.value])).toEqual([
            ['漳州', null, 69, 102],
            ['漳州', 70, null, 112],
            ['龙岩', null, null, 95],
        ]);
    });

    it('read bare numbers with the unit stated above the table, and say so in the confidence', () => {
        const got = figures(['退休人员个人账户划入标准', '单位:元/年', '地区 | 70岁以下 | 70岁及以上', '洛阳 | 1200 | 1440']);
        expect(got.map((c) => [c.region, c.value, c.period, c.monthly])).toEqual([
            ['洛阳', 1200, 'year', 100],
            ['洛阳', 1440, 'year', 120],
        ]);
        expect(got[0]!.confidenceCues).toContain('unit-from-caption');
        expect(got[0]!.confidence).toBeLessThan(0.9);
    });
});

describe("the page's stated subject", () => {
    it('covers the whole page when the body states it before the first heading', () => {
        const got = figures([
            '湖州市的退休人员个人账户实行按月定额划入。',
            '一、划入标准',
            '70周岁以下的每人每月划入96元,70周岁及以上的每人每月划入108元。',
        ]);
        expect(placed(got)).toEqual(['湖州 96', '湖州 108']);
        expect(got[0]!.confidenceCues).toEqual(['region-from-subject']);
    });

    it('covers only its own section when stated under a heading', () => {
        const got = figures([
            '一、嘉兴',
            '嘉兴市参保退休人员个人账户按月划入。',
            '每人每月划入个人账户99元。',
            '二、其他地区',
            '有的地方每月划入个人账户在100元左右。',
        ]);
        expect(placed(got)).toEqual(['嘉兴 99']);
    });

    it('is no subject when the same stretch names other places, nor for a general statement', () => {
        const twoPlaces = figures(['绍兴市退休人员个人账户按月划入。', '金华退休人员每月划入90元。', '每人每月另有5元的补充划入。']);
        expect(placed(twoPlaces)).toEqual(['金华 90', '— 5']);
        const general = figures(['衢州市退休人员个人账户按月划入,每月划入85元。', '全国多数地区按2%~3%的比例划入个人账户。']);
        expect(placed(general)).toEqual(['衢州 85', '— 2']);
    });

    it("is the title's one place once any body sentence names it, on a page naming no other", () => {
        const addressed = figures(['丽水的老朋友们注意啦', '退休人员70岁以下每月划入86块,70岁起每月划入96块'], '丽水退休老人医保卡每月进多少钱');
        expect(placed(addressed)).toEqual(['丽水 86', '丽水 96']);
        const incoming = figures(['从外地调来舟山工作的职工,按下面的办法转入。', '经办机构在10个工作日内办结。'], '舟山:医保关系转入指引');
        expect(placed(incoming)).toEqual(['舟山 10']);
        const report = figures(['台州市今年的民生项目已完成。', '新建道路30公里。', '提高退休人员个人账户划入额,每月划入95元。'], '台州市民生项目完成情况');
        expect(placed(report).at(-1)).toBe('台州 95');
    });

    it("leaves figures placeless when the body never names the title's place, names another, or only asks", () => {
        const promise = figures(['退休人员每月划入个人账户90元。'], '温州退休人员每月返多少');
        expect(placed(promise)).toEqual(['— 90']);
        const another = figures(['温州和台州的老人都关心这件事。', '退休人员每月划入个人账户90元。'], '温州退休人员每月返多少');
        expect(placed(another)).toEqual(['— 90']);
        const asked = figures(['温州的退休人员每月能返多少呢?', '一般每月划入个人账户90元。'], '温州退休人员每月返多少');
        expect(placed(asked)).toEqual(['— 90']);
    });

    it("holds only for its section when the body first names the title's place under a heading", () => {
        const got = figures(['一、标准', '在温州,退休人员每月划入个人账户90元。', '二、在职职工', '在职职工按缴费基数的2%划入。'], '温州医保个人账户');
        expect(placed(got)).toEqual(['温州 90', '— 2']);
    });

    it('comes from an issuer quoted in the body', () => {
        const got = figures(['日前,江西省医保局印发通知,调整退休人员个人账户划入办法。', '退休人员每人每月定额划入个人账户95元。']);
        expect(placed(got)).toEqual(['江西 95']);
    });
});

describe('我市, 本省 and the page they refer to', () => {
    it('refer to the single place of the title, even in a sentence naming another place', () => {
        const got = figures(['参照省会城市的做法,与南昌一样,我市退休人员每月划入个人账户93元。'], '九江退休人员医保个人账户划入标准公布');
        expect(placed(got)).toEqual(['九江 93']);
        expect(got[0]!.confidenceCues).toEqual(['region-from-local-reference', 'crowded-sentence']);
    });

    it('refer to the issuer when the page quotes one', () => {
        const got = figures(['黑龙江省医疗保障局发布通知。', '全省退休人员个人账户每月定额划入89元。'], '关于调整个人账户划入标准的通知');
        expect(placed(got)).toEqual(['黑龙江 89']);
    });

    it('do not stand for the page when a place precedes them or they only qualify a basis', () => {
        const named = figures(['吉林全省实行定额划入,退休人员每月划入个人账户90元。'], '长春退休人员医保个人账户划入标准');
        expect(placed(named)).toEqual(['吉林 90']);
        const basis = figures(['70周岁以下的退休人员,按全省上年度月人均基本养老金的2%划入。'], '哈尔滨医保:以哈尔滨为例说明划入办法');
        expect(placed(basis)).toEqual(['哈尔滨 2']);
    });

    it('resolve to nothing on a page that names no single place', () => {
        const got = figures(['我市退休人员每月划入个人账户93元。'], '南昌与九江退休人员个人账户划入标准对比');
        expect(placed(got)).toEqual(['— 93']);
    });
});

describe('datelines', () => {
    it("never give the claims' place", () => {
        const local = figures(['本报合肥3月2日讯(记者 王某)退休人员每月划入个人账户的标准今年不变,仍为每月90元。']);
        expect(placed(local)).toEqual(['— 90']);
        const agency = figures(['新华社北京3月2日电 多地公布了退休人员个人账户划入标准,每月划入在80元上下。']);
        expect(placed(agency)).toEqual(['— 80']);
    });

    it('leave the stated subject after them intact', () => {
        const got = figures(['本报讯 芜湖市退休人员个人账户实行定额划入。', '每人每月划入个人账户86元。']);
        expect(placed(got)).toEqual(['芜湖 86']);
    });
});

describe('confidence', () => {
    it('is full for a plain sentence that names its place, and lower for each inherited or hedged cue', () => {
        const [stated] = figures(['厦门退休人员每月划入个人账户105元。']);
        const [labelled] = figures(['厦门:', '退休人员每月划入个人账户105元。']);
        const [hedged] = figures(['【厦门】', '退休人员每月划入个人账户约105元。']);
        expect(stated!.confidence).toBe(1);
        expect(stated!.confidenceCues).toEqual([]);
        expect(labelled!.confidence).toBeLessThan(stated!.confidence);
        expect(labelled!.confidenceCues).toEqual(['region-from-label']);
        expect(hedged!.confidence).toBeLessThan(labelled!.confidence);
        expect(hedged!.confidenceCues).toEqual(['region-from-label', 'hedged']);
    });
});

describe('doubts of the sentence itself', () => {
    it('lower the confidence of a figure in quotation marks, a reported change, a broken-off fragment', () => {
        const [quoted] = figures(['通知明确“宿迁退休人员每月划入个人账户95元”,自下月起执行。']);
        expect(quoted!.confidenceCues).toContain('quoted-figure');
        const [changed] = figures(['宿迁退休人员个人账户每月划入标准由85元调整为95元。']);
        expect(changed!.confidenceCues).toContain('change-sentence');
        const [fragment] = figures(['【宿迁】', '每月划入93元。']);
        expect(fragment!.confidenceCues).toContain('terse-sentence');
        for (const claim of [quoted, changed, fragment]) expect(claim!.confidence).toBeLessThan(0.9);
    });

    it('flag 我市 on a page that never says which place it is', () => {
        const [claim] = figures(['我市退休人员每月划入个人账户93元。'], '退休人员个人账户划入标准');
        expect(claim).toMatchObject({ region: null, confidenceCues: ['unresolved-local-reference'] });
        expect(claim!.confidence).toBeLessThan(0.9);
    });
});

describe('rules the state sets', () => {
    it('stay national on a page about one city', () => {
        const got = figures(['本市退休人员个人账户每月划入个人账户90元。', '按照国家规定,医保关系转移接续手续原则上在15个工作日内办结。'], '宿迁医保政策问答');
        expect(placed(got)).toEqual(['宿迁 90', '— 15']);
    });
});

describe('key and value tables', () => {
    it('read a row whose value is a sentence as that sentence, not as a header over the rows below', () => {
        const got = figures([
            '事项类型 | 咨询',
            '来电内容 | 市民询问退休后医保个人账户每月划入多少钱,怎样查询余额。',
            '承办单位 | 保定市医疗保障局',
            '答复内容 | 经核实,我市退休人员个人账户每月划入标准为93元。',
        ]);
        expect(placed(got)).toEqual(['保定 93']);
    });
});

describe('a bilingual page', () => {
    it('reads the Chinese version of each statement once, under the scope the page states', () => {
        const got = figures([
            'This page is for staff insured in Baoding. 本页适用于在保定参保的职工。',
            'Staff: 2% of the contribution base is credited monthly.',
            '在职职工按缴费基数的2%计入个人账户。',
            'Retirees: 101 yuan a month.退休人员个人账户每月划入101元。',
        ]);
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([
            ['employee_credit_rate', '保定', 2],
            ['retiree_account_credit', '保定', 101],
        ]);
    });
});

describe('a table with the places in its header row', () => {
    it('reads a row of time limits as data under the places, not as a second header row', () => {
        const got = figures(['项目 | 保定 | 沧州', '医保关系转移接续办结时限 | 12个工作日 | 8个工作日']);
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([
            ['transfer_days', '保定', 12],
            ['transfer_days', '沧州', 8],
        ]);
    });
});

describe('a sentence introducing a table', () => {
    it('gives the place it opens with to the rows under it', () => {
        const got = figures([
            '保定市两类参保人员的待遇区别如下:',
            '项目 | 职工 | 居民',
            '个人账户 | 退休人员每月定额划入93元 | 不设个人账户',
        ]);
        expect(placed(got)).toEqual(['保定 93']);
    });

    it('gives no place from an introduction naming two places', () => {
        const got = figures(['保定和沧州的待遇区别如下:', '项目 | 职工 | 居民', '个人账户 | 退休人员每月定额划入93元 | 不设个人账户']);
        expect(placed(got)).toEqual(['— 93']);
    });
});

describe('全市 after a place the sentence names', () => {
    it("is the whole of that place, not the page's", () => {
        const got = figures(
            ['先看沧州。沧州退休人员每月划入80元。', '再看保定。保定退休人员个人账户按上年度全市退休人员人均养老金的2.4%划入。'],
            '河北两座城市个人账户划入办法',
        );
        expect(got.map((c) => [c.region, c.value])).toEqual([['沧州', 80], ['保定', 2.4]]);
    });

    it("leaves 我市 the speaker's place whatever the sentence names before it", () => {
        const got = figures(['按照河北省统一部署,我市退休人员个人账户每月划入90元。'], '个人账户问答_保定市医疗保障局');
        expect(got.map((c) => [c.region, c.value])).toEqual([['保定', 90]]);
    });
});

describe('a service table', () => {
    it("reads the 办理时限 row as the time limit of the service the table names", () => {
        const limit = (service: string) =>
            figures([`事项名称 | ${service}`, '实施主体 | 某地医保经办机构', '办理时限 | 承诺时限:9个工作日'], '办事指南')
                .map((c) => [c.metric, c.value]);
        expect(limit('基本医疗保险关系转移接续')).toEqual([['transfer_days', 9]]);
        expect(limit('异地就医备案')).toEqual([]);
    });
});

describe("an official document's own prefecture", () => {
    const reply = (title: string, addressee: string, signature: string) =>
        figures([
            `${addressee}:`,
            '你局请示收悉。经研究,现函复如下:',
            '全州退休人员个人账户每人每月划入96元,各县市不得自行调整。',
            signature,
        ], title);

    it('is the place of a document whose title names its issuer, whatever kind of document it is', () => {
        for (const kind of ['复函', '通告', '答复', '实施细则']) {
            expect(placed(reply(`红河州医疗保障局关于个人账户划入标准的${kind}`, '个旧市医疗保障局', '红河州医疗保障局'))).toEqual(['红河 96']);
        }
    });

    it('is not the county-level town the document is addressed to, whether or not the title names the issuer', () => {
        expect(placed(reply('关于个人账户划入标准的复函', '蒙自市医疗保障局', '红河哈尼族彝族自治州医疗保障局'))).toEqual(['红河 96']);
        expect(placed(reply('个人账户划入标准的答复', '弥勒市医疗保障局', '红河州医疗保障局'))).toEqual(['红河 96']);
    });

    it('still gives a town named in its own sentence that town', () => {
        const got = figures([
            '全州退休人员个人账户每人每月划入96元。',
            '蒙自市退休人员个人账户每人每月划入99元。',
        ], '红河州医疗保障局关于个人账户划入标准的通知');
        expect(placed(got)).toEqual(['红河 96', '蒙自 99']);
    });

    it('is no place when a reply names no issuer at all', () => {
        expect(placed(reply('关于个人账户划入标准的复函', '蒙自市医疗保障局', '2026年10月15日'))).toEqual(['— 96']);
    });
});

describe('a subject stated under a heading', () => {
    const page = (statement: string, title = '随州医保个人账户每月划入多少') =>
        placed(figures([
            { text: '退休人员划入多少?', hint: 'heading' },
            statement,
            { text: '在职职工怎么算?', hint: 'heading' },
            '在职职工个人账户按本人缴费基数的2%计入。',
        ], title));

    it('holds for the later sections when it quotes the bureau of the place the title names, and the page names no other', () => {
        expect(page('随州市医疗保障局负责人介绍,退休人员个人账户每人每月划入91元。')).toEqual(['随州 91', '随州 2']);
        expect(page('据随州市医保局消息,退休人员个人账户每人每月划入91元。')).toEqual(['随州 91', '随州 2']);
    });

    it('holds for its own section only when the place is merely named, or the title names another, or none', () => {
        expect(page('随州市退休人员个人账户每人每月划入91元。')).toEqual(['随州 91', '— 2']);
        expect(page('随州市医疗保障局负责人介绍,退休人员个人账户每人每月划入91元。', '个人账户每月划入多少')).toEqual(['随州 91', '— 2']);
    });
});

describe('a compilation: headings that each name one place', () => {
    const sections = (first: string, second: string, title = '多地个人账户标准汇总') =>
        placed(figures([
            { text: first, hint: 'heading' },
            '退休人员每人每月划入88元。',
            { text: second, hint: 'heading' },
            '退休人员每人每月划入90元。',
        ], title));

    it.each([
        ['一、湖州市退休人员医保个账标准', '二、台州市退休人员医保个账标准'],
        ['1. 湖州市2027年标准', '2. 浙江台州市2027年标准'],
        ['湖州:按年龄两档划入', '台州:统一定额划入'],
    ])('gives each section the place of its heading: %s', (first, second) => {
        expect(sections(first, second)).toEqual(['湖州 88', '台州 90']);
    });

    it('is no compilation when the headings name one place only, ask questions, or name two places at once', () => {
        expect(sections('湖州市退休人员医保个账标准', '在职职工', '湖州医保')).toEqual(['— 88', '— 90']);
        expect(sections('湖州市怎么划?', '台州市怎么划?')).toEqual(['— 88', '— 90']);
        expect(sections('湖州医保每月划入多少钱,一文说清', '台州医保怎么转到外地?附步骤')).toEqual(['— 88', '— 90']);
        expect(sections('湖州与台州对比', '台州市标准')).toEqual(['— 88', '台州 90']);
    });
});
