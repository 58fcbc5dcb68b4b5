// @ts-check
// 变更: what recrawls changed, the old and the new quote side by side.
import { api, getLabels } from '../lib/api.js';
import { append, el, navigate, pageLink, viewLink } from '../lib/dom.js';
import { downloads, empty, label, pager } from '../lib/ui.js';

/** @param {unknown} value */
function describeChangeValue(value) {
    if (value === null || value === undefined) return '—';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * One side of a change: its value in words and its quote, or a note that there is none.
 * @param {string} heading
 * @param {any} claim
 * @param {any} shown
 * @param {string} className
 */
function changeSide(heading, claim, shown, className) {
    return el(
        'section',
        { className: `change-side ${className}` },
        el('h3', {}, heading, shown ? el('span', { className: 'value' }, ` ${shown.value}`) : null),
        claim ? el('blockquote', { className: 'quote' }, claim.quote) : el('p', { className: 'muted' }, '（无）'),
    );
}

/**
 * @param {HTMLElement} root
 * @param {URLSearchParams} params
 */
export async function renderChanges(root, params) {
    const url = params.get('url') ?? '';
    const since = params.get('since') ?? '';
    const page = Number(params.get('page') ?? '1') || 1;
    append(root, el('h1', {}, url ? '页面变更历史' : '变更记录'));
    const urlInput = /** @type {HTMLInputElement} */ (el('input', { type: 'url', name: 'url', value: url, placeholder: '页面网址（留空看全部）', 'aria-label': '页面网址' }));
    const sinceInput = /** @type {HTMLInputElement} */ (el('input', { type: 'date', name: 'since', value: since, 'aria-label': '起始日期' }));
    append(
        root,
        el(
            'form',
            {
                className: 'toolbar',
                onSubmit: (/** @type {Event} */ event) => {
                    event.preventDefault();
                    navigate('changes', { url: urlInput.value.trim(), since: sinceInput.value });
                },
            },
            urlInput,
            sinceInput,
            el('button', { type: 'submit' }, '查看'),
        ),
    );
    if (url) append(root, el('p', { className: 'summary' }, '页面：', pageLink(url)));
    const query = { url, since, page, pageSize: 50 };
    const [result, vocabulary] = await Promise.all([api('changes', query), getLabels()]);
    if (result.total === 0) {
        append(root, empty('没有记录到变更。', '用 claimscope crawl 或定时重抓再次抓取同一网站；页面上的说法有变时，这里会并排列出新旧原文。'));
        return;
    }
    append(
        root,
        el(
            'ol',
            { className: 'changes' },
            result.items.map((/** @type {any} */ c) => {
                const shown = c.display.after ?? c.display.before;
                return el(
                    'li',
                    { className: `change ${c.change}` },
                    el(
                        'div',
                        { className: 'change-head' },
                        el('span', { className: `tag change-${c.change}` }, label(vocabulary.change, c.change)),
                        el('span', {}, c.display.at),
                        el('span', { className: 'region' }, shown.region),
                        el('span', { className: 'muted' }, [shown.about, shown.population, shown.ages].filter(Boolean).join(' · ')),
                    ),
                    c.fields.length
                        ? el('ul', { className: 'fields' }, c.fields.map((/** @type {any} */ f) => el('li', {}, `${label(vocabulary.field, f.field)}：${describeChangeValue(f.before)} → ${describeChangeValue(f.after)}`)))
                        : null,
                    el('div', { className: 'change-sides' }, changeSide('旧', c.before, c.display.before, 'before'), changeSide('新', c.after, c.display.after, 'after')),
                    el('div', { className: 'claim-meta' }, pageLink(c.url, c.title || c.url), el('span', {}, c.site), url ? null : viewLink('changes', { url: c.url }, '此页全部变更', 'action')),
                );
            }),
        ),
        pager(result, (p) => navigate('changes', { url, since, page: p })),
        downloads('changes', query),
    );
}
