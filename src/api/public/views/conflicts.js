// @ts-check
// 冲突: where independent sources disagree; a row opens to the values side by side and the chart.
import { api } from '../lib/api.js';
import { append, el, navigate, viewLink } from '../lib/dom.js';
import { downloads, empty, isConsensus, moreValues, pager, sourceLine } from '../lib/ui.js';
import { chart } from './compare.js';

/** @param {any} c */
function conflictSummary(c) {
    const d = c.display;
    return [d.region, d.metric, c.population ? d.population : null, d.ages].filter(Boolean).join(' · ');
}

/**
 * The values of a conflict side by side, each with its quotes and links to their pages, then its chart.
 * @param {any} c
 */
function conflictDetail(c) {
    return el(
        'div',
        { className: 'conflict-detail' },
        el(
            'div',
            { className: 'sides' },
            c.values.map((/** @type {any} */ v) =>
                el(
                    'section',
                    { className: isConsensus(c, v) ? 'side consensus' : 'side' },
                    el('h3', {}, v.display, isConsensus(c, v) ? el('span', { className: 'tag consensus' }, '共识') : null),
                    el('p', { className: 'muted' }, `${v.sources} 个独立来源 · ${v.pages} 页 · ${v.sites.join('、')}`),
                    v.evidence.map((/** @type {any} */ e) => el('figure', { className: 'evidence' }, el('blockquote', { className: 'quote' }, e.quote), el('figcaption', {}, sourceLine(e)))),
                    v.evidenceCount > v.evidence.length ? el('p', { className: 'muted' }, `共 ${v.evidenceCount} 处原文，列出 ${v.evidence.length} 处`) : null,
                ),
            ),
        ),
        moreValues(c),
        el('p', { className: c.explanationWords.length ? 'explanation' : 'muted' }, c.explanationWords.length ? `可能的原因：${c.explanationWords.join('；')}` : '页面上没有能解释这一差异的说明。'),
        c.consensus === null ? el('p', { className: 'muted' }, '无共识：各方独立来源一样多。') : null,
        chart(c),
        el('p', { className: 'muted' }, viewLink('conflicts', { id: c.id }, '此冲突的固定链接', 'action permalink')),
    );
}

/**
 * @param {any} c
 * @param {number} rank
 * @param {boolean} open
 */
function conflictRow(c, rank, open) {
    const detail = conflictDetail(c);
    detail.hidden = !open;
    const hint = el('span', { className: 'expand-hint' }, open ? '收起' : '展开');
    const toggle = el(
        'button',
        { type: 'button', className: 'conflict-toggle', 'aria-expanded': String(open) },
        el('span', { className: 'chevron', 'aria-hidden': 'true' }, '▸'),
        el('span', { className: 'rank' }, `${rank}.`),
        el('span', { className: 'what' }, conflictSummary(c)),
        el('span', { className: 'versus' }, c.values.map((/** @type {any} */ v) => `${v.display}（${v.sources}）`).join(' vs ')),
        el('span', { className: 'muted' }, `相差 ${c.display.spread}`),
        hint,
    );
    toggle.addEventListener('click', () => {
        detail.hidden = !detail.hidden;
        toggle.setAttribute('aria-expanded', String(!detail.hidden));
        hint.textContent = detail.hidden ? '展开' : '收起';
    });
    return el('li', { className: 'conflict', 'data-id': c.id }, toggle, detail);
}

/**
 * @param {HTMLElement} root
 * @param {URLSearchParams} params
 */
export async function renderConflicts(root, params) {
    const page = Number(params.get('page') ?? '1') || 1;
    const id = params.get('id') ?? '';
    const region = params.get('region') ?? '';
    append(root, el('h1', {}, '冲突'), el('p', { className: 'summary' }, '独立来源给出不同数值的地方；分歧两边来源越多、差距越大，排得越前。点一行展开两边原文和图表。'));
    const query = { id, region, page, pageSize: 20 };
    const result = await api('conflicts', query);
    if (result.total === 0) {
        append(root, id ? empty('找不到这个冲突。', '重新抓取后数值可能已一致。回到冲突列表看看。') : empty('没有发现冲突。', '各独立来源说法一致；抓取更多网站后再来看。'));
        if (id) append(root, viewLink('conflicts', {}, '全部冲突', 'action'));
        return;
    }
    const list = el('ul', { className: 'conflicts' }, result.items.map((/** @type {any} */ c, /** @type {number} */ i) => conflictRow(c, (result.page - 1) * result.pageSize + i + 1, Boolean(id))));
    append(root, list, pager(result, (p) => navigate('conflicts', { region, page: p })), downloads('conflicts', query));
    if (id) append(root, viewLink('conflicts', {}, '全部冲突', 'action'));
}
