/**
 * Steps given in a bracket after the service they do (`可办:补打参保证明(带卡到大厅一体机→点…→取单)`), under a table
 * of stops or fees (CLAIMS.md § Procedures): the bracket holds the how-to, so the way it names is the way; a table row
 * above names where or when, not how. Every page and sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import type { ProcedureDraft } from '../../../../src/claims/schema.js';

function procedures(title: string, body: string[]): string[] {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body
        .map((line) => (line.startsWith('<') ? line : `<p>${line}</p>`))
        .join('')}</body></html>`;
    return extractPage(html, 'https://example.test/page.html')
        .claims.filter((c): c is ProcedureDraft => c.kind === 'procedure')
        .map((p) => `${p.task}/${p.channel}`);
}

const STOPS =
    '<table><tr><td>日期</td><td>地点</td></tr><tr><td>1月8日</td><td>东岭乡便民服务中心</td></tr><tr><td>1月15日</td><td>西坝村委会</td></tr></table>';

describe('steps chained in a bracket, under a table of stops', () => {
    it('take the way the bracket names, not a service centre a row names', () => {
        const found = procedures('医保服务大篷车下乡安排', [
            '服务大篷车本月到以下地点驻点。',
            STOPS,
            '现场可办:打印参保证明(带上身份证到车内一体机刷证→点选“打印参保凭证”→取走凭单)。',
        ]);
        expect(found).toEqual(['print_record/kiosk']);
    });

    it('leave the way to a label right above the steps, under the same table', () => {
        const found = procedures('医保服务大篷车下乡安排', [
            '服务大篷车本月到以下地点驻点。',
            STOPS,
            '车内窗口办理流程:',
            '<ol><li>向工作人员出示身份证;</li><li>说明要查个人账户余额;</li><li>核对后领取打印的余额单。</li></ol>',
        ]);
        expect(found).toEqual(['query_balance/counter']);
    });
});
