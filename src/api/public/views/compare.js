// @ts-check
// 地区对比: a region's figures as a table, metric × age bracket, each cell listing the distinct values.
import { api, getLabels } from '../lib/api.js';
import { append, el, navigate, viewLink } from '../lib/dom.js';
import { downloads, empty, isConsensus, moreValues, pager, sourceLine } from '../lib/ui.js';

/**
 * A group's chart, folded until asked for (the image loads when opened).
 * @param {any} group
 */
export function chart(group) {
    const alt = `${group.display.region} · ${group.display.metric} · ${group.display.ages}：${group.values.map((/** @type {any} */ v) => `${v.display} ${v.sources} 个独立来源`).join('，')}`;
    const image = /** @type {HTMLImageElement} */ (el('img', { className: 'chart', alt }));
    image.src = `/api/chart?id=${encodeURIComponent(group.id)}`;
    return el('figure', { className: 'chart-box' }, image, el('figcaption', { className: 'muted' }, '每个点是一个独立来源（互相抄袭的页面画成一个点并标出页数），虚线是共识值。'));
}

/**
 * One distinct value: the figure, its independent-source count, and the sources behind it.
 * @param {any} value
 * @param {boolean} marked whether to mark it as the consensus
 */
function valueBlock(value, marked) {
    return el(
        'div',
        { className: 'group-value' },
        el('strong', { className: 'value' }, value.display),
        marked ? el('span', { className: 'tag consensus', title: '可信度加权后支持最多的值' }, '共识') : null,
        el('div', { className: 'sources-count' }, `${value.sources} 个独立来源 · ${value.pages} 页`),
        el(
            'details',
            { className: 'sources' },
            el('summary', {}, `来源：${value.sites.join('、')}`),
            el('ul', {}, value.evidence.map((/** @type {any} */ e) => el('li', {}, sourceLine(e), el('blockquote', { className: 'quote' }, e.quote)))),
        ),
    );
}

/**
 * Rows: one per metric, population and unit; columns: age brackets. On a phone each row becomes a card.
 * @param {any[]} groups
 */
function comparisonTable(groups) {
    const rowKey = (/** @type {any} */ g) => JSON.stringify([g.metric, g.population, g.unit, g.period]);
    const colKey = (/** @type {any} */ g) => JSON.stringify([g.ageMin, g.ageMax]);
    /** @type {Map<string, any>} */
    const rows = new Map();
    /** @type {Map<string, any>} */
    const cols = new Map();
    for (const g of groups) {
        if (!rows.has(rowKey(g))) rows.set(rowKey(g), g);
        if (!cols.has(colKey(g))) cols.set(colKey(g), g);
    }
    const columns = [...cols.values()].sort((a, b) => (a.ageMin ?? -1) - (b.ageMin ?? -1) || (a.ageMax ?? 999) - (b.ageMax ?? 999));
    const cell = new Map(groups.map((g) => [`${rowKey(g)}|${colKey(g)}`, g]));
    return el(
        'table',
        { className: 'comparison cards' },
        el('thead', {}, el('tr', {}, el('th', {}, '指标 / 人群'), columns.map((c) => el('th', {}, c.display.ages)))),
        el(
            'tbody',
            {},
            [...rows.values()].map((row) =>
                el(
                    'tr',
                    {},
                    el('th', { className: 'row-head' }, el('div', {}, row.display.metric), el('div', { className: 'muted' }, row.display.population)),
                    columns.map((c) => {
                        const group = cell.get(`${rowKey(row)}|${colKey(c)}`);
                        if (!group) return el('td', { className: 'none', 'data-label': c.display.ages }, '—');
                        const disagree = group.values.length > 1;
                        return el(
                            'td',
                            { className: disagree ? 'disagree' : 'agree', 'data-label': c.display.ages, 'data-group': group.id },
                            group.values.map((/** @type {any} */ v) => valueBlock(v, disagree && isConsensus(group, v))),
                            moreValues(group),
                            disagree ? el('details', { className: 'chart-toggle' }, el('summary', {}, '看图'), chart(group)) : null,
                        );
                    }),
                ),
            ),
        ),
    );
}

/**
 * @param {HTMLElement} root
 * @param {URLSearchParams} params
 */
export async function renderCompare(root, params) {
    const region = params.get('region') ?? '';
    const [{ facets }, vocabulary] = await Promise.all([api('search', { pageSize: 0 }), getLabels()]);
    const national = vocabulary.national;
    const shown = region === national.region ? national.label : region;
    append(root, el('h1', {}, region ? `地区对比：${shown}` : '地区对比'));
    const regions = Object.entries(facets.region).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    append(
        root,
        el(
            'nav',
            { className: 'region-picker', 'aria-label': '选择地区' },
            regions.map(([name, count]) => viewLink('compare', { region: name }, `${name} (${count})`, name === region ? 'chip active' : 'chip')),
            viewLink('compare', { region: national.region }, national.label, region === national.region ? 'chip active' : 'chip'),
        ),
    );
    if (!region) {
        append(root, empty('选择一个地区，查看各网站给出的数值。', '标成橙色的格子里，不同网站说法不一；点“看图”可以看到每个值有几个独立来源。'));
        return;
    }
    const page = Number(params.get('page') ?? '1') || 1;
    const query = { region, page, pageSize: 200 };
    const groups = await api('compare', query);
    if (groups.total === 0) {
        append(root, empty(`没有${shown}的数字说法。`, '换一个地区，或抓取更多写到这个地区的网站。'));
        return;
    }
    append(
        root,
        el('p', { className: 'summary' }, `${groups.total} 组。每格列出各个不同的数值、独立来源数（互相抄袭的页面只算一个）和来源。`, downloads('compare', query)),
        comparisonTable(groups.items),
        pager(groups, (p) => navigate('compare', { region, page: p })),
    );
}
