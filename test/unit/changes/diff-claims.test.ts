/**
 * Claim-level diff between two crawls of one page. The claims are shaped like the corpus's (a retiree
 * credit page quoting 深圳, 北京's age split, an off-site filing walkthrough), edited as a site would edit them.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimDraft, FigureDraft, ProcedureDraft } from '../../../src/claims/schema.js';
import { claimKey, diffPageClaims } from '../../../src/changes/diff-claims.js';
import type { PageRecord } from '../../../src/storage/types.js';

const URL_ = 'https://www.shebao.example/yibao/000_cbe485491ceb8662.html';

const shenzhen: FigureDraft = {
    kind: 'figure',
    metric: 'retiree_account_credit',
    region: '深圳',
    province: '广东',
    section: null,
    population: 'retiree',
    ageMin: null,
    ageMax: null,
    value: 250,
    valueMax: null,
    unit: 'CNY',
    period: 'month',
    monthly: 250,
    approx: true,
    basis: null,
    example: false,
    confidence: 1,
    quote: '深圳的退休人员每月医保返款金额可以达到250元左右',
    passage: 3,
};

const nationalRate: FigureDraft = {
    ...shenzhen,
    metric: 'retiree_credit_rate',
    region: null,
    province: null,
    value: 2,
    valueMax: 3,
    unit: 'percent',
    period: null,
    monthly: null,
    approx: false,
    basis: 'avg_pension',
    quote: '返款比例:全国普遍采用2%~3%的返还比例',
    passage: 1,
};

/** 北京 credits retirees by age: under 70 and 70 or older are two claims about two groups. */
const beijingUnder70: FigureDraft = {
    ...shenzhen,
    region: '北京',
    province: '北京',
    ageMin: null,
    ageMax: 69,
    value: 100,
    monthly: 100,
    approx: false,
    quote: '北京市:70岁以下的退休人员,每月划入个人账户100元;70岁及以上的每月划入110元',
    passage: 5,
};
const beijing70Plus: FigureDraft = { ...beijingUnder70, ageMin: 70, ageMax: null, value: 110, monthly: 110 };

const filingByApp: ProcedureDraft = {
    kind: 'procedure',
    task: 'offsite_filing',
    channel: 'app',
    region: null,
    province: null,
    section: null,
    steps: ['打开国家医保服务平台APP', '点击“异地就医备案”', '选择备案类型和就医地', '提交后等待审核'],
    quote: '打开国家医保服务平台APP',
    passage: 7,
};
const filingByWechat: ProcedureDraft = {
    ...filingByApp,
    channel: 'wechat',
    steps: ['打开微信搜索“国家异地就医备案”小程序', '实名认证后选择参保地和就医地', '提交备案申请'],
    quote: '打开微信搜索“国家异地就医备案”小程序',
    passage: 8,
};

function page(claims: ClaimDraft[], fetchedAt = '2025-06-01T08:00:00.000Z'): PageRecord {
    return {
        url: URL_,
        site: 'www.shebao.example',
        title: '退休后医保个人账户每月返多少钱?',
        published: '2025-05-20',
        passages: [],
        claims,
        contentHash: fetchedAt,
        etag: null,
        lastModified: null,
        fetchedAt,
    };
}

const BEFORE = [nationalRate, shenzhen, beijingUnder70, beijing70Plus, filingByApp, filingByWechat];
const RECRAWLED_AT = '2025-06-08T08:00:00.000Z';

describe('diffPageClaims', () => {
    it('finds no change on an unchanged page, nor when claims only moved or were reworded', () => {
        expect(diffPageClaims(page(BEFORE), page(BEFORE, RECRAWLED_AT))).toEqual([]);
        // A new paragraph above shifts every passage index; a quote reworded around the same figure.
        const moved = [...BEFORE]
            .reverse()
            .map((c) => ({ ...c, passage: c.passage + 2, quote: c === shenzhen ? '深圳市:退休职工每月大约能返250元' : c.quote }));
        expect(diffPageClaims(page(BEFORE), page(moved, RECRAWLED_AT))).toEqual([]);
    });

    it('reports 深圳 250 → 251 as one modified claim, with the page and the time of the recrawl', () => {
        const edited = BEFORE.map((c) => (c === shenzhen ? { ...shenzhen, value: 251, monthly: 251, quote: '深圳…251元左右' } : c));
        const changes = diffPageClaims(page(BEFORE), page(edited, RECRAWLED_AT));
        expect(changes).toHaveLength(1);
        expect(changes[0]).toMatchObject({
            change: 'modified',
            kind: 'figure',
            key: 'figure · retiree_account_credit · 深圳 · retiree',
            region: '深圳',
            url: URL_,
            site: 'www.shebao.example',
            title: '退休后医保个人账户每月返多少钱?',
            at: RECRAWLED_AT,
            fields: [
                { field: 'value', before: 250, after: 251 },
                { field: 'monthly', before: 250, after: 251 },
            ],
        });
        expect(changes[0]!.before).toEqual(shenzhen);
        expect(changes[0]!.after).toMatchObject({ value: 251 });
    });

    it('reports a claim that appeared and one that disappeared', () => {
        const guangzhou: FigureDraft = { ...shenzhen, region: '广州', value: 215, monthly: 215, quote: '广州:每月返215元' };
        const recrawled = [...BEFORE.filter((c) => c !== filingByWechat), guangzhou];
        const changes = diffPageClaims(page(BEFORE), page(recrawled, RECRAWLED_AT));
        expect(changes.map((c) => [c.change, c.key])).toEqual(
            expect.arrayContaining([
                ['added', 'figure · retiree_account_credit · 广州 · retiree'],
                ['removed', 'procedure · offsite_filing · wechat'],
            ]),
        );
        expect(changes).toHaveLength(2);
        const added = changes.find((c) => c.change === 'added')!;
        expect(added).toMatchObject({ before: null, after: guangzhou, fields: [], region: '广州' });
        const removed = changes.find((c) => c.change === 'removed')!;
        expect(removed).toMatchObject({ before: filingByWechat, after: null, fields: [], region: null });
    });

    it('matches figures by age band: only the 70-and-over credit changed', () => {
        const edited = BEFORE.map((c) => (c === beijing70Plus ? { ...beijing70Plus, value: 120, monthly: 120 } : c));
        const changes = diffPageClaims(page(BEFORE), page(edited, RECRAWLED_AT));
        expect(changes).toHaveLength(1);
        expect(changes[0]).toMatchObject({ change: 'modified', key: 'figure · retiree_account_credit · 北京 · retiree · 70-' });
        expect(changes[0]!.fields).toContainEqual({ field: 'value', before: 110, after: 120 });
    });

    it('treats a moved age boundary as a different group, not an edit of the old one', () => {
        const edited = BEFORE.map((c) => (c === beijing70Plus ? { ...beijing70Plus, ageMin: 75 } : c));
        const changes = diffPageClaims(page(BEFORE), page(edited, RECRAWLED_AT));
        expect(changes.map((c) => [c.change, c.key]).sort()).toEqual([
            ['added', 'figure · retiree_account_credit · 北京 · retiree · 75-'],
            ['removed', 'figure · retiree_account_credit · 北京 · retiree · 70-'],
        ]);
    });

    it('matches figures by population and region: the same metric for employees is another claim', () => {
        const employees: FigureDraft = { ...shenzhen, population: 'employee', value: 180, monthly: 180 };
        const changes = diffPageClaims(page([shenzhen]), page([shenzhen, employees], RECRAWLED_AT));
        expect(changes).toEqual([
            expect.objectContaining({ change: 'added', key: 'figure · retiree_account_credit · 深圳 · employee' }),
        ]);
        const moved = diffPageClaims(page([shenzhen]), page([{ ...shenzhen, region: '广州' }], RECRAWLED_AT));
        expect(moved.map((c) => c.change).sort()).toEqual(['added', 'removed']);
    });

    it('matches procedures by task, channel and region: new steps are a modification', () => {
        const steps = [...filingByApp.steps.slice(0, 3), '提交后即时备案,无需等待审核'];
        const edited = BEFORE.map((c) => (c === filingByApp ? { ...filingByApp, steps } : c));
        const changes = diffPageClaims(page(BEFORE), page(edited, RECRAWLED_AT));
        expect(changes).toEqual([
            expect.objectContaining({
                change: 'modified',
                kind: 'procedure',
                key: 'procedure · offsite_filing · app',
                fields: [{ field: 'steps', before: filingByApp.steps, after: steps }],
            }),
        ]);
    });

    it('treats the same steps for another region or channel as another procedure', () => {
        const local = { ...filingByApp, region: '郑州', province: '河南' };
        const changes = diffPageClaims(page([filingByApp]), page([local], RECRAWLED_AT));
        expect(changes.map((c) => [c.change, c.key]).sort()).toEqual([
            ['added', 'procedure · offsite_filing · app · 郑州'],
            ['removed', 'procedure · offsite_filing · app'],
        ]);
    });

    it('pairs claims of one identity that still agree first, so one edit among look-alikes is one change', () => {
        // Two example calculations with the same identity; only the second one's figure changes.
        const exampleA: FigureDraft = {
            ...shenzhen,
            region: null,
            province: null,
            example: true,
            value: 111,
            monthly: 111,
            approx: false,
        };
        const exampleB: FigureDraft = { ...exampleA, value: 90, monthly: 90 };
        const recrawled = [{ ...exampleB, value: 96, monthly: 96 }, exampleA];
        const changes = diffPageClaims(page([exampleA, exampleB]), page(recrawled, RECRAWLED_AT));
        expect(changes).toHaveLength(1);
        expect(changes[0]!.fields).toContainEqual({ field: 'value', before: 90, after: 96 });
    });
});

describe('claimKey', () => {
    it('leaves out the parts a claim does not have', () => {
        expect(claimKey(nationalRate)).toBe('figure · retiree_credit_rate · retiree');
        expect(claimKey(beijingUnder70)).toBe('figure · retiree_account_credit · 北京 · retiree · -69');
        expect(claimKey(filingByWechat)).toBe('procedure · offsite_filing · wechat');
    });
});
