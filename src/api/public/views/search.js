// @ts-check
// 搜索: full-text search over claims with facets; on a phone the facets fold behind a 筛选 button.
import { api, getLabels } from '../lib/api.js';
import { append, el, navigate } from '../lib/dom.js';
import { claimCard, downloads, empty, label, pager } from '../lib/ui.js';

/** Facets shown beside results, in this order; `labels` names the vocabulary table their values read through. */
const FACETS = [
    { name: 'region', label: '地区', labels: null },
    { name: 'metric', label: '指标', labels: 'metric' },
    { name: 'population', label: '人群', labels: 'population' },
    { name: 'site', label: '网站', labels: null },
];

/**
 * @param {HTMLElement} root
 * @param {URLSearchParams} params
 */
export async function renderSearch(root, params) {
    const filters = Object.fromEntries(FACETS.map((f) => [f.name, params.get(f.name) ?? undefined]));
    const q = params.get('q') ?? '';
    const age = params.get('age') ?? '';
    const page = Number(params.get('page') ?? '1') || 1;
    /** @param {Record<string, unknown>} next */
    const go = (next) => navigate('search', { q, age, ...filters, ...next });

    const input = /** @type {HTMLInputElement} */ (el('input', { type: 'search', name: 'q', value: q, placeholder: '搜索说法，例如：退休 划入 北京', 'aria-label': '搜索词' }));
    const ageInput = /** @type {HTMLInputElement} */ (el('input', { type: 'number', name: 'age', value: age, min: 0, max: 130, placeholder: '年龄', 'aria-label': '年龄' }));
    const form = el(
        'form',
        {
            className: 'search-form',
            role: 'search',
            onSubmit: (/** @type {Event} */ event) => {
                event.preventDefault();
                go({ q: input.value.trim(), age: ageInput.value, page: 1 });
            },
        },
        input,
        ageInput,
        el('button', { type: 'submit' }, '搜索'),
    );
    append(root, el('h1', {}, '搜索说法'), form);

    const query = { q, age, ...filters, page, pageSize: 20 };
    const [result, vocabulary] = await Promise.all([api('search', query), getLabels()]);
    /** @param {typeof FACETS[number]} facet */
    const tableOf = (facet) => (facet.labels ? vocabulary[facet.labels] : undefined);
    const chips = FACETS.filter((f) => filters[f.name]).map((f) =>
        el('button', { type: 'button', className: 'chip', title: '移除此筛选', onClick: () => go({ [f.name]: undefined, page: 1 }) }, `${f.label}：${label(tableOf(f), filters[f.name])} ×`),
    );
    const facetPanel = el(
        'aside',
        { className: 'facets', id: 'facets', 'aria-label': '筛选' },
        FACETS.map((facet) => {
            /** @type {[string, number | null][]} */
            const counts = Object.entries(result.facets[facet.name] ?? {}).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
            // Claims naming no region have no facet count of their own; they can still be asked for.
            if (facet.name === 'region') counts.push([vocabulary.national.region, null]);
            return el(
                'section',
                { className: 'facet', 'data-facet': facet.name },
                el('h2', {}, facet.label),
                counts.length === 0
                    ? el('p', { className: 'muted' }, '无')
                    : el(
                          'ul',
                          {},
                          counts.map(([value, count]) =>
                              el(
                                  'li',
                                  {},
                                  el(
                                      'button',
                                      {
                                          type: 'button',
                                          className: filters[facet.name] === value ? 'facet-value active' : 'facet-value',
                                          'aria-pressed': String(filters[facet.name] === value),
                                          onClick: () => go({ [facet.name]: filters[facet.name] === value ? undefined : value, page: 1 }),
                                      },
                                      el('span', {}, facet.name === 'region' && value === vocabulary.national.region ? vocabulary.national.label : label(tableOf(facet), value)),
                                      count === null ? null : el('span', { className: 'count' }, String(count)),
                                  ),
                              ),
                          ),
                      ),
            );
        }),
    );
    const toggle = el('button', { type: 'button', className: 'facet-toggle', 'aria-expanded': 'false', 'aria-controls': 'facets' }, `筛选${chips.length ? `（${chips.length}）` : ''}`);
    toggle.addEventListener('click', () => {
        const open = facetPanel.classList.toggle('open');
        toggle.setAttribute('aria-expanded', String(open));
    });
    const hits = el(
        'section',
        { className: 'results', 'aria-label': '结果' },
        el('p', { className: 'summary' }, `共 ${result.total} 条说法`, chips.length ? ' · ' : '', chips),
        result.items.length === 0
            ? empty('没有找到说法。', q || chips.length ? '换个词、去掉筛选，或在“地区对比”里按地区浏览。' : '先用 claimscope crawl 抓取网站，再回来搜索。')
            : result.items.map(claimCard),
        pager(result, (p) => go({ page: p })),
        result.total ? downloads('search', query) : null,
    );
    append(root, toggle, el('div', { className: 'search-layout' }, facetPanel, hits));
}
