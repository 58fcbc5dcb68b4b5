/**
 * Decisions from blind22's misses: short `一、` `二、` lines one after another are a list, not headings; a step's number
 * and title over a paragraph of its own leave the paragraph as the step; a proof got in a first step that a later step
 * brings prepares the task and is not it; a guide's numbered `适用对象` heading gives its place. Sentences invented for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(text: string, title: string): ProcedureDraft[] {
    return extractFromText(title, text, 'https://example.test/p.html').claims.filter((c): c is ProcedureDraft => c.kind === 'procedure');
}

const brief = (p: ProcedureDraft) => [p.task, p.channel, p.region, p.steps];
const kinds = (texts: string[]) => passagesFromLines(texts.map((text) => ({ text }))).map((p) => p.kind);

describe('short Chinese-numbered lines in a run', () => {
    it('reads 一、二、三、 lines with nothing between them as list items', () => {
        expect(kinds(['要打单子的，可以去官网自己弄：', '一、打开官网首页找到“个人服务”', '二、用手机验证码登入', '三、点“缴费清单”后保存打印'])).toEqual([
            'paragraph',
            'item',
            'item',
            'item',
        ]);
    });

    it('keeps 一、 lines with text between them as headings, and a sentence-long one as a paragraph', () => {
        expect(kinds(['一、谁能办', '本地参保满一年的职工。', '二、去哪办', '各县区服务大厅。'])).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
        expect(kinds(['一、退休的人每个月都有定额打进账户，标准全区统一。', '二、在职的人按工资的一定比例打进去，单位不出这部分。'])).toEqual([
            'paragraph',
            'paragraph',
        ]);
    });

    it('gives the website steps such a run holds', () => {
        const got = procedures(['要打单子的，可以在区医保网站上自己弄：', '一、打开官网首页找到“个人服务”', '二、用手机验证码登入', '三、点“明细打印”后存成文件'].join('\n'), '年度划入标准公告');
        expect(got.map((p) => [p.task, p.channel, p.steps.length])).toEqual([['print_record', 'website', 3]]);
    });
});

describe('a step titled by its number over a paragraph of its own', () => {
    it('takes the paragraphs as the steps, the titles left out', () => {
        const got = procedures(
            ['办理步骤', '第一步 交材料', '拿着户口本和原单位的证明，去县服务大厅二楼窗口递上转入申请。', '第二步 审核', '工作人员核对后给一张回执。', '第三步 办结', '老地方的钱转过来以后，账户就接上了。'].join('\n'),
            '医保关系转入办事指南',
        );
        expect(got.map(brief)).toEqual([
            [
                'transfer',
                'counter',
                null,
                ['拿着户口本和原单位的证明,去县服务大厅二楼窗口递上转入申请', '工作人员核对后给一张回执', '老地方的钱转过来以后,账户就接上了'],
            ],
        ]);
    });

    it('keeps numbered steps with no paragraph under them as the steps themselves', () => {
        const got = procedures(['第一步 打开微信', '第二步 搜索医保', '第三步 查看余额'].join('\n'), '微信查医保余额');
        expect(got.map((p) => p.steps)).toEqual([['打开微信', '搜索医保', '查看余额']]);
    });
});

describe('a proof got in order to bring it', () => {
    it('reads steps that get a proof and then bring it to a transfer as the transfer', () => {
        const got = procedures(
            ['问：回老家工作了，以前交的医保还算不算？', '答：到县医保中心柜台办，流程如下：', '- 先找以前的经办机构开具参保证明', '- 带着参保证明去柜台填申请', '- 等待转出地把钱划过来，接续参保'].join('\n'),
            '医保热点答复',
        );
        expect(got.map((p) => [p.task, p.channel])).toEqual([['transfer', 'counter']]);
    });

    it('keeps steps that only get a proof as the print', () => {
        const got = procedures(['答：到县医保中心柜台办，流程如下：', '- 先到柜台开具参保证明', '- 核对无误后签字领走'].join('\n'), '医保热点答复');
        expect(got.map((p) => [p.task, p.channel])).toEqual([['print_record', 'counter']]);
    });
});

describe("a guide's numbered 适用对象 heading", () => {
    it('gives the steps the place it names', () => {
        const got = procedures(
            ['一、适用对象', '从别处调来宜兴市工作并在此参保的职工。', '二、办理流程', '1. 到市医保窗口交申请表', '2. 等窗口审核'].join('\n'),
            '医保关系转入办事指南',
        );
        expect(got.map((p) => [p.task, p.region])).toEqual([['transfer', '宜兴']]);
    });
});
