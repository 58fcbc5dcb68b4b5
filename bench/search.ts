/**
 * Search latency of the embedded index over synthetic claims: `npx tsx bench/search.ts [claims]`.
 * Target: p95 ≤ 10 ms per query over 100k claims. `compareP50Ms` is the p50 of a plain array scan
 * (substring match + filters + facets + sort) over the same claims and queries, to show what the
 * index buys. `indexMs` includes writing the claims and their words to the data dir's database; `saveMs` is
 * `close()` (nothing left to write); `openMs` is a second `openEmbeddedIndex` of the same data dir answering its
 * first query (what `search` and `serve` do: load the packed page rows, src/search/page-index.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FigureClaim, ProcedureClaim } from '../src/claims/schema.js';
import { openEmbeddedIndex } from '../src/search/embedded-index.js';
import { compareCodePoints, emptyFacets, FACET_FIELDS } from '../src/search/query.js';
import type { ClaimDocument, ClaimQuery, ClaimSearchResult } from '../src/search/types.js';
import { createRandom } from './random.js';

export interface BenchSearchOptions {
    /** Number of synthetic claims indexed. */
    claims: number;
    /** Timed queries, cycling through the mix after one warm-up pass. @default 110 */
    queries?: number;
}

export interface BenchSearchResult {
    p50Ms: number;
    p95Ms: number;
    /** p50 of a linear scan over the same claims, for comparison. */
    compareP50Ms?: number;
    indexMs: number;
    /** `close()` after indexing (the claims are already in the database). */
    saveMs?: number;
    /** Opening the index again and answering a first query, as a second process would. */
    openMs?: number;
}

const REGIONS = ['北京', '上海', '广州', '深圳', '杭州', '南京', '成都', '武汉', '西安', '重庆', '天津', '长沙', '郑州', '济南',
    '青岛', '沈阳', '哈尔滨', '长春', '石家庄', '太原', '呼和浩特', '乌鲁木齐', '兰州', '西宁', '银川', '拉萨', '昆明', '贵阳',
    '南宁', '海口', '琼海', '福州', '厦门', '南昌', '合肥'];
const FIGURE_TEMPLATES = [
    (r: string, a: string, v: number) => `${r}${a}退休人员医保个人账户每月返款${v}元`,
    (r: string, a: string, v: number) => `${r}:${a}每月划入${v}元,按本人养老金的一定比例计算`,
    (r: string, a: string, v: number) => `${r}退休职工${a}每年打入个人账户${v * 12}元,月均${v}元`,
];
const PROCEDURE_TEMPLATES = [
    (r: string) => `在${r}医保公众号点击"我的医保",进入个人账户查询余额和返款明细`,
    (r: string) => `${r}参保人可携带身份证到医保经办机构窗口办理医保关系转移接续`,
    (r: string) => `打开支付宝搜索${r}医保,选择家庭共济绑定家人账户`,
];
const AGE_BRACKETS: [number | null, number | null, string][] = [
    [null, 69, '70岁以下'], [70, null, '70岁及以上'], [null, 74, '不满75岁'], [75, null, '75岁以上'], [null, null, ''],
];

/** `n` synthetic claims: ~80% figures, 35 regions, 200 sites, 10 claims per page. */
export function syntheticClaims(n: number, seed = 7): ClaimDocument[] {
    const next = createRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const claims: ClaimDocument[] = [];
    for (let i = 0; i < n; i++) {
        const page = Math.floor(i / 10);
        const site = `site${page % 200}.example.cn`;
        const url = `https://${site}/yb/${String(page).padStart(7, '0')}.html`;
        const region = next() < 0.15 ? null : pick(REGIONS);
        const base = {
            id: `c${String(i).padStart(8, '0')}`, url, site, title: `${region ?? ''}退休后医保个人账户每月返多少钱?`,
            published: '2024-03-01', section: next() < 0.5 ? '各地标准' : null, region, province: region,
            copies: 1, cluster: null, confidence: 1,
        };
        if (next() < 0.8) {
            const [ageMin, ageMax, label] = pick(AGE_BRACKETS);
            const value = 50 + Math.floor(next() * 150);
            const figure: FigureClaim & { id: string } = {
                ...base, kind: 'figure', metric: pick(['retiree_account_credit', 'retiree_credit_rate', 'transfer_days'] as const),
                population: pick(['retiree', 'employee', null] as const), ageMin, ageMax, value, valueMax: null,
                unit: 'CNY', period: 'month', monthly: value, approx: false, basis: null, example: false,
                quote: pick(FIGURE_TEMPLATES)(region ?? '', label, value),
            };
            claims.push(figure);
        } else {
            const procedure: ProcedureClaim & { id: string } = {
                ...base, kind: 'procedure', task: pick(['query_balance', 'transfer', 'family_sharing'] as const),
                channel: pick(['wechat', 'alipay', 'counter'] as const), steps: ['打开', '查询'],
                quote: pick(PROCEDURE_TEMPLATES)(region ?? '本地'),
            };
            claims.push(procedure);
        }
    }
    return claims;
}

/** The mix a user of the search page produces: words, words + filters, filters only, browse-all. */
export const QUERY_MIX: ClaimQuery[] = [
    { q: '返款' },
    { q: '北京 返款' },
    { q: '转移接续', region: '上海' },
    { q: '家庭共济' },
    { region: '深圳' },
    { metric: 'retiree_account_credit', population: 'retiree' },
    { metric: 'retiree_account_credit', age: 69 },
    { age: 70, region: '杭州' },
    { site: 'site17.example.cn' },
    { q: '个人账户', page: 3 },
    {},
];

/** The comparison: what a search would cost without an index. */
function scan(claims: ClaimDocument[], query: ClaimQuery): ClaimSearchResult {
    const words = (query.q ?? '').split(/\s+/).filter(Boolean);
    const hits = claims.filter((c) => {
        const figure = c.kind === 'figure' ? c : undefined;
        if (query.region && c.region !== query.region) return false;
        if (query.site && c.site !== query.site) return false;
        if (query.metric && figure?.metric !== query.metric) return false;
        if (query.population && figure?.population !== query.population) return false;
        if (query.age !== undefined && ((figure?.ageMin ?? -Infinity) > query.age || (figure?.ageMax ?? Infinity) < query.age)) {
            return false;
        }
        const text = `${c.quote}\n${c.title}\n${c.section ?? ''}\n${c.region ?? ''}`;
        return words.every((w) => text.includes(w));
    });
    hits.sort((a, b) => compareCodePoints(a.url, b.url) || compareCodePoints(a.id, b.id));
    const facets = emptyFacets();
    for (const hit of hits) {
        for (const field of FACET_FIELDS) {
            const value = (hit as Record<string, unknown>)[field];
            if (typeof value === 'string') facets[field][value] = (facets[field][value] ?? 0) + 1;
        }
    }
    const page = query.page ?? 1;
    return { hits: hits.slice((page - 1) * 20, page * 20), total: hits.length, page, hitsPerPage: 20, facets };
}

function percentile(sorted: number[], p: number): number {
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeQueries(run: (q: ClaimQuery) => Promise<unknown>, n: number): Promise<number[]> {
    for (const q of QUERY_MIX) await run(q); // warm-up: JIT, jieba dictionary
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
        const start = performance.now();
        await run(QUERY_MIX[i % QUERY_MIX.length]!);
        times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b);
}

/** Indexes `claims` synthetic claims into a fresh embedded index and times the query mix. */
export async function benchSearch(options: BenchSearchOptions): Promise<BenchSearchResult> {
    const claims = syntheticClaims(options.claims);
    const queries = options.queries ?? 110;
    const dir = await mkdtemp(join(tmpdir(), 'claimscope-bench-'));
    const index = await openEmbeddedIndex(dir);
    try {
        const start = performance.now();
        await index.upsert(claims);
        const indexMs = performance.now() - start;
        const times = await timeQueries((q) => index.search(q), queries);
        const scanTimes = await timeQueries(async (q) => scan(claims, q), Math.min(queries, 3 * QUERY_MIX.length));
        const saveStart = performance.now();
        await index.close();
        const saveMs = performance.now() - saveStart;
        const openStart = performance.now();
        const reopened = await openEmbeddedIndex(dir);
        // The index loads the claims table on its first read.
        await reopened.search({});
        const openMs = performance.now() - openStart;
        await reopened.close();
        return {
            p50Ms: percentile(times, 50),
            p95Ms: percentile(times, 95),
            compareP50Ms: percentile(scanTimes, 50),
            indexMs,
            saveMs,
            openMs,
        };
    } finally {
        await rm(dir, { recursive: true, force: true });
    }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const claims = Number(process.argv[2] ?? 100_000);
    const result = await benchSearch({ claims });
    const rounded = Object.fromEntries(Object.entries(result).map(([key, ms]) => [key, +ms.toFixed(2)]));
    console.log(JSON.stringify({ claims, ...rounded }));
}
