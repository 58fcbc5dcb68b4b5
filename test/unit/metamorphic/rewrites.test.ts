import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parseArticleText, type ArticleDocument, type ContentBlock } from '../../demo/article-text.js';
import { splitSentences, toChineseNumerals, toFullWidthDigits, toLabelLines, transposeTables, REWRITES } from '../../metamorphic/rewrites.js';
import { ALL_TEMPLATES, buildVariants, loadDevArticles } from '../../metamorphic/variants.js';

const doc = (...blocks: ContentBlock[]): ArticleDocument => ({ title: '标题', meta: [], blocks });
const p = (text: string): ContentBlock => ({ kind: 'paragraph', text });
const h = (text: string): ContentBlock => ({ kind: 'heading', level: 1, text });

describe('written-form rewrites', () => {
    it('writes figures and ages in Chinese numerals, with 两 and 百分之, and leaves dates and phone numbers', () => {
        expect(toChineseNumerals('2025-03-13 热线12345:满65周岁每月划入200元,比例2%~3.5%,约2个工作日,另含157.5元,40-60元'))
            .toBe('2025-03-13 热线12345:满六十五周岁每月划入两百元,比例百分之二至百分之三点五,约两个工作日,另含一百五十七点五元,四十至六十元');
    });

    it('writes digits, percent signs, decimal points and ranges full-width', () => {
        expect(toFullWidthDigits('每月3.5%,或50~70元,2%~3%')).toBe('每月３．５％,或５０～７０元,２％～３％');
    });

    it('turns the article into traditional script, title included', () => {
        const rewritten = REWRITES.find((r) => r.name === 'traditional')!.document(doc(p('退休人员每月划入个人账户')));
        expect(rewritten.blocks[0]).toEqual(p('退休人員每月劃入個人賬戶'));
    });
});

describe('layout rewrites', () => {
    it('sets inline place labels on lines of their own only where no unlabelled text follows', () => {
        const before = doc(h('一、标准'), p('甲省:不是地名的标签不动。'), p('江苏省:每月100元。'), p('杭州:每月90元。'), p('全国一般为2%。'), h('二、办理'));
        const after = toLabelLines(before);
        expect(after.blocks).toEqual([h('一、标准'), p('甲省:不是地名的标签不动。'), p('【江苏】'), p('每月100元。'), p('杭州:每月90元。'), p('全国一般为2%。'), h('二、办理')]);
    });

    it('splits a labelled list item out of its list, keeping the items around it as lists', () => {
        const list: ContentBlock = { kind: 'list', ordered: true, items: [{ marker: '1. ', text: '说明一下。' }, { marker: '2. ', text: '成都:每月80元。' }, { marker: '3. ', text: '武汉:每月85元。' }] };
        const after = toLabelLines(doc(list));
        expect(after.blocks).toEqual([
            { kind: 'list', ordered: true, items: [{ marker: '1. ', text: '说明一下。' }] },
            p('【成都】'), p('每月80元。'), p('武汉:'), p('每月85元。'),
        ]);
    });

    it('transposes a table of rows written with cell separators, and nothing else', () => {
        const after = transposeTables(doc(p('说明 | 不是表'), p('x'), p('地区 | 标准'), p('甲地 | 10元'), p('乙地 | 20元'), p('完')));
        expect(after.blocks).toEqual([p('说明 | 不是表'), p('x'), p('地区 | 甲地 | 乙地'), p('标准 | 10元 | 20元'), p('完')]);
    });

    it('breaks a sentence just before its first amount, not before an age', () => {
        const after = splitSentences(doc(p('某地:70岁以下每月划入100元,以上110元。'), p('没有数字的句子。')));
        expect(after.blocks).toEqual([p('某地:70岁以下每月划入'), p('100元,以上110元。'), p('没有数字的句子。')]);
    });
});

describe('variants', () => {
    const articles = loadDevArticles().slice(0, 6);
    const variants = buildVariants(articles);
    const squash = (text: string) => text.replace(/\s+/g, '');

    it('renders every dev page in every template and rewrite, with the dev pages\' URLs', () => {
        expect(variants.map((v) => v.name)).toEqual([...ALL_TEMPLATES.map((t) => `template.${t.name}`), ...REWRITES.map((r) => `rewrite.${r.name}`)]);
        for (const v of variants) expect(v.pages.map((page) => page.url)).toEqual(articles.map((a) => a.url));
    });

    it.each(ALL_TEMPLATES.map((t) => t.name))('template %s shows every heading, paragraph, item and cell of the article', (name) => {
        const pages = variants.find((v) => v.name === `template.${name}`)!.pages;
        pages.forEach((page) => {
            const text = squash(cheerio.load(page.html).text());
            const article = articles.find((a) => a.url === page.url)!;
            const blocks = parseArticleText(article.text, article.title).blocks;
            const texts = blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : b.text.split(' | ')));
            for (const t of texts) expect(text, `${name} ${page.url}`).toContain(squash(t));
        });
    });
});
