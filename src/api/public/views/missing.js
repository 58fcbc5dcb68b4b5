// @ts-check
// 缺失: pages whose title names a place their body gives nothing for.
import { api } from '../lib/api.js';
import { append, el, navigate, pageLink } from '../lib/dom.js';
import { downloads, empty, pager } from '../lib/ui.js';

/**
 * @param {HTMLElement} root
 * @param {URLSearchParams} params
 */
export async function renderMissing(root, params) {
    const site = params.get('site') ?? '';
    const page = Number(params.get('page') ?? '1') || 1;
    append(root, el('h1', {}, '标题承诺、正文缺失'), el('p', { className: 'summary' }, '标题点名了某地，正文却没有给出该地的数字或办理步骤。'));
    const query = { site, page, pageSize: 50 };
    const [{ facets }, result] = await Promise.all([api('search', { pageSize: 0 }), api('missing', query)]);
    const select = /** @type {HTMLSelectElement} */ (
        el('select', { name: 'site', 'aria-label': '网站' }, el('option', { value: '' }, '全部网站'), Object.keys(facets.site).sort().map((s) => el('option', { value: s }, s)))
    );
    select.value = site;
    select.addEventListener('change', () => navigate('missing', { site: select.value }));
    append(root, el('div', { className: 'toolbar' }, select));
    if (result.total === 0) {
        append(root, empty('没有这样的页面。', site ? '选“全部网站”看看其他网站。' : '每个标题点名的地方，正文都有交代。'));
        return;
    }
    append(
        root,
        el(
            'table',
            { className: 'list cards' },
            el('thead', {}, el('tr', {}, el('th', {}, '网站'), el('th', {}, '页面'), el('th', {}, '标题中的地区'), el('th', {}, '页内数字'))),
            el(
                'tbody',
                {},
                result.items.map((/** @type {any} */ m) =>
                    el(
                        'tr',
                        {},
                        el('td', { 'data-label': '网站' }, m.site),
                        el('td', { 'data-label': '页面' }, pageLink(m.url, m.title || m.url)),
                        el('td', { 'data-label': '标题中的地区' }, m.region),
                        el('td', { 'data-label': '页内数字' }, String(m.figuresOnPage)),
                    ),
                ),
            ),
        ),
        pager(result, (p) => navigate('missing', { site, page: p })),
        downloads('missing', query),
    );
}
