/**
 * An open-data page's CSV preview: comma-separated rows under a header row are a table, and columns naming an age
 * bound give each row its bracket. Rows written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { delimitedRowsAsTable } from '../../../../extractors/passages/delimited-rows.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

function credits(lines: string[]) {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(canonicalPage(passages).passages, { url: 'https://example.test/d.html', title: '数据开放:退休人员个人账户划入标准', published: null })
        .map((c) => [c.metric, c.region, c.ageMin, c.ageMax, c.value, c.period]);
}

describe('comma-separated rows', () => {
    it('are read as a table with age-bound columns', () => {
        expect(credits(['地区,年龄下限,年龄上限,月划入额(元)', '雅安市,,71,88', '雅安市,72,,99'])).toEqual([
            ['retiree_account_credit', '雅安', null, 71, 88, 'month'],
            ['retiree_account_credit', '雅安', 72, null, 99, 'month'],
        ]);
    });

    it('read a bracket with both bounds', () => {
        expect(credits(['城市,最低年龄,最高年龄,每月划入金额(元)', '雅安市,60,71,88', '雅安市,72,,99'])).toEqual([
            ['retiree_account_credit', '雅安', 60, 71, 88, 'month'],
            ['retiree_account_credit', '雅安', 72, null, 99, 'month'],
        ]);
    });

    it('leave prose with commas as it is', () => {
        const lines = [{ text: '今年,退休人员,按月划入' }, { text: '雅安市,每月,88元' }];
        expect(delimitedRowsAsTable(lines)).toEqual(lines);
        const sentences = [{ text: '退休人员每月划入88元,在职职工按2%划入,转移10个工作日办结。' }, { text: '雅安市,每月,99元,全年,1188元。' }];
        expect(delimitedRowsAsTable(sentences)).toEqual(sentences);
    });

    it('need a header row above the data', () => {
        const rows = [{ text: '雅安市,,71,88' }, { text: '雅安市,72,,99' }];
        expect(delimitedRowsAsTable(rows)).toEqual(rows);
    });
});

describe('a CSV preview in <pre>', () => {
    it('keeps each record on its own line, so the page gives one claim per row', async () => {
        const { extractPage } = await import('../../../../extractors/index.js');
        const html = `<html><head><title>数据开放:雅安市退休人员个人账户划入标准</title></head><body><div class="content">
<h1>数据开放:雅安市退休人员个人账户划入标准</h1>
<p>数据集名称:退休人员个人账户划入标准 | 提供单位:雅安市医疗保障局 | 更新频率:每年</p>
<pre>地区,年龄下限,年龄上限,月划入额(元)
雅安市,,71,88
雅安市,72,,99
</pre>
<p>字段说明:年龄上下限均含本数,空白表示不限。</p></div></body></html>`;
        const page = extractPage(html, 'https://example.test/dataset/ya.html');
        const figures = page.claims.filter((c) => c.kind === 'figure');
        expect(figures.map((c) => [c.region, c.ageMin, c.ageMax, c.value])).toEqual([
            ['雅安', null, 71, 88],
            ['雅安', 72, null, 99],
        ]);
    });
});
