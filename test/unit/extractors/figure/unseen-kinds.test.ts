/**
 * Kinds of sentence and page the extractors were not written for, each with invented examples (no corpus text):
 * county-level cities ranked or set bare in prose, gaps between places, spoken and scaled number forms, hearsay
 * reported by a caller, and the look-alikes each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { extractPage } from '../../../../extractors/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { FigureDraft } from '../../../../src/claims/schema.js';

/** One passage per line, read as canonical text (Chinese numerals as digits); a line starting `## ` is a heading. */
function figures(lines: string[], title = '退休人员医保个人账户每月划入多少'): FigureDraft[] {
    const passages = passagesFromLines(
        lines.map((text) => (text.startsWith('## ') ? { text: text.slice(3), hint: 'heading' as const } : { text })),
    );
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/p.html', title, published: null });
}

function brief(c: FigureDraft) {
    return [c.metric, c.region, c.ageMin, c.ageMax, c.value, c.unit, c.period];
}

describe('county-level cities ranked in prose', () => {
    it('gives each ranked city its own figure, whichever side of the name the ranking words stand', () => {
        const got = figures([
            '第一名是常熟,退休人员每月划入140元。',
            '太仓排在第二,退休人员每月划入136元。',
            '排在第三位的晋江,退休职工一年划入1560元。',
            '邳州垫底,退休人员每月只划入70元。',
        ]);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '常熟', null, null, 140, 'CNY', 'month'],
            ['retiree_account_credit', '太仓', null, null, 136, 'CNY', 'month'],
            ['retiree_account_credit', '晋江', null, null, 1560, 'CNY', 'year'],
            ['retiree_account_credit', '邳州', null, null, 70, 'CNY', 'month'],
        ]);
    });

    it('reads county-level cities labelling lines or heading table rows bare', () => {
        const got = figures(['常熟:退休人员每月划入140元;', '城市 | 每月划入(元)', '太仓 | 136', '晋江 | 128']);
        expect(got.map((c) => [c.region, c.value])).toEqual([
            ['常熟', 140],
            ['太仓', 136],
            ['晋江', 128],
        ]);
    });

    it('reads `在某地,` as the place of the sentence', () => {
        expect(figures(['在丹阳,退休人员每月划入个人账户98元。']).map(brief)).toEqual([
            ['retiree_account_credit', '丹阳', null, null, 98, 'CNY', 'month'],
        ]);
    });

    it('claims nothing for the gap to another place or rank (`与某地仅差4元`, `比上一名少6元`, `高出9元`)', () => {
        const got = figures([
            '紧随其后的是如皋,退休人员每月划入120元,与常熟仅差3元。',
            '第五名溧阳,退休人员每月划入114元,比上一名少6元。',
            '永康退休人员每月划入130元,比邻县高出9元。',
        ]);
        expect(got.map(brief)).toEqual([
            ['retiree_account_credit', '如皋', null, null, 120, 'CNY', 'month'],
            ['retiree_account_credit', '溧阳', null, null, 114, 'CNY', 'month'],
            ['retiree_account_credit', '永康', null, null, 130, 'CNY', 'month'],
        ]);
    });

    it('still reads bounds that look like gaps (`至少`, `最低`, `不少于`)', () => {
        const got = figures(['常熟退休人员每月划入不少于90元,最低90元。']);
        expect(got.map((c) => c.value)).toEqual([90]);
    });
});

describe('numbers in scaled, spelled and spoken forms', () => {
    it('reads amounts scaled by 千 or 万 (`1.2千元`, `0.1万元`, `1.5千块`), spelled or in digits', () => {
        const got = figures([
            '昆山退休人员每年划入1.3千元。',
            '太仓退休人员一年大约能划入0.2万元。',
            '常熟退休人员每年划入一千三百元。',
            '晋江退休人员每年划入1.5千块。',
        ]);
        expect(got.map((c) => [c.region, c.value, c.period, c.approx])).toEqual([
            ['昆山', 1300, 'year', false],
            ['太仓', 2000, 'year', true],
            ['常熟', 1300, 'year', false],
            ['晋江', 1500, 'year', false],
        ]);
    });

    it('reads transfer limits in weeks and half or whole months as days', () => {
        const limit = (line: string) => figures([line], '医保关系转移要多久').map((c) => [c.metric, c.value, c.unit]);
        expect(limit('南通市医保局承诺医保关系转移在两周内办结。')).toEqual([['transfer_days', 14, 'day']]);
        expect(limit('南通市医保关系转出,经办机构三个星期内办结。')).toEqual([['transfer_days', 21, 'day']]);
        expect(limit('南通市收到转移申请后半个月内办结。')).toEqual([['transfer_days', 15, 'day']]);
        expect(limit('南通市医保关系转移接续一个月内办结。')).toEqual([['transfer_days', 30, 'day']]);
        expect(limit('南通市医保关系转出一个礼拜内办好。')).toEqual([['transfer_days', 7, 'day']]);
    });

    it('does not read a month that is no limit, or a week that is a date, as a transfer limit', () => {
        const limit = (line: string) => figures([line], '医保关系转移要多久').map((c) => c.value);
        expect(limit('南通市医保关系转出前须连续缴费满6个月。')).toEqual([]);
        expect(limit('南通市医保关系转移从每周一开始受理。')).toEqual([]);
        expect(limit('南通市统一周期办理转移。')).toEqual([]);
    });

    it('reads a share given in percentage points of the base as a credit rate, and a change in points as none', () => {
        expect(figures(['盐城在职职工个人账户按本人缴费基数的2个百分点划入。']).map(brief)).toEqual([
            ['employee_credit_rate', '盐城', null, null, 2, 'percent', null],
        ]);
        expect(figures(['盐城划入个人账户的人数占比提高了3个百分点。'])).toEqual([]);
    });
});

describe('age brackets said by both bounds or spoken', () => {
    it('reads `满X未满Y周岁` and its variants as [X, Y-1]', () => {
        const got = figures([
            '南通:满70未满80周岁的退休人员每月划入100元。',
            '盐城:年满75周岁、不满85周岁的退休人员每月划入110元。',
            '淮安:80周岁(含)以上不足90周岁的退休人员每月划入120元。',
        ]);
        expect(got.map((c) => [c.region, c.ageMin, c.ageMax, c.value])).toEqual([
            ['南通', 70, 79, 100],
            ['盐城', 75, 84, 110],
            ['淮安', 80, 89, 120],
        ]);
    });

    it('reads spoken bounds after an age (`七十岁不到的`, `七十五岁往上的`, `不足七十岁`)', () => {
        const got = figures(['镇江这边退休的老人,七十岁不到的,每月划入七十六块;', '七十岁往上的,每月划入八十六块。'], '镇江退休人员医保卡每月进多少钱');
        expect(got.map((c) => [c.ageMin, c.ageMax, c.value])).toEqual([
            [null, 69, 76],
            [70, null, 86],
        ]);
        expect(figures(['扬州不足七十五岁的退休人员每月划入90元。']).map((c) => [c.ageMin, c.ageMax])).toEqual([[null, 74]]);
    });

    it('does not take a wage said not to matter (`不看工资`) for the insured', () => {
        expect(figures(['退休人员不看工资,泰州统一每年划入1.4千元。']).map((c) => c.metric)).toEqual(['retiree_account_credit']);
    });
});

describe('figures that are not the page\'s own or no longer in force', () => {
    it('claims nothing a caller or writer reported, in the sentence that reports it or under its heading', () => {
        const reply = figures(
            [
                '## 来信内容',
                '退休人员每月返120元,我只收到80元,请核实。',
                '## 办理情况',
                '网友留言称:退休人员医保每月返160元,是真的吗?',
                '经宿迁市医疗保障局核实,我市退休人员每人每月划入80元,来信人所说的120元不符合我市政策。',
            ],
            '关于医保个人账户划入金额的回复',
        );
        expect(reply.map((c) => [c.region, c.value])).toEqual([['宿迁', 80]]);
        expect(figures(['市民来电反映:听说退休人员每月返200元,自己只有90元。'])).toEqual([]);
    });

    it('claims nothing a report opening a clause carries, with a comma or a name before its verb', () => {
        expect(figures(['市民张女士来电称,退休人员每月返260元,希望核实。'])).toEqual([]);
        expect(figures(['有网友称,宿迁退休人员每月返260元,经记者核实并非如此。'])).toEqual([]);
        expect(figures(['有传言说宿迁退休人员每月返260元,对此,宿迁市医保局回应称,实际为每月80元。']).map((c) => c.value)).toEqual([80]);
        expect(figures(['针对群众反映的问题,宿迁退休人员每月划入80元。']).map((c) => c.value)).toEqual([80]);
        expect(figures(['网友说得对,宿迁退休人员每月划入80元。']).map((c) => c.value)).toEqual([80]);
    });

    it('still reads the answer after a report in the same sentence', () => {
        expect(figures(['来电人咨询:每月返多少?经核实,宿迁退休人员每月划入80元。']).map((c) => c.value)).toEqual([80]);
        expect(figures(['来电人咨询:每月返多少,经宿迁市医保局核查,退休人员每月划入80元。']).map((c) => c.value)).toEqual([80]);
    });

    it('claims only the latest year of a page comparing years, by section or within a sentence', () => {
        const bySection = figures([
            '## 2024年标准',
            '连云港退休人员每月划入70元。',
            '## 2025年起执行的标准',
            '连云港退休人员每月划入78元。',
        ]);
        expect(bySection.map((c) => c.value)).toEqual([78]);
        const stopped = figures(['## 原标准(已停止执行)', '连云港退休人员每月划入70元。', '## 调整后', '连云港退休人员每月划入78元。']);
        expect(stopped.map((c) => c.value)).toEqual([78]);
        const inSentence = figures(['连云港退休人员2024年每月划入70元,2025年起每月划入78元。']);
        expect(inSentence.map((c) => c.value)).toEqual([78]);
        const untilYear = figures(['连云港退休人员自2025年起每月划入78元,执行至2027年底。']);
        expect(untilYear.map((c) => c.value)).toEqual([78]);
    });

    it('claims only the rule now where a sentence puts an old rule before it in words', () => {
        const now = (line: string) => figures([line]).map((c) => c.value);
        expect(now('连云港退休人员去年每月划入70元,今年起每月划入78元。')).toEqual([78]);
        expect(now('连云港退休人员原来每月70元,现在每月78元。')).toEqual([78]);
        expect(now('调整前连云港退休人员每月划入70元;调整后每月划入78元。')).toEqual([78]);
        expect(now('连云港退休人员以前每月划入70元,2025年起每月划入78元。')).toEqual([78]);
        // an old rule with no new one after it, or a mark no figure follows, changes nothing
        expect(now('连云港退休人员目前每月划入78元,此前公布的标准同样为78元。')).toEqual([78]);
        expect(now('连云港退休人员70岁以下每月划入70元,70岁以上每月划入78元,2025年1月起执行。')).toEqual([70, 78]);
    });
});

describe('a forum answer speaking of its own place', () => {
    it('reads `我们这边`/`咱们当地` under a question naming one place as that place', () => {
        const got = figures(['泰兴本地人。我们这边70岁以下每月打92元。', '咱们当地在职职工按缴费基数的2%划入。'], '泰兴退休了医保卡每月打多少钱');
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([
            ['retiree_account_credit', '泰兴', 92],
            ['employee_credit_rate', '泰兴', 2],
        ]);
    });

    it('reads `我们这边` after a place the answer names as that place, not the question\'s', () => {
        const got = figures(['我是如皋市的,我们这边每月打88元。'], '泰兴退休了医保卡每月打多少钱');
        expect(got.map((c) => [c.region, c.value])).toEqual([['如皋', 88]]);
    });

    it('gives `我们这边` no place when the question names none, and `那边` never the question\'s', () => {
        expect(figures(['我们这边每月打92元。'], '退休了医保卡每月打多少钱').map((c) => c.region)).toEqual([null]);
        expect(figures(['我们那边每月打92元。'], '泰兴退休了医保卡每月打多少钱').map((c) => c.region)).toEqual([null]);
    });
});

/** The figure claims a page gives, as [metric, region, ageMin, ageMax, value, quote]. */
function pageFigures(body: string, title: string): unknown[][] {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
    return extractPage(html, 'https://example.test/page.html').claims
        .filter((c) => c.kind === 'figure')
        .map((c) => [c.metric, c.region, c.ageMin, c.ageMax, c.value, c.quote]);
}

describe('pages whose figures stand in captions or headerless tables', () => {
    it('reads a 图解 page: each caption one statement across its `<br>`s, the place from the caption naming it', () => {
        const got = pageFigures(
            '<figure><img src="a.png" alt=""><figcaption>宿迁市职工医保个人账户<br>改革要点</figcaption></figure>' +
                '<figure><img src="b.png" alt=""><figcaption>在职职工<br>个人账户按<br>缴费基数的2%计入</figcaption></figure>' +
                '<figure><img src="c.png" alt=""><figcaption>退休人员<br>按月定额划入<br>每人每月88元</figcaption></figure>' +
                '<figure><img src="d.png" alt=""><figcaption>70岁以下:每月88元<br>70岁以上:每月98元</figcaption></figure>',
            '图解|职工医保个人账户改革',
        );
        expect(got).toEqual([
            ['employee_credit_rate', '宿迁', null, null, 2, '在职职工个人账户按缴费基数的2%计入'],
            ['retiree_account_credit', '宿迁', null, null, 88, '退休人员按月定额划入每人每月88元'],
            ['retiree_account_credit', '宿迁', null, 69, 88, '70岁以下:每月88元'],
            ['retiree_account_credit', '宿迁', 70, null, 98, '70岁以上:每月98元'],
        ]);
    });

    it('keeps a lone picture caption naming a place out of the text when no caption of its series states a figure', () => {
        const got = pageFigures(
            '<figure><img src="a.png" alt=""><figcaption>宿迁市退休人员在窗口办理业务</figcaption></figure>' +
                '<p>退休人员个人账户每月划入多少,要看本人情况,一般每月划入100元左右。</p>',
            '医保个人账户怎么划',
        );
        expect(got.map((c) => c[1])).toEqual([null]);
    });

    it('reads a table with no header row under a lead-in line that says what its cells are', () => {
        const got = pageFigures(
            '<TABLE><TR><TD><FONT><B>淮安市职工医保个人账户划入标准如下：</B></FONT></TD></TR></TABLE>' +
                '<TABLE border=1><TR><TD><FONT>在职职工</FONT></TD><TD><FONT>本人缴费基数的2%</FONT></TD></TR>' +
                '<TR><TD><FONT>退休人员（不满75周岁）</FONT></TD><TD><FONT>每人每月90元</FONT></TD></TR>' +
                '<TR><TD><FONT>退休人员（75周岁及以上）</FONT></TD><TD><FONT>每人每月100元</FONT></TD></TR></TABLE>',
            '淮安市医疗保险服务中心',
        );
        expect(got.map((c) => c.slice(0, 5))).toEqual([
            ['employee_credit_rate', '淮安', null, null, 2],
            ['retiree_account_credit', '淮安', null, 74, 90],
            ['retiree_account_credit', '淮安', 75, null, 100],
        ]);
    });

    it('reads no credit from a headerless table of fees under a lead-in about fees', () => {
        const got = pageFigures(
            '<p>淮安市城乡居民医保缴费标准如下：</p><TABLE border=1><TR><TD>成年居民</TD><TD>每人每年400元</TD></TR>' +
                '<TR><TD>学生儿童</TD><TD>每人每年380元</TD></TR></TABLE>',
            '淮安市医疗保险服务中心',
        );
        expect(got.filter((c) => String(c[0]).endsWith('_credit'))).toEqual([]);
    });
});

describe('a table of time limits whose caption gives the unit', () => {
    it('reads bare numbers under `单位:工作日` as limits, a merged `合计不超过N` cell as one', () => {
        const got = pageFigures(
            '<p>两市公布了医保关系转移的办理时限。</p><p>表2 转移接续时限(单位:工作日)</p>' +
                '<table border="1"><tr><th>城市</th><th>转出</th><th>转入</th></tr>' +
                '<tr><td>扬州</td><td colspan="2">合计不超过18</td></tr><tr><td>镇江</td><td>10</td><td>5</td></tr></table>',
            '两市转移接续时限',
        );
        expect(got.map((c) => c.slice(0, 5))).toEqual([
            ['transfer_days', '扬州', null, null, 18],
            ['transfer_days', '镇江', null, null, 10],
            ['transfer_days', '镇江', null, null, 5],
        ]);
    });

    it('reads no limit from a table of counts under a caption with no unit of time', () => {
        const got = pageFigures(
            '<p>两市公布了医保关系转移的办理情况。</p><p>表2 转移接续办件量(单位:件)</p>' +
                '<table border="1"><tr><th>城市</th><th>转出</th><th>转入</th></tr><tr><td>镇江</td><td>120</td><td>85</td></tr></table>',
            '两市转移接续办件量',
        );
        expect(got).toEqual([]);
    });
});

describe('spoken ages with 岁 left out', () => {
    it('reads `不到七十的`, `七十往上的` and `满八十了` as brackets, in a text with no other spelled number', () => {
        const got = figures(['镇江退休人员不到七十的,每月划入76元;七十往上的,每月划入86元;满八十了每月96元。']);
        expect(got.map((c) => [c.ageMin, c.ageMax, c.value])).toEqual([
            [null, 69, 76],
            [70, 79, 86],
            [80, null, 96],
        ]);
    });

    it('leaves numbers that are no age bracket alone (`不到七十元`, `不到三十的`)', () => {
        expect(figures(['镇江退休人员每月划入不到七十元。']).map((c) => [c.ageMax, c.value])).toEqual([[null, 70]]);
        expect(figures(['镇江不到三十的年轻人也问,退休人员每月划入76元。']).map((c) => c.ageMax)).toEqual([null]);
    });
});

describe('bounds said to leave the age out, and ranges of days', () => {
    it('reads `X岁(不含)以下` as ending at X-1 and `X岁(不含)以上` as starting at X+1, keeping the amount', () => {
        const got = figures(['如东退休人员75岁(不含)以下每月划入96元,75岁(不含)以上每月划入108元。']);
        expect(got.map((c) => [c.ageMin, c.ageMax, c.value])).toEqual([
            [null, 74, 96],
            [76, null, 108],
        ]);
    });

    it('reads a range of working days as value and valueMax', () => {
        const got = figures(['如东医保关系转移3至7个工作日办结。'], '医保关系转移要多久');
        expect(got.map((c) => [c.metric, c.value, c.valueMax, c.unit])).toEqual([['transfer_days', 3, 7, 'workday']]);
    });
});

describe('当地 and 本地', () => {
    it('read `当地`/`本地` opening a clause about the insured as the page\'s place', () => {
        const got = figures(['据了解,当地退休人员每月划入110元。', '本地在职职工按缴费基数的2%划入。'], '丹阳退休人员医保卡每月进多少钱');
        expect(got.map((c) => [c.region, c.value])).toEqual([
            ['丹阳', 110],
            ['丹阳', 2],
        ]);
    });

    it('read `当地` after a place the sentence names as that place, not the page\'s', () => {
        const got = figures(['海门区,当地退休人员每月划入132元。', '如皋,当地退休人员每月划入120元。'], '江苏退休人员医保卡每月进多少钱');
        expect(got.map((c) => [c.region, c.value])).toEqual([
            ['海门', 132],
            ['如皋', 120],
        ]);
    });

    it('give no place for `当地` in a general remark or on a page about no one place', () => {
        expect(figures(['具体以当地医保部门公布为准,一般每月划入110元。'], '丹阳退休人员医保卡每月进多少钱').map((c) => c.region)).toEqual([null]);
        expect(figures(['当地退休人员每月划入110元。'], '退休人员医保卡每月进多少钱').map((c) => c.region)).toEqual([null]);
    });
});

describe('a title speaking of 我省/本市', () => {
    it('makes the issuer\'s place the subject of every section, as a body sentence saying 我市 does', () => {
        const got = figures(
            ['## 文字版', '近日,淮安市医疗保障局发布改革要点。', '## 个人账户怎么计入?', '在职职工:个人账户按本人缴费基数的2%计入。'],
            '一图读懂|我市职工医保个人账户改革要点',
        );
        expect(got.map((c) => [c.metric, c.region, c.value])).toEqual([['employee_credit_rate', '淮安', 2]]);
    });

    it('gives nothing when the page names another place too, or the title asks a question', () => {
        const two = figures(
            ['近日,淮安市医疗保障局与宿迁市医疗保障局联合发布要点。', '## 个人账户', '在职职工:个人账户按本人缴费基数的3%计入。'],
            '我市职工医保个人账户改革要点',
        );
        expect(two.map((c) => c.region)).toEqual([null]);
        const asked = figures(
            ['## 文字版', '近日,淮安市医疗保障局发布要点。', '## 个人账户', '在职职工:个人账户按本人缴费基数的2%计入。'],
            '我市个人账户怎么计入?',
        );
        expect(asked.map((c) => c.region)).toEqual([null]);
    });
});

describe('a line giving only the equivalent of the line before it', () => {
    it('reads `约合每人每月N元` after a credit line as that credit', () => {
        const got = figures(['【盐城】', '划入标准:全市月人均养老金的2.5%', '约合每人每月90元']);
        expect(got.map((c) => [c.metric, c.region, c.value, c.approx])).toEqual([
            ['retiree_credit_rate', '盐城', 2.5, false],
            ['retiree_account_credit', '盐城', 90, true],
        ]);
    });

    it('reads no credit from the equivalent of a contribution', () => {
        expect(figures(['【盐城】', '个人缴纳:缴费基数的2%', '约合每人每月100元'], '盐城职工医保缴费')).toEqual([]);
    });
});
