import { describe, expect, it } from 'vitest';
import { passagesFromLines } from '../../../extractors/passages/from-lines.js';

/** Lines as the corpus text dumps print them (the articles' own wording). */
const kinds = (texts: string[]) => passagesFromLines(texts.map((text) => ({ text }))).map((p) => [p.kind, p.text]);

describe('passagesFromLines', () => {
    it('reads 一、 and short 1、 lines as nested headings and gives each passage its section', () => {
        const passages = passagesFromLines(
            [
                '一、福州医保卡每月返钱是怎么计算的?',
                '医保每月返款的金额因地区、个人年龄以及当地人均养老金水平等因素而异,无法给出一个统一的数字。',
                '1、返款基数与比例',
                '返款比例:全国普遍采用2%~3%的返还比例,具体比例由各地方有关部门根据当地经济情况和医保方案确定。',
                '2、年龄因素',
                '部分地区的医保方案对高龄退休人员有所倾斜,会给予更高的医保返款比例或金额。',
                '二、福州如何用微信查询医保卡余额?',
                '查询医保卡余额有多种方法。',
            ].map((text) => ({ text })),
        );
        expect(passages.map((p) => [p.kind, p.level, p.section])).toEqual([
            ['heading', 1, '一、福州医保卡每月返钱是怎么计算的?'],
            ['paragraph', 1, '一、福州医保卡每月返钱是怎么计算的?'],
            ['heading', 2, '1、返款基数与比例'],
            ['paragraph', 2, '1、返款基数与比例'],
            ['heading', 2, '2、年龄因素'],
            ['paragraph', 2, '2、年龄因素'],
            ['heading', 1, '二、福州如何用微信查询医保卡余额?'],
            ['paragraph', 1, '二、福州如何用微信查询医保卡余额?'],
        ]);
        expect(passages.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });

    it('joins a numbered point cut between a number and its unit back into one passage', () => {
        expect(kinds(['二、医保关系转出的,经办机构在12', '个工作日内办结。', '三、本办法自公布之日起施行。'])).toEqual([
            ['paragraph', '二、医保关系转出的,经办机构在12个工作日内办结。'],
            ['paragraph', '三、本办法自公布之日起施行。'],
        ]);
        expect(kinds(['三、退休人员满80', '周岁的,每月另加10元。'])[0]?.[1]).toBe('三、退休人员满80周岁的,每月另加10元。');
        // a line that ends in a number and a next line that opens with a place stay apart
        expect(kinds(['咨询电话:12345', '天津市民也可拨打。'])).toHaveLength(2);
    });

    it('keeps section null and level unset before the first heading', () => {
        const [first] = passagesFromLines([{ text: '很多退休人员关心医保卡每个月到底能返多少钱,下面就为大家详细介绍。' }]);
        expect(first).toEqual({
            index: 0,
            text: '很多退休人员关心医保卡每个月到底能返多少钱,下面就为大家详细介绍。',
            kind: 'paragraph',
            section: null,
        });
    });

    it('reads consecutive numbered steps as items, not headings', () => {
        expect(
            kinds([
                '微信办理异地就医备案:',
                '1. 打开微信搜索“国家异地就医备案”小程序',
                '2. 实名认证后选择参保地和就医地',
                '3. 提交备案申请',
            ]),
        ).toEqual([
            ['paragraph', '微信办理异地就医备案:'],
            ['item', '1. 打开微信搜索“国家异地就医备案”小程序'],
            ['item', '2. 实名认证后选择参保地和就医地'],
            ['item', '3. 提交备案申请'],
        ]);
    });

    it('reads a numbered sentence as an item even when it stands alone', () => {
        expect(kinds(['1、养老金水平不同。经济发达地区人均养老金高,划入的钱自然多。'])).toEqual([
            ['item', '1、养老金水平不同。经济发达地区人均养老金高,划入的钱自然多。'],
        ]);
    });

    it('recognises 【1】, (一) and bare short questions as headings, but not a question with a label', () => {
        expect(
            kinds([
                '【1】部分地区退休人员医保个人账户划入标准',
                '(一)线上办理',
                '琼海如何查询医保卡余额?',
                '网友提问:广州退休人员医保个人账户每个月返多少钱?',
                '【免责声明】文章采自网友投稿刊登及网络转载,内容仅代表作者本人观点,与本网站无关。',
            ]),
        ).toEqual([
            ['heading', '【1】部分地区退休人员医保个人账户划入标准'],
            ['heading', '(一)线上办理'],
            ['heading', '琼海如何查询医保卡余额?'],
            ['paragraph', '网友提问:广州退休人员医保个人账户每个月返多少钱?'],
            ['paragraph', '【免责声明】文章采自网友投稿刊登及网络转载,内容仅代表作者本人观点,与本网站无关。'],
        ]);
    });

    it('keeps short lines ending in a colon as paragraphs (channel labels)', () => {
        expect(kinds(['支付宝查询步骤:', '操作步骤:'])).toEqual([
            ['paragraph', '支付宝查询步骤:'],
            ['paragraph', '操作步骤:'],
        ]);
    });

    it('strips decorative bullets but keeps numbering and circled markers verbatim', () => {
        expect(
            kinds([
                '  • 广州:退休人员每月定额划入160元。',
                '① 北京:不满70周岁的退休人员每月实际到账97元,年满70周岁的每月实际到账107元。',
                '第一步,在手机应用商店下载“国家医保服务平台”APP并注册登录;',
                '(1)下载并登录“国家医保服务平台”APP,完成实名认证;',
            ]),
        ).toEqual([
            ['item', '广州:退休人员每月定额划入160元。'],
            ['item', '① 北京:不满70周岁的退休人员每月实际到账97元,年满70周岁的每月实际到账107元。'],
            ['item', '第一步,在手机应用商店下载“国家医保服务平台”APP并注册登录;'],
            ['item', '(1)下载并登录“国家医保服务平台”APP,完成实名认证;'],
        ]);
    });

    it('follows hints from the markup, demoting a long bold sentence to a paragraph', () => {
        const passages = passagesFromLines([
            { text: '注意事项', hint: 'heading' },
            { text: '医保个人账户的钱属于个人所有,不会清0,可以结转使用和依法继承。', hint: 'heading' },
            { text: '携带本人身份证到当地医保经办机构窗口', hint: 'item' },
        ]);
        expect(passages.map((p) => [p.kind, p.section])).toEqual([
            ['heading', '注意事项'],
            ['paragraph', '注意事项'],
            ['item', '注意事项'],
        ]);
    });

    it('collapses whitespace and skips empty lines', () => {
        expect(kinds(['  ', '陕西:\u3000退休人员每月返款100元。\n', ''])).toEqual([['paragraph', '陕西: 退休人员每月返款100元。']]);
    });

    it('does not read a decimal or a date as a numbered line', () => {
        expect(kinds(['2.5%的比例划入', '2025.7.1'])).toEqual([
            ['paragraph', '2.5%的比例划入'],
            ['paragraph', '2025.7.1'],
        ]);
    });
});

describe('sentences broken across lines', () => {
    it('joins a line that stops mid-sentence with the line that carries it on', () => {
        expect(kinds(['某市退休人员个人账户每月划入,', '标准为每人100元。'])).toEqual([
            ['paragraph', '某市退休人员个人账户每月划入,标准为每人100元。'],
        ]);
        expect(kinds(['某市退休人员个人账户每月划入1', '20元,按月到账。'])).toEqual([
            ['paragraph', '某市退休人员个人账户每月划入120元,按月到账。'],
        ]);
        expect(kinds(['根据有关规定,某市退休人员的医保个人账户按月', '定额划入,具体标准见下文。'])).toEqual([
            ['paragraph', '根据有关规定,某市退休人员的医保个人账户按月定额划入,具体标准见下文。'],
        ]);
    });

    it('joins a numbered point plainly cut mid-phrase, and an age bound cut in half, with the next line', () => {
        expect(kinds(['一、在职职工个人账户按本人缴费基数的1.5%按', '月计入。', '二、退休人员个人账户按月定额划入,其中:75周岁以', '下的每人每月划入90元。'])).toEqual([
            ['paragraph', '一、在职职工个人账户按本人缴费基数的1.5%按月计入。'],
            ['paragraph', '二、退休人员个人账户按月定额划入,其中:75周岁以下的每人每月划入90元。'],
        ]);
        expect(kinds(['一、个人账户', '退休人员每月划入90元。']).map(([kind]) => kind)).toEqual(['heading', 'paragraph']);
    });

    it('joins a sentence whose next line starts with what no sentence starts with', () => {
        expect(kinds(['每月划入100', '元。'])).toEqual([['paragraph', '每月划入100元。']]);
    });

    it('keeps a line that ends its sentence, a label, a short title-like line and a heading apart', () => {
        const lines = ['每月划入100元。', '微信查询步骤:', '打开微信,进入城市服务。', '各地划入标准一览', '某市每月划入90元。'];
        expect(kinds(lines).map(([, text]) => text)).toEqual(lines);
        expect(
            passagesFromLines([{ text: '某市退休人员医保个人账户划入标准和办理渠道说明', hint: 'heading' }, { text: '每月划入100元。' }]).map(
                (p) => p.kind,
            ),
        ).toEqual(['heading', 'paragraph']);
    });

    it('does not carry a line on into a numbered line, a list item, a table row or a labelled line', () => {
        const open = '根据有关规定,某市退休人员医保个人账户按以下标准';
        for (const next of ['1. 七十岁以下每月100元。', '• 每月100元。', '地区 | 标准', '某市:每月100元。']) {
            expect(kinds([open, next])).toHaveLength(2);
        }
        expect(passagesFromLines([{ text: open }, { text: '每月100元。', hint: 'item' }])).toHaveLength(2);
    });
});
