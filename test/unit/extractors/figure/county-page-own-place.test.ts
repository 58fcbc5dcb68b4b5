/**
 * A county's page naming its place without saying it in full: `本县`/`我县` under a headline that drops the
 * county's `县`, the county's own bureau or hall named bare (`到县医保服务中心`), and a section headed by the name of
 * the county's own rule. Invented pages and counties' figures.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import { findRegions } from '../../../../extractors/region/index.js';

const page = (title: string, body: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="article"><h1>${title}</h1>${body}</div></body></html>`;

const regionsOf = (html: string, kind: 'figure' | 'procedure' = 'figure') =>
    extractPage(html, 'https://county.example/a/1.html').claims.filter((c) => c.kind === kind).map((c) => c.region);

describe('a headline naming its county bare', () => {
    const body = '<p>经过测算，本县今后每月往退休老人个账里统一打入93元。</p><p>在岗职工则照缴费工资的2%打进个账。</p>';

    it("is the page's place once the body calls that place its own (本县)", () => {
        expect(regionsOf(page('宁海医保个账新规速览', body))).toEqual(['宁海', '宁海']);
    });

    it('stays a promise when the body never calls any place its own', () => {
        const generic = '<p>经过测算，今后每月往退休老人个账里统一打入93元。</p><p>在岗职工则照缴费工资的2%打进个账。</p>';
        expect(regionsOf(page('宁海医保个账新规速览', generic))).toEqual([null, null]);
    });
});

describe("a county's own body named bare", () => {
    const guide = (where: string) =>
        page(
            '安福县共济账户绑定服务须知',
            `<h2>一、办理条件</h2><p>个账尚有余额的职工医保参保人可绑定近亲属。</p><h2>二、办理流程</h2><h3>（一）窗口办理</h3>` +
                `<p>带上户口簿和双方证件，${where}填写共济绑定申请表，经办人员核对后即时办好。</p>`,
        );

    it("is the page's county when the page goes to it (到县医保服务中心)", () => {
        expect(regionsOf(guide('前往县医保服务中心大厅'), 'procedure')).toEqual(['安福']);
        expect(regionsOf(guide('到县政务服务中心三号窗'), 'procedure')).toEqual(['安福']);
    });

    it('is not when a word before it makes it one of several (各县医保中心)', () => {
        expect(regionsOf(guide('就近到各县医保中心窗口'), 'procedure')).toEqual([null]);
    });
});

describe("a section headed by the name of a county's rule", () => {
    const rule = (heading: string) =>
        page('职工医保条文学习材料', `<h2>${heading}</h2><p>第七条　在岗职工个账照缴费工资的2%打入。</p><p>第八条　退休的职工个账一律每月打入77元。</p>`);

    it("gives the rule's figures its county, a note on the printed part (（节选）) and all", () => {
        expect(regionsOf(rule('德化县职工医保个账管理细则（节选）'))).toEqual(['德化', '德化']);
        expect(regionsOf(rule('《德化县职工医保个账管理细则》'))).toEqual(['德化', '德化']);
    });

    it('gives none under a heading that names no rule of a place', () => {
        expect(regionsOf(rule('条文节选（学习用）'))).toEqual([null, null]);
    });
});

describe('a county name between two bodies', () => {
    it('is the verb joining them when its 县 opens the second body (某局会同县某局)', () => {
        expect(findRegions('本办法由县人社局会同县卫健委拟定')).toEqual([]);
        expect(findRegions('市税务局会同市政府办公室发文')).toEqual([]);
    });

    it('is the town when it opens the sentence or follows no body', () => {
        expect(findRegions('会同县医保局日前通知').map((m) => m.name)).toEqual(['会同']);
        expect(findRegions('省医保局转发了会同县人社局的报告').map((m) => m.name)).toEqual(['会同']);
    });
});
